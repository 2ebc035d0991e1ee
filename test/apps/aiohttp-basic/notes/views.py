from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/notes")
async def list_notes(request: web.Request) -> web.Response:
    cursor = await request.app["db"].execute("SELECT id, title, body FROM notes ORDER BY id")
    rows = await cursor.fetchall()
    return web.json_response([dict(row) for row in rows])


@routes.post("/notes")
async def create_note(request: web.Request) -> web.Response:
    payload = await request.json()
    db = request.app["db"]
    cursor = await db.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (payload["title"], payload.get("body", "")))
    await db.commit()
    return web.json_response({"id": cursor.lastrowid}, status=201)


@routes.view("/notes/{note_id}")
class NoteView(web.View):
    async def get(self) -> web.Response:
        note_id = int(self.request.match_info["note_id"])
        cursor = await self.request.app["db"].execute("SELECT id, title, body FROM notes WHERE id = ?", (note_id,))
        row = await cursor.fetchone()
        if row is None:
            raise web.HTTPNotFound()
        return web.json_response(dict(row))

    async def delete(self) -> web.Response:
        note_id = int(self.request.match_info["note_id"])
        db = self.request.app["db"]
        await db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        await db.commit()
        return web.Response(status=204)
