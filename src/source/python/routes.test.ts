import { describe, expect, it } from 'vitest';
import type { FileFacts } from '../facts.js';
import { pythonFacts } from './test-helpers.js';

const code = (...lines: string[]) => `${lines.join('\n')}\n`;

/** Routes as `METHOD path owner@line -> handler:line`, paths shown as value, {reference} or <text>. */
function routeLines(facts: FileFacts): string[] {
  return facts.routes.map((route) => {
    const handler = route.handler ? ` -> ${route.handler.name ?? '?'}:${route.handler.line}` : '';
    return `${route.method} ${show(route.path)} ${route.owner}@${route.line} [${route.framework}]${handler}`;
  });
}

function mountLines(facts: FileFacts): string[] {
  return facts.mounts.map((mount) => `${mount.parent} <- ${mount.child} at ${mount.prefix ? show(mount.prefix) : '-'} @${mount.line} [${mount.framework}]`);
}

function routerLines(facts: FileFacts): string[] {
  return facts.routers.map((router) => `${router.kind} ${router.name}@${router.line} [${router.framework}]${router.prefix ? ` prefix=${show(router.prefix)}` : ''}`);
}

function show(expression: { value?: string; reference?: string; text?: string }): string {
  if (expression.value !== undefined) return JSON.stringify(expression.value);
  if (expression.text !== undefined) return `<${expression.text}>`;
  return `{${expression.reference}}`;
}

describe('Flask', () => {
  it('reads route decorators, methods, blueprints, register_blueprint and add_url_rule', async () => {
    const facts = await pythonFacts(
      'app/views.py',
      code(
        'from flask import Blueprint, Flask',
        'from flask.views import MethodView',
        'app = Flask(__name__)',
        "bp = Blueprint('items', __name__, url_prefix='/items')",
        '@bp.route("/", methods=["GET", "post"])',
        'def items(): ...',
        '@bp.delete("/<int:item_id>")',
        'def remove(item_id): ...',
        '@app.route("/ping")',
        'def ping(): ...',
        'class ItemAPI(MethodView):',
        '    def get(self): ...',
        "app.add_url_rule('/api/items', view_func=ItemAPI.as_view('item_api'))",
        "app.add_url_rule('/about', 'about', about, methods=['GET', 'HEAD'])",
        "app.register_blueprint(bp, url_prefix='/v1' + bp.url_prefix)",
        '@cache.get("key")',
        'def not_a_route(): ...',
      ),
    );
    expect(routerLines(facts)).toEqual(['app app@3 [flask]', 'router bp@4 [flask] prefix="/items"']);
    expect(routeLines(facts)).toEqual([
      'GET "/" bp@5 [flask] -> items:6',
      'POST "/" bp@5 [flask] -> items:6',
      'DELETE "/<int:item_id>" bp@7 [flask] -> remove:8',
      'GET "/ping" app@9 [flask] -> ping:10',
      'ANY "/api/items" app@13 [flask] -> ItemAPI:13',
      'GET "/about" app@14 [flask] -> about:14',
      'HEAD "/about" app@14 [flask] -> about:14',
    ]);
    expect(mountLines(facts)).toEqual(['app <- bp at <\'/v1\' + bp.url_prefix> @15 [flask]']);
  });

  it('accepts routes on a blueprint imported from the package when the file imports no framework', async () => {
    const facts = await pythonFacts('app/main/routes.py', code('from . import bp', '@bp.route("/")', 'def index(): ...', '@helpers.get("x")', 'def nope(): ...'));
    expect(routeLines(facts)).toEqual(['GET "/" bp@2 [python] -> index:3']);
  });
});

describe('FastAPI', () => {
  it('reads verb decorators, api_route, add_api_route, router prefixes and include_router', async () => {
    const facts = await pythonFacts(
      'app/api.py',
      code(
        'from fastapi import APIRouter, FastAPI',
        'from .config import settings',
        'PREFIX = "/api"',
        'app = FastAPI(root_path="/proxy")',
        'router = APIRouter(prefix=f"{PREFIX}/users", tags=["users"])',
        '@router.get("/{user_id}")',
        'async def read(user_id: int): ...',
        '@router.api_route("/bulk", methods=["PUT", "PATCH"])',
        'def bulk(): ...',
        '@app.websocket("/ws")',
        'async def ws(socket): ...',
        'router.add_api_route("/count", count, methods=["GET"])',
        'app.include_router(router, prefix=settings.API_PREFIX)',
        'app.include_router(other.router)',
      ),
    );
    expect(routerLines(facts)).toEqual(['app app@4 [fastapi]', 'router router@5 [fastapi] prefix=<f"{PREFIX}/users">']);
    expect(facts.routers[1]?.prefix?.reference).toBe('PREFIX');
    expect(routeLines(facts)).toEqual([
      'GET "/{user_id}" router@6 [fastapi] -> read:7',
      'PUT "/bulk" router@8 [fastapi] -> bulk:9',
      'PATCH "/bulk" router@8 [fastapi] -> bulk:9',
      'GET "/count" router@12 [fastapi] -> count:12',
    ]);
    expect(facts.routes[0]?.handler?.async).toBe(true);
    expect(mountLines(facts)).toEqual(['app <- router at {settings.API_PREFIX} @13 [fastapi]', 'app <- other.router at - @14 [fastapi]']);
    expect(facts.checkFacts['python-constants']).toEqual([{ name: 'PREFIX', line: 3, value: '/api' }]);
  });
});

describe('Django URLconf', () => {
  it('reads path/re_path patterns, include() in every form, as_view() and the admin site', async () => {
    const facts = await pythonFacts(
      'shop/urls.py',
      code(
        'from django.contrib import admin',
        'from django.urls import include, path, re_path',
        'from . import views',
        'from orders import urls as order_urls',
        'extra = [path("stats/", views.stats)]',
        'urlpatterns = [',
        '    path("admin/", admin.site.urls),',
        '    path("", views.home, name="home"),',
        '    re_path(r"^items/(?P<pk>[0-9]+)/$", views.ItemView.as_view()),',
        '    path("catalog/", include("catalog.urls")),',
        '    path("accounts/", include(("accounts.urls", "accounts"), namespace="accounts")),',
        '    path("orders/", include(order_urls)),',
        '    path("extra/", include(extra)),',
        '    path("inline/", include([path("a/", views.a), path("b/", views.b)])),',
        ']',
        'urlpatterns += [path("late/", views.late)]',
      ),
    );
    expect(routerLines(facts)).toEqual(['router extra@5 [django]', 'router urlpatterns@6 [django]', 'router <include@14>@14 [django]']);
    expect(routeLines(facts)).toEqual([
      'ANY "stats/" extra@5 [django] -> views.stats:5',
      'ANY "" urlpatterns@8 [django] -> views.home:8',
      'ANY "items/(?P<pk>[0-9]+)/" urlpatterns@9 [django] -> views.ItemView:9',
      'ANY "a/" <include@14>@14 [django] -> views.a:14',
      'ANY "b/" <include@14>@14 [django] -> views.b:14',
      'ANY "late/" urlpatterns@16 [django] -> views.late:16',
    ]);
    expect(mountLines(facts)).toEqual([
      'urlpatterns <- admin.site.urls at "admin/" @7 [django]',
      'urlpatterns <- catalog.urls at "catalog/" @10 [django]',
      'urlpatterns <- accounts.urls at "accounts/" @11 [django]',
      'urlpatterns <- order_urls at "orders/" @12 [django]',
      'urlpatterns <- extra at "extra/" @13 [django]',
      'urlpatterns <- <include@14> at "inline/" @14 [django]',
    ]);
  });

  it('reads the methods of a DRF viewset bound with as_view({...})', async () => {
    const facts = await pythonFacts(
      'api/urls.py',
      code('from django.urls import path', 'from .views import BookViewSet', 'urlpatterns = [path("books/", BookViewSet.as_view({"get": "list", "post": "create"}))]'),
    );
    expect(routeLines(facts)).toEqual(['GET "books/" urlpatterns@3 [django] -> BookViewSet:3', 'POST "books/" urlpatterns@3 [django] -> BookViewSet:3']);
  });

  it('reads DRF routers: the API root of DefaultRouter, registrations and router.urls mounts', async () => {
    const facts = await pythonFacts(
      'api/urls.py',
      code(
        'from rest_framework.routers import DefaultRouter, SimpleRouter',
        'from . import views',
        'router = DefaultRouter()',
        'router.register(r"books", views.BookViewSet, basename="book")',
        'simple = SimpleRouter()',
        'simple.register(prefix="tags", viewset=TagViewSet)',
        'urlpatterns = router.urls',
        'urlpatterns += simple.urls',
      ),
    );
    expect(routerLines(facts)).toEqual(['router router@3 [django]', 'router simple@5 [django]', 'router urlpatterns@7 [django]']);
    expect(routeLines(facts)).toEqual(['GET "" router@3 [django] -> api-root:3']);
    expect(facts.checkFacts['drf-registrations']).toEqual([
      { owner: 'router', prefix: { value: 'books' }, viewset: 'views.BookViewSet', line: 4 },
      { owner: 'simple', prefix: { value: 'tags' }, viewset: 'TagViewSet', line: 6 },
    ]);
    expect(mountLines(facts)).toEqual(['urlpatterns <- router.urls at "" @7 [django]', 'urlpatterns <- simple.urls at "" @8 [django]']);
  });

  it('reads django-ninja APIs, routers, add_router and api.urls', async () => {
    const facts = await pythonFacts(
      'project/api.py',
      code(
        'from django.urls import path',
        'from ninja import NinjaAPI, Router',
        'api = NinjaAPI()',
        'items = Router()',
        '@items.get("/")',
        'def list_items(request): ...',
        '@api.api_operation(["POST", "PATCH"], "/sync")',
        'def sync(request): ...',
        'api.add_router("/items/", items)',
        'api.add_router("/events/", "events.api.router")',
        'urlpatterns = [path("api/", api.urls)]',
      ),
    );
    expect(routerLines(facts)).toEqual(['app api@3 [django-ninja]', 'router items@4 [django-ninja]', 'router urlpatterns@11 [django]']);
    expect(routeLines(facts)).toEqual(['GET "/" items@5 [django-ninja] -> list_items:6', 'POST "/sync" api@7 [django-ninja] -> sync:8', 'PATCH "/sync" api@7 [django-ninja] -> sync:8']);
    expect(mountLines(facts)).toEqual([
      'api <- items at "/items/" @9 [django-ninja]',
      'api <- events.api.router at "/events/" @10 [django-ninja]',
      'urlpatterns <- api.urls at "api/" @11 [django]',
    ]);
  });
});

describe('aiohttp', () => {
  it('reads router.add_*, add_routes lists, RouteTableDef decorators, class views and sub-apps', async () => {
    const facts = await pythonFacts(
      'svc/app.py',
      code(
        'from aiohttp import web',
        'routes = web.RouteTableDef()',
        '@routes.get("/a")',
        'async def a(request): ...',
        '@routes.route("DELETE", "/a/{id}")',
        'async def delete_a(request): ...',
        '@routes.view("/things")',
        'class Things(web.View):',
        '    async def get(self): ...',
        'def make():',
        '    app = web.Application()',
        '    app.router.add_get("/health", health)',
        '    app.router.add_route("*", "/any", anything)',
        '    app.router.add_view("/v", Things)',
        '    app.add_routes([web.post("/b", b), web.view("/c", Things), web.route("PUT", "/d", d)])',
        '    app.add_routes(routes)',
        '    app.add_subapp("/admin", admin_app)',
        '    return app',
      ),
    );
    expect(routerLines(facts)).toEqual(['router routes@2 [aiohttp]', 'app app@11 [aiohttp]']);
    expect(routeLines(facts)).toEqual([
      'GET "/a" routes@3 [aiohttp] -> a:4',
      'DELETE "/a/{id}" routes@5 [aiohttp] -> delete_a:6',
      'ANY "/things" routes@7 [aiohttp] -> Things:8',
      'GET "/health" app@12 [aiohttp] -> health:12',
      'ANY "/any" app@13 [aiohttp] -> anything:13',
      'ANY "/v" app@14 [aiohttp] -> Things:14',
      'POST "/b" app@15 [aiohttp] -> b:15',
      'ANY "/c" app@15 [aiohttp] -> Things:15',
      'PUT "/d" app@15 [aiohttp] -> d:15',
    ]);
    expect(mountLines(facts)).toEqual(['app <- routes at "" @16 [aiohttp]', 'app <- admin_app at "/admin" @17 [aiohttp]']);
  });
});

describe('registration functions', () => {
  it('renames a router parameter to its function and records calls that hand a router over', async () => {
    const routes = await pythonFacts('polls/routes.py', code('from .views import index', 'def setup_routes(app, prefix="/"):', '    app.router.add_get("/", index)', '    app.add_routes([web.post("/vote", vote)])'));
    expect(routerLines(routes)).toEqual(['router setup_routes@2 [python]']);
    expect(routeLines(routes)).toEqual(['GET "/" setup_routes@3 [aiohttp] -> index:3', 'POST "/vote" setup_routes@4 [aiohttp] -> vote:4']);

    const main = await pythonFacts('polls/main.py', code('from aiohttp import web', 'from .routes import setup_routes', 'app = web.Application()', 'setup_routes(app)', 'web.run_app(app)', 'app.add_routes([])'));
    expect(mountLines(main)).toEqual(['app <- setup_routes at - @4 [aiohttp]', 'app <- web.run_app at - @5 [aiohttp]']);
  });
});
