from .db import SessionLocal, async_session
from .models import Note


def import_notes(bodies):
    with SessionLocal() as session:
        session.add_all([Note(body=body) for body in bodies])  # expect: sqlalchemy/uncommitted-write


def import_notes_committed(bodies):
    with SessionLocal() as session:
        session.add_all([Note(body=body) for body in bodies])  # ok: sqlalchemy/uncommitted-write
        session.commit()


def import_notes_in_transaction(bodies):
    with SessionLocal.begin() as session:
        session.add_all([Note(body=body) for body in bodies])  # ok: sqlalchemy/uncommitted-write


def import_notes_handed_on(bodies, save):
    with SessionLocal() as session:
        session.add_all([Note(body=body) for body in bodies])  # ok: sqlalchemy/uncommitted-write
        save(session)


async def import_notes_async(bodies):
    async with async_session() as session:
        session.add_all([Note(body=body) for body in bodies])  # expect: sqlalchemy/uncommitted-write


async def import_notes_async_committed(bodies):
    async with async_session() as session:
        session.add_all([Note(body=body) for body in bodies])  # ok: sqlalchemy/uncommitted-write
        await session.commit()
