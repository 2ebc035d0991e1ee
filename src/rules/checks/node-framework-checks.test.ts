import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { detectProjects } from '../../detect/detect-projects.js';
import { buildSourceModel } from '../../source/build-model.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
});

/** `file:line` of the findings of one rule on a small project, with its projects detected as a real run would. */
async function lines(id: string, files: Record<string, string>): Promise<string[]> {
  const workspace = memoryWorkspace(files);
  const model = await buildSourceModel(workspace, { workers: 0, perFileRules: { ...rules.payload, rules: [] } });
  const projects = detectProjects({ workspace, files: model.files }, silentLogger);
  const selected = rules.rules.filter((rule) => rule.id === id);
  expect(selected).toHaveLength(1);
  return runSemanticChecks(model, projects, { ...rules, rules: selected }, defaultConfig())
    .map((finding) => `${finding.file}:${finding.line}`)
    .sort();
}

const manifest = (dependencies: Record<string, string>) => JSON.stringify({ name: 'api', private: true, dependencies });

describe('express/async-handler-unhandled-rejection', () => {
  const handler = `const express = require('express');\nconst router = express.Router();\nrouter.get('/a', async (req, res) => {\n  res.json(await load());\n});\nmodule.exports = router;\n`;

  it('applies when the manifest admits Express 4, and not for Express 5 or an unreadable version', async () => {
    const id = 'express/async-handler-unhandled-rejection';
    expect(await lines(id, { 'package.json': manifest({ express: '^4.19.2' }), 'routes.js': handler })).toEqual(['routes.js:3']);
    expect(await lines(id, { 'package.json': manifest({ express: '>=4.17.0 <6' }), 'routes.js': handler })).toEqual(['routes.js:3']);
    expect(await lines(id, { 'package.json': manifest({ express: '^5.1.0' }), 'routes.js': handler })).toEqual([]);
    expect(await lines(id, { 'package.json': manifest({ express: 'latest' }), 'routes.js': handler })).toEqual([]);
    expect(await lines(id, { 'routes.js': handler })).toEqual([]);
  });

  it('stays quiet once the project imports express-async-errors anywhere', async () => {
    expect(await lines('express/async-handler-unhandled-rejection', { 'package.json': manifest({ express: '^4.19.2' }), 'routes.js': handler, 'server.js': `require('express-async-errors');\n` })).toEqual([]);
  });

  it('leaves out wrapped handlers, named or inline', async () => {
    const code = `const express = require('express');\nconst asyncHandler = require('express-async-handler');\nconst router = express.Router();\nconst list = asyncHandler(async (req, res) => {\n  res.json(await load());\n});\nrouter.get('/a', list);\nrouter.get('/b', asyncHandler(async (req, res) => res.json(await load())));\nmodule.exports = router;\n`;
    expect(await lines('express/async-handler-unhandled-rejection', { 'package.json': manifest({ express: '4.x' }), 'routes.js': code })).toEqual([]);
  });

  it('ignores awaits in nested functions and in try blocks whose catch handles the error, not one that rethrows', async () => {
    const code = `const express = require('express');\nconst app = express();\napp.get('/b', async (req, res) => {\n  try { await a(); } catch (e) { res.status(500).end(); }\n  setTimeout(async () => { await b(); });\n});\napp.get('/c', async (req, res) => {\n  try { await a(); } catch (e) { if (e.code) return res.sendStatus(409); throw e; }\n});\n`;
    expect(await lines('express/async-handler-unhandled-rejection', { 'package.json': manifest({ express: '~4.21.0' }), 'app.js': code })).toEqual(['app.js:7']);
  });
});

describe('express/response-sent-twice', () => {
  const id = 'express/response-sent-twice';
  const run = (body: string) => lines(id, { 'package.json': manifest({ express: '^4.21.0' }), 'app.js': `const app = require('express')();\napp.get('/x', async (req, res) => {\n${body}\n});\n` });

  it('reports the classic missing return, at the second send', async () => {
    expect(await run(`  if (!req.user) res.status(401).json({});\n  res.json(req.user);`)).toEqual(['app.js:4']);
  });

  it('follows the path out of nested blocks and through a catch that does not return', async () => {
    expect(await run(`  try {\n    await save();\n  } catch (error) {\n    if (error) { res.status(500).end(); }\n  }\n  res.sendStatus(204);`)).toEqual(['app.js:8']);
  });

  it('stays quiet for returns, else branches, exclusive guards, loops that return and headersSent tests', async () => {
    expect(await run(`  if (!req.user) return res.status(401).json({});\n  res.json(req.user);`)).toEqual([]);
    expect(await run(`  if (!req.user) { res.status(401).json({}); } else { res.json(req.user); }`)).toEqual([]);
    expect(await run(`  if (!req.user) res.sendStatus(401);\n  if (req.user) res.json(req.user);`)).toEqual([]);
    expect(await run(`  if (a) { res.json(1); throw new Error('x'); }\n  res.json(2);`)).toEqual([]);
    expect(await run(`  res.json(1);\n  if (res.headersSent) return;\n  res.json(2);`)).toEqual([]);
    expect(await run(`  load((error, data) => res.json(data));\n  other(() => res.json(2));`)).toEqual([]);
    // Node ignores a bare end() on a finished response; ending with data would fail.
    expect(await run(`  res.json(1);\n  res.status(204).end();`)).toEqual([]);
    expect(await run(`  res.json(1);\n  res.end('done');`)).toEqual(['app.js:4']);
  });
});

describe('express/error-middleware-arity', () => {
  it('follows a handler imported under another name and through a namespace import', async () => {
    const files = {
      'package.json': manifest({ express: '^4.21.0' }),
      'src/errors.ts': `export function handle(err: Error, req: any, res: any) {\n  res.status(500).end();\n}\nexport const other = (error: Error, req: any, res: any) => res.end();\n`,
      'src/app.ts': `import express from 'express';\nimport { handle as onError } from './errors';\nimport * as errors from './errors';\nconst app = express();\napp.use(onError);\napp.use(errors.other);\nexport default app;\n`,
    };
    expect(await lines('express/error-middleware-arity', files)).toEqual(['src/errors.ts:1', 'src/errors.ts:4']);
  });

  it('says nothing about a short error-like function nobody registers', async () => {
    const files = { 'package.json': manifest({ express: '^4.21.0' }), 'src/app.js': `const app = require('express')();\nfunction format(err, req) { return err.message; }\napp.use((req, res, next) => next());\nmodule.exports = { app, format };\n` };
    expect(await lines('express/error-middleware-arity', files)).toEqual([]);
  });
});

describe('fastify/bodyless-route-rejects-empty-json', () => {
  const routes = `module.exports = async function (fastify) {\n  fastify.post('/jobs/:id/run', async (request) => ({ id: request.params.id }));\n};\n`;

  it('reports a bodyless POST, and nothing once any file of the project accepts empty JSON bodies', async () => {
    const id = 'fastify/bodyless-route-rejects-empty-json';
    expect(await lines(id, { 'package.json': manifest({ fastify: '^5.0.0' }), 'routes.js': routes })).toEqual(['routes.js:2']);
    const parser = `const fastify = require('fastify')();\nfastify.removeContentTypeParser('application/json');\n`;
    expect(await lines(id, { 'package.json': manifest({ fastify: '^5.0.0' }), 'routes.js': routes, 'app.js': parser })).toEqual([]);
    const hook = `const fastify = require('fastify')();\nfastify.addHook('onRequest', async (request) => {\n  if (request.headers['content-length'] === '0') delete request.headers['content-type'];\n});\n`;
    expect(await lines(id, { 'package.json': manifest({ fastify: '^5.0.0' }), 'routes.js': routes, 'app.js': hook })).toEqual([]);
  });

  it('leaves routes alone whose options or handler it cannot see', async () => {
    const code = `module.exports = async function (fastify) {\n  fastify.post('/a', routeOptions, async () => 1);\n  fastify.post('/b', { schema: shared }, async () => 1);\n  fastify.post('/c', handlers.run);\n  fastify.post('/d', async ({ body }) => body);\n};\n`;
    expect(await lines('fastify/bodyless-route-rejects-empty-json', { 'package.json': manifest({ fastify: '^5.0.0' }), 'routes.js': code })).toEqual([]);
  });
});

describe('koa rules', () => {
  const koa = manifest({ koa: '^2.15.0' });

  it('koa/body-set-after-response: a listener inside a timer still runs late; an awaited chain does not', async () => {
    const code = `const Koa = require('koa');\nconst app = new Koa();\napp.use(async (ctx) => {\n  setTimeout(() => stream.on('end', () => { ctx.body = 'x'; }));\n});\napp.use(async (ctx) => {\n  await load().then((data) => { ctx.body = data; });\n});\n`;
    expect(await lines('koa/body-set-after-response', { 'package.json': koa, 'app.js': code })).toEqual(['app.js:4']);
  });

  it('koa/swallowed-error: only catches around next() or the answer, and not those that continue with next()', async () => {
    const code = `const Koa = require('koa');\nconst app = new Koa();\napp.use(async (ctx, next) => {\n  try { await next(); } catch (e) { log(e); }\n});\napp.use(async (ctx, next) => {\n  try { await auth(ctx.headers); } catch (e) { log(e); }\n  try { ctx.state.user = await auth(ctx.headers); } catch (e) { return next(); }\n});\n`;
    expect(await lines('koa/swallowed-error', { 'package.json': koa, 'app.js': code })).toEqual(['app.js:4']);
  });
});

describe('node-data/request-data-in-sql-fragment', () => {
  const id = 'node-data/request-data-in-sql-fragment';
  const run = (body: string) =>
    lines(id, { 'package.json': manifest({ express: '^4.21.0', pg: '^8.0.0' }), 'app.js': `const app = require('express')();\nconst pool = require('./db');\napp.get('/x', async (req, res) => {\n${body}\n});\n` });

  it('follows request data through destructuring, renaming and string methods into a SQL local', async () => {
    expect(await run(`  const { params: { id } } = req;\n  const key = id.trim();\n  const sql = 'SELECT * FROM t WHERE id = ' + key;\n  res.json(await pool.query(sql));`)).toEqual(['app.js:7']);
    expect(await run(`  const sort = req.query.sort || 'id';\n  const sql = \`SELECT * FROM t ORDER BY \${sort}\`;\n  res.json(await pool.query(sql));`)).toEqual(['app.js:6']);
  });

  it('stops at conversions, lookups, allow-list tests and text that is not SQL', async () => {
    expect(await run(`  const limit = parseInt(req.query.limit, 10);\n  const sql = \`SELECT * FROM t LIMIT \${limit}\`;\n  res.json(await pool.query(sql));`)).toEqual([]);
    expect(await run(`  const dir = req.query.dir === 'desc' ? 'DESC' : 'ASC';\n  const sql = \`SELECT * FROM t ORDER BY id \${dir}\`;\n  res.json(await pool.query(sql));`)).toEqual([]);
    expect(await run(`  const sort = req.query.sort;\n  if (sort !== 'name') return res.sendStatus(400);\n  const sql = \`SELECT * FROM t ORDER BY \${sort}\`;\n  res.json(await pool.query(sql));`)).toEqual([]);
    expect(await run(`  const channel = \`user:\${req.params.id}\`;\n  res.json(await pool.query(channel));`)).toEqual([]);
  });
});
