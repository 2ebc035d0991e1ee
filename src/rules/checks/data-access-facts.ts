import { Query, type Language } from 'web-tree-sitter';
import type { ExtractContext } from '../../source/extract.js';

/**
 * Calls that read or write the database, gathered in the parse worker for the architecture check
 * ("a route runs a query itself instead of going through a service"). Recognised by the shape of
 * the call: a query method on a receiver that names a database handle (`session`, `db.session`,
 * `cursor`, `prisma.user`, `knex`...) or on a capitalised name (`User.query`, `User.findAll`).
 *
 * Method names like `get` or `create` mean a query only on an unmistakable handle (`db`,
 * `session`, `prisma.user`), never on an ambiguous one (`client.get()` is usually HTTP). The
 * check then drops receivers imported from non-data packages (Flask's `session`) and capitalised
 * receivers not imported from a model or an ORM (`UserService.create()`).
 */
export interface DataAccessCall {
  line: number;
  /** The callee as written, e.g. `db.session.query` or `User.findAll`. */
  callee: string;
  /** First identifier of the receiver (`db`, `User`, `prisma`). */
  root: string;
  /** `handle` when the receiver names a database handle, `model` when it is a capitalised name. */
  via: 'handle' | 'model';
}

const set = (...names: string[]): Set<string> => new Set(names);

const PYTHON_QUERY_METHODS = set(
  'query', 'execute', 'executemany', 'exec', 'scalars', 'scalar', 'commit', 'flush', 'merge', 'add_all', 'filter_by',
  'one_or_none', 'raw', 'fetch', 'fetchrow', 'fetchval', 'fetch_one', 'fetch_all', 'fetchone', 'fetchall', 'get_or_create',
  'bulk_create', 'find_one', 'insert_one', 'insert_many', 'update_one', 'update_many', 'delete_one', 'delete_many', 'aggregate',
);
const PYTHON_GENERIC_METHODS = set('get', 'add', 'delete', 'all', 'first', 'one', 'filter', 'exclude', 'values', 'create', 'update', 'find', 'select', 'insert');
/** Receiver segments that name a database handle for sure, and those that usually do. */
const PYTHON_STRONG_HANDLES = set('session', 'db', 'cursor', 'database', 'engine', 'db_session', 'async_session');
const PYTHON_WEAK_HANDLES = set('conn', 'connection', 'pool', 'collection');

const JS_QUERY_METHODS = set(
  'query', 'execute', 'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'findMany', 'findUnique', 'findFirst',
  'findUniqueOrThrow', 'findFirstOrThrow', 'createMany', 'updateMany', 'deleteMany', 'upsert', 'selectFrom', 'insertInto',
  'deleteFrom', 'updateTable', 'raw', '$queryRaw', '$executeRaw', '$queryRawUnsafe', '$executeRawUnsafe', 'aggregate',
  'bulkCreate', 'getRepository', 'createQueryBuilder', 'insertOne', 'insertMany', 'updateOne', 'deleteOne', 'prepare',
);
const JS_GENERIC_METHODS = set('find', 'findById', 'create', 'update', 'destroy', 'delete', 'insert', 'select', 'count', 'save', 'remove', 'run', 'all', 'get');
const JS_STRONG_HANDLE = /^(db|prisma|knex|sequelize|database|dataSource|datasource|em|orm|trx|tx)(\.[A-Za-z_$][\w$]*)?$/;
const JS_WEAK_HANDLE = /^(pool|client|connection|conn|sql)$/;
/** Methods that on a capitalised receiver are model statics (`User.findAll()`), not e.g. `Object.create()`. */
const JS_MODEL_METHODS = set(
  'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'findById', 'find', 'create', 'update', 'destroy',
  'upsert', 'bulkCreate', 'deleteMany', 'updateMany', 'insertMany', 'aggregate', 'count', 'query',
);
const JS_GLOBALS = set('Object', 'Array', 'Promise', 'JSON', 'Math', 'Date', 'Reflect', 'Map', 'Set', 'Buffer', 'String', 'Number', 'Symbol', 'Error', 'URL', 'Intl', 'Proxy', 'WeakMap', 'WeakSet', 'BigInt', 'Boolean', 'RegExp');

const anyOf = (...sets: Set<string>[]): string => sets.flatMap((names) => [...names]).map((name) => JSON.stringify(name)).join(' ');
const PYTHON_QUERY = `(call function: (attribute object: (_) @receiver attribute: (identifier) @method) (#any-of? @method ${anyOf(PYTHON_QUERY_METHODS, PYTHON_GENERIC_METHODS)})) @call`;
const JS_QUERY = `(call_expression function: (member_expression object: (_) @receiver property: (property_identifier) @method) (#any-of? @method ${anyOf(JS_QUERY_METHODS, JS_GENERIC_METHODS)})) @call`;

const queries = new Map<Language, Query>();

export function collectDataAccessCalls(context: ExtractContext): DataAccessCall[] {
  const python = context.grammar === 'python';
  let query = queries.get(context.tree.language);
  if (!query) {
    query = new Query(context.tree.language, python ? PYTHON_QUERY : JS_QUERY);
    queries.set(context.tree.language, query);
  }
  const calls: DataAccessCall[] = [];
  for (const match of query.matches(context.queryRoot)) {
    const receiver = match.captures.find((capture) => capture.name === 'receiver')?.node;
    const method = match.captures.find((capture) => capture.name === 'method')?.node.text;
    const call = match.captures.find((capture) => capture.name === 'call')?.node;
    if (!receiver || !method || !call) continue;
    const receiverText = receiver.text.replace(/\s+/g, '');
    const root = /^[A-Za-z_$][\w$]*/.exec(receiverText)?.[0];
    if (!root) continue;
    const via = python ? classifyPython(receiverText, method) : classifyJavaScript(receiverText, root, method);
    if (via) calls.push({ line: call.startPosition.row + 1, callee: `${receiverText}.${method}`, root, via });
  }
  return calls;
}

function classifyPython(receiver: string, method: string): DataAccessCall['via'] | undefined {
  // Chains such as `User.query.filter_by(...).first()` are recognised at their innermost call;
  // `request.app["db"]` (aiohttp) is a name chain too.
  if (!/^[\w.]+(\[["'][\w.]+["']\])*$/.test(receiver)) return undefined;
  if (/^[A-Z]\w*\.(query|objects)$/.test(receiver)) return 'model';
  const segments = receiver.split(/[^\w]+/).filter(Boolean);
  if (segments.some((segment) => PYTHON_STRONG_HANDLES.has(segment))) return 'handle';
  if (PYTHON_QUERY_METHODS.has(method) && segments.some((segment) => PYTHON_WEAK_HANDLES.has(segment))) return 'handle';
  return undefined;
}

function classifyJavaScript(receiver: string, root: string, method: string): DataAccessCall['via'] | undefined {
  if (!/^[\w$.]+$/.test(receiver)) return undefined;
  const bare = receiver.replace(/^this\./, '');
  if (JS_STRONG_HANDLE.test(bare)) return 'handle';
  if (JS_QUERY_METHODS.has(method) && JS_WEAK_HANDLE.test(bare)) return 'handle';
  if (/^[A-Z][\w$]*$/.test(receiver) && !JS_GLOBALS.has(root) && JS_MODEL_METHODS.has(method)) return 'model';
  return undefined;
}
