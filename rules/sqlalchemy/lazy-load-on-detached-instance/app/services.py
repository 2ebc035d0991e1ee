from sqlalchemy.orm import Session

from . import repository
from .db import SessionLocal
from .repository import get_user, get_user_attached, get_user_preloaded, get_user_with_posts, list_users


def post_titles(user_id):
    user = get_user(user_id)
    # expect: sqlalchemy/lazy-load-on-detached-instance
    return [post.title for post in user.posts]


def display_name(user_id):
    user = get_user(user_id)
    return user.name  # ok: sqlalchemy/lazy-load-on-detached-instance


def order_count(user_id):
    user = repository.get_user(user_id)
    # lazy="selectin" loads the orders with the user.
    return len(user.orders)  # ok: sqlalchemy/lazy-load-on-detached-instance


def audit_entries(user_id):
    user = get_user(user_id)
    # lazy="raise" is a deliberate choice; its error names the attribute.
    return user.audit  # ok: sqlalchemy/lazy-load-on-detached-instance


def post_titles_eager(user_id):
    user = get_user_with_posts(user_id)
    return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-on-detached-instance


def post_titles_preloaded(user_id):
    user = get_user_preloaded(user_id)
    return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-on-detached-instance


def post_titles_attached(db: Session, user_id):
    user = get_user_attached(db, user_id)
    return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-on-detached-instance


def everyone():
    counts = {}
    for user in list_users():
        counts[user.id] = len(user.posts)  # expect: sqlalchemy/lazy-load-on-detached-instance
    return counts


def authors():
    return [post.author.name for post in repository.recent_posts()]  # ok: sqlalchemy/lazy-load-on-detached-instance


async def post_titles_async(user_id):
    user = await repository.get_user_async(user_id)
    # An AsyncSession object: sqlalchemy/lazy-load-in-async-session reports this read.
    return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-on-detached-instance


def post_titles_reattached(user_id):
    user = get_user(user_id)
    with SessionLocal() as session:
        # Added to an open session again: the lazy load has a session to run in.
        session.add(user)
        return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-on-detached-instance


def post_titles_set(user_id, seen: set):
    user = get_user(user_id)
    seen.add(user)
    return [post.title for post in user.posts]  # expect: sqlalchemy/lazy-load-on-detached-instance
