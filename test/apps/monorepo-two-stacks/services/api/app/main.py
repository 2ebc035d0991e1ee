from fastapi import FastAPI

from app.routers import items, health

app = FastAPI(title="acme-api")
app.include_router(health.router)
app.include_router(items.router, prefix="/items")
