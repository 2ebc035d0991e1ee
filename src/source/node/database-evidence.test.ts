import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../parse-file.js';
import type { DatabaseFact } from '../facts.js';
import { engineOf, redactUrl } from './database-evidence.js';

async function databaseOf(path: string, lines: string[]): Promise<DatabaseFact[]> {
  const outcome = await parseFileToFacts(path, lines.join('\n') + '\n');
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  expect(outcome.facts.syntaxErrors).toEqual([]);
  return outcome.facts.database;
}

describe('database evidence', () => {
  it('finds connection URLs, environment fallbacks and redacts passwords', async () => {
    const facts = await databaseOf('src/config.ts', [
      "const a = 'postgresql://app:s3cret@db:5432/app';",
      "const b = process.env.DATABASE_URL ?? 'sqlite://./dev.sqlite';",
      "const c = process.env['MONGO_URL'] || `mongodb+srv://cluster0.example.net/app`;",
      'const { DB_URL = "mysql://root@localhost/app" } = process.env;',
      "const d = 'file:./dev.db';",
      "const e = 'file:./notes.txt';", // not a database
      '// const f = "postgres://commented-out";',
      '/* mongodb://also-a-comment */',
      "const g = 'see postgres://docs in the middle of text';",
    ]);
    expect(facts).toEqual([
      { engine: 'postgres', kind: 'connection-url', subject: 'postgresql', line: 1, detail: 'postgresql://app:***@db:5432/app' },
      { engine: 'sqlite', kind: 'env-default', subject: 'DATABASE_URL', line: 2, isDefault: true, detail: 'sqlite://./dev.sqlite' },
      { engine: 'mongodb', kind: 'env-default', subject: 'MONGO_URL', line: 3, isDefault: true, detail: 'mongodb+srv://cluster0.example.net/app' },
      { engine: 'mysql', kind: 'env-default', subject: 'DB_URL', line: 4, isDefault: true, detail: 'mysql://root@localhost/app' },
      { engine: 'sqlite', kind: 'connection-url', subject: 'file', line: 5, detail: 'file:./dev.db' },
    ]);
  });

  it('finds driver and ORM imports in ESM and CommonJS, and skips type-only imports', async () => {
    const facts = await databaseOf('src/db.ts', [
      "import { Pool } from 'pg';",
      "import type { Knex } from 'knex';",
      "import { drizzle } from 'drizzle-orm/node-postgres';",
      "const mysql = require('mysql2/promise');",
      "import { MikroORM } from '@mikro-orm/postgresql';",
      "import { PrismaClient } from '@prisma/client';",
      "import sqlite = require('better-sqlite3');",
    ]);
    expect(facts.map((fact) => `${fact.kind}:${fact.subject}:${fact.engine ?? '?'}@${fact.line}`)).toEqual([
      'driver-import:pg:postgres@1',
      'orm-import:drizzle-orm/node-postgres:postgres@3',
      'driver-import:mysql2/promise:mysql@4',
      'orm-import:@mikro-orm/postgresql:postgres@5',
      'orm-import:@prisma/client:?@6',
      'driver-import:better-sqlite3:sqlite@7',
    ]);
  });

  it('reads dialect options of Sequelize, knex, TypeORM, MikroORM and Kysely', async () => {
    const sequelize = await databaseOf('src/db.js', ["const { Sequelize } = require('sequelize');", "const s = new Sequelize(url, { dialect: 'mysql' });", "const other = { dialect: 'postgres' };"]);
    expect(sequelize.filter((fact) => fact.kind === 'dialect')).toEqual([{ engine: 'mysql', kind: 'dialect', subject: 'sequelize', line: 2, detail: "Sequelize dialect 'mysql'" }]);

    const knex = await databaseOf('src/db.js', ["const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });"]);
    expect(knex.filter((fact) => fact.kind === 'dialect')).toEqual([{ engine: 'postgres', kind: 'dialect', subject: 'knex', line: 1, detail: "knex client 'pg'" }]);

    const knexfile = await databaseOf('knexfile.js', ["module.exports = { development: { client: 'better-sqlite3', connection: { filename: './dev.sqlite3' } } };"]);
    expect(knexfile.map((fact) => `${fact.subject}:${fact.engine}`)).toEqual(['knex:sqlite']);

    const typeorm = await databaseOf('src/data-source.ts', ["import { DataSource } from 'typeorm';", "export const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });"]);
    expect(typeorm.filter((fact) => fact.kind === 'dialect').map((fact) => `${fact.subject}:${fact.engine}`)).toEqual(['typeorm:postgres']);

    const mikro = await databaseOf('mikro-orm.config.ts', ["import { PostgreSqlDriver } from '@mikro-orm/postgresql';", 'export default { driver: PostgreSqlDriver, dbName: "app" };']);
    expect(mikro.filter((fact) => fact.kind === 'dialect').map((fact) => `${fact.subject}:${fact.engine}`)).toEqual(['mikro-orm:postgres']);

    const kysely = await databaseOf('src/db.ts', ["import { Kysely, SqliteDialect } from 'kysely';", "import Database from 'better-sqlite3';", "export const db = new Kysely({ dialect: new SqliteDialect({ database: new Database('app.db') }) });"]);
    expect(kysely.map((fact) => `${fact.kind}:${fact.subject}:${fact.engine}`)).toEqual(['orm-import:kysely:undefined', 'driver-import:better-sqlite3:sqlite', 'dialect:kysely:sqlite']);
  });

  it('normalises engine names and redacts only passwords', () => {
    expect(['pg', 'postgresql', 'mysql2', 'mariadb', 'better-sqlite3', 'mongodb', 'oracle'].map(engineOf)).toEqual(['postgres', 'postgres', 'mysql', 'mysql', 'sqlite', 'mongodb', undefined]);
    expect(redactUrl('mongodb+srv://u:p@x/db')).toBe('mongodb+srv://u:***@x/db');
    expect(redactUrl('postgres://u@x/db')).toBe('postgres://u@x/db');
  });
});
