from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Item

router = APIRouter()


@router.get("/")
def list_items(session: Session = Depends(get_session)) -> list[dict]:
    return [{"id": item.id, "name": item.name} for item in session.scalars(select(Item))]
