from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/notes")
async def list_notes(request: web.Request) -> web.Response:
    rows = await request.app["pool"].fetch("SELECT id, title FROM notes ORDER BY id")
    return web.json_response([dict(row) for row in rows])
