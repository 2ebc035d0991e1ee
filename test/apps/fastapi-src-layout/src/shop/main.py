from contextlib import asynccontextmanager

from fastapi import FastAPI

from .config import settings
from .db import engine
from .models import Base
from .routes import api_router


@asynccontextmanager
async def lifespan(_: FastAPI):
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()


app = FastAPI(title="shop", lifespan=lifespan)
app.include_router(api_router, prefix=settings.API_PREFIX)


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}
