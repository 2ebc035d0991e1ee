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


ARCHIVED_MODELS = [User, Order]


def purge(session, user_ids, chunk_list):
    for chunk in chunk_list(user_ids, 500):
        # One IN query per chunk is the batched form already.
        session.execute(select(Order).where(Order.user_id.in_(chunk))).all()  # ok: sqlalchemy/query-in-loop
    for model in ARCHIVED_MODELS:
        session.query(model).filter(model.archived).delete()  # ok: sqlalchemy/query-in-loop
    for user_id in user_ids:
        session.query(Order).filter(Order.user_id == user_id).update({"seen": True})  # ok: sqlalchemy/query-in-loop
        session.execute(text(f"DELETE FROM orders_{user_id % 4} WHERE user_id = :id"), {"id": user_id})  # ok: sqlalchemy/query-in-loop
    filters = [session.query(Order.id).filter(Order.user_id == user_id).exists() for user_id in user_ids]  # ok: sqlalchemy/query-in-loop
    groupings = ("day", "week")
    for grouping in groupings:
        session.query(Order).group_by(grouping).all()  # ok: sqlalchemy/query-in-loop
    return filters


async def purge_async(session, db, user_ids, batches):
    for batch in batches:
        await session.execute(select(Order).where(Order.user_id.in_(batch)))  # ok: sqlalchemy/query-in-loop
    for user_id in user_ids:
        await session.execute(db.queries.insert(Order).values(user_id=user_id))  # ok: sqlalchemy/query-in-loop
        # The message names the call even when the chain is split over lines.
        # expect: sqlalchemy/query-in-loop
        await session.execute(
            select(Order).where(Order.user_id == user_id)
        )


def per_user_counts(session, user_ids):
    counts = {}
    for user_id in user_ids:
        counts[user_id] = (
            # expect: sqlalchemy/query-in-loop
            session
            .query(Order)
            .filter(Order.user_id == user_id)
            .count()
        )
    return counts
