import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../../core/workspace.js';
import { fsWorkspace } from '../../io/fs-workspace.js';
import { buildSourceModel } from '../build-model.js';
import { composeRoutes, type Route } from './compose-routes.js';

/** The routes tables of the Python fixture backends, end to end: parse, import graph, composition. */

async function routesTable(app: string): Promise<string[]> {
  const model = await buildSourceModel(fsWorkspace(path.resolve('test/apps', app)), { workers: 0 });
  return composeRoutes(model.files, model.graph).map(describeRoute);
}

function describeRoute(route: Route): string {
  const handler = route.handler ? `${route.handler.file}:${route.handler.line} ${route.handler.name ?? '(anonymous)'}` : '-';
  return `${route.method} ${route.path}${route.partial ? ' (partial)' : ''} [${route.framework}] ${route.file}:${route.line} -> ${handler}`;
}

describe('composeRoutes on the Python fixture apps', () => {
  it('flask-factory: blueprint url_prefix, a url_prefix from a class constant, add_url_rule', async () => {
    expect(await routesTable('flask-factory')).toEqual([
      'GET /api/posts/ [flask] blog/posts/routes.py:9 -> blog/posts/routes.py:10 list_posts',
      'POST /api/posts/ [flask] blog/posts/routes.py:14 -> blog/posts/routes.py:15 create_post',
      'GET /api/posts/<int:post_id> [flask] blog/posts/routes.py:23 -> blog/posts/routes.py:24 get_post',
      'PUT /api/posts/<int:post_id> [flask] blog/posts/routes.py:28 -> blog/posts/routes.py:29 update_post',
      'GET /api/users/ [flask] blog/users/routes.py:9 -> blog/users/routes.py:10 list_users',
      'POST /api/users/ [flask] blog/users/routes.py:14 -> blog/users/routes.py:15 create_user',
      'GET /api/users/<int:user_id> [flask] blog/users/routes.py:25 -> blog/users/routes.py:26 user_detail',
      'DELETE /api/users/<int:user_id> [flask] blog/users/routes.py:25 -> blog/users/routes.py:26 user_detail',
      'GET /health [flask] blog/__init__.py:18 -> blog/__init__.py:19 health',
      'GET /version [flask] blog/__init__.py:22 -> blog/__init__.py:30 version',
    ]);
  });

  it('fastapi-src-layout: settings.API_PREFIX across files, nested include_router, a constant router prefix', async () => {
    expect(await routesTable('fastapi-src-layout')).toEqual([
      'GET /api/v1/customers [fastapi] src/shop/routes/customers.py:16 -> src/shop/routes/customers.py:17 list_customers',
      'POST /api/v1/customers [fastapi] src/shop/routes/customers.py:21 -> src/shop/routes/customers.py:22 create_customer',
      'GET /api/v1/customers/{customer_id} [fastapi] src/shop/routes/customers.py:26 -> src/shop/routes/customers.py:27 get_customer',
      'POST /api/v1/orders [fastapi] src/shop/routes/orders.py:19 -> src/shop/routes/orders.py:20 place_order',
      'GET /api/v1/orders/{order_id} [fastapi] src/shop/routes/orders.py:24 -> src/shop/routes/orders.py:25 get_order',
      'GET /api/v1/orders/{order_id}/items [fastapi] src/shop/routes/orders.py:32 -> src/shop/routes/orders.py:33 list_items',
      'PUT /api/v1/orders/{order_id}/items/{item_id} [fastapi] src/shop/routes/orders.py:40 -> src/shop/routes/orders.py:41 update_item',
      'PATCH /api/v1/orders/{order_id}/items/{item_id} [fastapi] src/shop/routes/orders.py:40 -> src/shop/routes/orders.py:41 update_item',
      'GET /health [fastapi] src/shop/main.py:23 -> src/shop/main.py:24 health',
    ]);
  });

  it('django-multiapp: include() chains, a local pattern list, DRF viewsets, views resolved for methods', async () => {
    expect(await routesTable('django-multiapp')).toEqual([
      'GET / [django] library/urls.py:8 -> catalog/views.py:10 catalog_views.home',
      'ANY /admin/* (partial) [django] library/urls.py:7 -> -',
      'GET /api/ [django] api/urls.py:6 -> api/urls.py:6 api-root',
      'GET /api/authors/ [django] api/urls.py:8 -> api/views.py:21 AuthorViewSet.list',
      'GET /api/authors/<pk>/ [django] api/urls.py:8 -> api/views.py:21 AuthorViewSet.retrieve',
      'GET /api/books/ [django] api/urls.py:7 -> api/views.py:10 BookViewSet.list',
      'POST /api/books/ [django] api/urls.py:7 -> api/views.py:10 BookViewSet.create',
      'GET /api/books/<pk>/ [django] api/urls.py:7 -> api/views.py:10 BookViewSet.retrieve',
      'PUT /api/books/<pk>/ [django] api/urls.py:7 -> api/views.py:10 BookViewSet.update',
      'PATCH /api/books/<pk>/ [django] api/urls.py:7 -> api/views.py:10 BookViewSet.partial_update',
      'DELETE /api/books/<pk>/ [django] api/urls.py:7 -> api/views.py:10 BookViewSet.destroy',
      'POST /api/books/<pk>/tag/ [django] api/urls.py:7 -> api/views.py:15 BookViewSet.tag',
      'GET /catalog/authors/<int:pk>/ [django] catalog/urls.py:6 -> catalog/views.py:26 views.AuthorView.get',
      'DELETE /catalog/authors/<int:pk>/ [django] catalog/urls.py:6 -> catalog/views.py:30 views.AuthorView.delete',
      'GET /catalog/books/ [django] catalog/urls.py:10 -> catalog/views.py:15 views.book_list',
      'ANY /catalog/books/(?P<pk>[0-9]+)/ [django] catalog/urls.py:11 -> catalog/views.py:20 views.book_detail',
      'ANY /members/<str:card_number>/loans/ [django] members/urls.py:8 -> members/views.py:7 member_loans',
    ]);
  });

  it('aiohttp-basic: RouteTableDef, router.add_*, class-based views and a sub-application from a factory', async () => {
    expect(await routesTable('aiohttp-basic')).toEqual([
      'POST /admin/purge [aiohttp] notes/admin.py:27 -> notes/admin.py:10 purge',
      'GET /admin/settings [aiohttp] notes/admin.py:28 -> notes/admin.py:18 SettingsView.get',
      'PUT /admin/settings [aiohttp] notes/admin.py:28 -> notes/admin.py:21 SettingsView.put',
      'GET /admin/stats [aiohttp] notes/admin.py:27 -> notes/admin.py:4 stats',
      'GET /health [aiohttp] notes/main.py:25 -> notes/main.py:8 health',
      'GET /notes [aiohttp] notes/views.py:6 -> notes/views.py:7 list_notes',
      'POST /notes [aiohttp] notes/views.py:13 -> notes/views.py:14 create_note',
      'GET /notes/{note_id} [aiohttp] notes/views.py:22 -> notes/views.py:24 NoteView.get',
      'DELETE /notes/{note_id} [aiohttp] notes/views.py:22 -> notes/views.py:32 NoteView.delete',
      'GET /version [aiohttp] notes/main.py:26 -> notes/main.py:12 version',
    ]);
  });
});

describe('composeRoutes on small in-memory projects', () => {
  async function memoryTable(files: Record<string, string>): Promise<string[]> {
    const model = await buildSourceModel(memoryWorkspace(files), { workers: 0 });
    return composeRoutes(model.files, model.graph).map(describeRoute);
  }

  it('reads the methods of a Flask MethodView registered with add_url_rule on a blueprint', async () => {
    expect(
      await memoryTable({
        'app/__init__.py': 'from flask import Flask\nfrom .items import bp\napp = Flask(__name__)\napp.register_blueprint(bp, url_prefix="/v1")\n',
        'app/items.py': [
          'from flask import Blueprint',
          'from flask.views import MethodView',
          'bp = Blueprint("items", __name__)',
          'class ItemAPI(MethodView):',
          '    def get(self, item_id): ...',
          '    def patch(self, item_id): ...',
          'bp.add_url_rule("/items/<int:item_id>", view_func=ItemAPI.as_view("item"))',
        ].join('\n'),
      }),
    ).toEqual([
      'GET /v1/items/<int:item_id> [flask] app/items.py:7 -> app/items.py:5 ItemAPI.get',
      'PATCH /v1/items/<int:item_id> [flask] app/items.py:7 -> app/items.py:6 ItemAPI.patch',
    ]);
  });

  it('mounts a django-ninja API and a router added by dotted string under a Django path', async () => {
    expect(
      await memoryTable({
        'project/__init__.py': '',
        'project/urls.py': 'from django.urls import path\nfrom .api import api\nurlpatterns = [path("api/", api.urls)]\n',
        'project/api.py': 'from ninja import NinjaAPI\napi = NinjaAPI()\n@api.get("/ping")\ndef ping(request): ...\napi.add_router("/events/", "events.api.router")\n',
        'events/__init__.py': '',
        'events/api.py': 'from ninja import Router\nrouter = Router()\n@router.post("/")\ndef create(request): ...\n',
      }),
    ).toEqual([
      'POST /api/events/ [django-ninja] events/api.py:3 -> events/api.py:4 create',
      'GET /api/ping [django-ninja] project/api.py:3 -> project/api.py:4 ping',
    ]);
  });

  it('reads Flask-RESTful resources registered on an Api bound to a blueprint', async () => {
    expect(
      await memoryTable({
        'svc/__init__.py': 'from flask import Flask\nfrom .api import bp\napp = Flask(__name__)\napp.register_blueprint(bp)\n',
        'svc/api.py': [
          'from flask import Blueprint',
          'from flask_restful import Api, Resource',
          'bp = Blueprint("api", __name__, url_prefix="/api")',
          'api = Api(bp, prefix="/v1")',
          'class Todo(Resource):',
          '    def get(self, todo_id): ...',
          '    def delete(self, todo_id): ...',
          'api.add_resource(Todo, "/todos/<int:todo_id>", "/todo/<int:todo_id>")',
        ].join('\n'),
      }),
    ).toEqual([
      'GET /api/v1/todo/<int:todo_id> [flask] svc/api.py:8 -> svc/api.py:6 Todo.get',
      'DELETE /api/v1/todo/<int:todo_id> [flask] svc/api.py:8 -> svc/api.py:7 Todo.delete',
      'GET /api/v1/todos/<int:todo_id> [flask] svc/api.py:8 -> svc/api.py:6 Todo.get',
      'DELETE /api/v1/todos/<int:todo_id> [flask] svc/api.py:8 -> svc/api.py:7 Todo.delete',
    ]);
  });

  it('answers with the methods of Django and DRF generic views, and ANY for a plain function view', async () => {
    expect(
      await memoryTable({
        'shop/__init__.py': '',
        'shop/urls.py': [
          'from django.urls import path',
          'from . import views',
          'urlpatterns = [',
          '    path("orders/", views.OrderList.as_view()),',
          '    path("orders/<int:pk>/", views.OrderDetail.as_view()),',
          '    path("hook/", views.hook),',
          ']',
        ].join('\n'),
        'shop/views.py': [
          'from rest_framework import generics',
          'class OrderList(generics.ListCreateAPIView):',
          '    pass',
          'class OrderDetail(generics.RetrieveUpdateDestroyAPIView):',
          '    pass',
          'def hook(request): ...',
        ].join('\n'),
      }),
    ).toEqual([
      'ANY /hook/ [django] shop/urls.py:6 -> shop/views.py:6 views.hook',
      'GET /orders/ [django] shop/urls.py:4 -> shop/views.py:2 views.OrderList',
      'POST /orders/ [django] shop/urls.py:4 -> shop/views.py:2 views.OrderList',
      'GET /orders/<int:pk>/ [django] shop/urls.py:5 -> shop/views.py:4 views.OrderDetail',
      'PUT /orders/<int:pk>/ [django] shop/urls.py:5 -> shop/views.py:4 views.OrderDetail',
      'PATCH /orders/<int:pk>/ [django] shop/urls.py:5 -> shop/views.py:4 views.OrderDetail',
      'DELETE /orders/<int:pk>/ [django] shop/urls.py:5 -> shop/views.py:4 views.OrderDetail',
    ]);
  });

  it('follows registration functions: aiohttp setup_routes(app) and a Flask blueprint imported from its package', async () => {
    expect(
      await memoryTable({
        'polls/__init__.py': '',
        'polls/main.py': 'from aiohttp import web\nfrom .routes import setup_routes\napp = web.Application()\nsetup_routes(app)\n',
        'polls/routes.py': 'from .views import index, poll\n\ndef setup_routes(app):\n    app.router.add_get("/", index)\n    app.router.add_get("/poll/{question_id}", poll)\n',
        'polls/views.py': 'async def index(request): ...\nasync def poll(request): ...\n',
        'blog/__init__.py': 'from flask import Flask\nfrom .main import bp\napp = Flask(__name__)\napp.register_blueprint(bp, url_prefix="/blog")\n',
        'blog/main/__init__.py': 'from flask import Blueprint\nbp = Blueprint("main", __name__)\nfrom . import routes\n',
        'blog/main/routes.py': 'from . import bp\n\n@bp.route("/posts")\ndef posts(): ...\n',
      }),
    ).toEqual([
      'GET / [aiohttp] polls/routes.py:4 -> polls/views.py:1 index',
      'GET /blog/posts [flask] blog/main/routes.py:3 -> blog/main/routes.py:4 posts',
      'GET /poll/{question_id} [aiohttp] polls/routes.py:5 -> polls/views.py:2 poll',
    ]);
  });

  it('follows include() of an imported urls module and FastAPI sub-applications mounted with app.mount', async () => {
    expect(
      await memoryTable({
        'site/__init__.py': '',
        'site/urls.py': 'from django.urls import include, path\nfrom shop import urls as shop_urls\nurlpatterns = [path("shop/", include(shop_urls))]\n',
        'shop/__init__.py': '',
        'shop/urls.py': 'from django.urls import path\nfrom .views import cart\nurlpatterns = [path("cart/", cart)]\n',
        'shop/views.py': 'from django.views.decorators.http import require_POST\n@require_POST\ndef cart(request): ...\n',
        'api/main.py': 'from fastapi import FastAPI\nfrom .v2 import app as v2\napp = FastAPI()\napp.mount("/v2", v2)\n',
        'api/v2.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/items")\ndef items(): ...\n',
      }),
    ).toEqual([
      'POST /shop/cart/ [django] shop/urls.py:3 -> shop/views.py:3 cart',
      'GET /v2/items [fastapi] api/v2.py:3 -> api/v2.py:4 items',
    ]);
  });

  it('keeps a route partial when its prefix comes from outside the repository', async () => {
    expect(
      await memoryTable({
        'main.py': 'from fastapi import FastAPI\nfrom shared.settings import PREFIX\napp = FastAPI()\n@app.get(PREFIX + "/items")\ndef items(): ...\n',
      }),
    ).toEqual(['GET /${PREFIX}/items (partial) [fastapi] main.py:4 -> main.py:5 items']);
  });
});
