from sqlalchemy import select, text, update

from .models import Order, User


def order_totals(session):
    users = session.scalars(select(User)).all()
    totals = {}
    for user in users:
        # expect: sqlalchemy/query-in-loop
        orders = session.scalars(select(Order).where(Order.user_id == user.id)).all()
        totals[user.id] = sum(order.total for order in orders)
    return totals


async def load_users(db, user_ids):
    users = []
    for user_id in user_ids:
        users.append(await db.get(User, user_id))  # expect: sqlalchemy/query-in-loop
    return users


def names(db, ids):
    return [db.query(User).get(user_id).name for user_id in ids]  # expect: sqlalchemy/query-in-loop


def flask_style(posts):
    return {post.id: User.query.get(post.author_id) for post in posts}  # expect: sqlalchemy/query-in-loop


def order_totals_one_query(session, user_ids):
    # ok: sqlalchemy/query-in-loop
    orders = session.scalars(select(Order).where(Order.user_id.in_(user_ids))).all()
    totals = {}
    for order in orders:
        totals[order.user_id] = totals.get(order.user_id, 0) + order.total  # ok: sqlalchemy/query-in-loop
    return totals


def mark_shipped(session, orders):
    for order in orders:
        session.execute(update(Order).where(Order.id == order.id).values(shipped=True))  # ok: sqlalchemy/query-in-loop
        session.execute(text("UPDATE orders SET seen = 1 WHERE id = :id"), {"id": order.id})  # ok: sqlalchemy/query-in-loop


def retry_count(session):
    for attempt in range(3):
        count = session.scalar(select(User.id))  # ok: sqlalchemy/query-in-loop
        if count is not None:
            return count
    for table in ("users", "orders"):
        session.execute(select(User))  # ok: sqlalchemy/query-in-loop
    return 0


def tag_owners(db, owners, insert_tag):
    for owner in owners:
        db.session.execute(insert_tag, name=f"owner:{owner}")  # ok: sqlalchemy/query-in-loop


async def online_users(sessions):
    # Socket sessions are dicts, not database sessions.
    return [session.get("user_id") for session in sessions]  # ok: sqlalchemy/query-in-loop


async def order_totals_async(session, users):
    totals = {}
    for user in users:
        # expect: sqlalchemy/query-in-loop
        result = await session.execute(select(Order).where(Order.user_id == user.id))
        totals[user.id] = sum(order.total for order in result.scalars())
    return totals


async def order_totals_async_one_query(session, user_ids):
    result = await session.execute(select(Order).where(Order.user_id.in_(user_ids)))  # ok: sqlalchemy/query-in-loop
    return result.scalars().all()
