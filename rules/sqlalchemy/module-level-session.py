from fastapi import FastAPI
from sqlalchemy import create_engine, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, scoped_session, sessionmaker

from .models import User

engine = create_engine("postgresql://app@db/app")  # ok: sqlalchemy/module-level-session
async_engine = create_async_engine("postgresql+asyncpg://app@db/app")  # ok: sqlalchemy/module-level-session
SessionLocal = sessionmaker(bind=engine)  # ok: sqlalchemy/module-level-session
AsyncSessionLocal = async_sessionmaker(async_engine)  # ok: sqlalchemy/module-level-session
ScopedSession = scoped_session(SessionLocal)  # ok: sqlalchemy/module-level-session

session = SessionLocal()  # expect: sqlalchemy/module-level-session
async_session = AsyncSession(async_engine)  # expect: sqlalchemy/module-level-session
db = sessionmaker(bind=engine)()  # expect: sqlalchemy/module-level-session
connection = engine.connect()  # expect: sqlalchemy/module-level-session

app = FastAPI()


@app.get("/users")
def list_users():
    with Session(engine) as db:
        local = SessionLocal()  # ok: sqlalchemy/module-level-session
        local.close()
        return db.scalars(select(User)).all()


if __name__ == "__main__":
    # A script run, not shared by requests.
    seed = SessionLocal()  # ok: sqlalchemy/module-level-session
    seed.add(User(name="admin"))
    seed.commit()
