import aiohttp
from aiohttp import ClientSession, ClientTimeout, TCPConnector, web

TIMEOUT = ClientTimeout(total=10)  # ok: aiohttp/loop-bound-resource-at-import
http = aiohttp.ClientSession(timeout=TIMEOUT)  # expect: aiohttp/loop-bound-resource-at-import
connector = TCPConnector(limit=20)  # expect: aiohttp/loop-bound-resource-at-import
routes = web.RouteTableDef()  # ok: aiohttp/loop-bound-resource-at-import


class WeatherClient:
    session = ClientSession()  # expect: aiohttp/loop-bound-resource-at-import

    def __init__(self, session=None):
        self.session = session or ClientSession()  # ok: aiohttp/loop-bound-resource-at-import


async def client_session_ctx(app):
    app["http"] = aiohttp.ClientSession(timeout=TIMEOUT)  # ok: aiohttp/loop-bound-resource-at-import
    yield
    await app["http"].close()


async def on_startup(app):
    app["connector"] = aiohttp.TCPConnector(limit=50)  # ok: aiohttp/loop-bound-resource-at-import


@routes.get("/weather")
async def weather(request):
    async with ClientSession(timeout=TIMEOUT) as session:  # ok: aiohttp/loop-bound-resource-at-import
        async with session.get("https://weather.example/api") as response:
            return web.json_response(await response.json())


def make_session():
    return ClientSession()  # ok: aiohttp/loop-bound-resource-at-import


app = web.Application()  # ok: aiohttp/loop-bound-resource-at-import
app.cleanup_ctx.append(client_session_ctx)
app.on_startup.append(on_startup)
app.add_routes(routes)

if __name__ == "__main__":
    shared = ClientSession()  # expect: aiohttp/loop-bound-resource-at-import
    web.run_app(app)
