import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import type { ImportFact } from '../../source/facts.js';
import { argumentsOf, callsMatching, dottedName, isFunctionNode, lineOf, memberObject, memberProperty, namesPattern, objectEntries, parameterNames, stringValue, unwrap } from '../../source/node/syntax.js';

/**
 * Calls that may be database calls, gathered in the parse worker with how their result is used,
 * for the checks that need to know whether a call returns a promise (missing await, queries in
 * loops, Hono handlers). Whether a call really is a database call depends on what its receiver
 * is, which is often decided in another file (a model, a Prisma client exported by `db.ts`, a
 * TypeORM data source), so the checks decide that in the main thread; this module records the
 * shape of each call chain and the names this file binds to database handles.
 */
export const DATA_CALLS = 'data-calls';
export const DATA_HANDLES = 'data-handles';
export const DATA_LOOPS = 'data-loops';

/**
 * One call chain that may run a query: `User.findAll(...)`, `prisma.user.findMany(...)`,
 * `db('users').where(...).first()`, `repo.createQueryBuilder('u').getMany()`. Whether the chain is
 * awaited and how it is misused are about the whole chain, the value the code ends up holding.
 */
export interface DataCallFact {
  line: number;
  /** The receiver as written without `this.` (`prisma.user`, `User`, `db.models.User`, `pool`); a handle called itself (`db('users')`) is the receiver. */
  receiver: string;
  /** The method called on the receiver; '' when the receiver itself is called (knex's `db('users')`). */
  method: string;
  /** The methods called after it, in order, up to `.then/.catch/.finally`: `['where', 'first']`. */
  chain?: string[];
  awaited: boolean;
  /** The last argument of the first call is a function: callback style, no promise (pg, mysql2 without /promise). */
  callback: boolean;
  /** How an un-awaited result is used as if it were the value; absent when it is not (returned, awaited later, passed on). */
  misuse?: Misuse;
  /** The chain (awaited or not) is what a function returns: the line of that function. */
  returnedFrom?: number;
}

export interface Misuse {
  kind: 'property' | 'spread' | 'response' | 'condition' | 'iteration' | 'destructure';
  /** `property`: the property read (`length`, `rows`, `name`), and whether it is then called. */
  property?: string;
  called?: boolean;
  /** `response`: what sends it (`res.json`, `c.json`, `ctx.body`). */
  via?: string;
  /** Where the misuse happens when it is through a variable (`const users = User.findAll(); users.length`). */
  line: number;
  variable?: string;
}

export type HandleKind =
  | 'prisma'
  | 'pg'
  | 'mysql2-promise'
  | 'mysql2-callback'
  | 'mongoose-model'
  | 'knex'
  | 'kysely'
  | 'typeorm-datasource'
  | 'typeorm-manager'
  | 'typeorm-repository';

/**
 * A local name this file binds to a database handle: created here (`const prisma = new PrismaClient()`),
 * typed as one (`private users: Repository<User>`), or made from another handle
 * (`const client = await pool.connect()`, `dataSource.getRepository(User)`, `.manager`, the
 * parameter of a transaction callback), which the checks resolve, possibly through imports.
 */
export interface DataHandleFact {
  name: string;
  line: number;
  kind?: HandleKind;
  /** Made from the handle `name` by `method`; '' when it is that handle under another name. */
  from?: { name: string; method: string };
  /** An export that hands out what another module exports (a lazy getter returning `require('./connection')`). */
  module?: string;
  /** A function's parameter: a handle inside that function, never something the module exports. */
  parameter?: true;
}

/** A loop over the result of an awaited call, with the awaited calls in its body. */
export interface DataLoopFact {
  /** Line of the loop (`for`, `.forEach(`, `.map(`), where the finding goes. */
  line: number;
  /** Line of the call whose awaited result the loop iterates. */
  sourceLine: number;
  /** Lines of the calls awaited inside the loop body. */
  innerLines: number[];
}

/** Method names that start a chain worth recording whatever the receiver is; the checks decide from the receiver. */
const METHODS = [
  // Sequelize model statics
  'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'create', 'bulkCreate', 'update', 'destroy', 'upsert',
  'count', 'increment', 'decrement', 'max', 'min', 'sum',
  // Prisma delegates and client
  'findMany', 'findUnique', 'findFirst', 'findUniqueOrThrow', 'findFirstOrThrow', 'createMany', 'updateMany', 'deleteMany',
  'delete', 'aggregate', 'groupBy', '$queryRaw', '$executeRaw', '$queryRawUnsafe', '$executeRawUnsafe', '$transaction',
  // Mongoose model statics (queries are thenables, `create` and `insertMany` promises)
  'find', 'findById', 'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete', 'countDocuments',
  'updateOne', 'deleteOne', 'exists', 'insertMany',
  // TypeORM repositories, entity managers and data sources
  'findBy', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy', 'findByIds', 'save', 'insert',
  'remove', 'softDelete', 'softRemove', 'restore', 'recover', 'countBy', 'exist', 'existsBy', 'average', 'minimum', 'maximum',
  'preload', 'getRepository', 'getTreeRepository', 'getMongoRepository', 'createQueryBuilder',
  // Kysely query roots
  'selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto',
  // drivers (`pool.promise().query()` for mysql2's callback pools)
  'query', 'execute', 'promise',
];
/** Receivers that are language or Node globals, never a database handle: `Object.keys(x).find(...)`. */
const GLOBAL_RECEIVERS = new Set(['Object', 'Array', 'JSON', 'Math', 'Promise', 'Number', 'String', 'Buffer', 'Date', 'Reflect', 'Symbol', 'console', 'process', 'window', 'document', 'Intl', 'Map', 'Set', 'path', 'fs', 'crypto', 'util', 'url', 'os', '_', 'lodash']);
const DATA_CALL = new RegExp(`\\.\\s*(${namesPattern(METHODS)})\\s*\\(`, 'g');

/** The member name under which modules conventionally export their knex instance. */
const KNEX_MEMBER = 'knex';
/** Knex builders start from the handle itself (`db('users')`) or from one of these; both need a receiver that may be a handle. */
const KNEX_ROOT_METHODS = ['select', 'from', 'table', 'into', 'insert', 'update', 'del', 'delete', 'raw', 'first', 'where', 'whereIn', 'with', 'pluck', 'count', 'truncate', 'distinct', 'join', 'union'];
/**
 * What follows a candidate name that starts a knex builder: a call with a table name, or one of the
 * builder methods above, on the name itself or on its `knex` member (`db.knex('posts')`,
 * `db.knex.raw(...)`: a module exporting its knex instance as `knex`, Ghost's way).
 */
const KNEX_ROOT_AFTER = new RegExp(`(?:\\s*\\.\\s*(${KNEX_MEMBER}))?\\s*(?:(?:<[^<>()]*>)?\\s*\\(\\s*['"\`]|\\.\\s*(?:${namesPattern(KNEX_ROOT_METHODS)})\\s*\\()`, 'y');

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);
const RESPONSE_METHODS = new Set(['json', 'send', 'jsonp', 'render', 'end', 'text', 'html', 'body']);
const RESPONSE_OBJECTS = /^(res|response|reply|c|ctx|context|h)$/;
/** Longer chains are cut here: the facts stay small and nothing decides on the tenth builder call. */
const MAX_CHAIN = 12;

interface Chain {
  /** The outermost call of the chain. */
  node: SyntaxNode;
  /** The first call (on the receiver). */
  first: SyntaxNode;
  receiver: string;
  method: string;
  chain: string[];
}

export function collectDataCalls(context: ExtractContext): { calls: DataCallFact[]; handles: DataHandleFact[]; loops: DataLoopFact[] } {
  const { root, text } = context;
  const handles = dataHandles(context);
  const chains = new Map<number, Chain>();
  // A chain is recorded from its first call: a matched name further along (`Object.keys(x).find()`,
  // `db.selectFrom('t').execute()`) is either no query or found again from the start of its chain.
  const consider = (call: SyntaxNode) => {
    const chain = chainAround(call);
    if (!chain || chain.first.id !== call.id || chains.has(chain.node.id) || GLOBAL_RECEIVERS.has(chain.receiver.split('.')[0]!)) return;
    chains.set(chain.node.id, chain);
  };
  for (const call of callsMatching(root, text, DATA_CALL)) consider(call);
  // Names that may hold a knex instance: handles of this file and names imported from the project.
  const knexNames = new Set([...handles.map((handle) => handle.name), ...projectImportLocals(context.facts.imports)]);
  if (knexNames.size > 0) for (const call of knexRoots(root, text, knexNames)) consider(call);
  const calls: DataCallFact[] = [];
  for (const chain of chains.values()) {
    const outer = outermost(chain.node);
    const args = argumentsOf(chain.first);
    const last = args[args.length - 1];
    const fact: DataCallFact = {
      line: lineOf(chain.node),
      receiver: chain.receiver,
      method: chain.method,
      awaited: outer.parent?.type === 'await_expression',
      callback: last !== undefined && isFunctionNode(unwrap(last)),
    };
    if (chain.chain.length > 0) fact.chain = chain.chain;
    if (!fact.awaited) {
      const misuse = misuseOf(outer);
      if (misuse) fact.misuse = misuse;
    }
    const returnedFrom = returningFunction(fact.awaited ? outermost(outer.parent!) : outer);
    if (returnedFrom) fact.returnedFrom = lineOf(returnedFrom);
    calls.push(fact);
  }
  calls.sort((a, b) => a.line - b.line);
  const nodes = [...chains.values()].map((chain) => chain.node);
  return { calls, handles, loops: nodes.length > 1 ? dataLoops(root, text, nodes) : [] };
}

/** `db('users')`, `this.knex('users')`, `db.select(...)`, `db.knex('users')`: calls starting a knex builder on one of `names`. */
function knexRoots(root: SyntaxNode, text: string, names: ReadonlySet<string>): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  // A few names, each looked up where it occurs: much cheaper than one pattern tried at every identifier.
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (at > 0 && /[\w$]/.test(text[at - 1]!)) continue;
      KNEX_ROOT_AFTER.lastIndex = at + name.length;
      const after = KNEX_ROOT_AFTER.exec(text);
      if (!after) continue;
      const call = knexRootCall(root, at, name, after[1] !== undefined);
      if (call) calls.push(call);
    }
  }
  return calls;
}

function knexRootCall(root: SyntaxNode, at: number, name: string, throughMember: boolean): SyntaxNode | undefined {
  const identifier = root.descendantForIndex(at);
  if (identifier?.text !== name) return undefined;
  // `db(...)` / `this.db(...)`: the name (or the member naming it) is the callee; `db.select(...)`: the member is.
  let named = identifier.parent?.type === 'member_expression' && identifier.parent.childForFieldName('property')?.id === identifier.id ? identifier.parent : identifier;
  // Only a plain name or `this.name`, not `other.name`.
  if (named !== identifier && named.childForFieldName('object')?.type !== 'this') return undefined;
  // `db.knex(...)` / `db.knex.raw(...)`: the module's `knex` member is the handle.
  if (throughMember) {
    const member = named.parent;
    if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== named.id || memberProperty(member) !== KNEX_MEMBER) return undefined;
    named = member;
  }
  const parent = named.parent;
  const call = parent?.type === 'call_expression' ? parent : parent?.type === 'member_expression' ? parent.parent : undefined;
  return call?.type === 'call_expression' ? call : undefined;
}

/**
 * The chain a matched call belongs to: up to its outermost call (stopping before `.then()`),
 * then down to the receiver. `db.select('*').from('users')` gives receiver `db`, method `select`,
 * chain [`from`]; `db('users').where(...)` gives receiver `db`, method '', chain [`where`];
 * `this.repo.find()` gives receiver `repo`.
 */
function chainAround(call: SyntaxNode): Chain | undefined {
  let top = call;
  for (;;) {
    const member = top.parent;
    if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== top.id) break;
    const property = member.childForFieldName('property')?.text ?? '';
    const next = member.parent;
    if (PROMISE_METHODS.has(property) || next?.type !== 'call_expression' || next.childForFieldName('function')?.id !== member.id) break;
    top = next;
  }
  const methods: string[] = [];
  let node: SyntaxNode = top;
  let first: SyntaxNode = top;
  let receiver: string | undefined;
  for (;;) {
    if (node.type !== 'call_expression') {
      receiver = dottedName(node);
      break;
    }
    first = node;
    const callee = unwrap(node.childForFieldName('function') ?? node);
    if (callee.type === 'member_expression') {
      methods.unshift(memberProperty(callee) ?? '');
      node = unwrap(memberObject(callee) ?? callee);
    } else {
      methods.unshift('');
      receiver = dottedName(callee);
      break;
    }
  }
  if (!receiver || methods.length === 0) return undefined;
  // `this.knex('users')`: a handle held by the instance, called itself.
  if (receiver === 'this') {
    receiver = methods.shift();
    methods.unshift('');
    if (!receiver) return undefined;
  }
  receiver = receiver.replace(/^this\./, '');
  const [method, ...rest] = methods;
  return { node: top, first, receiver, method: method!, chain: rest.slice(0, MAX_CHAIN) };
}

/** The expression with the parentheses and casts around it. */
function outermost(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent && ['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression'].includes(current.parent.type)) current = current.parent;
  return current;
}

/** The function whose return value the expression is: `return <expr>` or an arrow's expression body. */
function returningFunction(expression: SyntaxNode): SyntaxNode | undefined {
  const parent = expression.parent;
  if (parent?.type === 'arrow_function' && parent.childForFieldName('body')?.id === expression.id) return parent;
  if (parent?.type === 'return_statement') return enclosingFunction(parent);
  return undefined;
}

function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition') return current;
  }
  return undefined;
}

/** How an expression holding a promise is used as the resolved value, or undefined. */
function misuseOf(expression: SyntaxNode): Misuse | undefined {
  const direct = directMisuse(expression);
  if (direct) return direct;
  const parent = expression.parent;
  // `const users = User.findAll()`, then `users.length` / `if (!users)` / `res.json(users)` in the same function.
  if (parent?.type === 'variable_declarator' && parent.childForFieldName('value')?.id === expression.id) {
    const name = parent.childForFieldName('name');
    if (name?.type === 'array_pattern' || name?.type === 'object_pattern') return { kind: 'destructure', line: lineOf(expression) };
    if (name?.type !== 'identifier') return undefined;
    const scope = enclosingScope(parent);
    for (const reference of scope.descendantsOfType('identifier')) {
      if (!reference || reference.text !== name.text || reference.startIndex <= parent.endIndex) continue;
      const use = outermost(reference);
      // Awaited or handed on later: the variable is used as a promise on purpose.
      if (use.parent?.type === 'await_expression' || use.parent?.type === 'array' || use.parent?.type === 'return_statement') return undefined;
      const misuse = directMisuse(use);
      if (misuse) return { ...misuse, variable: name.text };
    }
  }
  return undefined;
}

function directMisuse(expression: SyntaxNode): Misuse | undefined {
  const parent = expression.parent;
  if (!parent) return undefined;
  const line = lineOf(expression);
  if (parent.type === 'member_expression' && parent.childForFieldName('object')?.id === expression.id) {
    const property = parent.childForFieldName('property')?.text ?? '';
    if (PROMISE_METHODS.has(property)) return undefined;
    const called = parent.parent?.type === 'call_expression' && parent.parent.childForFieldName('function')?.id === parent.id;
    return { kind: 'property', property, called, line };
  }
  if (parent.type === 'subscript_expression' && parent.childForFieldName('object')?.id === expression.id) return { kind: 'property', property: '[]', called: false, line };
  if (parent.type === 'spread_element') return { kind: 'spread', line };
  if (parent.type === 'for_in_statement' && parent.childForFieldName('right')?.id === expression.id) return { kind: 'iteration', line };
  if (parent.type === 'unary_expression' && parent.child(0)?.text === '!') return { kind: 'condition', line };
  if ((parent.type === 'if_statement' || parent.type === 'while_statement') && parent.childForFieldName('condition')?.id === expression.id) return { kind: 'condition', line };
  if (parent.type === 'ternary_expression' && parent.childForFieldName('condition')?.id === expression.id) return { kind: 'condition', line };
  if (parent.type === 'arguments') {
    const call = parent.parent;
    const callee = call?.type === 'call_expression' ? unwrap(call.childForFieldName('function') ?? call) : undefined;
    const method = memberProperty(callee ?? null);
    const object = dottedName(memberObject(callee ?? null))?.split('.')[0];
    if (method && RESPONSE_METHODS.has(method) && object && RESPONSE_OBJECTS.test(object)) return { kind: 'response', via: `${object}.${method}`, line };
  }
  if (parent.type === 'assignment_expression' && parent.childForFieldName('right')?.id === expression.id) {
    const left = dottedName(parent.childForFieldName('left'));
    if (left === 'ctx.body' || left === 'this.body') return { kind: 'response', via: left, line };
  }
  return undefined;
}

function enclosingScope(node: SyntaxNode): SyntaxNode {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition' || current.type === 'program') return current;
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Handles

/** Local names imported from project files (`./db`, `../models`, `@/lib/db`, `~/db`, `#db`): possible handles. */
function projectImportLocals(imports: readonly ImportFact[]): string[] {
  return imports.filter((fact) => !fact.typeOnly && /^(\.|@\/|~\/|#)/.test(fact.specifier)).flatMap((fact) => fact.locals);
}

/** What an imported name is: its module and exported name ('default', '*' for a whole module or namespace). */
function importsByLocal(imports: readonly ImportFact[]): Map<string, { module: string; name: string }> {
  const byLocal = new Map<string, { module: string; name: string }>();
  for (const fact of imports) {
    fact.locals.forEach((local, index) => {
      const name = fact.names.length === fact.locals.length ? fact.names[index]! : fact.kind === 'esm' ? 'default' : '*';
      byLocal.set(local, { module: fact.specifier, name });
    });
  }
  return byLocal;
}

/** Types that say what a parameter, field or variable holds, by module and exported name. */
const TYPED_HANDLES: Record<string, Record<string, HandleKind>> = {
  typeorm: { Repository: 'typeorm-repository', TreeRepository: 'typeorm-repository', MongoRepository: 'typeorm-repository', EntityManager: 'typeorm-manager', DataSource: 'typeorm-datasource', Connection: 'typeorm-datasource' },
  mongoose: { Model: 'mongoose-model' },
  kysely: { Kysely: 'kysely', Transaction: 'kysely' },
  knex: { Knex: 'knex' },
  pg: { Pool: 'pg', Client: 'pg', PoolClient: 'pg' },
  'mysql2/promise': { Pool: 'mysql2-promise', Connection: 'mysql2-promise', PoolConnection: 'mysql2-promise' },
  '@prisma/client': { PrismaClient: 'prisma' },
};

/** TypeORM's module-level helpers (0.2 style): what each returns. */
const TYPEORM_FUNCTIONS: Record<string, HandleKind> = {
  createConnection: 'typeorm-datasource',
  getConnection: 'typeorm-datasource',
  getManager: 'typeorm-manager',
  getRepository: 'typeorm-repository',
  getTreeRepository: 'typeorm-repository',
  getMongoRepository: 'typeorm-repository',
  getCustomRepository: 'typeorm-repository',
};

const CREATION = /\b(PrismaClient|Pool|Client|createPool|createConnection|createPoolCluster|model|Kysely|DataSource|getConnection|getManager|getRepository|getTreeRepository|getMongoRepository|getCustomRepository|knex|Knex)\s*(?:<(?:[^<>()]|<[^<>()]*>)*>)?\s*\(/g;
const DERIVATION = /\.\s*(connect|getConnection|promise|getRepository|getTreeRepository|getMongoRepository|transaction|\$transaction|\$extends)\s*\(/g;

function dataHandles(context: ExtractContext): DataHandleFact[] {
  const { root, text, facts } = context;
  const modules = new Set(facts.imports.map((fact) => fact.specifier));
  const imported = importsByLocal(facts.imports);
  const handles: DataHandleFact[] = [];
  const add = (node: SyntaxNode, name: string | undefined, handle: Omit<DataHandleFact, 'name' | 'line'>) => {
    if (name) handles.push({ name, line: lineOf(node), ...handle });
  };

  for (const creation of callsMatching(root, text, CREATION)) {
    const kind = createdKind(creation, modules, imported);
    if (!kind) continue;
    // `mysql.createPool(...).promise()`, `new PrismaClient().$extends(...)`: the chain's result is what is bound.
    const { node: top, promised } = wrappedCreation(creation);
    // `export default mongoose.model('User', schema)`: importers bind the default export.
    const holder = bindingOf(top) ?? (outermost(top).parent?.type === 'export_statement' ? 'default' : undefined);
    add(creation, holder, { kind: kind === 'mysql2-callback' && promised ? 'mysql2-promise' : kind });
  }
  // `require('knex')(config)`.
  for (const call of callsMatching(root, text, /\b(require)\s*\(\s*['"]knex['"]\s*\)\s*\(/g)) {
    const factory = call.parent?.type === 'call_expression' && call.parent.childForFieldName('function')?.id === call.id ? call.parent : undefined;
    if (factory) add(factory, bindingOf(factory) ?? (outermost(factory).parent?.type === 'export_statement' ? 'default' : undefined), { kind: 'knex' });
  }
  for (const call of callsMatching(root, text, DERIVATION)) {
    const callee = unwrap(call.childForFieldName('function') ?? call);
    const method = memberProperty(callee)!;
    const from = rootName(memberObject(callee));
    if (!from) continue;
    if (method === 'transaction' || method === '$transaction') {
      // The transaction callback's parameter is a handle of the same library (a knex trx, Prisma's tx, an EntityManager).
      const callback = argumentsOf(call).map(unwrap).find(isFunctionNode);
      const parameter = callback ? parameterNames(callback)[0] : undefined;
      if (callback && parameter) add(callback, parameter, { from: { name: from, method: 'transaction' }, parameter: true });
      // Kysely: `db.transaction().execute(async (trx) => ...)`.
      const execute = call.parent?.type === 'member_expression' && memberProperty(call.parent) === 'execute' ? call.parent.parent : undefined;
      const kyselyCallback = execute?.type === 'call_expression' ? argumentsOf(execute).map(unwrap).find(isFunctionNode) : undefined;
      const kyselyParameter = kyselyCallback ? parameterNames(kyselyCallback)[0] : undefined;
      if (kyselyCallback && kyselyParameter) add(kyselyCallback, kyselyParameter, { from: { name: from, method: 'transaction' }, parameter: true });
      if (callback || kyselyCallback) continue;
    }
    add(call, bindingOf(call), { from: { name: from, method } });
  }
  // `const manager = dataSource.manager`.
  for (const match of text.matchAll(/\.\s*(manager)\b(?!\s*\()/g)) {
    const property = root.descendantForIndex(match.index + match[0].lastIndexOf('manager'));
    const member = property?.parent;
    if (property?.type !== 'property_identifier' || member?.type !== 'member_expression') continue;
    const from = rootName(memberObject(member));
    if (from) add(member, bindingOf(member), { from: { name: from, method: 'manager' } });
  }
  handles.push(...typedHandles(root, text, imported));
  if (text.includes('defineProperty') || LAZY_GETTER.test(text)) handles.push(...lazyExports(root, text));
  if (text.includes('import(')) handles.push(...jsdocHandles(root, text));
  return handles;
}

/** `@param {import('knex').Knex} deps.knex`, `@type {import('pg').Pool}`: JSDoc types in plain JavaScript. */
const JSDOC_TYPE = /@(param|arg|argument|prop|property|type)\s*\{\s*import\(\s*['"]([^'"]+)['"]\s*\)\.([\w$]+(?:\.[\w$]+)?)\s*\}\s*(\[?[\w$.]+)?/g;
/** Besides the names of TYPED_HANDLES: knex's transaction type, still a knex instance. */
const JSDOC_MEMBER_TYPES: Record<string, HandleKind> = { 'Knex.Transaction': 'knex' };

/**
 * Parameters and variables typed as a handle in JSDoc, the way TypeScript annotations are read in
 * typedHandles: JavaScript projects that type their code in comments (Ghost's services take
 * `{ knex }` typed `import('knex').Knex`). A `@param` names the parameter (`deps.knex` -> knex);
 * a `@type` the declaration that follows the comment.
 */
function jsdocHandles(root: SyntaxNode, text: string): DataHandleFact[] {
  const handles: DataHandleFact[] = [];
  for (const match of text.matchAll(JSDOC_TYPE)) {
    const [, tag, module, type, named] = match;
    const kind = TYPED_HANDLES[module!]?.[type!] ?? (module === 'knex' ? JSDOC_MEMBER_TYPES[type!] : undefined);
    if (!kind) continue;
    const comment = root.descendantForIndex(match.index);
    if (comment?.type !== 'comment') continue;
    const name = tag === 'type' ? declaredAfter(comment) : named?.replace(/^\[/, '').split('.').pop();
    if (name && /^[\w$]+$/.test(name)) handles.push({ name, line: lineOf(comment), kind, ...(tag === 'type' ? {} : { parameter: true as const }) });
  }
  return handles;
}

/** The name the statement after a comment declares: `let x`, `const x = ...`, `this.x = ...`, a class field. */
function declaredAfter(comment: SyntaxNode): string | undefined {
  const next = comment.nextNamedSibling;
  if (next?.type === 'lexical_declaration' || next?.type === 'variable_declaration') {
    const name = next.namedChildren.find((child) => child?.type === 'variable_declarator')?.childForFieldName('name');
    return name?.type === 'identifier' ? name.text : undefined;
  }
  if (next?.type === 'expression_statement' && next.namedChildren[0]?.type === 'assignment_expression') return rootName(next.namedChildren[0].childForFieldName('left')) ?? dottedName(next.namedChildren[0].childForFieldName('left'))?.replace(/^this\./, '');
  if (next?.type === 'field_definition' || next?.type === 'public_field_definition') return next.childForFieldName('property')?.text ?? next.childForFieldName('name')?.text;
  return undefined;
}

const DEFINE_PROPERTY = /\b(defineProperty)\s*\(/g;
const LAZY_GETTER = /\bget\s+[\w$]+\s*\(/;

/**
 * Exports made by a getter, which load their module on first use:
 * `Object.defineProperty(exports, 'knex', { get() { return require('./connection'); } })` or
 * `module.exports = { get knex() { ... } }`. The getter returns a module (`require('./x')`, or a
 * variable given it) or a handle of this file.
 */
function lazyExports(root: SyntaxNode, text: string): DataHandleFact[] {
  const handles: DataHandleFact[] = [];
  const add = (name: string | undefined, getter: SyntaxNode | undefined, at: SyntaxNode) => {
    const source = name && getter ? getterSource(root, getter) : undefined;
    if (name && source) handles.push({ name, line: lineOf(at), ...source });
  };
  for (const call of callsMatching(root, text, DEFINE_PROPERTY)) {
    const [target, key, descriptor] = argumentsOf(call);
    const exported = target ? dottedName(target) : undefined;
    if (exported !== 'exports' && exported !== 'module.exports') continue;
    add(stringValue(key), objectEntries(descriptor).find((entry) => entry.key === 'get')?.value, call);
  }
  for (const match of text.matchAll(/\bget\s+([\w$]+)\s*\(/g)) {
    const method = root.descendantForIndex(match.index + match[0].indexOf(match[1]!))?.parent;
    const object = method?.parent;
    if (method?.type !== 'method_definition' || object?.type !== 'object' || !isExported(object)) continue;
    add(method.childForFieldName('name')?.text, method, method);
  }
  return handles;
}

/** `module.exports = { ... }`, `exports.x = { ... }` or `export default { ... }`. */
function isExported(object: SyntaxNode): boolean {
  const holder = outermost(object).parent;
  if (holder?.type === 'export_statement') return true;
  return holder?.type === 'assignment_expression' && /^(module\.)?exports\b/.test(dottedName(holder.childForFieldName('left')) ?? '');
}

/** What a getter returns: a module it requires (directly or through a variable given `require()`), or a name of this file. */
function getterSource(root: SyntaxNode, getter: SyntaxNode): Pick<DataHandleFact, 'module' | 'from'> | undefined {
  const body = getter.childForFieldName('body');
  if (!body) return undefined;
  const returned = body.type === 'statement_block' ? body.descendantsOfType('return_statement').map((statement) => statement?.namedChildren[0]) : [body];
  for (const expression of returned) {
    const value = expression ? unwrap(expression) : undefined;
    const required = value ? requiredBy(value) : undefined;
    if (required) return { module: required };
    if (value?.type !== 'identifier') continue;
    // `connection = connection || require('./connection'); return connection;`
    for (const assignment of root.descendantsOfType(['assignment_expression', 'variable_declarator'])) {
      const target = assignment?.type === 'assignment_expression' ? assignment.childForFieldName('left') : assignment?.childForFieldName('name');
      const source = assignment?.type === 'assignment_expression' ? assignment.childForFieldName('right') : assignment?.childForFieldName('value');
      const given = target?.text === value.text && source ? requiredBy(source) : undefined;
      if (given) return { module: given };
    }
    return { from: { name: value.text, method: '' } };
  }
  return undefined;
}

/** The module an expression evaluates to: `require('./x')`, `c || require('./x')`, `(c = c || require('./x'))`. */
function requiredBy(expression: SyntaxNode): string | undefined {
  const node = unwrap(expression);
  if (node.type === 'assignment_expression') return node.childForFieldName('right') ? requiredBy(node.childForFieldName('right')!) : undefined;
  if (node.type === 'binary_expression' && /^(\|\||\?\?)$/.test(node.child(1)?.text ?? '')) {
    const right = node.childForFieldName('right');
    return right ? requiredBy(right) : undefined;
  }
  return requiredModule(node);
}

/** `require('./x')` -> './x'. */
function requiredModule(node: SyntaxNode): string | undefined {
  if (node.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'require') return undefined;
  return stringValue(argumentsOf(node)[0]);
}

/** The identifier (or `this.x`, without `this.`) an expression is rooted at when it is a plain name. */
function rootName(node: SyntaxNode | null): string | undefined {
  const name = node ? dottedName(node) : undefined;
  if (!name) return undefined;
  const stripped = name.replace(/^this\./, '');
  return stripped.includes('.') || stripped === 'this' ? undefined : stripped;
}

function createdKind(creation: SyntaxNode, modules: ReadonlySet<string>, imported: ReadonlyMap<string, { module: string; name: string }>): HandleKind | undefined {
  const isNew = creation.type === 'new_expression';
  const callee = unwrap(isNew ? (creation.childForFieldName('constructor') ?? creation) : (creation.childForFieldName('function') ?? creation));
  const name = callee.type === 'member_expression' ? memberProperty(callee) : callee.text;
  const origin = callee.type === 'identifier' ? imported.get(callee.text) : undefined;
  if (name === 'PrismaClient' && isNew) return 'prisma';
  if ((name === 'Pool' || name === 'Client') && isNew && modules.has('pg')) return 'pg';
  if (name === 'Kysely' && isNew && modules.has('kysely')) return 'kysely';
  if (name === 'DataSource' && isNew && modules.has('typeorm')) return 'typeorm-datasource';
  if (isNew) return undefined;
  const args = argumentsOf(creation);
  if (name === 'model' && modules.has('mongoose') && args.length >= 2 && stringValue(args[0]) !== undefined) return 'mongoose-model';
  if ((name === 'knex' || name === 'Knex') && (origin?.module === 'knex' || (callee.type === 'member_expression' && imported.get(dottedName(memberObject(callee)) ?? '')?.module === 'knex'))) return 'knex';
  if (name && name in TYPEORM_FUNCTIONS && origin?.module === 'typeorm') return TYPEORM_FUNCTIONS[name];
  if ((name === 'createPool' || name === 'createConnection' || name === 'createPoolCluster') && callee.type === 'member_expression') {
    if (modules.has('mysql2/promise')) return 'mysql2-promise';
    if (modules.has('mysql2') || modules.has('mysql')) return dottedName(callee)?.includes('promise') ? 'mysql2-promise' : 'mysql2-callback';
  }
  return undefined;
}

/** A creation wrapped in a chain (`.promise()`, `.$extends()`): the outermost call, and whether `.promise()` was among them. */
function wrappedCreation(creation: SyntaxNode): { node: SyntaxNode; promised: boolean } {
  let node = creation;
  let promised = false;
  for (;;) {
    const member = node.parent;
    const call = member?.parent;
    if (member?.type !== 'member_expression' || call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== member.id) break;
    const property = memberProperty(member);
    if (property !== 'promise' && property !== '$extends') break;
    promised ||= property === 'promise';
    node = call;
  }
  return { node, promised };
}

/** `const x = <expr>`, `x = <expr>`, `this.x = <expr>`, `export const x = <expr>`, `x = A || <expr>`, through `await`. */
function bindingOf(expression: SyntaxNode): string | undefined {
  let current = outermost(expression);
  if (current.parent?.type === 'await_expression') current = outermost(current.parent);
  // `mongoose.models.User || mongoose.model('User', schema)`.
  while (current.parent?.type === 'binary_expression' && /^(\|\||\?\?)$/.test(current.parent.child(1)?.text ?? '')) current = outermost(current.parent);
  const parent = current.parent;
  if (parent?.type === 'variable_declarator') {
    const name = parent.childForFieldName('name');
    return name?.type === 'identifier' ? name.text : undefined;
  }
  if (parent?.type === 'assignment_expression') return dottedName(parent.childForFieldName('left'))?.replace(/^this\./, '');
  if (parent?.type === 'public_field_definition') return parent.childForFieldName('name')?.text;
  return undefined;
}

/**
 * Parameters, fields and variables whose type annotation names a handle type imported from its
 * library: `constructor(@InjectRepository(User) private users: Repository<User>)`, `db: Kysely<DB>`,
 * `trx: Knex.Transaction`.
 */
function typedHandles(root: SyntaxNode, text: string, imported: ReadonlyMap<string, { module: string; name: string }>): DataHandleFact[] {
  const locals = [...imported].filter(([, origin]) => TYPED_HANDLES[origin.module] && (origin.name === '*' || origin.name === 'default' || origin.name in TYPED_HANDLES[origin.module]!));
  if (locals.length === 0 || !new RegExp(`:\\s*(${namesPattern(locals.map(([local]) => local))})\\b`).test(text)) return [];
  const handles: DataHandleFact[] = [];
  for (const annotation of root.descendantsOfType('type_annotation')) {
    const type = annotation?.namedChildren[0];
    if (!annotation || !type) continue;
    const named = type.type === 'generic_type' ? type.childForFieldName('name') : type;
    if (!named) continue;
    // `Repository` or `Knex.Transaction` / `typeorm.Repository`.
    const [base, member] = named.type === 'nested_type_identifier' ? named.text.split('.') : [named.text];
    const origin = base ? imported.get(base) : undefined;
    const table = origin ? TYPED_HANDLES[origin.module] : undefined;
    if (!origin || !table) continue;
    const exported = origin.name === '*' || origin.name === 'default' ? member : origin.name;
    const kind = exported ? (table[exported] ?? (origin.module === 'knex' && origin.name === 'Knex' ? 'knex' : undefined)) : undefined;
    if (!kind) continue;
    const holder = annotation.parent;
    let name: string | undefined;
    const parameter = holder?.type === 'required_parameter' || holder?.type === 'optional_parameter';
    if (parameter) {
      const pattern = holder.childForFieldName('pattern');
      name = pattern?.type === 'identifier' ? pattern.text : undefined;
    } else if (holder?.type === 'public_field_definition' || holder?.type === 'variable_declarator') {
      const field = holder.childForFieldName('name');
      name = field?.type === 'identifier' || field?.type === 'property_identifier' ? field.text : undefined;
    }
    if (name) handles.push({ name, line: lineOf(annotation), kind, ...(parameter ? { parameter: true as const } : {}) });
  }
  return handles;
}

// ---------------------------------------------------------------------------------------------
// Loops

/**
 * `for (const x of items)`, `items.forEach(...)`, `items.map(async ...)` where `items` holds the
 * awaited result of a candidate call made earlier in the same function, with the candidate
 * calls awaited inside the loop's body.
 */
const LOOP_CALL = /\.\s*(forEach|map|flatMap)\s*\(/g;

function dataLoops(root: SyntaxNode, text: string, calls: SyntaxNode[]): DataLoopFact[] {
  const resultOf = new Map<string, { line: number; scope: number }>();
  for (const call of calls) {
    const outer = outermost(call);
    if (outer.parent?.type !== 'await_expression') continue;
    const declarator = outermost(outer.parent).parent;
    if (declarator?.type !== 'variable_declarator') continue;
    const name = declarator.childForFieldName('name');
    // `const users = await ...` or `const { rows } = await pool.query(...)`.
    const names = name?.type === 'identifier' ? [name.text] : name?.type === 'object_pattern' ? name.descendantsOfType('shorthand_property_identifier_pattern').map((node) => node!.text) : [];
    for (const bound of names) resultOf.set(`${enclosingScope(declarator).id}\0${bound}`, { line: lineOf(call), scope: enclosingScope(declarator).id });
  }
  if (resultOf.size === 0) return [];
  const awaitedCalls = calls.filter((call) => outermost(call).parent?.type === 'await_expression');
  const loops: DataLoopFact[] = [];
  const consider = (loop: SyntaxNode, iterated: SyntaxNode | null | undefined, body: SyntaxNode | null | undefined) => {
    if (!iterated || !body) return;
    const name = unwrap(iterated);
    const key = name.type === 'identifier' ? `${enclosingScope(loop).id}\0${name.text}` : undefined;
    const source = key ? resultOf.get(key) : undefined;
    if (!source) return;
    const innerLines = awaitedCalls.filter((call) => call.startIndex >= body.startIndex && call.endIndex <= body.endIndex).map(lineOf);
    if (innerLines.length > 0) loops.push({ line: lineOf(loop), sourceLine: source.line, innerLines });
  };
  for (const loop of root.descendantsOfType('for_in_statement')) {
    if (loop) consider(loop, loop.childForFieldName('right'), loop.childForFieldName('body'));
  }
  // The `.forEach(`/`.map(` calls, found through the text rather than among every call of the file.
  for (const loop of callsMatching(root, text, LOOP_CALL)) {
    const callee = loop.childForFieldName('function');
    const callback = argumentsOf(loop)[0];
    if (!callback || !isFunctionNode(unwrap(callback))) continue;
    consider(loop, memberObject(callee), unwrap(callback).childForFieldName('body'));
  }
  return loops.sort((a, b) => a.line - b.line);
}

/** Fills `checkFacts['data-calls' | 'data-handles' | 'data-loops']` of a JavaScript/TypeScript file. */
export function addDataCallFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  const { calls, handles, loops } = collectDataCalls(context);
  context.facts.checkFacts[DATA_CALLS] = calls;
  context.facts.checkFacts[DATA_HANDLES] = handles;
  context.facts.checkFacts[DATA_LOOPS] = loops;
}
