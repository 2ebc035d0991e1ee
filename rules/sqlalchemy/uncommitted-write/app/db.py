from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("postgresql://app@db/app")
SessionLocal = sessionmaker(bind=engine)

async_engine = create_async_engine("postgresql+asyncpg://app@db/app")
async_session = async_sessionmaker(async_engine)


def get_db():
    # Closes the session after the response; commits nothing.
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


async def get_async_db():
    async with async_session() as session:
        yield session
