from fastapi import APIRouter, Depends
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from ..clients import forget_remote
from ..db import get_async_db, get_db
from ..models import Note, User
from ..repositories.users import delete_user
from ..services.users import register

router = APIRouter()


@router.post("/users")
def create_user(email: str, db: Session = Depends(get_db)):
    return register(db, email)


@router.delete("/users/{user_id}")
async def remove_user(user_id: int, db: Session = Depends(get_db)):
    user = db.get(User, user_id)
    delete_user(db, user)
    await forget_remote(f"https://mirror/users/{user_id}")
    return {"deleted": user_id}


@router.post("/notes")
def add_note(body: str, db: Session = Depends(get_db)):
    note = Note(body=body)
    db.add(note)  # expect: sqlalchemy/uncommitted-write
    db.flush()
    return {"id": note.id}


@router.post("/notes/committed")
def add_note_committed(body: str, db: Session = Depends(get_db)):
    db.add(Note(body=body))  # ok: sqlalchemy/uncommitted-write
    db.commit()
    return {"ok": True}


@router.post("/notes/async")
async def add_note_async(body: str, session: AsyncSession = Depends(get_async_db)):
    session.add(Note(body=body))  # ok: sqlalchemy/uncommitted-write
    await session.commit()
    return {"ok": True}


@router.post("/notes/async-begin")
async def add_note_in_transaction(body: str, session: AsyncSession = Depends(get_async_db)):
    async with session.begin():
        session.add(Note(body=body))  # ok: sqlalchemy/uncommitted-write
    return {"ok": True}


@router.post("/notes/async-lost")
async def add_note_lost(body: str, session: AsyncSession = Depends(get_async_db)):
    session.add(Note(body=body))  # expect: sqlalchemy/uncommitted-write
    return {"ok": True}
