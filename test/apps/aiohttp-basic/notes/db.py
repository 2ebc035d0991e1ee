import os

import aiosqlite

DB_PATH = os.getenv("NOTES_DB", "notes.db")

SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT ''
)
"""


async def connect() -> aiosqlite.Connection:
    connection = await aiosqlite.connect(DB_PATH)
    connection.row_factory = aiosqlite.Row
    await connection.execute(SCHEMA)
    await connection.commit()
    return connection


async def close(app) -> None:
    await app["db"].close()
