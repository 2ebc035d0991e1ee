from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from .models import Post, User


class UserRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def find_user(self, user_id: int):
        return await self.session.get(User, user_id)

    async def find_user_with_posts(self, user_id: int):
        result = await self.session.execute(select(User).where(User.id == user_id).options(selectinload(User.posts)))
        return result.scalar_one()

    async def active_users(self):
        return (await self.session.scalars(select(User).where(User.active))).all()


async def latest_posts(session: AsyncSession):
    stmt = select(Post).order_by(Post.id.desc()).limit(20)
    result = await session.execute(stmt)
    posts = result.scalars().all()
    for post in posts:
        print(post.author.name)  # expect: sqlalchemy/lazy-load-in-async-session
    return posts
