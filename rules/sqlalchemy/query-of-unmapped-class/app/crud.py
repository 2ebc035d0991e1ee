from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from . import models
from .schemas import User, UserCreate, UserRow


def get_user(db: Session, user_id: int):
    # `User` here is the API schema, imported by mistake instead of the model.
    return db.scalars(select(User).where(User.id == user_id)).first()  # expect: sqlalchemy/query-of-unmapped-class


def list_users(db: Session):
    return db.query(UserCreate).all()  # expect: sqlalchemy/query-of-unmapped-class


async def rows(session: AsyncSession):
    result = await session.execute(select(UserRow))  # expect: sqlalchemy/query-of-unmapped-class
    return result.scalars().all()


async def fetch(session: AsyncSession, user_id: int):
    return await session.get(User, user_id)  # expect: sqlalchemy/query-of-unmapped-class


def get_user_model(db: Session, user_id: int):
    return db.scalars(select(models.User).where(models.User.id == user_id)).first()  # ok: sqlalchemy/query-of-unmapped-class


async def get_user_model_async(session: AsyncSession, user_id: int):
    return await session.get(models.User, user_id)  # ok: sqlalchemy/query-of-unmapped-class


def to_schema(user: models.User) -> User:
    return User.model_validate(user)  # ok: sqlalchemy/query-of-unmapped-class
