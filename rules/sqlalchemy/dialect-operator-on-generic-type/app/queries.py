from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from .models import Post


def tagged(db: Session, tag: str):
    return db.scalars(select(Post).where(Post.tags.contains([tag]))).all()  # expect: sqlalchemy/dialect-operator-on-generic-type


def any_of(db: Session, tags: list[str]):
    # expect: sqlalchemy/dialect-operator-on-generic-type
    return db.query(Post).filter(Post.scores.overlap([1, 2])).all()


def with_key(db: Session):
    return db.scalars(select(Post).where(Post.meta.has_key("draft"))).all()  # expect: sqlalchemy/dialect-operator-on-generic-type


def by_author(db: Session, author: str):
    return db.scalars(select(Post).where(Post.meta["author"].astext == author)).all()  # expect: sqlalchemy/dialect-operator-on-generic-type


async def within(session: AsyncSession, allowed: list[str]):
    result = await session.execute(select(Post).where(Post.tags.contained_by(allowed)))  # expect: sqlalchemy/dialect-operator-on-generic-type
    return result.scalars().all()


def tagged_any(db: Session, tag: str):
    # The generic ARRAY implements any() and all().
    return db.scalars(select(Post).where(Post.tags.any(tag))).all()  # ok: sqlalchemy/dialect-operator-on-generic-type


def labelled(db: Session, label: str):
    return db.scalars(select(Post).where(Post.labels.contains([label]))).all()  # ok: sqlalchemy/dialect-operator-on-generic-type


async def with_data_key(session: AsyncSession):
    result = await session.execute(select(Post).where(Post.data.has_key("draft")))  # ok: sqlalchemy/dialect-operator-on-generic-type
    return result.scalars().all()


def by_author_generic(db: Session, author: str):
    return db.scalars(select(Post).where(Post.meta["author"].as_string() == author)).all()  # ok: sqlalchemy/dialect-operator-on-generic-type


def by_theme(db: Session, theme: str):
    return db.scalars(select(Post).where(Post.settings["theme"].astext == theme)).all()  # ok: sqlalchemy/dialect-operator-on-generic-type


def titled(title: str, names: list[str]):
    return title.contains(names)  # ok: sqlalchemy/dialect-operator-on-generic-type
