import { Query, type Language } from 'web-tree-sitter';
import type { ExtractContext } from '../../source/extract.js';

/**
 * Calls that read or write the database, gathered in the parse worker for the architecture check
 * ("a route runs a query itself instead of going through a service"). Recognised by the shape of
 * the call: a query method on a receiver that names a database handle (`session`, `db.session`,
 * `cursor`, `prisma.user`, `knex`...) or on a capitalised name (`User.query`, `User.findAll`).
 * The check keeps capitalised receivers only when the file imports them from a model or an ORM,
 * so `UserService.create()` is not mistaken for a query.
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


const PYTHON_METHODS = new Set([
  'query', 'execute', 'executemany', 'exec', 'scalars', 'scalar', 'add', 'add_all', 'delete', 'merge', 'commit', 'flush',
  'get', 'filter', 'filter_by', 'all', 'first', 'one', 'one_or_none', 'raw', 'fetch', 'fetchrow', 'fetchval', 'fetch_one',
  'fetch_all', 'fetchone', 'fetchall', 'create', 'get_or_create', 'update', 'bulk_create', 'select', 'insert', 'find', 'find_one',
  'insert_one', 'update_one', 'delete_one', 'aggregate', 'exclude', 'values',
]);
const PYTHON_HANDLE = /(^|[._])(session|db|conn|connection|cursor|database|engine|pool|objects|query|collection)$/i;

const JS_METHODS = new Set([
  'query', 'execute', 'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'findMany', 'findUnique', 'findFirst',
  'findById', 'find', 'create', 'createMany', 'update', 'updateMany', 'destroy', 'upsert', 'delete', 'deleteMany', 'insert',
  'select', 'selectFrom', 'insertInto', 'deleteFrom', 'updateTable', 'raw', '$queryRaw', '$executeRaw', '$queryRawUnsafe',
  '$executeRawUnsafe', 'aggregate', 'count', 'bulkCreate', 'save', 'remove', 'getRepository', 'createQueryBuilder', 'insertOne',
  'insertMany', 'updateOne', 'deleteOne', 'prepare', 'run', 'all', 'get',
]);
const JS_HANDLE = /^(db|pool|client|knex|prisma|sequelize|connection|conn|database|dataSource|datasource|em|orm|sql|trx|tx)(\.[a-z]\w*)?$/;
/** Methods that on a capitalised receiver are model statics (`User.findAll()`), not e.g. `Object.create()`. */
const JS_MODEL_METHODS = new Set([
  'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'findById', 'find', 'create', 'update', 'destroy',
  'upsert', 'bulkCreate', 'deleteMany', 'updateMany', 'insertMany', 'aggregate', 'count', 'query',
]);
const JS_GLOBALS = new Set(['Object', 'Array', 'Promise', 'JSON', 'Math', 'Date', 'Reflect', 'Map', 'Set', 'Buffer', 'String', 'Number', 'Symbol', 'Error', 'URL', 'Intl', 'Proxy', 'WeakMap', 'WeakSet', 'BigInt', 'Boolean', 'RegExp']);

/** The method filter runs inside the query, so calls of other methods never cross into JavaScript. */
const anyOf = (methods: Set<string>): string => [...methods].map((method) => JSON.stringify(method)).join(' ');
const PYTHON_QUERY = `(call function: (attribute object: (_) @receiver attribute: (identifier) @method) (#any-of? @method ${anyOf(PYTHON_METHODS)})) @call`;
const JS_QUERY = `(call_expression function: (member_expression object: (_) @receiver property: (property_identifier) @method) (#any-of? @method ${anyOf(JS_METHODS)})) @call`;

const queries = new Map<Language, Query>();

export function collectDataAccessCalls(context: ExtractContext): DataAccessCall[] {
  const python = context.grammar === 'python';
  let query = queries.get(context.tree.language);
  if (!query) {
    query = new Query(context.tree.language, python ? PYTHON_QUERY : JS_QUERY);
    queries.set(context.tree.language, query);
  }
  const calls: DataAccessCall[] = [];
  for (const match of query.matches(context.root)) {
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
  if (!PYTHON_METHODS.has(method)) return undefined;
  // Chains such as `User.query.filter_by(...).first()` are recognised at their innermost call.
  if (!/^[\w.]+$/.test(receiver)) return undefined;
  if (/^[A-Z]\w*\.(query|objects)$/.test(receiver)) return 'model';
  if (PYTHON_HANDLE.test(receiver)) return 'handle';
  return undefined;
}

function classifyJavaScript(receiver: string, root: string, method: string): DataAccessCall['via'] | undefined {
  if (!JS_METHODS.has(method)) return undefined;
  if (!/^[\w$.]+$/.test(receiver)) return undefined;
  if (JS_HANDLE.test(receiver.replace(/^this\./, ''))) return 'handle';
  if (/^[A-Z][\w$]*$/.test(receiver) && !JS_GLOBALS.has(root) && JS_MODEL_METHODS.has(method)) return 'model';
  return undefined;
}
