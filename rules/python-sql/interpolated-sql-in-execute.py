import sqlite3


def find_user(connection: sqlite3.Connection, email: str):
    cursor = connection.cursor()
    # expect: python-sql/interpolated-sql-in-execute
    cursor.execute(f"SELECT * FROM users WHERE email = '{email}'")
    return cursor.fetchone()


def delete_user(cursor, user_id):
    cursor.execute("DELETE FROM users WHERE id = %s" % user_id)  # expect: python-sql/interpolated-sql-in-execute


async def find_by_name(pool, name):
    return await pool.fetch("select * from users where name = '{}'".format(name))  # expect: python-sql/interpolated-sql-in-execute


def find_user_safely(cursor, email):
    # ok: python-sql/interpolated-sql-in-execute
    cursor.execute("SELECT * FROM users WHERE email = %s", (email,))
    cursor.execute(f"SELECT count(*) FROM users")  # ok: python-sql/interpolated-sql-in-execute
    return cursor.fetchone()


def run_job(executor, job_name):
    # Not SQL: an executor running a task named by interpolation.
    executor.execute(f"job-{job_name}")  # ok: python-sql/interpolated-sql-in-execute


async def rename(connection, user_id, name):
    # expect: python-sql/interpolated-sql-in-execute
    await connection.execute(f"UPDATE users SET name = '{name}' WHERE id = {user_id}")


async def rename_safely(connection, user_id, name):
    await connection.execute("UPDATE users SET name = $1 WHERE id = $2", name, user_id)  # ok: python-sql/interpolated-sql-in-execute


# Near misses: every spliced part is an identifier, a placeholder list or a constant, and the
# values are bound.
EVENTS_TABLE = "events"
ONLY_ACTIVE = True


def cull_cache(connection, keys, table_name):
    quote_name = connection.ops.quote_name
    with connection.cursor() as cursor:
        # ok: python-sql/interpolated-sql-in-execute
        cursor.execute(
            "DELETE FROM %s WHERE %s IN (%s)"
            % (quote_name("cache"), quote_name("cache_key"), ", ".join(["%s"] * len(keys))),
            keys,
        )
        cursor.execute(f"SELECT * FROM {EVENTS_TABLE} WHERE id IN ({','.join('?' * len(keys))})", keys)  # ok: python-sql/interpolated-sql-in-execute
        cursor.execute("SELECT * FROM %s LIMIT %d" % (connection.ops.quote_name(table_name), 10))  # ok: python-sql/interpolated-sql-in-execute


def count_rows(cursor, table_name):
    # ok: python-sql/interpolated-sql-in-execute
    cursor.execute(
        "SELECT COUNT(*) FROM users"
        + (" WHERE active" if ONLY_ACTIVE else "")
    )
    cursor.execute(f"SELECT COUNT(*) FROM {table_name}")  # ok: python-sql/interpolated-sql-in-execute


async def events_by_ids(pool, ids):
    placeholders = ", ".join(f"${n}" for n in range(1, len(ids) + 1))
    return await pool.fetch(f"SELECT * FROM {EVENTS_TABLE} WHERE id IN ({placeholders})", *ids)  # ok: python-sql/interpolated-sql-in-execute


def mixed(cursor, connection, email):
    # A quoted table name does not make the spliced email safe.
    # expect: python-sql/interpolated-sql-in-execute
    cursor.execute("SELECT * FROM %s WHERE email = '%s'" % (connection.ops.quote_name("users"), email))


async def mixed_async(connection, status):
    await connection.execute(f"UPDATE {EVENTS_TABLE} SET status = '{status}'")  # expect: python-sql/interpolated-sql-in-execute
