import type { SyntaxNode } from '../syntax-tree.js';
import type { DatabaseFact, FileFacts } from '../facts.js';
import { calleeModule, importSource, refersTo, requiredModule, type FileScope } from './file-scope.js';
import { calleeOf, dottedName, lineOf, propertyKey, stringValue, unwrap } from './syntax.js';

/**
 * Which database a Node file points at: connection URLs in string literals (and whether they are
 * only a fallback behind an environment variable), driver and ORM imports, and dialect options of
 * Sequelize, knex, TypeORM, MikroORM, Kysely and drizzle-kit. Read from the tree, so comments never count.
 */

export type Engine = NonNullable<DatabaseFact['engine']>;

export function extractDatabaseEvidence(path: string, root: SyntaxNode, scope: FileScope, facts: FileFacts): void {
  const out = facts.database;
  if ([...scope.modules].some((module) => DRIVERS[module] || isOrmModule(module))) importEvidence(scope, out);
  if (URL_IN_TEXT.test(scope.text)) urlEvidence(root, out);
  dialectEvidence(path, root, scope, out);
  out.sort((a, b) => a.line - b.line);
}

/** Engine named by a driver, dialect or client value (`pg`, `postgresql`, `mysql2`, `better-sqlite3`...). */
export function engineOf(value: string): Engine | undefined {
  const name = value.toLowerCase();
  if (/^(pg|postgres|postgresql|cockroachdb|neon|pglite)$/.test(name)) return 'postgres';
  if (/^(mysql|mysql2|mariadb|planetscale|singlestore)$/.test(name)) return 'mysql';
  if (/^(sqlite|sqlite3|better-sqlite3|better-sqlite|libsql|turso|sqljs|d1|bun-sqlite)$/.test(name)) return 'sqlite';
  if (/^(mongodb|mongo)$/.test(name)) return 'mongodb';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Imports

const DRIVERS: Record<string, Engine> = {
  pg: 'postgres',
  'pg-pool': 'postgres',
  'pg-promise': 'postgres',
  postgres: 'postgres',
  '@neondatabase/serverless': 'postgres',
  '@vercel/postgres': 'postgres',
  slonik: 'postgres',
  mysql: 'mysql',
  mysql2: 'mysql',
  'mysql2/promise': 'mysql',
  mariadb: 'mysql',
  '@planetscale/database': 'mysql',
  sqlite3: 'sqlite',
  'better-sqlite3': 'sqlite',
  sqlite: 'sqlite',
  '@libsql/client': 'sqlite',
  'bun:sqlite': 'sqlite',
  'node:sqlite': 'sqlite',
  mongodb: 'mongodb',
};

const ORMS = new Set(['sequelize', 'sequelize-typescript', 'typeorm', '@nestjs/typeorm', '@prisma/client', 'knex', 'kysely', 'objection', 'mongoose', 'drizzle-orm']);

/** ORM modules whose path names the engine: `drizzle-orm/node-postgres`, `@mikro-orm/postgresql`. */
function ormImportEngine(module: string): Engine | undefined {
  if (module === 'mongoose') return 'mongodb';
  const drizzle = /^drizzle-orm\/([\w-]+)/.exec(module)?.[1];
  if (drizzle) {
    if (/^(node-postgres|postgres-js|neon-http|neon-serverless|vercel-postgres|pg-core|pglite|xata-http|aws-data-api)$/.test(drizzle)) return 'postgres';
    if (/^(better-sqlite3|libsql|bun-sqlite|d1|sqlite-core|expo-sqlite|op-sqlite|sql-js)$/.test(drizzle)) return 'sqlite';
    if (/^(mysql2|mysql-core|planetscale-serverless|tidb-serverless|singlestore)$/.test(drizzle)) return 'mysql';
    return undefined;
  }
  const mikro = /^@mikro-orm\/([\w-]+)$/.exec(module)?.[1];
  return mikro ? engineOf(mikro) : undefined;
}

function isOrmModule(module: string): boolean {
  return ORMS.has(module) || module.startsWith('drizzle-orm/') || (module.startsWith('@mikro-orm/') && module !== '@mikro-orm/cli');
}

function importEvidence(scope: FileScope, out: DatabaseFact[]): void {
  for (const node of [...scope.nodes.imports, ...scope.nodes.requireCalls].sort((a, b) => a.startIndex - b.startIndex)) {
    let module: string | undefined;
    if (node.type === 'import_statement') {
      const typeOnly = node.children.some((child) => child !== null && !child.isNamed && child.type === 'type');
      module = typeOnly ? undefined : importSource(node);
    } else {
      module = requiredModule(node);
    }
    if (!module) continue;
    const driver = DRIVERS[module];
    if (driver) {
      out.push({ engine: driver, kind: 'driver-import', subject: module, line: lineOf(node), detail: `imports the ${module} driver` });
    } else if (isOrmModule(module)) {
      const engine = ormImportEngine(module);
      out.push({ ...(engine ? { engine } : {}), kind: 'orm-import', subject: module, line: lineOf(node), detail: `imports ${module}` });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Connection URLs

const URL_IN_TEXT = /(postgres|postgresql|mysql|mysql2|mariadb|sqlite|sqlite3|mongodb|mongodb\+srv|file):/i;
const URL_PATTERN = /^(postgres(?:ql)?(?:\+[\w]+)?|mysql2?|mariadb|sqlite3?|mongodb(?:\+srv)?|file):/i;

function urlEngine(url: string): Engine | undefined {
  const scheme = URL_PATTERN.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  if (scheme === 'file') return /\.(db|sqlite3?)(\?.*)?$/i.test(url) ? 'sqlite' : undefined;
  return engineOf(scheme.replace(/\+.*$/, ''));
}

/** Credentials never reach a report: `postgres://user:secret@host` -> `postgres://user:***@host`. */
export function redactUrl(url: string): string {
  return url.replace(/^([\w+]+:\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

function urlEvidence(root: SyntaxNode, out: DatabaseFact[]): void {
  for (const node of root.descendantsOfType(['string', 'template_string'])) {
    if (!node || node.parent?.type === 'template_string') continue;
    const url = literalText(node);
    if (!url) continue;
    const engine = urlEngine(url);
    if (!engine) continue;
    const scheme = URL_PATTERN.exec(url)![1]!.toLowerCase();
    const fallback = environmentFallback(node);
    if (fallback) {
      out.push({ engine, kind: 'env-default', subject: fallback, line: lineOf(node), isDefault: true, detail: redactUrl(url) });
    } else {
      out.push({ engine, kind: 'connection-url', subject: scheme, line: lineOf(node), detail: redactUrl(url) });
    }
  }
}

/** The text of a string, or of a template with its substitutions left as `${...}`. */
function literalText(node: SyntaxNode): string | undefined {
  if (node.type === 'string') return stringValue(node);
  return node.text.slice(1, -1);
}

/**
 * The environment variable a literal is the fallback of: `process.env.DATABASE_URL ?? '...'`,
 * `process.env['DB'] || '...'`, `const { DATABASE_URL = '...' } = process.env`.
 */
function environmentFallback(node: SyntaxNode): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if (parent.type === 'binary_expression') {
    const operator = parent.childForFieldName('operator')?.type;
    const left = parent.childForFieldName('left');
    if ((operator !== '??' && operator !== '||') || parent.childForFieldName('right')?.id !== node.id || !left) return undefined;
    return environmentVariable(left);
  }
  if (parent.type === 'object_assignment_pattern' || parent.type === 'assignment_pattern') {
    const pattern = parent.parent;
    const declarator = pattern?.parent;
    const source = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('value') : undefined;
    if (source && /\benv$/.test(source.text)) return parent.childForFieldName('left')?.text;
  }
  return undefined;
}

function environmentVariable(node: SyntaxNode): string | undefined {
  const text = unwrap(node).text;
  const match = /\b(?:process|Bun|Deno|import\.meta)\.env(?:\.([A-Za-z_]\w*)|\[\s*['"`]([A-Za-z_]\w*)['"`]\s*\])/.exec(text) ?? /\benv\.([A-Z_][A-Z0-9_]*)/.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Dialect options

const TYPEORM_TYPES = /^(postgres|cockroachdb|mysql|mariadb|sqlite|better-sqlite3|sqljs|mongodb)$/;
const MIKRO_DRIVERS: Record<string, Engine> = {
  PostgreSqlDriver: 'postgres',
  MySqlDriver: 'mysql',
  MariaDbDriver: 'mysql',
  SqliteDriver: 'sqlite',
  BetterSqliteDriver: 'sqlite',
  LibSqlDriver: 'sqlite',
  MongoDriver: 'mongodb',
};
const KYSELY_DIALECTS: Record<string, Engine> = { PostgresDialect: 'postgres', MysqlDialect: 'mysql', SqliteDialect: 'sqlite' };

function dialectEvidence(path: string, root: SyntaxNode, scope: FileScope, out: DatabaseFact[]): void {
  const modules = [...scope.modules];
  const usesTypeorm = modules.some((module) => module === 'typeorm' || module === '@nestjs/typeorm');
  const usesMikro = modules.some((module) => module.startsWith('@mikro-orm/'));
  const usesDrizzleKit = modules.includes('drizzle-kit');
  const isKnexfile = /(^|\/)knexfile\.[cm]?[jt]s$/.test(path);
  const usesSequelize = modules.some((module) => module === 'sequelize' || module === 'sequelize-typescript');
  const usesKnex = modules.includes('knex');
  if (!usesTypeorm && !usesMikro && !usesDrizzleKit && !isKnexfile && !usesSequelize && !usesKnex && !modules.includes('kysely')) return;

  // Only the keys this file's libraries read, found through the text: a model file has a `type:`
  // pair per attribute, none of them a dialect.
  const keys = ['dialect', 'client', ...(usesTypeorm || usesMikro ? ['type'] : []), ...(usesMikro ? ['driver'] : [])];
  for (const pair of pairsWithKeys(root, scope.text, keys)) {
    const key = propertyKey(pair);
    const valueNode = pair.childForFieldName('value');
    if (!key || !valueNode) continue;
    const value = stringValue(valueNode);
    const at = lineOf(pair);
    if (key === 'dialect' && value && insideCall(pair, (call) => isSequelizeConstructor(call, scope))) {
      push(out, 'sequelize', value, at, `Sequelize dialect '${value}'`);
    } else if (key === 'dialect' && value && usesDrizzleKit) {
      push(out, 'drizzle-kit', value, at, `drizzle-kit dialect '${value}'`);
    } else if (key === 'client' && value && (isKnexfile || insideCall(pair, (call) => isKnexCall(call, scope)))) {
      push(out, 'knex', value, at, `knex client '${value}'`);
    } else if (key === 'type' && value && TYPEORM_TYPES.test(value) && usesTypeorm) {
      push(out, 'typeorm', value, at, `TypeORM data source type '${value}'`);
    } else if ((key === 'driver' || key === 'type') && usesMikro) {
      const name = dottedName(valueNode)?.split('.').pop();
      const engine = name ? MIKRO_DRIVERS[name] : value ? engineOf(value) : undefined;
      if (engine) out.push({ engine, kind: 'dialect', subject: 'mikro-orm', line: at, detail: `MikroORM driver ${name ?? value}` });
    }
  }
  for (const creation of modules.includes('kysely') ? scope.nodes.creations : []) {
    const name = creation ? dottedName(calleeOf(creation))?.split('.').pop() : undefined;
    const engine = name ? KYSELY_DIALECTS[name] : undefined;
    if (engine && modules.includes('kysely')) out.push({ engine, kind: 'dialect', subject: 'kysely', line: lineOf(creation!), detail: `Kysely ${name}` });
  }
}

/** The object pairs whose key (plain or quoted) is one of `keys`. */
function pairsWithKeys(root: SyntaxNode, text: string, keys: string[]): SyntaxNode[] {
  const pairs: SyntaxNode[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![\\w$.])['"]?(${keys.join('|')})['"]?\\s*:`, 'g'))) {
    let node: SyntaxNode | null = root.descendantForIndex(match.index + match[0].indexOf(match[1]!));
    // A quoted key: string_fragment -> string -> pair.
    while (node && node.type !== 'pair' && (node.type === 'string_fragment' || node.type === 'string' || node.type === 'property_identifier')) node = node.parent;
    const pair = node;
    if (pair?.type === 'pair' && !pairs.some((known) => known.id === pair.id)) pairs.push(pair);
  }
  return pairs;
}

function push(out: DatabaseFact[], subject: string, value: string, line: number, detail: string): void {
  const engine = engineOf(value);
  out.push({ ...(engine ? { engine } : {}), kind: 'dialect', subject, line, detail });
}

function insideCall(node: SyntaxNode, test: (call: SyntaxNode) => boolean): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if ((current.type === 'call_expression' || current.type === 'new_expression') && test(current)) return true;
    if (current.type === 'statement_block' || current.type === 'program') return false;
  }
  return false;
}

function isSequelizeConstructor(call: SyntaxNode, scope: FileScope): boolean {
  return call.type === 'new_expression' && (refersTo(scope, calleeOf(call), ['sequelize', 'sequelize-typescript'], ['Sequelize', 'default', '*']) || dottedName(calleeOf(call)) === 'Sequelize');
}

function isKnexCall(call: SyntaxNode, scope: FileScope): boolean {
  return refersTo(scope, calleeOf(call), ['knex'], ['default', '*', 'knex', 'Knex']) || calleeModule(call) === 'knex';
}
