import asyncio

import asyncpg
from aiohttp import web

from .settings import DSN, load_settings

loop = asyncio.get_event_loop()
# expect: python-sql/pool-bound-to-import-loop
pool = loop.run_until_complete(asyncpg.create_pool(DSN))
settings = loop.run_until_complete(load_settings())  # ok: python-sql/pool-bound-to-import-loop


async def on_startup(app: web.Application) -> None:
    app["pool"] = await asyncpg.create_pool(DSN)  # ok: python-sql/pool-bound-to-import-loop


async def handler(request: web.Request) -> web.Response:
    async with request.app["pool"].acquire() as connection:
        return web.json_response(await connection.fetchval("select 1"))


def create_app() -> web.Application:
    app = web.Application()
    app.on_startup.append(on_startup)
    app.router.add_get("/", handler)
    return app
