import asyncio
import sqlite3

import psycopg2
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users")
async def list_users(request):
    connection = psycopg2.connect(request.app["dsn"])  # expect: aiohttp/blocking-driver-in-handler
    cursor = connection.cursor()
    cursor.execute("SELECT id, name FROM users")  # expect: aiohttp/blocking-driver-in-handler
    rows = cursor.fetchall()  # expect: aiohttp/blocking-driver-in-handler
    return web.json_response(rows)


async def count_notes(request: web.Request):
    db = sqlite3.connect("notes.db")  # expect: aiohttp/blocking-driver-in-handler
    count = db.execute("SELECT count(*) FROM notes").fetchone()[0]  # expect: aiohttp/blocking-driver-in-handler
    return web.json_response({"count": count})


class OrderView(web.View):
    async def get(self):
        session = self.request.app["session_factory"]()
        orders = session.query(Order).all()  # expect: aiohttp/blocking-driver-in-handler
        return web.json_response([order.id for order in orders])


async def list_users_pool(request):
    async with request.app["pool"].acquire() as connection:
        rows = await connection.fetch("SELECT id, name FROM users")  # ok: aiohttp/blocking-driver-in-handler
    return web.json_response([dict(row) for row in rows])


async def list_notes_aiosqlite(request):
    db = request.app["db"]
    async with db.execute("SELECT id FROM notes") as cursor:  # ok: aiohttp/blocking-driver-in-handler
        rows = await cursor.fetchall()  # ok: aiohttp/blocking-driver-in-handler
    return web.json_response(rows)


async def threaded(request):
    def load():
        with sqlite3.connect("notes.db") as db:  # ok: aiohttp/blocking-driver-in-handler
            return db.execute("SELECT id FROM notes").fetchall()  # ok: aiohttp/blocking-driver-in-handler

    rows = await asyncio.to_thread(load)
    return web.json_response(rows)


def migrate(path):
    # Startup code outside the loop's handlers.
    db = sqlite3.connect(path)  # ok: aiohttp/blocking-driver-in-handler
    db.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY)")  # ok: aiohttp/blocking-driver-in-handler
    db.commit()
