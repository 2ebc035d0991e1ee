import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../parse-file.js';
import type { FileFacts } from '../facts.js';
import { isProjectSpecifier } from './routes.js';

async function factsOf(path: string, lines: string[]): Promise<FileFacts> {
  const outcome = await parseFileToFacts(path, lines.join('\n') + '\n');
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  expect(outcome.facts.syntaxErrors).toEqual([]);
  return outcome.facts;
}

/** Routes as compact `METHOD path owner@line -> handler` strings. */
function routeTable(facts: FileFacts): string[] {
  return facts.routes.map((route) => {
    const path = route.path.value ?? (route.path.reference ? `{${route.path.reference}}` : `<${route.path.text}>`);
    const handler = route.handler ? ` -> ${route.handler.name ?? 'fn'}:${route.handler.line}${route.handler.async ? ' async' : ''}` : '';
    return `${route.method} ${path} ${route.owner}@${route.line}${handler}`;
  });
}

function mountTable(facts: FileFacts): string[] {
  return facts.mounts.map((mount) => {
    const prefix = mount.prefix ? (mount.prefix.value ?? (mount.prefix.reference ? `{${mount.prefix.reference}}` : `<${mount.prefix.text}>`)) : '-';
    return `${mount.parent} <- ${mount.child} at ${prefix} @${mount.line}`;
  });
}

describe('Express', () => {
  it('reads app and router routes, route() chains, all(), and handler locations in CommonJS', async () => {
    const facts = await factsOf('src/app.js', [
      "const express = require('express');", // 1
      "const users = require('./controllers/users');",
      'const app = express();',
      'const router = express.Router();',
      "app.get('/health', (req, res) => res.json({ ok: true }));", // 5
      "router.post('/users', users.create);",
      "router.route('/users/:id')",
      '  .get(users.show)',
      '  .delete(auth, users.remove);',
      "app.all('/ping', ping);", // 10
      'function ping(req, res) { res.end(); }',
      "router.get('/wrapped', asyncHandler(async (req, res) => {}));",
      'module.exports = { app, router };',
    ]);
    expect(routeTable(facts)).toEqual([
      'GET /health app@5 -> fn:5',
      'POST /users router@6 -> users.create:6',
      'GET /users/:id router@8 -> users.show:8',
      'DELETE /users/:id router@9 -> users.remove:9',
      'ALL /ping app@10 -> ping:11',
      'GET /wrapped router@12 -> fn:12 async',
    ]);
    expect(facts.routers).toEqual([
      { name: 'app', line: 3, kind: 'app', framework: 'express', exported: true, exportedAs: ['app'] },
      { name: 'router', line: 4, kind: 'router', framework: 'express', exported: true, exportedAs: ['router'] },
    ]);
  });

  it('recognises Router imported by name, require("express").Router() and ESM in TypeScript', async () => {
    const facts = await factsOf('src/routes/items.ts', [
      "import { Router, type Request, type Response } from 'express';",
      "import * as items from '../controllers/items';",
      'const router = Router();',
      "router.get('/', async (req: Request, res: Response) => { res.json([]); });",
      "router.patch('/:id', items.update);",
      'export default router;',
    ]);
    expect(routeTable(facts)).toEqual(['GET / router@4 -> fn:4 async', 'PATCH /:id router@5 -> items.update:5']);
    expect(facts.routers[0]).toMatchObject({ name: 'router', kind: 'router', exportedAs: ['default'] });

    const assigned = await factsOf('src/legacy.ts', ["import express = require('express');", 'const router = express.Router();', "router.get('/', h);", 'export = router;']);
    expect(assigned.routers).toEqual([{ name: 'router', line: 2, kind: 'router', framework: 'express', exported: true, exportedAs: ['default'] }]);

    const required = await factsOf('src/r.js', ["const router = require('express').Router();", "router.put('/x', h);", 'module.exports = router;']);
    expect(routeTable(required)).toEqual(['PUT /x router@2 -> h:2']);
    expect(required.routers[0]?.exportedAs).toEqual(['default']);
  });

  it('reads mounts, with constant and template prefixes, and skips middleware-only use()', async () => {
    const facts = await factsOf('src/app.js', [
      "const express = require('express');",
      "const cors = require('cors');",
      "const usersRouter = require('./routes/users');",
      "const { API_PREFIX } = require('./config');",
      "const V1 = '/v1';", // 5
      'const app = express();',
      'const admin = express.Router();',
      'app.use(express.json());',
      'app.use(cors());',
      'app.use(cors);', // 10
      'app.use((req, res, next) => next());',
      "app.use('/static', express.static('public'));",
      'app.use(`${V1}/users`, usersRouter);',
      "app.use('/admin', requireAdmin, admin);",
      "app.use(API_PREFIX, require('./routes'));", // 15
      "app.use('/legacy', require('./routes').legacy);",
      'app.use(admin);',
      'function requireAdmin(req, res, next) { next(); }',
    ]);
    expect(mountTable(facts)).toEqual([
      'app <- usersRouter at /v1/users @13',
      'app <- admin at /admin @14',
      'app <- module:./routes at {API_PREFIX} @15',
      'app <- module:./routes#legacy at /legacy @16',
      'app <- admin at - @17',
    ]);
  });

  it('treats an exported (app) => {...} route module as a router and its invocation as a mount', async () => {
    const module = await factsOf('src/routes/users.js', [
      'module.exports = (app) => {',
      "  app.get('/users', (req, res) => res.json([]));",
      '};',
    ]);
    expect(module.routers).toEqual([{ name: 'default', line: 1, kind: 'router', framework: 'express', exported: true, exportedAs: ['default'] }]);
    expect(routeTable(module)).toEqual(['GET /users default@2 -> fn:2']);

    const app = await factsOf('src/app.js', [
      "const express = require('express');",
      "const orders = require('./routes/orders');",
      'const app = express();',
      "require('./routes/users')(app);",
      'orders(app);',
    ]);
    expect(mountTable(app)).toEqual(['app <- module:./routes/users at - @4', 'app <- orders at - @5']);
  });

  it('does not take a dev-server proxy hook for a route module', async () => {
    const facts = await factsOf('src/setupProxy.js', [
      "const { createProxyMiddleware } = require('http-proxy-middleware');",
      'module.exports = function (app) {',
      "  app.use('/api', createProxyMiddleware({ target: 'http://localhost:5000', changeOrigin: true }));",
      '};',
    ]);
    expect(facts.routers).toEqual([]);
    expect(facts.mounts).toEqual([]);
  });

  it('reads a local route function called with the app', async () => {
    const facts = await factsOf('src/app.ts', [
      "import express from 'express';",
      "import { api } from './routes/api';",
      'const app = express();',
      'function mountRoutes(target: express.Express) {',
      "  target.use('/api', api);",
      "  target.get('/version', (req, res) => res.send('1'));",
      '}',
      'mountRoutes(app);',
      'function unrelated(x: number) { return x; }',
      'unrelated(1);',
    ]);
    expect(facts.routers.map((router) => router.name)).toEqual(['app', 'mountRoutes']);
    expect(routeTable(facts)).toEqual(['GET /version mountRoutes@6 -> fn:6']);
    expect(mountTable(facts)).toEqual(['mountRoutes <- api at /api @5', 'app <- mountRoutes at - @8']);
  });

  it('reads routers held by a class and exported through an instance', async () => {
    const routes = await factsOf('src/routes/user.routes.ts', [
      "import { Router } from 'express';",
      "import { UserController } from '../controllers/user.controller';",
      'class UserRoutes {',
      '  public router = Router();',
      '  private controller = new UserController();',
      '  constructor() {',
      '    this.initialise();',
      '  }',
      '  private initialise() {',
      "    this.router.get('/', this.controller.list);", // 10
      "    this.router.post('/', (req, res) => this.controller.create(req, res));",
      '  }',
      '}',
      'export default new UserRoutes().router;',
    ]);
    expect(routes.routers).toEqual([
      { name: 'UserRoutes.router', line: 4, kind: 'router', framework: 'express' },
      { name: 'default', line: 14, kind: 'router', framework: 'express', exported: true, exportedAs: ['default'] },
    ]);
    expect(routeTable(routes)).toEqual(['GET / UserRoutes.router@10 -> this.controller.list:10', 'POST / UserRoutes.router@11 -> fn:11']);
    expect(mountTable(routes)).toEqual(['default <- UserRoutes.router at - @14']);

    const app = await factsOf('src/app.ts', [
      "import express from 'express';",
      'class App {',
      '  public app: express.Application;',
      '  private api = express.Router();',
      '  constructor() {',
      '    this.app = express();',
      "    this.app.use('/api', this.api);",
      "    this.app.use('/admin', new AdminRoutes().router);",
      '  }',
      '}',
      'class AdminRoutes { router = express.Router(); }',
    ]);
    expect(app.routers.map((router) => `${router.name}:${router.kind}`)).toEqual(['App.api:router', 'App.app:app', 'AdminRoutes.router:router']);
    expect(mountTable(app)).toEqual(['App.app <- App.api at /api @7', 'App.app <- AdminRoutes.router at /admin @8']);
  });

  it('reads arrays of paths', async () => {
    const facts = await factsOf('src/r.js', ["const { Router } = require('express');", 'const router = Router();', "router.get(['/a', '/b'], h);"]);
    expect(routeTable(facts)).toEqual(['GET /a router@3 -> h:3', 'GET /b router@3 -> h:3']);
  });

  it('reads routes declared on an app imported from another project file, but not HTTP client calls', async () => {
    const facts = await factsOf('src/routes/extra.js', [
      "const app = require('../app');",
      "const api = require('../api-client');",
      "const users = require('../controllers/users');",
      "app.get('/extra', (req, res) => res.send('x'));",
      "api.post('/users', payload);",
      "api.get('/users', { params: { page: 1 } });",
      "api.get('/users', (response) => response.data);",
      "app.put('/named', users.update);", // a named handler needs a framework import to count
    ]);
    expect(routeTable(facts)).toEqual(['GET /extra app@4 -> fn:4']);
    expect(facts.routes[0]?.framework).toBe('express');
  });

  it('ignores get/delete calls on objects that are not routers', async () => {
    const facts = await factsOf('src/service.js', [
      "const express = require('express');",
      "const axios = require('axios');",
      'const cache = new Map();',
      "axios.get('/api/users', { params: {} });",
      "cache.delete('key', 1);",
      'function handler(req, res) { req.app.get("/x", h); }',
    ]);
    expect(facts.routes).toEqual([]);
    expect(facts.routers).toEqual([]);
  });

  it('parses TSX files with the same rules', async () => {
    const facts = await factsOf('src/server.tsx', [
      "import express from 'express';",
      "import { renderToString } from 'react-dom/server';",
      'const app = express();',
      "app.get('/', (req, res) => res.send(renderToString(<main>Hello</main>)));",
    ]);
    expect(routeTable(facts)).toEqual(['GET / app@4 -> fn:4']);
  });
});

describe('Fastify', () => {
  it('reads app routes, route() with method arrays, shorthand options and registered plugins', async () => {
    const facts = await factsOf('src/app.ts', [
      "import Fastify from 'fastify';",
      "import cors from '@fastify/cors';",
      "import users from './routes/users.js';",
      'const app = Fastify({ logger: true });',
      "app.get('/health', async () => ({ ok: true }));", // 5
      'app.route({',
      "  method: ['GET', 'HEAD'],",
      "  url: '/items',",
      '  handler: listItems,',
      '});', // 10
      "app.post('/items', { schema: {} }, async (request) => request.body);",
      "app.put('/items/:id', { handler: async () => 1 });",
      'async function listItems() { return []; }',
      'await app.register(cors);',
      "await app.register(users, { prefix: '/users' });", // 15
      "await app.register(import('./routes/admin.js'), { prefix: '/admin' });",
    ]);
    expect(routeTable(facts)).toEqual([
      'GET /health app@5 -> fn:5 async',
      'GET /items app@6 -> listItems:13 async',
      'HEAD /items app@6 -> listItems:13 async',
      'POST /items app@11 -> fn:11 async',
      'PUT /items/:id app@12 -> fn:12 async',
    ]);
    expect(mountTable(facts)).toEqual(['app <- users at /users @15', 'app <- module:./routes/admin.js at /admin @16']);
    expect(facts.routers).toEqual([{ name: 'app', line: 4, kind: 'app', framework: 'fastify' }]);
  });

  it('names routes inside a plugin after the plugin, not after its parameter', async () => {
    const facts = await factsOf('src/routes/users.ts', [
      "import type { FastifyInstance, FastifyPluginAsync } from 'fastify';",
      'export async function users(fastify: FastifyInstance, opts: object) {',
      "  fastify.get('/', async () => []);",
      "  fastify.register(async (instance) => { instance.get('/me', async () => ({})); }, { prefix: '/self' });",
      '}', // 5
      'const admin: FastifyPluginAsync = async (fastify) => {',
      "  fastify.delete('/:id', async () => null);",
      '};',
      'export default admin;',
    ]);
    expect(routeTable(facts)).toEqual(['GET / users@3 -> fn:3 async', 'GET /me plugin@4@4 -> fn:4 async', 'DELETE /:id admin@7 -> fn:7 async']);
    expect(mountTable(facts)).toEqual(['users <- plugin@4 at /self @4']);
    expect(facts.routers).toEqual([
      { name: 'users', line: 2, kind: 'router', framework: 'fastify', exported: true, exportedAs: ['users'] },
      { name: 'plugin@4', line: 4, kind: 'router', framework: 'fastify' },
      { name: 'admin', line: 6, kind: 'router', framework: 'fastify', exported: true, exportedAs: ['default'] },
    ]);
  });

  it('reads fastify-plugin wrapped and CommonJS plugins, including ones that import nothing', async () => {
    const wrapped = await factsOf('src/plugins/health.js', [
      "const fp = require('fastify-plugin');",
      'module.exports = fp(async function (fastify, opts) {',
      "  fastify.get('/health', async () => 'ok');",
      '});',
    ]);
    expect(wrapped.routers).toEqual([{ name: 'default', line: 2, kind: 'router', framework: 'fastify', exported: true, exportedAs: ['default'] }]);
    expect(routeTable(wrapped)).toEqual(['GET /health default@3 -> fn:3 async']);

    const bare = await factsOf('routes/root.js', ["'use strict';", 'module.exports = async function (fastify, opts) {', "  fastify.get('/', async function (request, reply) { return { root: true }; });", '};']);
    expect(routeTable(bare)).toEqual(['GET / default@3 -> fn:3 async']);
    expect(bare.routers[0]?.framework).toBe('fastify');

    const named = await factsOf('src/plugins/auth.ts', [
      "import fp from 'fastify-plugin';",
      "import type { FastifyInstance } from 'fastify';",
      'async function auth(app: FastifyInstance) {',
      "  app.post('/login', login);",
      '}',
      'export default fp(auth);',
    ]);
    expect(named.routers).toEqual([{ name: 'auth', line: 3, kind: 'router', framework: 'fastify', exported: true, exportedAs: ['default'] }]);
    expect(routeTable(named)).toEqual(['POST /login auth@4 -> login:4']);
  });

  it('reads plugins registered through require, and skips package plugins', async () => {
    const facts = await factsOf('src/server.js', [
      "const fastify = require('fastify')({ logger: true });",
      "fastify.register(require('@fastify/cors'), { origin: true });",
      "fastify.register(require('./routes/users'), { prefix: '/users' });",
      "fastify.get('/', async (request, reply) => ({ hello: 'world' }));",
    ]);
    expect(mountTable(facts)).toEqual(['fastify <- module:./routes/users at /users @3']);
    expect(routeTable(facts)).toEqual(['GET / fastify@4 -> fn:4 async']);
  });

  it('reads a plugin defined and registered in the same file without exporting it', async () => {
    const facts = await factsOf('src/server.mjs', [
      "import Fastify from 'fastify';",
      'const server = Fastify();',
      'async function v1(instance, opts) {',
      "  instance.get('/items', listItems);",
      '}',
      "server.register(v1, { prefix: '/v1' });",
    ]);
    expect(facts.routers.map((router) => router.name)).toEqual(['server', 'v1']);
    expect(routeTable(facts)).toEqual(['GET /items v1@4 -> listItems:4']);
    expect(mountTable(facts)).toEqual(['server <- v1 at /v1 @6']);
  });

  it('tells the framework of a route module that imports none from its shape', async () => {
    const plugin = await factsOf('src/routes/health.js', ['module.exports = async function health(app) {', "  app.get('/', async () => ({ status: 'ok' }));", '};']);
    expect(plugin.routers).toEqual([{ name: 'default', line: 1, kind: 'router', framework: 'fastify', exported: true, exportedAs: ['default'] }]);
    const koa = await factsOf('src/routes/ping.js', ['export default (router) => {', "  router.get('/ping', (ctx) => { ctx.body = 'pong'; });", '};']);
    expect(koa.routes.map((route) => `${route.framework} ${route.owner}`)).toEqual(['koa default']);
  });

  it('reads @fastify/autoload as a directory mount', async () => {
    const facts = await factsOf('src/app.js', [
      "const path = require('node:path');",
      "const AutoLoad = require('@fastify/autoload');",
      "module.exports = async function (fastify, opts) {",
      '  fastify.register(AutoLoad, { dir: path.join(__dirname, "plugins"), options: Object.assign({}, opts) });',
      "  fastify.register(AutoLoad, { dir: path.join(__dirname, 'routes', 'v1'), options: { prefix: '/api' } });",
      '};',
    ]);
    expect(mountTable(facts)).toEqual(['default <- dir:plugins at - @4', 'default <- dir:routes/v1 at /api @5']);
  });
});

describe('Hono', () => {
  it('reads basePath, route(), on() with method lists, chains and createHandlers', async () => {
    const facts = await factsOf('src/app.ts', [
      "import { Hono } from 'hono';",
      "import { createFactory } from 'hono/factory';",
      "import { books } from './books';",
      "const app = new Hono().basePath('/api');",
      'const factory = createFactory();', // 5
      'const list = factory.createHandlers(logger(), (c) => c.json([]));',
      "app.get('/a', (c) => c.text('a')).post((c) => c.text('b'));",
      "app.on(['PUT', 'PATCH'], '/items/:id', async (c) => c.body(null));",
      "app.on('GET', ['/x', '/y'], (c) => c.text('x'));",
      "app.get('/list', ...list);", // 10
      "app.route('/books', books);",
      "const v1 = app.basePath('/v1');",
      "v1.get('/status', (c) => c.text('ok'));",
      "app.use('*', logger());",
      'export default app;',
    ]);
    expect(routeTable(facts)).toEqual([
      'GET /a app@7 -> fn:7',
      'POST /a app@7 -> fn:7',
      'PUT /items/:id app@8 -> fn:8 async',
      'PATCH /items/:id app@8 -> fn:8 async',
      'GET /x app@9 -> fn:9',
      'GET /y app@9 -> fn:9',
      'GET /list app@10 -> list:6',
      'GET /status v1@13 -> fn:13',
    ]);
    expect(mountTable(facts)).toEqual(['app <- books at /books @11', 'app <- v1 at - @12']);
    expect(facts.routers).toEqual([
      { name: 'app', line: 4, kind: 'app', framework: 'hono', prefix: { value: '/api' }, exported: true, exportedAs: ['default'] },
      { name: 'v1', line: 12, kind: 'router', framework: 'hono', prefix: { value: '/v1' } },
    ]);
  });

  it('reads the chained RPC style, bound to a name or exported anonymously', async () => {
    const named = await factsOf('src/api.ts', [
      "import { Hono } from 'hono';",
      'const api = new Hono()',
      "  .basePath('/api')",
      "  .get('/posts', (c) => c.json([]))",
      "  .route('/users', users);",
      'export type Api = typeof api;',
    ]);
    expect(named.routers).toEqual([{ name: 'api', line: 2, kind: 'app', framework: 'hono', prefix: { value: '/api' } }]);
    expect(routeTable(named)).toEqual(['GET /posts api@4 -> fn:4']);
    expect(mountTable(named)).toEqual([]); // `users` is neither local nor imported here

    const anonymous = await factsOf('src/users.ts', ["import { Hono } from 'hono';", "export default new Hono().get('/', (c) => c.json([])).post('/', (c) => c.body(null, 201));"]);
    expect(anonymous.routers).toEqual([{ name: 'default', line: 2, kind: 'router', framework: 'hono', exported: true, exportedAs: ['default'] }]);
    expect(routeTable(anonymous)).toEqual(['GET / default@2 -> fn:2', 'POST / default@2 -> fn:2']);
  });

  it('reads routes of a TSX file that renders JSX', async () => {
    const facts = await factsOf('src/pages.tsx', [
      "import { Hono } from 'hono';",
      "import { Layout } from './layout';",
      'const pages = new Hono();',
      "pages.get('/', (c) => c.html(<Layout title=\"Home\"><h1>Hello</h1></Layout>));",
      'export default pages;',
    ]);
    expect(routeTable(facts)).toEqual(['GET / pages@4 -> fn:4']);
  });

  it('resolves paths from same-file constants, object constants and concatenation', async () => {
    const facts = await factsOf('src/app.ts', [
      "import { Hono } from 'hono';",
      "const PATHS = { users: '/users' } as const;",
      "const BASE = '/v1';",
      'const api = new Hono();',
      'api.get(PATHS.users, (c) => c.text("u"));',
      "api.get(BASE + '/items', (c) => c.text('i'));",
      'api.get(`${BASE}/items/${id}`, (c) => c.text("i"));',
    ]);
    expect(facts.routes.map((route) => route.path)).toEqual([{ value: '/users', reference: 'PATHS.users' }, { value: '/v1/items' }, { text: '`${BASE}/items/${id}`' }]);
  });

  it('keeps a prefix imported from another file as a reference', async () => {
    const facts = await factsOf('src/app.ts', [
      "import { Hono } from 'hono';",
      "import { settings } from './settings';",
      'const api = new Hono();',
      'api.get(settings.HEALTH_PATH, (c) => c.text("ok"));',
      'api.get(`${settings.BASE}/x`, (c) => c.text("x"));',
    ]);
    expect(facts.routes.map((route) => route.path)).toEqual([{ reference: 'settings.HEALTH_PATH' }, { text: '`${settings.BASE}/x`' }]);
  });
});

describe('Koa', () => {
  it('reads @koa/router prefixes, del, named routes, nested use() and app.use(router.routes())', async () => {
    const facts = await factsOf('src/routes.js', [
      "import Koa from 'koa';",
      "import Router from '@koa/router';",
      "import users from './users.js';",
      'const app = new Koa();',
      "const api = new Router({ prefix: '/api' });", // 5
      'const admin = new Router();',
      "admin.prefix('/admin');",
      "api.get('item', '/items/:id', (ctx) => { ctx.body = {}; });",
      "api.del('/items/:id', remove);",
      "api.delete('/things/:id', remove);", // 10
      "api.all('/ping', (ctx) => { ctx.body = 'pong'; });",
      "api.use('/users', users.routes(), users.allowedMethods());",
      'api.use(admin.routes());',
      "api.use('/guarded', auth);",
      'app.use(api.routes()).use(api.allowedMethods());', // 15
      'async function remove(ctx) {}',
    ]);
    expect(routeTable(facts)).toEqual([
      'GET /items/:id api@8 -> fn:8',
      'DELETE /items/:id api@9 -> remove:16 async',
      'DELETE /things/:id api@10 -> remove:16 async',
      'ALL /ping api@11 -> fn:11',
    ]);
    expect(mountTable(facts)).toEqual(['api <- users at /users @12', 'api <- admin at - @13', 'app <- api at - @15']);
    expect(facts.routers).toEqual([
      { name: 'app', line: 4, kind: 'app', framework: 'koa' },
      { name: 'api', line: 5, kind: 'router', framework: 'koa', prefix: { value: '/api' } },
      { name: 'admin', line: 6, kind: 'router', framework: 'koa', prefix: { value: '/admin' } },
    ]);
  });

  it('reads a prefix chained on the constructor', async () => {
    const facts = await factsOf('src/r.ts', ["import Router from '@koa/router';", "export const router = new Router().prefix('/v2');", "router.get('/x', (ctx) => { ctx.body = 1; });"]);
    expect(facts.routers).toEqual([{ name: 'router', line: 2, kind: 'router', framework: 'koa', prefix: { value: '/v2' }, exported: true, exportedAs: ['router'] }]);
  });

  it('reads koa-router through require in CommonJS', async () => {
    const facts = await factsOf('routes.js', ["const Router = require('koa-router');", "const router = new Router({ prefix: '/v1' });", "router.get('/', list);", 'module.exports = router;']);
    expect(routeTable(facts)).toEqual(['GET / router@3 -> list:3']);
    expect(facts.routers[0]).toMatchObject({ prefix: { value: '/v1' }, exportedAs: ['default'] });
  });
});

describe('isProjectSpecifier', () => {
  it('tells project paths and aliases from packages', () => {
    expect(['./r', '../r', '@/routes/users', '~/routes', '#routes', '@app/routes/users', 'src/routes'].map(isProjectSpecifier)).toEqual(Array(7).fill(true));
    expect(['cors', '@fastify/cors', 'hono/logger', 'express'].map(isProjectSpecifier)).toEqual(Array(4).fill(false));
  });
});
