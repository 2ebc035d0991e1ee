import type { DatabaseEngine, Orm } from '../../core/types.js';

/**
 * What an imported package is to the data layer: an ORM / query builder, or a raw database
 * driver. Keyed by how imports are written (Python dotted modules, npm package names).
 */
export type DataPackage =
  | { kind: 'orm'; orm: Exclude<Orm, 'raw-driver' | 'none'>; name: string }
  | { kind: 'driver'; engine?: DatabaseEngine; name: string };

const PYTHON: Record<string, DataPackage> = {
  sqlalchemy: { kind: 'orm', orm: 'sqlalchemy', name: 'sqlalchemy' },
  flask_sqlalchemy: { kind: 'orm', orm: 'sqlalchemy', name: 'flask_sqlalchemy' },
  sqlmodel: { kind: 'orm', orm: 'sqlmodel', name: 'sqlmodel' },
  tortoise: { kind: 'orm', orm: 'tortoise', name: 'tortoise' },
  peewee: { kind: 'orm', orm: 'peewee', name: 'peewee' },
  playhouse: { kind: 'orm', orm: 'peewee', name: 'playhouse' },
  psycopg2: { kind: 'driver', engine: 'postgres', name: 'psycopg2' },
  psycopg: { kind: 'driver', engine: 'postgres', name: 'psycopg' },
  asyncpg: { kind: 'driver', engine: 'postgres', name: 'asyncpg' },
  pg8000: { kind: 'driver', engine: 'postgres', name: 'pg8000' },
  pymysql: { kind: 'driver', engine: 'mysql', name: 'pymysql' },
  MySQLdb: { kind: 'driver', engine: 'mysql', name: 'MySQLdb' },
  aiomysql: { kind: 'driver', engine: 'mysql', name: 'aiomysql' },
  'mysql.connector': { kind: 'driver', engine: 'mysql', name: 'mysql.connector' },
  sqlite3: { kind: 'driver', engine: 'sqlite', name: 'sqlite3' },
  aiosqlite: { kind: 'driver', engine: 'sqlite', name: 'aiosqlite' },
  pymongo: { kind: 'driver', engine: 'mongodb', name: 'pymongo' },
  motor: { kind: 'driver', engine: 'mongodb', name: 'motor' },
};

const NODE: Record<string, DataPackage> = {
  sequelize: { kind: 'orm', orm: 'sequelize', name: 'sequelize' },
  '@prisma/client': { kind: 'orm', orm: 'prisma', name: '@prisma/client' },
  typeorm: { kind: 'orm', orm: 'typeorm', name: 'typeorm' },
  'drizzle-orm': { kind: 'orm', orm: 'drizzle', name: 'drizzle-orm' },
  knex: { kind: 'orm', orm: 'knex', name: 'knex' },
  kysely: { kind: 'orm', orm: 'kysely', name: 'kysely' },
  '@mikro-orm/core': { kind: 'orm', orm: 'mikro-orm', name: '@mikro-orm/core' },
  mongoose: { kind: 'orm', orm: 'mongoose', name: 'mongoose' },
  pg: { kind: 'driver', engine: 'postgres', name: 'pg' },
  postgres: { kind: 'driver', engine: 'postgres', name: 'postgres' },
  'pg-promise': { kind: 'driver', engine: 'postgres', name: 'pg-promise' },
  mysql: { kind: 'driver', engine: 'mysql', name: 'mysql' },
  mysql2: { kind: 'driver', engine: 'mysql', name: 'mysql2' },
  sqlite3: { kind: 'driver', engine: 'sqlite', name: 'sqlite3' },
  sqlite: { kind: 'driver', engine: 'sqlite', name: 'sqlite' },
  'better-sqlite3': { kind: 'driver', engine: 'sqlite', name: 'better-sqlite3' },
  mongodb: { kind: 'driver', engine: 'mongodb', name: 'mongodb' },
};

/** Django's ORM lives in `django.db`; only its connection objects are raw SQL access. */
const DJANGO_RAW_NAMES = new Set(['connection', 'connections']);

/**
 * The data package an import names, or undefined. `python` picks the module naming scheme;
 * relative imports (`.models`, `./db`) are never packages.
 */
export function classifyDataImport(specifier: string, names: readonly string[], python: boolean): DataPackage | undefined {
  if (specifier.startsWith('.')) return undefined;
  if (python) {
    if (specifier === 'django.db' || specifier.startsWith('django.db.')) {
      if (specifier.startsWith('django.db.backends') || names.some((name) => DJANGO_RAW_NAMES.has(name))) {
        return { kind: 'driver', name: 'django.db.connection' };
      }
      return { kind: 'orm', orm: 'django', name: 'django.db' };
    }
    const parts = specifier.split('.');
    return PYTHON[`${parts[0]}.${parts[1]}`] ?? PYTHON[parts[0]!];
  }
  const bare = specifier.replace(/^node:/, '');
  const parts = bare.split('/');
  const top = bare.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  if (top.startsWith('@mikro-orm/')) return NODE['@mikro-orm/core'];
  return NODE[top];
}

/** ORMs that are handed a driver client to work (`drizzle(new Pool())`): importing that driver next to them is their setup. */
export const ORMS_BUILT_ON_A_DRIVER: ReadonlySet<string> = new Set(['drizzle', 'kysely']);

/** ORMs that are one data layer for the purpose of the `orm` constraint. */
export function sameDataLayer(declared: string, used: string): boolean {
  if (declared === used) return true;
  // SQLModel is SQLAlchemy underneath: its users import Column, select, relationship from sqlalchemy.
  return declared === 'sqlmodel' && used === 'sqlalchemy';
}
