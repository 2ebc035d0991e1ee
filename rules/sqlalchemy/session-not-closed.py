from contextlib import closing

from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, sessionmaker

from .db import SessionLocal, async_session, engine
from .models import User

router = APIRouter()


@router.get("/users")
def list_users():
    db = SessionLocal()  # expect: sqlalchemy/session-not-closed
    return db.scalars(select(User)).all()


@router.post("/users")
async def create_user(name: str):
    session = AsyncSession(engine)  # expect: sqlalchemy/session-not-closed
    session.add(User(name=name))
    await session.commit()
    return {"ok": True}


@router.get("/users/{user_id}")
def get_user(user_id: int):
    # expect: sqlalchemy/session-not-closed
    session = sessionmaker(bind=engine)()
    return session.get(User, user_id)


@router.get("/users/count")
async def count_users():
    db = async_session()  # expect: sqlalchemy/session-not-closed
    return await db.scalar(select(User.id))


@router.get("/users/closed")
def list_users_closed():
    db = SessionLocal()  # ok: sqlalchemy/session-not-closed
    try:
        return db.scalars(select(User)).all()
    finally:
        db.close()


@router.get("/users/with")
def list_users_with():
    with Session(engine) as db:  # ok: sqlalchemy/session-not-closed
        return db.scalars(select(User)).all()


@router.get("/users/closing")
def list_users_closing():
    db = SessionLocal()  # ok: sqlalchemy/session-not-closed
    with closing(db):
        return db.scalars(select(User)).all()


def get_db():
    # A yield dependency: FastAPI resumes it after the response and the finally closes it.
    db = SessionLocal()  # ok: sqlalchemy/session-not-closed
    try:
        yield db
    finally:
        db.close()


def make_session():
    # A factory, not a handler: its caller owns the session.
    session = SessionLocal()  # ok: sqlalchemy/session-not-closed
    return session


@router.get("/users/async-with")
async def list_users_async_with():
    async with async_session() as db:  # ok: sqlalchemy/session-not-closed
        return (await db.scalars(select(User))).all()
