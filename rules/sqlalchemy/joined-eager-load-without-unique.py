from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.models import Address, Order, User


async def list_users(session):
    result = await session.execute(select(User).options(joinedload(User.addresses)))
    return result.scalars().all()  # expect: sqlalchemy/joined-eager-load-without-unique


async def get_user(session, user_id):
    stmt = select(User).where(User.id == user_id).options(joinedload(User.addresses))
    result = await session.execute(stmt)
    # expect: sqlalchemy/joined-eager-load-without-unique
    return result.scalar_one_or_none()


def list_orders(session):
    # expect: sqlalchemy/joined-eager-load-without-unique
    return session.scalars(
        select(Order).options(joinedload(Order.items), joinedload(Order.customer))
    ).all()


def one_order(session, order_id):
    stmt = select(Order).options(joinedload(Order.items)).where(Order.id == order_id)
    return session.execute(stmt).scalar_one()  # expect: sqlalchemy/joined-eager-load-without-unique


async def list_users_unique(session):
    result = await session.execute(select(User).options(joinedload(User.addresses)))
    return result.unique().scalars().all()  # ok: sqlalchemy/joined-eager-load-without-unique


async def list_users_selectin(session):
    result = await session.scalars(select(User).options(selectinload(User.addresses)))
    return result.all()  # ok: sqlalchemy/joined-eager-load-without-unique


def addresses_with_owner(session):
    # Many-to-one: one row per address, nothing to de-duplicate.
    stmt = select(Address).options(joinedload(Address.user))
    return session.scalars(stmt).all()  # ok: sqlalchemy/joined-eager-load-without-unique


def orders_with_status(session):
    stmt = select(Order).options(joinedload(Order.status))
    return session.scalars(stmt).all()  # ok: sqlalchemy/joined-eager-load-without-unique


def first_user(session):
    # first() reads one row and does not apply the uniqueness check.
    stmt = select(User).options(joinedload(User.addresses)).order_by(User.id)
    return session.scalars(stmt).first()  # ok: sqlalchemy/joined-eager-load-without-unique


def legacy_query(session):
    # The legacy Query de-duplicates joined eager loads itself.
    return session.query(User).options(joinedload(User.addresses)).all()  # ok: sqlalchemy/joined-eager-load-without-unique


def nested_under_selectin(session):
    # The joined load runs inside the selectin query, not in this result.
    stmt = select(User).options(selectinload(User.orders).joinedload(Order.items))
    return session.scalars(stmt).all()  # ok: sqlalchemy/joined-eager-load-without-unique


def _user_query(session):
    return session.query(User)


def user_with_addresses(session, user_id):
    # The helper returns a legacy Query, which de-duplicates by itself.
    query = _user_query(session).options(joinedload(User.addresses)).filter(User.id == user_id)
    return query.one_or_none()  # ok: sqlalchemy/joined-eager-load-without-unique
