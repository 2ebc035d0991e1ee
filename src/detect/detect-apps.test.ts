import { describe, expect, it } from 'vitest';
import type { DatabaseUse } from '../core/types.js';
import { detectApp, verdict } from './testing/fixture.js';

const only = (engine: DatabaseUse['engine']): DatabaseUse[] => [{ engine, isDefault: true }];

describe('detection of the single-framework fixture apps', () => {
  it('flask-factory: Flask app factory, Flask-SQLAlchemy, SQLite by default with PostgreSQL supported', async () => {
    const projects = await detectApp('flask-factory');
    expect(projects.map(verdict)).toEqual([
      { root: '.', framework: 'flask', language: 'python', orm: 'sqlalchemy', database: 'sqlite', databases: [{ engine: 'sqlite', isDefault: true }, { engine: 'postgres', isDefault: false }] },
    ]);
    expect(projects[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'manifest', subject: 'postgres', file: 'requirements.txt', line: 4 }));
    expect(projects[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'connection-url', subject: 'sqlite', file: 'blog/config.py', line: 6 }));
  });

  it('fastapi-src-layout: package under src/, async SQLAlchemy on PostgreSQL', async () => {
    const projects = await detectApp('fastapi-src-layout');
    expect(projects.map(verdict)).toEqual([{ root: '.', framework: 'fastapi', language: 'python', orm: 'sqlalchemy', database: 'postgres', databases: only('postgres') }]);
    expect(projects[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'import', subject: 'fastapi', file: 'src/shop/main.py' }));
  });

  it('django-multiapp: several Django apps are one project, Django ORM, PostgreSQL', async () => {
    const projects = await detectApp('django-multiapp');
    expect(projects.map(verdict)).toEqual([{ root: '.', framework: 'django', language: 'python', orm: 'django', database: 'postgres', databases: only('postgres') }]);
    expect(projects[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'entry-point', subject: 'django', file: 'manage.py' }));
  });

  it('aiohttp-basic: aiohttp.web, aiosqlite as a raw driver', async () => {
    const projects = await detectApp('aiohttp-basic');
    expect(projects.map(verdict)).toEqual([{ root: '.', framework: 'aiohttp', language: 'python', orm: 'raw-driver', database: 'sqlite', databases: only('sqlite') }]);
  });

  it('express-js: Express in JavaScript, Sequelize on PostgreSQL', async () => {
    const projects = await detectApp('express-js');
    expect(projects.map(verdict)).toEqual([{ root: '.', framework: 'express', language: 'javascript', orm: 'sequelize', database: 'postgres', databases: only('postgres') }]);
  });

  it('fastify-ts: Fastify in TypeScript, Prisma with a PostgreSQL datasource', async () => {
    const projects = await detectApp('fastify-ts');
    expect(projects.map(verdict)).toEqual([{ root: '.', framework: 'fastify', language: 'typescript', orm: 'prisma', database: 'postgres', databases: only('postgres') }]);
    expect(projects[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'schema', subject: 'postgres', file: 'prisma/schema.prisma' }));
  });

  it('hono-ts: Hono on Node, Drizzle on better-sqlite3', async () => {
    const projects = await detectApp('hono-ts');
    expect(projects.map(verdict)).toEqual([{ root: '.', framework: 'hono', language: 'typescript', orm: 'drizzle', database: 'sqlite', databases: only('sqlite') }]);
  });

  it('koa-js: Koa with @koa/router, Mongoose on MongoDB', async () => {
    const projects = await detectApp('koa-js');
    expect(projects.map(verdict)).toEqual([{ root: '.', framework: 'koa', language: 'javascript', orm: 'mongoose', database: 'mongodb', databases: only('mongodb') }]);
  });
});

describe('monorepo-two-stacks', () => {
  it('finds services/api (FastAPI) and web (Express), and neither the React frontend nor the workspace root', async () => {
    const projects = await detectApp('monorepo-two-stacks');
    expect(projects.map(verdict)).toEqual([
      { root: 'services/api', framework: 'fastapi', language: 'python', orm: 'sqlalchemy', database: 'sqlite', databases: [{ engine: 'sqlite', isDefault: true }, { engine: 'postgres', isDefault: false }] },
      { root: 'web', framework: 'express', language: 'javascript', orm: 'knex', database: 'mysql', databases: only('mysql') },
    ]);
  });

  it('keeps each project to its own evidence: nothing from the frontend, the other stack or the tests', async () => {
    const projects = await detectApp('monorepo-two-stacks');
    const [api, web] = projects;
    expect(api!.evidence.every((item) => item.file.startsWith('services/api/'))).toBe(true);
    expect(web!.evidence.every((item) => item.file.startsWith('web/'))).toBe(true);
    expect(api!.evidence.some((item) => item.file.includes('/tests/'))).toBe(false);
    expect(api!.candidates.map((candidate) => candidate.framework)).toEqual(['fastapi']);
    expect(web!.candidates.map((candidate) => candidate.framework)).toEqual(['express']);
    expect(api!.evidence).toContainEqual(expect.objectContaining({ kind: 'entry-point', subject: 'fastapi', file: 'services/api/Dockerfile', line: 5 }));
  });
});
