import sqlalchemy as sa
from sqlalchemy import select, text

from app.models import User


def find_by_email(session, email):
    # expect: sqlalchemy/interpolated-sql-in-text
    return session.execute(text(f"SELECT * FROM users WHERE email = '{email}'")).all()


def find_by_name(session, name):
    return session.execute(text("SELECT * FROM users WHERE name = '%s'" % name)).all()  # expect: sqlalchemy/interpolated-sql-in-text


def sorted_users(session, column):
    query = sa.text("SELECT * FROM users ORDER BY {}".format(column))  # expect: sqlalchemy/interpolated-sql-in-text
    return session.execute(query).all()


def find_by_email_bound(session, email):
    # ok: sqlalchemy/interpolated-sql-in-text
    return session.execute(text("SELECT * FROM users WHERE email = :email"), {"email": email}).all()


def constant_f_string(session):
    # An f-string without placeholders splices nothing in.
    return session.execute(text(f"SELECT count(*) FROM users")).scalar()  # ok: sqlalchemy/interpolated-sql-in-text


def expression_api(session, email):
    return session.execute(select(User).where(User.email == email)).scalars().all()  # ok: sqlalchemy/interpolated-sql-in-text



async def find_by_email_async(session, email):
    # expect: sqlalchemy/interpolated-sql-in-text
    result = await session.execute(text(f"SELECT * FROM users WHERE email = '{email}'"))
    return result.all()


async def find_by_email_async_bound(session, email):
    result = await session.execute(text("SELECT * FROM users WHERE email = :email"), {"email": email})  # ok: sqlalchemy/interpolated-sql-in-text
    return result.all()


# Near misses: a DDL default cannot take a bound parameter; identifiers and constants are not values.
STATUS_ACTIVE = "active"


class Account:
    status = sa.Column(sa.String(20), server_default=sa.text(f"'{STATUS_ACTIVE}'"))  # ok: sqlalchemy/interpolated-sql-in-text


def delete_for_user(session, user_id):
    for table_name in ("roles", "permissions"):
        session.execute(text(f"DELETE FROM {table_name} WHERE user_id = :uid"), {"uid": user_id})  # ok: sqlalchemy/interpolated-sql-in-text


async def recent_async(session, limit):
    result = await session.execute(text(f"SELECT * FROM events WHERE status = '{STATUS_ACTIVE}' LIMIT :n"), {"n": limit})  # ok: sqlalchemy/interpolated-sql-in-text
    return result.all()


async def mixed_async(session, name):
    result = await session.execute(text(f"SELECT * FROM {STATUS_ACTIVE} WHERE name = '{name}'"))  # expect: sqlalchemy/interpolated-sql-in-text
    return result.all()
