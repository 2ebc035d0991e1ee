from aiohttp import web


async def stats(request: web.Request) -> web.Response:
    cursor = await request.config_dict["db"].execute("SELECT COUNT(*) FROM notes")
    (count,) = await cursor.fetchone()
    return web.json_response({"notes": count})


async def purge(request: web.Request) -> web.Response:
    db = request.config_dict["db"]
    await db.execute("DELETE FROM notes")
    await db.commit()
    return web.Response(status=204)


class SettingsView(web.View):
    async def get(self) -> web.Response:
        return web.json_response({"readonly": False})

    async def put(self) -> web.Response:
        return web.json_response(await self.request.json())


def create_admin_app() -> web.Application:
    admin = web.Application()
    admin.add_routes([web.get("/stats", stats), web.post("/purge", purge)])
    admin.router.add_view("/settings", SettingsView)
    return admin
