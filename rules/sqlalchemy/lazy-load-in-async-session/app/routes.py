from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, joinedload, selectinload

from .db import get_session
from .models import Post, User
from .repository import UserRepository

router = APIRouter()


@router.get("/users/{user_id}/posts")
async def user_posts(user_id: int, session: AsyncSession = Depends(get_session)):
    user = await session.get(User, user_id)
    return [post.title for post in user.posts]  # expect: sqlalchemy/lazy-load-in-async-session


@router.get("/users")
async def users_with_posts(session: AsyncSession = Depends(get_session)):
    result = await session.execute(select(User))
    return [
        # expect: sqlalchemy/lazy-load-in-async-session
        {"name": user.name, "posts": len(user.posts)}
        for user in result.scalars()
    ]


@router.get("/users/{user_id}")
async def user_detail(user_id: int, session: AsyncSession = Depends(get_session)):
    user = await UserRepository(session).find_user(user_id)
    user.posts.append(Post(title="draft"))  # expect: sqlalchemy/lazy-load-in-async-session
    return {"name": user.name}  # ok: sqlalchemy/lazy-load-in-async-session


@router.get("/users/{user_id}/eager")
async def user_eager(user_id: int, session: AsyncSession = Depends(get_session)):
    stmt = select(User).where(User.id == user_id).options(selectinload(User.posts))
    user = (await session.scalars(stmt)).one()
    return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-in-async-session


@router.get("/users/{user_id}/repository-eager")
async def user_repository_eager(user_id: int, session: AsyncSession = Depends(get_session)):
    user = await UserRepository(session).find_user_with_posts(user_id)
    return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-in-async-session


@router.get("/users/{user_id}/get-options")
async def user_get_options(user_id: int, session: AsyncSession = Depends(get_session)):
    user = await session.get(User, user_id, options=[selectinload(User.posts)])
    return len(user.posts)  # ok: sqlalchemy/lazy-load-in-async-session


@router.get("/users/{user_id}/awaitable")
async def user_awaitable(user_id: int, session: AsyncSession = Depends(get_session)):
    user = await session.get(User, user_id)
    posts = await user.awaitable_attrs.posts  # ok: sqlalchemy/lazy-load-in-async-session
    return [post.title for post in user.posts]  # ok: sqlalchemy/lazy-load-in-async-session


@router.get("/users/{user_id}/refreshed")
async def user_refreshed(user_id: int, session: AsyncSession = Depends(get_session)):
    user = await session.get(User, user_id)
    await session.refresh(user, attribute_names=["posts"])
    return len(user.posts)  # ok: sqlalchemy/lazy-load-in-async-session


@router.get("/users/{user_id}/roles")
async def user_roles(user_id: int, session: AsyncSession = Depends(get_session)):
    user = await session.get(User, user_id)
    # lazy="selectin" on the relationship; lazy="raise" fails loudly by design.
    return [role.id for role in user.roles], user.audit  # ok: sqlalchemy/lazy-load-in-async-session


@router.get("/active")
async def active(session: AsyncSession = Depends(get_session)):
    users = await UserRepository(session).active_users()
    return {user.name: len(user.posts) for user in users}  # expect: sqlalchemy/lazy-load-in-async-session


@router.get("/posts/joined")
async def posts_joined(session: AsyncSession = Depends(get_session)):
    result = await session.execute(select(Post).options(joinedload(Post.author)))
    return [post.author.name for post in result.unique().scalars()]  # ok: sqlalchemy/lazy-load-in-async-session


def sync_report(db: Session):
    # A synchronous Session lazy-loads fine (one query per user, which is another rule's business).
    user = db.get(User, 1)
    return len(user.posts)  # ok: sqlalchemy/lazy-load-in-async-session
