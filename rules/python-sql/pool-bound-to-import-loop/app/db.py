import asyncio

import asyncpg
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from .models import Base

DSN = "postgresql://app@db/app"

# Creating the engine connects nothing: the first request opens connections on the server's loop.
engine = create_async_engine("postgresql+asyncpg://app@db/app")  # ok: python-sql/pool-bound-to-import-loop
async_session = async_sessionmaker(engine)

pool = asyncpg.create_pool(DSN)  # expect: python-sql/pool-bound-to-import-loop


async def init_models():
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)


asyncio.run(init_models())  # expect: python-sql/pool-bound-to-import-loop

if __name__ == "__main__":
    asyncio.run(init_models())  # ok: python-sql/pool-bound-to-import-loop
