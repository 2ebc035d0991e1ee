import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, calleeOf, callsMatching, dottedName, lineOf, memberObject, memberProperty, objectEntries, propertyKey, propertyOf, stringValue, unwrap } from '../../source/node/syntax.js';

/**
 * Sequelize finder calls of one file, gathered in the parse worker for the Sequelize checks
 * (include aliases, unknown attributes). The checks join them in the main thread with the model
 * and association facts of every file, because a query, its model and the association it eager
 * loads usually sit in three different files.
 *
 *   User.findAll({ attributes: ['id'], where: { active: true }, include: [{ model: Post, as: 'posts' }] })
 *
 * Only names written literally are recorded: computed keys (`[Op.or]`), `sequelize.fn(...)` and
 * `sequelize.literal(...)` are skipped, because nothing can be said about them statically.
 */
export const SEQUELIZE_QUERIES = 'sequelize-queries';

export interface NameAt {
  name: string;
  line: number;
}

/** The parts of a finder's options (or of one `include` entry) that name attributes. */
export interface QueryShape {
  attributes: NameAt[];
  where: NameAt[];
  order: NameAt[];
  includes: IncludeFact[];
}

export interface IncludeFact extends QueryShape {
  line: number;
  /** The included model as written (last segment: `models.Post` -> 'Post'). */
  model?: string;
  /** `as: 'posts'`, `association: 'posts'` or a bare string include. */
  alias?: string;
}

export interface SequelizeQueryFact extends QueryShape {
  line: number;
  /** The queried model as written (last segment: `db.User` -> 'User'). */
  model: string;
  method: string;
}

/** `const User = sequelize.define('user', ...)`: the variable a model is used by, and its defined name. */
export interface SequelizeModelBinding {
  variable: string;
  model: string;
}

export const SEQUELIZE_MODEL_BINDINGS = 'sequelize-model-bindings';

/**
 * Models whose attributes are not all written in the definition (`{ ...BASE, name }`, a variable):
 * their ModelFact misses fields, so no attribute can be called unknown. Named as the ModelFact is.
 */
export const SEQUELIZE_OPEN_MODELS = 'sequelize-open-models';

/** Finder methods and the argument index of their options object. */
const FINDERS: Record<string, number> = {
  findAll: 0,
  findOne: 0,
  findAndCountAll: 0,
  count: 0,
  findOrCreate: 0,
  findByPk: 1,
  destroy: 0,
};

const FINDER_CALL = /\.\s*(findAll|findOne|findAndCountAll|count|findOrCreate|findByPk|destroy)\s*\(/g;
const DEFINE_CALL = /\.\s*(define)\s*\(/g;
const DEFINITION_CALL = /\.\s*(define|init)\s*\(/g;

export function collectSequelizeQueries(context: ExtractContext): { queries: SequelizeQueryFact[]; bindings: SequelizeModelBinding[] } {
  const { root, text } = context;
  const queries: SequelizeQueryFact[] = [];
  const bindings: SequelizeModelBinding[] = [];
  for (const call of callsMatching(root, text, FINDER_CALL)) {
    const callee = unwrap(calleeOf(call) ?? call);
    const method = memberProperty(callee);
    if (!method || !(method in FINDERS)) continue;
    const receiver = dottedName(memberObject(callee));
    const model = receiver?.split('.').pop();
    // Model classes are capitalised or referenced through a models object; `this.findAll` inside a model is left out.
    if (!receiver || !model || model === 'this') continue;
    const options = argumentsOf(call)[FINDERS[method]!];
    if (!options || unwrap(options).type !== 'object') continue;
    queries.push({ line: lineOf(call), model, method, ...shapeOf(options) });
  }
  for (const call of callsMatching(root, text, DEFINE_CALL)) {
    const declarator = call.parent?.type === 'await_expression' ? call.parent.parent : call.parent;
    if (declarator?.type !== 'variable_declarator') continue;
    const variable = declarator.childForFieldName('name');
    const model = stringValue(argumentsOf(call)[0]);
    if (variable?.type === 'identifier' && model && variable.text !== model) bindings.push({ variable: variable.text, model });
  }
  return { queries, bindings };
}

/** Names of the models defined here with attributes that are spread in or not an object literal. */
function openModels(context: ExtractContext): string[] {
  const names: string[] = [];
  for (const call of callsMatching(context.root, context.text, DEFINITION_CALL)) {
    const callee = unwrap(calleeOf(call) ?? call);
    const method = memberProperty(callee);
    const args = argumentsOf(call);
    const attributes = method === 'define' ? args[1] : args[0];
    const name = method === 'define' ? stringValue(args[0]) : classNameOf(call, dottedName(memberObject(callee)));
    if (!name || !attributes) continue;
    const inner = unwrap(attributes);
    if (inner.type !== 'object' || inner.namedChildren.some((child) => child?.type === 'spread_element')) names.push(name);
  }
  return names;
}

/** `User.init(...)` -> User; `this.init(...)` inside `class User` -> User. */
function classNameOf(call: SyntaxNode, receiver: string | undefined): string | undefined {
  if (receiver && receiver !== 'this') return receiver.split('.').pop();
  for (let current = call.parent; current; current = current.parent) {
    if (current.type === 'class_declaration' || current.type === 'class') return current.childForFieldName('name')?.text;
  }
  return undefined;
}

function shapeOf(options: SyntaxNode): QueryShape {
  // One pass over the options' pairs: asking for each key in turn walks them four times.
  const parts: Partial<Record<'attributes' | 'where' | 'order' | 'include', SyntaxNode>> = {};
  for (const { key, value } of objectEntries(options)) {
    if ((key === 'attributes' || key === 'where' || key === 'order' || key === 'include') && !(key in parts)) parts[key] = value;
  }
  return { attributes: attributeNames(parts.attributes), where: whereKeys(parts.where), order: orderColumns(parts.order), includes: includeEntries(parts.include) };
}

/** `['id', ['name', 'label'], sequelize.fn(...)]` -> id, name; `{ exclude: ['password'] }` -> password. */
function attributeNames(node: SyntaxNode | undefined): NameAt[] {
  if (!node) return [];
  const inner = unwrap(node);
  if (inner.type === 'object') return attributeNames(propertyOf(inner, 'exclude'));
  if (inner.type !== 'array') return [];
  const names: NameAt[] = [];
  for (const element of inner.namedChildren) {
    if (!element) continue;
    const item = unwrap(element);
    const name = item.type === 'array' ? stringValue(item.namedChildren[0]) : stringValue(item);
    if (name !== undefined && isPlainName(name)) names.push({ name, line: lineOf(item) });
  }
  return names;
}

/** Top-level literal keys of a where object; `$nested.column$` and JSON paths (`meta.tag`) are not attributes of this model. */
function whereKeys(node: SyntaxNode | undefined): NameAt[] {
  if (!node) return [];
  return objectEntries(node)
    .filter((entry) => entry.node.type !== 'method_definition' && isPlainName(entry.key))
    .map((entry) => ({ name: entry.key, line: lineOf(entry.node) }));
}

/** `[['createdAt', 'DESC'], 'name']` -> createdAt, name; entries naming an association first are skipped. */
function orderColumns(node: SyntaxNode | undefined): NameAt[] {
  if (!node) return [];
  const inner = unwrap(node);
  if (inner.type !== 'array') return [];
  const names: NameAt[] = [];
  for (const element of inner.namedChildren) {
    if (!element) continue;
    const item = unwrap(element);
    // `[['name', 'ASC']]` or `['name', 'ASC']` (one entry): the column is the first string of a pair.
    const name = item.type === 'array' ? (item.namedChildren.length <= 2 ? stringValue(item.namedChildren[0]) : undefined) : undefined;
    if (name !== undefined && isPlainName(name)) names.push({ name, line: lineOf(item) });
  }
  if (names.length === 0 && inner.namedChildren.length === 2 && stringValue(inner.namedChildren[0]) !== undefined && /^(asc|desc)/i.test(stringValue(inner.namedChildren[1]) ?? '')) {
    const name = stringValue(inner.namedChildren[0])!;
    if (isPlainName(name)) names.push({ name, line: lineOf(inner) });
  }
  return names;
}

function includeEntries(node: SyntaxNode | undefined): IncludeFact[] {
  if (!node) return [];
  const inner = unwrap(node);
  const elements = inner.type === 'array' ? inner.namedChildren.filter((child) => child.type !== 'comment') : [inner];
  const entries: IncludeFact[] = [];
  for (const element of elements) {
    const item = unwrap(element);
    const entry: IncludeFact = { line: lineOf(item), attributes: [], where: [], order: [], includes: [] };
    if (item.type === 'identifier' || item.type === 'member_expression') {
      const model = dottedName(item)?.split('.').pop();
      if (!model) continue;
      entry.model = model;
    } else if (item.type === 'string') {
      const alias = stringValue(item);
      if (!alias) continue;
      entry.alias = alias;
    } else if (item.type === 'object') {
      // `{ all: true }`, a spread, or a model chosen at run time: nothing to check.
      if (propertyOf(item, 'all') || item.namedChildren.some((child) => child?.type === 'spread_element')) continue;
      const modelNode = propertyOf(item, 'model');
      const aliasNode = propertyOf(item, 'as') ?? propertyOf(item, 'association');
      const model = modelNode ? dottedName(modelNode)?.split('.').pop() : undefined;
      const alias = aliasNode ? stringValue(aliasNode) : undefined;
      if ((modelNode && !model) || (aliasNode && alias === undefined)) continue;
      if (!model && alias === undefined) continue;
      if (model) entry.model = model;
      if (alias !== undefined) entry.alias = alias;
      Object.assign(entry, shapeOf(item), { line: entry.line });
    } else {
      continue;
    }
    entries.push(entry);
  }
  return entries;
}

/** A name that can only mean an attribute of the queried model itself. */
function isPlainName(name: string): boolean {
  return /^[A-Za-z_][\w]*$/.test(name);
}

// ---------------------------------------------------------------------------------------------
// Timestamp attributes

export const SEQUELIZE_TIMESTAMP_NAMES = 'sequelize-timestamp-names';

/**
 * Timestamp attributes renamed in options: `createdAt: 'gmt_create'` in a model's own options
 * (`define(name, attributes, options)`, `init(attributes, options)`), or for every model in the
 * `define` defaults handed to `new Sequelize(...)` (written `{ define: { ... } }` or
 * `options.define = { ... }`, often in a config module), which carry no model.
 */
export interface TimestampNamesFact {
  line: number;
  model?: string;
  names: string[];
}

const TIMESTAMP_OPTION = /\b(createdAt|updatedAt|deletedAt)\s*:\s*['"`]/g;

function timestampNames(context: ExtractContext): TimestampNamesFact[] {
  const { root, text } = context;
  const byOptions = new Map<number, TimestampNamesFact>();
  for (const match of text.matchAll(TIMESTAMP_OPTION)) {
    const key = root.descendantForIndex(match.index);
    const pair = key?.parent;
    const options = pair?.type === 'pair' ? pair.parent : undefined;
    if (!options || options.type !== 'object' || byOptions.has(options.id)) continue;
    const owner = timestampOwner(options);
    if (owner === undefined) continue;
    const names = ['createdAt', 'updatedAt', 'deletedAt'].map((option) => stringValue(propertyOf(options, option))).filter((name): name is string => name !== undefined && name !== '');
    byOptions.set(options.id, { line: lineOf(options), ...(owner ? { model: owner } : {}), names });
  }
  return [...byOptions.values()];
}

/** Whose timestamps an options object renames: a model's name, '' for the `define` defaults of every model, undefined for neither. */
function timestampOwner(options: SyntaxNode): string | undefined {
  const parent = options.parent;
  // `{ define: { ... } }` and `database.define = { ... }`.
  if (parent?.type === 'pair' && propertyKey(parent) === 'define') return '';
  if (parent?.type === 'assignment_expression' && memberProperty(parent.childForFieldName('left')) === 'define') return '';
  const call = parent?.type === 'arguments' ? parent.parent : undefined;
  if (call?.type !== 'call_expression') return undefined;
  const callee = unwrap(calleeOf(call) ?? call);
  const method = memberProperty(callee);
  const args = argumentsOf(call);
  if (method === 'define' && args[2]?.id === options.id) return stringValue(args[0]);
  if (method === 'init' && args[1]?.id === options.id) return classNameOf(call, dottedName(memberObject(callee)));
  return undefined;
}

/** Fills the `checkFacts` of the Sequelize checks (keys exported above) for a JavaScript/TypeScript file. */
export function addSequelizeQueryFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  const { queries, bindings } = collectSequelizeQueries(context);
  context.facts.checkFacts[SEQUELIZE_QUERIES] = queries;
  context.facts.checkFacts[SEQUELIZE_MODEL_BINDINGS] = bindings;
  context.facts.checkFacts[SEQUELIZE_OPEN_MODELS] = openModels(context);
  context.facts.checkFacts[SEQUELIZE_TRANSACTION_CALLS] = collectTransactionCalls(context);
  context.facts.checkFacts[SEQUELIZE_CLS] = clsEvidence(context);
  const renamed = timestampNames(context);
  if (renamed.length > 0) context.facts.checkFacts[SEQUELIZE_TIMESTAMP_NAMES] = renamed;
}

// ---------------------------------------------------------------------------------------------
// Transactions

export const SEQUELIZE_TRANSACTION_CALLS = 'sequelize-transaction-calls';
export const SEQUELIZE_CLS = 'sequelize-cls';

/**
 * A call made while a transaction is open: inside `sequelize.transaction(async (t) => { ... })`
 * or between `const t = await sequelize.transaction()` and `t.commit()`/`t.rollback()`. The check
 * keeps those whose receiver is a Sequelize model (or the instance the transaction came from).
 */
export interface TransactionCallFact {
  line: number;
  /** The receiver as written, last segment (`db.User.create` -> 'User'). */
  receiver: string;
  method: string;
  /** The receiver of `.transaction(...)` (`sequelize`, `db.sequelize` -> 'sequelize'). */
  transactionOwner: string;
  /** Whether an options argument names `transaction` (or could: an options variable or a spread). */
  passesTransaction: boolean;
}

/** `Sequelize.useCLS(namespace)` (v4-v6) or Sequelize 7 (`@sequelize/core`), where transactions follow the async context. */
export interface ClsFact {
  line: number;
  detail: string;
}

const MODEL_METHODS = new Set([
  'create', 'bulkCreate', 'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'findCreateFind', 'update',
  'destroy', 'upsert', 'count', 'increment', 'decrement', 'max', 'min', 'sum', 'restore', 'query',
]);
const TRANSACTION_CALL = /\.\s*(transaction)\s*\(/g;

function collectTransactionCalls(context: ExtractContext): TransactionCallFact[] {
  const { root, text } = context;
  const found: TransactionCallFact[] = [];
  for (const call of callsMatching(root, text, TRANSACTION_CALL)) {
    const callee = unwrap(calleeOf(call) ?? call);
    const owner = dottedName(memberObject(callee))?.split('.').pop();
    if (!owner) continue;
    const args = argumentsOf(call);
    const callback = args.map(unwrap).find((arg) => arg.type === 'arrow_function' || arg.type === 'function_expression');
    if (callback) {
      const body = callback.childForFieldName('body');
      if (body) found.push(...callsWithin(body, owner, () => true));
      continue;
    }
    if (args.length > 0 && unwrap(args[0]!).type !== 'object') continue;
    // `const t = await sequelize.transaction()`: the transaction is open until `t.commit()` / `t.rollback()` in the same block.
    const awaited = call.parent?.type === 'await_expression' ? call.parent : call;
    const declarator = awaited.parent;
    const name = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name') : undefined;
    const block = declarator?.parent?.parent;
    if (name?.type !== 'identifier' || !block) continue;
    const start = declarator!.endIndex;
    const end = firstSettle(block, name.text, start) ?? block.endIndex;
    found.push(...callsWithin(block, owner, (node) => node.startIndex > start && node.startIndex < end));
  }
  return found;
}

/** Where `t.commit()` or `t.rollback()` first appears after `from` in `block`. */
function firstSettle(block: SyntaxNode, name: string, from: number): number | undefined {
  let first: number | undefined;
  for (const call of block.descendantsOfType('call_expression')) {
    if (!call || call.startIndex < from) continue;
    const callee = call.childForFieldName('function');
    const property = memberProperty(callee);
    if ((property === 'commit' || property === 'rollback') && memberObject(callee)?.text === name && (first === undefined || call.startIndex < first)) first = call.startIndex;
  }
  return first;
}

function callsWithin(scope: SyntaxNode, owner: string, keep: (node: SyntaxNode) => boolean): TransactionCallFact[] {
  const calls: TransactionCallFact[] = [];
  for (const call of scope.descendantsOfType('call_expression')) {
    if (!call || !keep(call)) continue;
    const callee = unwrap(call.childForFieldName('function') ?? call);
    const method = memberProperty(callee);
    if (!method || !MODEL_METHODS.has(method)) continue;
    const receiver = dottedName(memberObject(callee))?.split('.').pop();
    if (!receiver) continue;
    calls.push({ line: lineOf(call), receiver, method, transactionOwner: owner, passesTransaction: passesTransaction(argumentsOf(call), method) });
  }
  return calls;
}

/** Finders take options first (`findByPk` second); writers take values first, options after. */
function passesTransaction(args: SyntaxNode[], method: string): boolean {
  const optionArgs = method === 'findAll' || method === 'findOne' || method === 'count' || method === 'findAndCountAll' || method === 'findOrCreate' || method === 'destroy' || method === 'restore' ? args : args.slice(1);
  return optionArgs.some((arg) => {
    const inner = unwrap(arg);
    if (inner.type === 'identifier' || inner.type === 'member_expression' || inner.type === 'call_expression') return true;
    if (inner.type !== 'object') return false;
    return propertyOf(inner, 'transaction') !== undefined || inner.namedChildren.some((child) => child?.type === 'spread_element');
  });
}

function clsEvidence(context: ExtractContext): ClsFact[] {
  const facts: ClsFact[] = [];
  for (const call of callsMatching(context.root, context.text, /\.\s*(useCLS)\s*\(/g)) facts.push({ line: lineOf(call), detail: 'useCLS' });
  if (context.text.includes('@sequelize/core')) facts.push({ line: 1, detail: '@sequelize/core' });
  return facts;
}
