from aiohttp import web

from . import db
from .admin import create_admin_app
from .views import routes


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def version(request: web.Request) -> web.Response:
    return web.json_response({"version": "1.0.0"})


async def open_db(app: web.Application) -> None:
    app["db"] = await db.connect()


def create_app() -> web.Application:
    app = web.Application()
    app.on_startup.append(open_db)
    app.on_cleanup.append(db.close)
    app.add_routes(routes)
    app.router.add_get("/health", health)
    app.router.add_route("GET", "/version", version)
    app.add_subapp("/admin", create_admin_app())
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
