import type { SyntaxNode } from '../syntax-tree.js';
import type { DatabaseFact } from '../facts.js';
import type { ModuleImport } from './module-imports.js';
import { callArguments, calleeName, isBareStringStatement, lastName, lineOf, stringValue } from './syntax.js';

/**
 * Evidence of which database a Python file talks to: connection URLs in string literals (a
 * fallback of `os.getenv` marked as default), driver and ORM imports, engine factories and Django
 * `DATABASES` engines. Only code counts: comments are not strings, and docstrings are skipped.
 */

type Engine = NonNullable<DatabaseFact['engine']>;

const URL_PATTERN = /^(postgres(?:ql)?|sqlite|mysql|mariadb|mongodb(?:\+srv)?)(\+[\w]+)?:\/\//i;

const SCHEME_ENGINES: Record<string, Engine> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  sqlite: 'sqlite',
  mysql: 'mysql',
  mariadb: 'mysql',
  mongodb: 'mongodb',
  'mongodb+srv': 'mongodb',
};

const DRIVERS: Record<string, Engine> = {
  psycopg2: 'postgres',
  psycopg: 'postgres',
  asyncpg: 'postgres',
  pg8000: 'postgres',
  aiopg: 'postgres',
  aiosqlite: 'sqlite',
  sqlite3: 'sqlite',
  pymysql: 'mysql',
  aiomysql: 'mysql',
  asyncmy: 'mysql',
  MySQLdb: 'mysql',
  'mysql.connector': 'mysql',
  motor: 'mongodb',
  pymongo: 'mongodb',
};

const ORMS = new Set(['sqlalchemy', 'sqlmodel', 'flask_sqlalchemy', 'tortoise', 'peewee', 'pony', 'mongoengine', 'beanie', 'odmantic', 'databases', 'django.db']);

const DJANGO_ENGINES: [RegExp, Engine][] = [
  [/postg|psycopg/, 'postgres'],
  [/sqlite/, 'sqlite'],
  [/mysql/, 'mysql'],
  [/mongo|djongo/, 'mongodb'],
];

/** `os.getenv`, `os.environ.get`, decouple `config`, environs `env.str`, django-environ `env.db`/`env.db_url`. */
const ENV_READERS = /(^|\.)(getenv|get|config|env|str|db|db_url)$/;

export function extractDatabase(root: SyntaxNode, imports: readonly ModuleImport[]): DatabaseFact[] {
  const found: DatabaseFact[] = [];
  for (const entry of imports) {
    const module = entry.module;
    const driver = Object.keys(DRIVERS).find((name) => module === name || module.startsWith(`${name}.`));
    if (driver) found.push({ engine: DRIVERS[driver], kind: 'driver-import', subject: driver, line: entry.line, detail: `imports ${module}` });
    const orm = [...ORMS].find((name) => module === name || module.startsWith(`${name}.`));
    if (orm) found.push({ kind: 'orm-import', subject: orm, line: entry.line, detail: `imports ${module}` });
  }
  for (const node of root.descendantsOfType('string')) {
    if (!node.text.includes('://')) continue;
    const value = stringValue(node);
    const match = value === undefined ? null : URL_PATTERN.exec(value);
    if (!match || isBareStringStatement(node)) continue;
    const scheme = match[1]!.toLowerCase();
    const isDefault = isEnvFallback(node);
    found.push({
      engine: SCHEME_ENGINES[scheme],
      kind: isDefault ? 'env-default' : 'connection-url',
      subject: `${scheme}${match[2]?.toLowerCase() ?? ''}`,
      line: lineOf(node),
      ...(isDefault ? { isDefault: true } : {}),
      detail: redact(value!),
    });
  }
  for (const call of root.descendantsOfType('call')) {
    const name = lastName(call);
    if (name !== 'create' && name !== 'create_engine' && name !== 'create_async_engine') continue;
    if (name === 'create' && calleeName(call)?.endsWith('URL.create')) {
      // `URL.create(drivername="postgresql+psycopg2", ...)`: a dialect without a URL string.
      const driver = stringValue(callArguments(call).keywords.get('drivername') ?? callArguments(call).positional[0]);
      const scheme = driver?.split('+')[0]?.toLowerCase();
      if (driver && scheme) found.push({ ...(SCHEME_ENGINES[scheme] ? { engine: SCHEME_ENGINES[scheme] } : {}), kind: 'dialect', subject: driver.toLowerCase(), line: lineOf(call), detail: `URL.create(${driver})` });
    }
    if (name === 'create_engine' || name === 'create_async_engine') {
      const url = callArguments(call).positional[0];
      const literal = stringValue(url);
      const scheme = literal ? URL_PATTERN.exec(literal)?.[1]?.toLowerCase() : undefined;
      found.push({ ...(scheme ? { engine: SCHEME_ENGINES[scheme] } : {}), kind: 'dialect', subject: name, line: lineOf(call), detail: url ? redact(url.text) : '' });
    }
  }
  found.push(...djangoEngines(root));
  return found.sort((a, b) => a.line - b.line);
}

/** `os.getenv('X', 'sqlite://')`, `os.environ.get('X', '...')`, `config('X', default='...')`. */
function isEnvFallback(node: SyntaxNode): boolean {
  let argument: SyntaxNode = node;
  if (argument.parent?.type === 'keyword_argument') {
    if (argument.parent.childForFieldName('name')?.text !== 'default') return false;
    argument = argument.parent;
  }
  const list = argument.parent;
  const call = list?.parent;
  if (list?.type !== 'argument_list' || call?.type !== 'call') return false;
  const callee = calleeName(call);
  if (!callee || !ENV_READERS.test(callee)) return false;
  if (argument.type === 'keyword_argument') return true;
  const positional = list.namedChildren.filter((child) => child.type !== 'keyword_argument' && child.type !== 'comment');
  const index = positional.findIndex((child) => child.startIndex === argument.startIndex);
  return index >= 1 && (callee.includes('environ') || callee.includes('getenv') || callee === 'config' || callee.startsWith('env'));
}

/** Passwords never leave the worker: `user:secret@host` becomes `user:***@host`. */
function redact(text: string): string {
  return text.replace(/(\/\/[^:/@\s]+:)[^@\s]+@/, '$1***@');
}

function djangoEngines(root: SyntaxNode): DatabaseFact[] {
  const found: DatabaseFact[] = [];
  for (const pair of root.descendantsOfType('pair')) {
    const key = pair.childForFieldName('key');
    if (!key?.text.includes('ENGINE') || stringValue(key) !== 'ENGINE') continue;
    const valueNode = pair.childForFieldName('value');
    const value = stringValue(valueNode);
    if (!value || !value.includes('.')) continue;
    const engine = DJANGO_ENGINES.find(([pattern]) => pattern.test(value))?.[1];
    found.push({ ...(engine ? { engine } : {}), kind: 'settings', subject: 'DATABASES.ENGINE', line: lineOf(pair), detail: value });
  }
  return found;
}
