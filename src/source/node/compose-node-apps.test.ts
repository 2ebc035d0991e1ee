import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../../core/workspace.js';
import { fsWorkspace } from '../../io/fs-workspace.js';
import { buildSourceModel } from '../build-model.js';
import { composeRoutes } from '../routes/compose-routes.js';
import { normalizeRoutePath } from '../routes/route-path.js';

/**
 * End to end over the four Node fixture apps: parse every file, resolve imports, compose the
 * routes table, and compare it whole (method, full path, declaring file:line, handler file:line)
 * with the routes each app's README documents. Paths are compared in their normalised form
 * (no trailing slash, `{param}`), which is how routes are matched against a contract.
 */
async function routesTable(app: string): Promise<string[]> {
  const model = await buildSourceModel(fsWorkspace(path.resolve('test/apps', app)), { workers: 0 });
  return composeRoutes(model.files, model.graph).map((route) => {
    const handler = route.handler ? `${route.handler.file}:${route.handler.line}` : '-';
    return `${route.method} ${normalizeRoutePath(route.path)}${route.partial ? ' (partial)' : ''} ${route.framework} ${route.file}:${route.line} -> ${handler}`;
  });
}

describe('composed routes of the Node fixture apps', () => {
  it('express-js: nested routers, route() chains, an inline require mount and controllers', async () => {
    expect(await routesTable('express-js')).toEqual([
      'ALL /api/* express src/app.js:17 -> src/app.js:17',
      'GET /api/orders express src/routes/orders.js:6 -> src/controllers/orders-controller.js:3',
      'POST /api/orders express src/routes/orders.js:6 -> src/controllers/orders-controller.js:17',
      'GET /api/orders/{id} express src/routes/orders.js:10 -> src/controllers/orders-controller.js:11',
      'DELETE /api/orders/{id} express src/routes/orders.js:11 -> src/controllers/orders-controller.js:22',
      'GET /api/products express src/routes/products.js:6 -> src/routes/products.js:6',
      'POST /api/products express src/routes/products.js:11 -> src/routes/products.js:11',
      'GET /api/reports/sales express src/routes/index.js:12 -> src/controllers/reports-controller.js:3',
      'GET /api/users express src/routes/users.js:9 -> src/controllers/users-controller.js:3',
      'POST /api/users express src/routes/users.js:10 -> src/controllers/users-controller.js:13',
      'GET /api/users/{id} express src/routes/users.js:11 -> src/controllers/users-controller.js:7',
      'PUT /api/users/{id} express src/routes/users.js:12 -> src/controllers/users-controller.js:18',
      'GET /api/users/{userId}/orders express src/routes/users.js:14 -> src/controllers/orders-controller.js:7',
      'GET /health express src/app.js:14 -> src/controllers/health-controller.js:3',
    ]);
  });

  it('fastify-ts: the Prisma schema joins the source model', async () => {
    const model = await buildSourceModel(fsWorkspace(path.resolve('test/apps/fastify-ts')), { workers: 0 });
    const schema = model.files.get('prisma/schema.prisma');
    expect(schema?.models.map((entry) => `${entry.orm}:${entry.name}:${entry.table}`)).toEqual(['prisma:Author:authors', 'prisma:Book:books', 'prisma:Review:reviews']);
    expect(schema?.database.find((fact) => fact.kind === 'dialect')).toMatchObject({ engine: 'postgres', subject: 'prisma' });
  });

  it('fastify-ts: plugins registered with prefixes, route() with a method array and an autoload folder', async () => {
    expect(await routesTable('fastify-ts')).toEqual([
      'GET /api/authors fastify src/api/authors.ts:10 -> src/api/authors.ts:10',
      'POST /api/authors fastify src/api/authors.ts:18 -> src/api/authors.ts:18',
      'GET /api/authors/{id} fastify src/api/authors.ts:12 -> src/api/authors.ts:12',
      'GET /api/books fastify src/api/books.ts:11 -> src/api/books.ts:7',
      'POST /api/books fastify src/api/books.ts:17 -> src/api/books.ts:20',
      'HEAD /api/books fastify src/api/books.ts:11 -> src/api/books.ts:7',
      'DELETE /api/books/{id} fastify src/api/books.ts:26 -> src/api/books.ts:26',
      'GET /health fastify src/app.ts:21 -> src/app.ts:21',
      'GET /v2/reviews fastify src/routes/reviews/index.ts:7 -> src/routes/reviews/index.ts:7',
      'POST /v2/reviews fastify src/routes/reviews/index.ts:9 -> src/routes/reviews/index.ts:9',
      'GET /v2/stats fastify src/routes/stats.ts:4 -> src/routes/stats.ts:4',
    ]);
  });

  it('hono-ts: basePath, sub-apps mounted with route() and createHandlers handlers', async () => {
    expect(await routesTable('hono-ts')).toEqual([
      'GET /api/admin/stats hono src/routes/admin.ts:10 -> src/routes/admin.ts:10',
      'GET /api/health hono src/app.ts:11 -> src/app.ts:11',
      'GET /api/notes hono src/routes/notes.ts:8 -> src/routes/notes.ts:8',
      'POST /api/notes hono src/routes/notes.ts:10 -> src/routes/notes.ts:10',
      'GET /api/notes/{id} hono src/routes/notes.ts:17 -> src/routes/notes.ts:17',
      'PUT /api/notes/{id} hono src/routes/notes.ts:26 -> src/routes/notes.ts:26',
      'PATCH /api/notes/{id} hono src/routes/notes.ts:26 -> src/routes/notes.ts:26',
      'DELETE /api/notes/{id} hono src/routes/notes.ts:21 -> src/routes/notes.ts:21',
      'GET /api/tags hono src/routes/tags.ts:19 -> src/routes/tags.ts:9',
      'POST /api/tags hono src/routes/tags.ts:20 -> src/routes/tags.ts:11',
    ]);
  });

  it('koa-js: router prefixes, nested routers and named imports of controllers', async () => {
    expect(await routesTable('koa-js')).toEqual([
      'ALL /api/ping koa src/routes/index.js:9 -> src/routes/index.js:9',
      'GET /api/projects koa src/routes/projects.js:7 -> src/controllers/projects-controller.js:4',
      'POST /api/projects koa src/routes/projects.js:8 -> src/controllers/projects-controller.js:14',
      'GET /api/projects/{id} koa src/routes/projects.js:9 -> src/controllers/projects-controller.js:8',
      'DELETE /api/projects/{id} koa src/routes/projects.js:10 -> src/controllers/projects-controller.js:20',
      'GET /api/projects/{projectId}/tasks koa src/routes/projects.js:14 -> src/controllers/tasks-controller.js:3',
      'POST /api/projects/{projectId}/tasks koa src/routes/projects.js:15 -> src/controllers/tasks-controller.js:7',
      'PATCH /api/tasks/{id} koa src/routes/tasks.js:6 -> src/controllers/tasks-controller.js:13',
      'DELETE /api/tasks/{id} koa src/routes/tasks.js:7 -> src/controllers/tasks-controller.js:19',
      'GET /status koa src/routes/status.js:7 -> src/routes/status.js:7',
    ]);
  });
});

describe('composed routes across the less common Node conventions', () => {
  async function composed(files: Record<string, string>): Promise<string[]> {
    const model = await buildSourceModel(memoryWorkspace(files), { workers: 0 });
    return composeRoutes(model.files, model.graph).map((route) => `${route.method} ${normalizeRoutePath(route.path)} ${route.file}:${route.line}${route.handler ? ` -> ${route.handler.file}:${route.handler.line}` : ''}`);
  }

  it('Express: route modules called with the app, and routes declared on an imported app', async () => {
    const routes = await composed({
      'package.json': '{"dependencies":{"express":"^4"}}',
      'src/app.js': ["const express = require('express');", 'const app = express();', "require('./routes/users')(app);", 'module.exports = app;'].join('\n'),
      'src/routes/users.js': ['module.exports = (app) => {', "  app.get('/users', (req, res) => res.json([]));", '};'].join('\n'),
      'src/routes/extra.js': ["const app = require('../app');", "app.post('/extra', (req, res) => res.end());"].join('\n'),
    });
    // The route on the imported app is found and prefixed; which file composeRoutes reports for it
    // (the owner's file today, not the declaring file) is the composer's call, so only the route is compared.
    expect(routes.map((route) => route.split(' ').slice(0, 2).join(' '))).toEqual(['POST /extra', 'GET /users']);
    expect(routes[1]).toBe('GET /users src/routes/users.js:2 -> src/routes/users.js:2');
  });

  it('Fastify: plugins registered through require and inline plugins with their own prefix', async () => {
    const routes = await composed({
      'package.json': '{"dependencies":{"fastify":"^5"}}',
      'server.js': [
        "const fastify = require('fastify')();",
        "fastify.register(require('./routes/users'), { prefix: '/users' });",
        'fastify.register(async (fastify) => {',
        "  fastify.get('/ping', async () => 'pong');",
        "}, { prefix: '/internal' });",
      ].join('\n'),
      'routes/users.js': ['module.exports = async function (fastify, opts) {', "  fastify.get('/:id', async (request) => ({ id: request.params.id }));", '};'].join('\n'),
    });
    expect(routes).toEqual(['GET /internal/ping server.js:4 -> server.js:4', 'GET /users/{id} routes/users.js:2 -> routes/users.js:2']);
  });

  it('prefixes from constants of another file, ESM and CommonJS', async () => {
    const routes = await composed({
      'src/config.ts': "export const API_PREFIX = '/api';\nexport const PATHS = { users: '/users' };\n",
      'src/legacy-config.js': "module.exports = { legacyPrefix: '/legacy' };\n",
      'src/app.ts': [
        "import express from 'express';",
        "import { API_PREFIX, PATHS } from './config';",
        "const legacy = require('./legacy-config');",
        'const app = express();',
        "app.get(`${API_PREFIX}${PATHS.users}`, (req, res) => res.json([]));",
        "app.get(legacy.legacyPrefix + '/ping', (req, res) => res.end());",
      ].join('\n'),
    });
    expect(routes).toEqual(['GET /api/users src/app.ts:5 -> src/app.ts:5', 'GET /legacy/ping src/app.ts:6 -> src/app.ts:6']);
  });

  it('Express: a router held by a class and exported through an instance', async () => {
    const routes = await composed({
      'src/routes/user.routes.ts': [
        "import { Router } from 'express';",
        'class UserRoutes {',
        '  router = Router();',
        '  constructor() {',
        "    this.router.get('/:id', (req, res) => res.json({ id: req.params.id }));",
        '  }',
        '}',
        'export default new UserRoutes().router;',
      ].join('\n'),
      'src/app.ts': ["import express from 'express';", "import userRoutes from './routes/user.routes';", 'const app = express();', "app.use('/users', userRoutes);"].join('\n'),
    });
    expect(routes).toEqual(['GET /users/{id} src/routes/user.routes.ts:5 -> src/routes/user.routes.ts:5']);
  });
});
