from aiohttp import web

from notes.db import close_pool, open_pool
from notes.views import routes


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(open_pool)
    app.on_cleanup.append(close_pool)
    return app


if __name__ == "__main__":
    web.run_app(create_app())
