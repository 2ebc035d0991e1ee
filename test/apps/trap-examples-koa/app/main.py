from fastapi import FastAPI
from tortoise.contrib.fastapi import register_tortoise

from app.routers import tickets

app = FastAPI(title="tickets")
app.include_router(tickets.router, prefix="/tickets")

register_tortoise(
    app,
    db_url="postgres://tickets:tickets@localhost:5432/tickets",
    modules={"models": ["app.models"]},
)
