from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("postgresql://app@db/app")
# expire_on_commit=False keeps loaded columns readable after the session closes; it does not
# make a relationship that was never loaded available.
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)

async_engine = create_async_engine("postgresql+asyncpg://app@db/app")
async_session = async_sessionmaker(async_engine, expire_on_commit=False)
