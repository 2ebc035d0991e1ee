import type { Node } from 'web-tree-sitter';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, callsMatching, dottedName, isFunctionNode, lineOf, memberObject, memberProperty, stringValue, unwrap } from '../../source/node/syntax.js';

/**
 * Calls that may be database calls, gathered in the parse worker with how their result is used,
 * for the checks that need to know whether a call returns a promise (missing await, queries in
 * loops). Whether a call really is a database call depends on what its receiver is, which is
 * often decided in another file (a model, a Prisma client exported by `db.ts`), so the checks
 * decide that in the main thread; this module only records shapes.
 */
export const DATA_CALLS = 'data-calls';
export const DATA_HANDLES = 'data-handles';
export const DATA_LOOPS = 'data-loops';

export interface DataCallFact {
  line: number;
  /** The receiver as written without `this.` (`prisma.user`, `User`, `db.models.User`, `pool`). */
  receiver: string;
  method: string;
  awaited: boolean;
  /** The last argument is a function: callback style, no promise (pg, mysql2 without /promise). */
  callback: boolean;
  /** How an un-awaited result is used as if it were the value; absent when it is not (returned, awaited later, passed on). */
  misuse?: Misuse;
}

export interface Misuse {
  kind: 'property' | 'spread' | 'response' | 'condition' | 'iteration' | 'destructure';
  /** `property`: the property read (`length`, `rows`, `name`), and whether it is then called. */
  property?: string;
  called?: boolean;
  /** Where the misuse happens when it is through a variable (`const users = User.findAll(); users.length`). */
  line: number;
  variable?: string;
}

/** Local names this file binds to a database client or pool it creates: `const prisma = new PrismaClient()`. */
export interface DataHandleFact {
  name: string;
  kind: 'prisma' | 'pg' | 'mysql2-promise' | 'mysql2-callback' | 'mongoose-model';
  line: number;
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
  // drivers
  'query', 'execute',
];
const DATA_CALL = new RegExp(`\\.\\s*(${METHODS.map((name) => name.replace(/\$/g, '\\$')).join('|')})\\s*\\(`, 'g');
const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);
const RESPONSE_METHODS = new Set(['json', 'send', 'jsonp', 'render', 'end', 'text', 'html', 'body']);
const RESPONSE_OBJECTS = /^(res|response|reply|c|ctx|context|h)$/;

export function collectDataCalls(context: ExtractContext): { calls: DataCallFact[]; handles: DataHandleFact[]; loops: DataLoopFact[] } {
  const { root, text } = context;
  const calls: DataCallFact[] = [];
  const callNodes = new Map<number, Node>();
  for (const call of callsMatching(root, text, DATA_CALL)) {
    const callee = unwrap(call.childForFieldName('function') ?? call);
    const method = memberProperty(callee);
    const receiver = dottedName(memberObject(callee))?.replace(/^this\./, '');
    if (!method || !receiver || receiver === 'this') continue;
    const args = argumentsOf(call);
    const last = args[args.length - 1];
    const outer = outermost(call);
    const fact: DataCallFact = { line: lineOf(call), receiver, method, awaited: outer.parent?.type === 'await_expression', callback: last !== undefined && isFunctionNode(unwrap(last)) };
    if (!fact.awaited) {
      const misuse = misuseOf(outer);
      if (misuse) fact.misuse = misuse;
    }
    calls.push(fact);
    callNodes.set(call.id, call);
  }
  return { calls, handles: dataHandles(context), loops: calls.length > 1 ? dataLoops(root, [...callNodes.values()]) : [] };
}

/** The call with the parentheses and casts around it. */
function outermost(node: Node): Node {
  let current = node;
  while (current.parent && ['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression'].includes(current.parent.type)) current = current.parent;
  return current;
}

/** How an expression holding a promise is used as the resolved value, or undefined. */
function misuseOf(expression: Node): Misuse | undefined {
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

function directMisuse(expression: Node): Misuse | undefined {
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
    if (method && RESPONSE_METHODS.has(method) && object && RESPONSE_OBJECTS.test(object)) return { kind: 'response', line };
  }
  if (parent.type === 'assignment_expression' && parent.childForFieldName('right')?.id === expression.id) {
    const left = dottedName(parent.childForFieldName('left'));
    if (left === 'ctx.body' || left === 'this.body') return { kind: 'response', line };
  }
  return undefined;
}

function enclosingScope(node: Node): Node {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition' || current.type === 'program') return current;
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Handles

function dataHandles(context: ExtractContext): DataHandleFact[] {
  const { root, text, facts } = context;
  const modules = new Set(facts.imports.map((fact) => fact.specifier));
  const handles: DataHandleFact[] = [];
  const creations = callsMatching(root, text, /\b(PrismaClient|Pool|Client|createPool|createConnection|model)\s*\(/g);
  for (const creation of creations) {
    const callee = unwrap(creation.type === 'new_expression' ? (creation.childForFieldName('constructor') ?? creation) : (creation.childForFieldName('function') ?? creation));
    const name = callee.type === 'member_expression' ? memberProperty(callee) : callee.text;
    let kind: DataHandleFact['kind'] | undefined;
    if (name === 'PrismaClient' && creation.type === 'new_expression') kind = 'prisma';
    else if ((name === 'Pool' || name === 'Client') && creation.type === 'new_expression' && modules.has('pg')) kind = 'pg';
    else if (name === 'model' && creation.type === 'call_expression' && modules.has('mongoose') && argumentsOf(creation).length >= 2 && stringValue(argumentsOf(creation)[0]) !== undefined) kind = 'mongoose-model';
    else if ((name === 'createPool' || name === 'createConnection') && creation.type === 'call_expression') {
      if (modules.has('mysql2/promise')) kind = 'mysql2-promise';
      else if (modules.has('mysql2') || modules.has('mysql')) kind = dottedName(callee)?.includes('promise') ? 'mysql2-promise' : 'mysql2-callback';
    }
    if (!kind) continue;
    // `export default mongoose.model('User', schema)`: importers bind the default export.
    const holder = bindingOf(creation) ?? (outermost(creation).parent?.type === 'export_statement' ? 'default' : undefined);
    if (holder) handles.push({ name: holder, kind, line: lineOf(creation) });
  }
  return handles;
}

/** `const x = <expr>`, `x = <expr>`, `this.x = <expr>`, `export const x = <expr>`, through `await`. */
function bindingOf(expression: Node): string | undefined {
  let current = outermost(expression);
  if (current.parent?.type === 'await_expression') current = outermost(current.parent);
  const parent = current.parent;
  if (parent?.type === 'variable_declarator') {
    const name = parent.childForFieldName('name');
    return name?.type === 'identifier' ? name.text : undefined;
  }
  if (parent?.type === 'assignment_expression') return dottedName(parent.childForFieldName('left'))?.replace(/^this\./, '');
  if (parent?.type === 'public_field_definition') return parent.childForFieldName('name')?.text;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Loops

/**
 * `for (const x of items)`, `items.forEach(...)`, `items.map(async ...)` where `items` holds the
 * awaited result of a candidate call made earlier in the same function, with the candidate
 * calls awaited inside the loop's body.
 */
function dataLoops(root: Node, calls: Node[]): DataLoopFact[] {
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
  const consider = (loop: Node, iterated: Node | null | undefined, body: Node | null | undefined) => {
    if (!iterated || !body) return;
    const name = unwrap(iterated);
    const key = name.type === 'identifier' ? `${enclosingScope(loop).id}\0${name.text}` : undefined;
    const source = key ? resultOf.get(key) : undefined;
    if (!source) return;
    const innerLines = awaitedCalls.filter((call) => call.startIndex >= body.startIndex && call.endIndex <= body.endIndex).map(lineOf);
    if (innerLines.length > 0) loops.push({ line: lineOf(loop), sourceLine: source.line, innerLines });
  };
  for (const loop of root.descendantsOfType(['for_in_statement', 'call_expression'])) {
    if (!loop) continue;
    if (loop.type === 'for_in_statement') {
      consider(loop, loop.childForFieldName('right'), loop.childForFieldName('body'));
      continue;
    }
    const callee = loop.childForFieldName('function');
    const method = memberProperty(callee);
    if (method !== 'forEach' && method !== 'map' && method !== 'flatMap') continue;
    const callback = argumentsOf(loop)[0];
    if (!callback || !isFunctionNode(unwrap(callback))) continue;
    consider(loop, memberObject(callee), unwrap(callback).childForFieldName('body'));
  }
  return loops;
}

/** Fills `checkFacts['data-calls' | 'data-handles' | 'data-loops']` of a JavaScript/TypeScript file. */
export function addDataCallFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  const { calls, handles, loops } = collectDataCalls(context);
  context.facts.checkFacts[DATA_CALLS] = calls;
  context.facts.checkFacts[DATA_HANDLES] = handles;
  context.facts.checkFacts[DATA_LOOPS] = loops;
}
