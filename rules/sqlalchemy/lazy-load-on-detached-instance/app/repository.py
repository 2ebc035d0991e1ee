from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from .db import SessionLocal, async_session
from .models import Post, User


def get_user(user_id):
    with SessionLocal() as session:
        return session.get(User, user_id)


def get_user_with_posts(user_id):
    with SessionLocal() as session:
        stmt = select(User).where(User.id == user_id).options(selectinload(User.posts))
        return session.scalars(stmt).one()


def list_users():
    session = SessionLocal()
    try:
        return session.scalars(select(User)).all()
    finally:
        session.close()


def get_user_preloaded(user_id):
    with SessionLocal() as session:
        user = session.get(User, user_id)
        len(user.posts)  # ok: sqlalchemy/lazy-load-on-detached-instance
        return user


def get_user_attached(db: Session, user_id):
    # The caller's session stays open: nothing is detached.
    return db.get(User, user_id)


def recent_posts():
    with SessionLocal() as session:
        posts = session.query(Post).options(joinedload(Post.author)).all()
    return posts


def titles_after_close():
    with SessionLocal() as session:
        users = session.scalars(select(User)).all()
        names = [user.name for user in users]
    for user in users:
        print(user.posts)  # expect: sqlalchemy/lazy-load-on-detached-instance
    return names


def titles_inside():
    with SessionLocal() as session:
        user = session.get(User, 1)
        return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-on-detached-instance


def closed_explicitly():
    session = SessionLocal()
    user = session.get(User, 1)
    session.close()
    return user.posts  # expect: sqlalchemy/lazy-load-on-detached-instance


async def get_user_async(user_id):
    async with async_session() as session:
        return await session.get(User, user_id)
