import asyncio
import time

import httpx
import requests
from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_async_session, get_http_session
from .deps import get_db
from .models import User

router = APIRouter()


@router.get("/slow")
async def slow():
    time.sleep(1)  # expect: fastapi/blocking-call-in-async-endpoint
    return {"ok": True}


@router.get("/weather")
async def weather(city: str):
    # expect: fastapi/blocking-call-in-async-endpoint
    response = requests.get("https://weather.example/api", params={"q": city}, timeout=5)
    return response.json()


@router.get("/users")
async def list_users(db: Session = Depends(get_db)):
    return db.query(User).all()  # expect: fastapi/blocking-call-in-async-endpoint


async def current_user(db: Session = Depends(get_db)):
    user = db.get(User, 1)  # expect: fastapi/blocking-call-in-async-endpoint
    return user


@router.get("/users/async")
async def list_users_async(session=Depends(get_async_session)):
    result = await session.execute(select(User))  # ok: fastapi/blocking-call-in-async-endpoint
    return result.scalars().all()


@router.get("/pause")
async def pause():
    await asyncio.sleep(1)  # ok: fastapi/blocking-call-in-async-endpoint
    async with httpx.AsyncClient() as client:
        response = await client.get("https://weather.example/api")  # ok: fastapi/blocking-call-in-async-endpoint
    return response.json()


@router.get("/threaded")
async def threaded(city: str):
    response = await run_in_threadpool(requests.get, "https://weather.example/api")  # ok: fastapi/blocking-call-in-async-endpoint
    data = await asyncio.to_thread(lambda: requests.get("https://weather.example/api").json())  # ok: fastapi/blocking-call-in-async-endpoint

    def fetch():
        return requests.get("https://weather.example/api", timeout=5)  # ok: fastapi/blocking-call-in-async-endpoint

    other = await run_in_threadpool(fetch)
    return [response.json(), data, other.json()]


@router.get("/users/sync")
def list_users_sync(db: Session = Depends(get_db)):
    time.sleep(0.1)  # ok: fastapi/blocking-call-in-async-endpoint
    return db.query(User).all()  # ok: fastapi/blocking-call-in-async-endpoint


@router.get("/config")
async def config(settings: dict = Depends(lambda: {})):
    return {"debug": settings.get("debug")}  # ok: fastapi/blocking-call-in-async-endpoint


@router.get("/proxy")
async def proxy(session=Depends(get_http_session)):
    # An aiohttp ClientSession, used as an async context manager.
    async with session.get("https://upstream.example/") as response:  # ok: fastapi/blocking-call-in-async-endpoint
        return await response.json()


async def seed_command():
    # A CLI coroutine, not on the request path.
    time.sleep(1)  # ok: fastapi/blocking-call-in-async-endpoint


class Worker:
    async def process(self, request):
        time.sleep(1)  # expect: fastapi/blocking-call-in-async-endpoint
