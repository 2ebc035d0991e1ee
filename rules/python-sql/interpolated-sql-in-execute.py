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
