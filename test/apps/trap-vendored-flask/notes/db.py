import os

import asyncpg

DSN = os.environ.get("DATABASE_URL", "postgresql://notes:notes@localhost/notes")


async def open_pool(app) -> None:
    app["pool"] = await asyncpg.create_pool(DSN)


async def close_pool(app) -> None:
    await app["pool"].close()
