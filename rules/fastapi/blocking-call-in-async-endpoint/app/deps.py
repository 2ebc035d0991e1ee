import time
from typing import Annotated

import requests
from fastapi import Depends
from sqlalchemy.orm import Session

from .db import SessionLocal


async def get_settings():
    # No parameters of its own, but an endpoint depends on it: FastAPI awaits it on the loop.
    time.sleep(0.5)  # expect: fastapi/blocking-call-in-async-endpoint
    return {"debug": False}


async def fetch_flags():
    response = requests.get("https://flags.example/api", timeout=5)  # expect: fastapi/blocking-call-in-async-endpoint
    return response.json()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


async def load_audit_log():
    # Async, but no Depends() names it and it takes no request: a helper awaited elsewhere.
    time.sleep(0.1)  # ok: fastapi/blocking-call-in-async-endpoint


def sync_settings():
    time.sleep(0.1)  # ok: fastapi/blocking-call-in-async-endpoint
    return {}


Flags = Annotated[dict, Depends(fetch_flags)]
