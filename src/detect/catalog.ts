import type { DatabaseEngine, Framework, Orm } from '../core/types.js';

/**
 * What detection knows about packages: which distribution or module name means which framework,
 * data layer or database engine. Data only; the scoring lives elsewhere.
 *
 * Python distribution names are compared normalised (PEP 503: lower case, runs of `-_.` as `-`);
 * Python import names are compared by their first dotted segment; npm names by package name
 * (`@scope/name` or `name`).
 */

export type Ecosystem = 'python' | 'node';

/** `core` means the framework itself; `extension` means a package that only exists for it (weaker). */
export interface FrameworkPackage {
  framework: Framework;
  strength: 'core' | 'extension';
}

/** Distribution (manifest) names. */
export const PYTHON_FRAMEWORK_DISTRIBUTIONS: Record<string, FrameworkPackage> = {
  flask: { framework: 'flask', strength: 'core' },
  fastapi: { framework: 'fastapi', strength: 'core' },
  'fastapi-slim': { framework: 'fastapi', strength: 'core' },
  django: { framework: 'django', strength: 'core' },
  aiohttp: { framework: 'aiohttp', strength: 'core' },
  djangorestframework: { framework: 'django', strength: 'extension' },
  'flask-sqlalchemy': { framework: 'flask', strength: 'extension' },
  'flask-restful': { framework: 'flask', strength: 'extension' },
  'flask-smorest': { framework: 'flask', strength: 'extension' },
  'flask-migrate': { framework: 'flask', strength: 'extension' },
  'flask-cors': { framework: 'flask', strength: 'extension' },
  'flask-login': { framework: 'flask', strength: 'extension' },
  'aiohttp-cors': { framework: 'aiohttp', strength: 'extension' },
};

export const NODE_FRAMEWORK_PACKAGES: Record<string, FrameworkPackage> = {
  express: { framework: 'express', strength: 'core' },
  fastify: { framework: 'fastify', strength: 'core' },
  hono: { framework: 'hono', strength: 'core' },
  koa: { framework: 'koa', strength: 'core' },
  '@hono/node-server': { framework: 'hono', strength: 'extension' },
  '@hono/zod-validator': { framework: 'hono', strength: 'extension' },
  'fastify-plugin': { framework: 'fastify', strength: 'extension' },
  '@koa/router': { framework: 'koa', strength: 'extension' },
  'koa-router': { framework: 'koa', strength: 'extension' },
  'koa-bodyparser': { framework: 'koa', strength: 'extension' },
  '@koa/bodyparser': { framework: 'koa', strength: 'extension' },
  '@koa/cors': { framework: 'koa', strength: 'extension' },
};

/** `@fastify/*` plugins all belong to Fastify. */
export function nodeFrameworkPackage(name: string): FrameworkPackage | undefined {
  if (name.startsWith('@fastify/')) return { framework: 'fastify', strength: 'extension' };
  return NODE_FRAMEWORK_PACKAGES[name];
}

/**
 * Python import roots. aiohttp is also an HTTP client: only `aiohttp.web` (or `from aiohttp import web`)
 * means the server framework; see `pythonImportFramework`.
 */
const PYTHON_FRAMEWORK_MODULES: Record<string, FrameworkPackage> = {
  flask: { framework: 'flask', strength: 'core' },
  fastapi: { framework: 'fastapi', strength: 'core' },
  django: { framework: 'django', strength: 'core' },
  rest_framework: { framework: 'django', strength: 'extension' },
  flask_sqlalchemy: { framework: 'flask', strength: 'extension' },
  flask_restful: { framework: 'flask', strength: 'extension' },
  flask_smorest: { framework: 'flask', strength: 'extension' },
  flask_migrate: { framework: 'flask', strength: 'extension' },
  flask_cors: { framework: 'flask', strength: 'extension' },
  flask_login: { framework: 'flask', strength: 'extension' },
  aiohttp_cors: { framework: 'aiohttp', strength: 'extension' },
};

export function pythonImportFramework(specifier: string, names: readonly string[]): FrameworkPackage | undefined {
  const [top, second] = specifier.split('.');
  if (top === 'aiohttp') {
    const server = second === 'web' || second?.startsWith('web_') || names.includes('web');
    return server ? { framework: 'aiohttp', strength: 'core' } : undefined;
  }
  return top === undefined ? undefined : PYTHON_FRAMEWORK_MODULES[top];
}

export interface DataLayerPackage {
  /** The ORM it is, or `raw-driver`. Absent for packages that only tell the engine (e.g. an async adapter). */
  orm?: Orm;
  /** The engine the package talks to, when the package alone says so. */
  engine?: DatabaseEngine;
}

export const PYTHON_DATA_DISTRIBUTIONS: Record<string, DataLayerPackage> = {
  sqlalchemy: { orm: 'sqlalchemy' },
  'flask-sqlalchemy': { orm: 'sqlalchemy' },
  sqlmodel: { orm: 'sqlmodel' },
  'tortoise-orm': { orm: 'tortoise' },
  peewee: { orm: 'peewee' },
  'psycopg2': { orm: 'raw-driver', engine: 'postgres' },
  'psycopg2-binary': { orm: 'raw-driver', engine: 'postgres' },
  psycopg: { orm: 'raw-driver', engine: 'postgres' },
  'psycopg-binary': { orm: 'raw-driver', engine: 'postgres' },
  asyncpg: { orm: 'raw-driver', engine: 'postgres' },
  pymysql: { orm: 'raw-driver', engine: 'mysql' },
  mysqlclient: { orm: 'raw-driver', engine: 'mysql' },
  'mysql-connector-python': { orm: 'raw-driver', engine: 'mysql' },
  aiomysql: { orm: 'raw-driver', engine: 'mysql' },
  asyncmy: { orm: 'raw-driver', engine: 'mysql' },
  aiosqlite: { orm: 'raw-driver', engine: 'sqlite' },
  pymongo: { orm: 'raw-driver', engine: 'mongodb' },
  motor: { orm: 'raw-driver', engine: 'mongodb' },
};

export const PYTHON_DATA_MODULES: Record<string, DataLayerPackage> = {
  sqlalchemy: { orm: 'sqlalchemy' },
  flask_sqlalchemy: { orm: 'sqlalchemy' },
  sqlmodel: { orm: 'sqlmodel' },
  tortoise: { orm: 'tortoise' },
  peewee: { orm: 'peewee' },
  playhouse: { orm: 'peewee' },
  psycopg2: { orm: 'raw-driver', engine: 'postgres' },
  psycopg: { orm: 'raw-driver', engine: 'postgres' },
  asyncpg: { orm: 'raw-driver', engine: 'postgres' },
  pymysql: { orm: 'raw-driver', engine: 'mysql' },
  MySQLdb: { orm: 'raw-driver', engine: 'mysql' },
  aiomysql: { orm: 'raw-driver', engine: 'mysql' },
  asyncmy: { orm: 'raw-driver', engine: 'mysql' },
  sqlite3: { orm: 'raw-driver', engine: 'sqlite' },
  aiosqlite: { orm: 'raw-driver', engine: 'sqlite' },
  pymongo: { orm: 'raw-driver', engine: 'mongodb' },
  motor: { orm: 'raw-driver', engine: 'mongodb' },
};

/** Python imports that need more than their first segment (`mysql.connector`, `django.db`). */
export function pythonImportDataLayer(specifier: string): DataLayerPackage | undefined {
  if (specifier === 'mysql.connector' || specifier.startsWith('mysql.connector.')) return { orm: 'raw-driver', engine: 'mysql' };
  if (specifier === 'django.db' || specifier.startsWith('django.db.')) return { orm: 'django' };
  const top = specifier.split('.')[0] ?? '';
  return PYTHON_DATA_MODULES[top];
}

export const NODE_DATA_PACKAGES: Record<string, DataLayerPackage> = {
  sequelize: { orm: 'sequelize' },
  'sequelize-typescript': { orm: 'sequelize' },
  '@prisma/client': { orm: 'prisma' },
  prisma: { orm: 'prisma' },
  typeorm: { orm: 'typeorm' },
  'drizzle-orm': { orm: 'drizzle' },
  knex: { orm: 'knex' },
  kysely: { orm: 'kysely' },
  mongoose: { orm: 'mongoose', engine: 'mongodb' },
  pg: { orm: 'raw-driver', engine: 'postgres' },
  postgres: { orm: 'raw-driver', engine: 'postgres' },
  'pg-promise': { orm: 'raw-driver', engine: 'postgres' },
  '@neondatabase/serverless': { orm: 'raw-driver', engine: 'postgres' },
  mysql: { orm: 'raw-driver', engine: 'mysql' },
  mysql2: { orm: 'raw-driver', engine: 'mysql' },
  sqlite3: { orm: 'raw-driver', engine: 'sqlite' },
  'better-sqlite3': { orm: 'raw-driver', engine: 'sqlite' },
  sqlite: { orm: 'raw-driver', engine: 'sqlite' },
  '@libsql/client': { orm: 'raw-driver', engine: 'sqlite' },
  mongodb: { orm: 'raw-driver', engine: 'mongodb' },
};

export function nodeDataPackage(name: string): DataLayerPackage | undefined {
  if (name.startsWith('@mikro-orm/')) {
    const driver = name.slice('@mikro-orm/'.length);
    const engine: DatabaseEngine | undefined =
      driver === 'postgresql' ? 'postgres'
        : driver === 'mysql' || driver === 'mariadb' ? 'mysql'
          : driver === 'sqlite' || driver === 'better-sqlite' || driver === 'libsql' ? 'sqlite'
            : driver === 'mongodb' ? 'mongodb'
              : undefined;
    return { orm: 'mikro-orm', ...(engine ? { engine } : {}) };
  }
  return NODE_DATA_PACKAGES[name];
}

/** Packages whose presence in a package.json marks it as a frontend (browser) package. */
export const FRONTEND_PACKAGES: ReadonlySet<string> = new Set([
  'react', 'react-dom', 'vue', 'svelte', '@sveltejs/kit', 'next', 'nuxt', 'vite', '@angular/core', 'solid-js', 'preact',
  '@vitejs/plugin-react', 'react-scripts', 'astro', '@remix-run/react',
]);

/** PEP 503 normalisation. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The npm package a specifier names, or undefined for relative paths, aliases and Node built-ins. */
export function nodePackageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || specifier.startsWith('~')) return undefined;
  if (specifier.startsWith('#')) return undefined;
  const parts = specifier.split('/');
  if (specifier.startsWith('@')) {
    if (parts.length < 2 || parts[0] === '@' || !parts[1]) return undefined;
    return `${parts[0]}/${parts[1]}`;
  }
  return parts[0] || undefined;
}
