from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI

from . import db, legacy


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await asyncpg.create_pool(db.DSN)  # ok: python-sql/pool-bound-to-import-loop
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan)
