from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException
from requests import Session as HttpSession
from sqlalchemy import create_engine, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker

from . import database
from .models import User

engine = create_engine("postgresql://app@db/app")
SessionLocal = sessionmaker(bind=engine)
async_engine = create_async_engine("postgresql+asyncpg://app@db/app")
async_session = async_sessionmaker(async_engine)

router = APIRouter()


def get_db():
    db = SessionLocal()  # ok: fastapi/session-created-in-endpoint
    try:
        yield db
    finally:
        db.close()


async def get_async_db():
    async with async_session() as session:  # ok: fastapi/session-created-in-endpoint
        yield session


@router.get("/users/{user_id}")
def read_user(user_id: int):
    db = SessionLocal()  # expect: fastapi/session-created-in-endpoint
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    db.close()
    return user


@router.get("/users")
def list_users():
    with Session(engine) as session:  # expect: fastapi/session-created-in-endpoint
        return session.scalars(select(User)).all()


@router.post("/users")
async def create_user(name: str):
    async with AsyncSession(async_engine) as session:  # expect: fastapi/session-created-in-endpoint
        session.add(User(name=name))
        await session.commit()


@router.get("/users/count")
async def count_users():
    async with async_session() as session:  # expect: fastapi/session-created-in-endpoint
        return await session.scalar(select(User.id).limit(1))


@router.delete("/users/{user_id}")
def delete_user(user_id: int):
    session = database.SessionLocal()  # expect: fastapi/session-created-in-endpoint
    session.delete(session.get(User, user_id))
    session.commit()


@router.get("/reports")
def report():
    session = sessionmaker(bind=engine)()  # expect: fastapi/session-created-in-endpoint
    return session.scalar(select(User.id))


@router.get("/users/{user_id}/injected")
def read_user_injected(user_id: int, db: Session = Depends(get_db)):  # ok: fastapi/session-created-in-endpoint
    return db.get(User, user_id)


@router.get("/users/{user_id}/async")
async def read_user_async(user_id: int, session: AsyncSession = Depends(get_async_db)):  # ok: fastapi/session-created-in-endpoint
    return await session.get(User, user_id)


@router.post("/users/{user_id}/welcome")
def welcome(user_id: int, tasks: BackgroundTasks):
    def send_welcome():
        # Runs after the response, outside the request's session.
        with SessionLocal() as db:  # ok: fastapi/session-created-in-endpoint
            db.get(User, user_id)

    tasks.add_task(send_welcome)
    return {"queued": True}


@router.get("/proxy")
def proxy():
    http = HttpSession()  # ok: fastapi/session-created-in-endpoint
    return http.get("https://upstream.example/").json()
