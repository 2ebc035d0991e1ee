import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, callsMatching, isFunctionNode, lineOf, memberObject, memberProperty, parameterNames, unwrap } from '../../source/node/syntax.js';

/**
 * SQL text interpolated right in the call that runs it, gathered in the parse worker for
 * node-sql/interpolated-sql-in-query and prisma/interpolated-sql-in-unsafe-raw:
 *
 *   pool.query(`SELECT * FROM users WHERE id = ${id}`)
 *   prisma.$queryRawUnsafe('SELECT ... WHERE name = ' + name)
 *
 * A call is recorded only when some spliced part may carry a value. Parts that cannot are left
 * out, since nothing there could be bound: literals and numbers, ALL_CAPS constants (and their
 * members), `.length`, conversions to numbers, identifier quoting and escaping helpers
 * (`escapeId()`, `quoteIdentifier()`), and placeholder builders (`ids.map(() => '?').join(',')`,
 * `Array(n).fill('?')`, an array only ever given literals). Locals are followed to what they were
 * given (`const placeholders = ...`, `const filter = { sql: [...].join(' ') }`) when nothing
 * assigns them again.
 */
export const INTERPOLATED_SQL = 'interpolated-sql';

export interface InterpolatedSqlFact {
  line: number;
  method: string;
  /** The first spliced expression that may carry a value, as written (shortened). */
  value: string;
}

/** The methods that run SQL text they are given (drivers, knex's `raw`, Sequelize's `query`). */
export const QUERY_METHODS = ['query', 'execute', 'raw', 'exec', 'prepare', 'all', 'get', 'run'];
/** Prisma's raw calls whose string is SQL whatever it starts with. */
export const UNSAFE_RAW_METHODS = ['$queryRawUnsafe', '$executeRawUnsafe'];
/** A string or template literal that starts a SQL statement: what makes a `get()`/`run()` argument SQL. */
export const SQL_STATEMENT_START = /^["'`]\s*(SELECT|INSERT|UPDATE|DELETE|WITH|select|insert|update|delete|with)\s/;
const SQL_STATEMENT_TEXT = /["'`]\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|select|insert|update|delete|with)\s/g;
const UNSAFE_RAW_CALL = /\.\s*(\$queryRawUnsafe|\$executeRawUnsafe)\s*\(/g;

/** Helpers that quote an identifier or escape a value for the SQL text (mysql, pg, Sequelize, pg-format). */
const QUOTERS = new Set(['escapeId', 'escapeIdentifier', 'quoteIdentifier', 'quoteIdentifiers', 'quoteTable', 'quoteName', 'escapeLiteral', 'escape', 'escapeString', 'ident']);
/** Functions and methods whose result is a number or a boolean. */
const NUMERIC_FUNCTIONS = new Set(['Number', 'parseInt', 'parseFloat', 'Boolean', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.trunc', 'Math.min', 'Math.max', 'Math.abs', 'Date.now']);
const NUMERIC_METHODS = new Set(['toFixed', 'getTime', 'valueOf', 'indexOf', 'includes', 'some', 'every', 'has']);
/** Array and string methods whose result holds only what their receiver (and arguments) held. */
const PRESERVING_METHODS = new Set(['join', 'filter', 'slice', 'reverse', 'sort', 'flat', 'concat', 'repeat', 'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase', 'padStart', 'padEnd', 'toString']);
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
const SCOPES = new Set(['program', 'statement_block', 'switch_case', 'switch_default']);
const MAX_DEPTH = 8;

export function collectInterpolatedSql(context: ExtractContext): InterpolatedSqlFact[] {
  const { root, text } = context;
  const facts: InterpolatedSqlFact[] = [];
  const seen = new Set<number>();
  const consider = (call: SyntaxNode, method: string, argument: SyntaxNode) => {
    if (seen.has(call.id)) return;
    seen.add(call.id);
    const unsafe = splicedParts(argument).find((part) => !new Splice().safe(part, 0));
    if (unsafe) facts.push({ line: lineOf(call), method, value: shorten(unsafe.text) });
  };
  // Found from the SQL literals: far fewer than the calls named `get()` or `run()`.
  for (const match of text.matchAll(SQL_STATEMENT_TEXT)) {
    const literal = literalAt(root, match.index);
    const argument = literal ? leftmostOf(literal) : undefined;
    const call = argument ? firstArgumentOf(argument) : undefined;
    const method = call ? memberProperty(unwrap(call.childForFieldName('function') ?? call)) : undefined;
    if (!call || !method || !QUERY_METHODS.includes(method) || !interpolated(argument!)) continue;
    consider(call, method, argument!);
  }
  if (text.includes('RawUnsafe')) {
    for (const call of callsMatching(root, text, UNSAFE_RAW_CALL)) {
      const first = argumentsOf(call)[0];
      const argument = first ? unwrap(first) : undefined;
      if (argument && interpolated(argument)) consider(call, memberProperty(call.childForFieldName('function'))!, argument);
    }
  }
  return facts.sort((a, b) => a.line - b.line);
}

/** The string or template literal whose opening quote is at `offset`. */
function literalAt(root: SyntaxNode, offset: number): SyntaxNode | undefined {
  let node: SyntaxNode | null = root.descendantForIndex(offset);
  while (node && node.type !== 'string' && node.type !== 'template_string') {
    if (node.type === 'comment' || node.startIndex !== offset) return undefined;
    node = node.parent;
  }
  return node?.startIndex === offset ? node : undefined;
}

/** A literal that starts a `+` concatenation is the concatenation's start: climb to the whole of it. */
function leftmostOf(literal: SyntaxNode): SyntaxNode {
  let node = literal;
  while (node.parent?.type === 'binary_expression' && node.parent.childForFieldName('left')?.id === node.id && node.parent.child(1)?.text === '+') node = node.parent;
  return node;
}

function firstArgumentOf(node: SyntaxNode): SyntaxNode | undefined {
  const list = node.parent;
  if (list?.type !== 'arguments' || list.namedChildren.find((child) => child?.type !== 'comment')?.id !== node.id) return undefined;
  return list.parent?.type === 'call_expression' ? list.parent : undefined;
}

function interpolated(argument: SyntaxNode): boolean {
  if (argument.type === 'template_string') return argument.namedChildren.some((child) => child?.type === 'template_substitution');
  return argument.type === 'binary_expression' && argument.child(1)?.text === '+';
}

/** The expressions spliced into a SQL literal: `${...}` of a template, the non-literal operands of `+`. */
function splicedParts(argument: SyntaxNode): SyntaxNode[] {
  const node = unwrap(argument);
  if (node.type === 'template_string') {
    return node.namedChildren.filter((child): child is SyntaxNode => child?.type === 'template_substitution').flatMap((child) => child.namedChildren.filter((inner) => inner.type !== 'comment'));
  }
  if (node.type === 'binary_expression' && node.child(1)?.text === '+') {
    return [node.childForFieldName('left'), node.childForFieldName('right')].filter((child): child is SyntaxNode => child !== null).flatMap(splicedParts);
  }
  if (node.type === 'string') return [];
  return [node];
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/**
 * Whether an expression spliced into SQL text can carry a value from outside the code: false
 * only for the shapes listed on INTERPOLATED_SQL. `numeric` holds the index parameters of the
 * `.map()` callbacks being followed (`(_, i) => '$' + (i + 1)`).
 */
class Splice {
  private readonly visiting = new Set<number>();
  private readonly numeric = new Set<string>();

  safe(node: SyntaxNode, depth: number): boolean {
    if (depth > MAX_DEPTH || this.visiting.has(node.id)) return false;
    this.visiting.add(node.id);
    try {
      return this.safeNode(unwrap(node), depth + 1);
    } finally {
      this.visiting.delete(node.id);
    }
  }

  private all(nodes: readonly (SyntaxNode | null | undefined)[], depth: number): boolean {
    return nodes.every((node) => node !== null && node !== undefined && (node.type === 'comment' || this.safe(node, depth)));
  }

  private safeNode(node: SyntaxNode, depth: number): boolean {
    switch (node.type) {
      case 'string':
      case 'number':
      case 'true':
      case 'false':
      case 'null':
      case 'undefined':
        return true;
      case 'template_string':
        return this.all(splicedParts(node), depth);
      case 'binary_expression': {
        const operator = node.child(1)?.text ?? '';
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        // `cond && 'AND x = ?'` gives a falsy value or the right side.
        if (operator === '&&') return this.all([right], depth);
        if (operator === '+' || operator === '||' || operator === '??') return this.all([left, right], depth);
        // Arithmetic and comparisons give numbers and booleans.
        return true;
      }
      case 'unary_expression':
      case 'update_expression':
        return true;
      case 'ternary_expression':
        return this.all([node.childForFieldName('consequence'), node.childForFieldName('alternative')], depth);
      case 'array':
        return this.all(node.namedChildren.map((child) => (child?.type === 'spread_element' ? child.namedChildren[0] : child)), depth);
      case 'new_expression':
        // `new Array(n)`: holes, filled with literals by `.fill()`.
        return node.childForFieldName('constructor')?.text === 'Array';
      case 'member_expression':
        return this.safeMember(node, depth);
      case 'subscript_expression': {
        // `PLACEHOLDERS[dialect]`: an entry of a constant table.
        const object = node.childForFieldName('object');
        return object !== null && CONSTANT_NAME.test(rootName(object) ?? '');
      }
      case 'call_expression':
        return this.safeCall(node, depth);
      case 'identifier':
        return this.safeName(node, depth);
      default:
        return false;
    }
  }

  private safeMember(node: SyntaxNode, depth: number): boolean {
    const property = memberProperty(node) ?? '';
    const object = node.childForFieldName('object');
    if (property === 'length' || property === 'size' || CONSTANT_NAME.test(property)) return true;
    if (!object) return false;
    if (CONSTANT_NAME.test(rootName(object) ?? '')) return true;
    // `filter.sql` of a local `const filter = { sql: ... }` that nothing changes afterwards.
    const holder = unwrap(object);
    const binding = holder.type === 'identifier' ? this.binding(holder) : undefined;
    const value = binding?.value ? unwrap(binding.value) : undefined;
    const entry = value?.type === 'object' ? propertyValue(value, property) : undefined;
    return entry !== undefined && this.safe(entry, depth) && binding!.uses.every((use) => this.safeUse(use, binding!.constant, true, depth));
  }

  private safeCall(node: SyntaxNode, depth: number): boolean {
    const callee = unwrap(node.childForFieldName('function') ?? node);
    const args = argumentsOf(node);
    const name = calleeName(callee);
    if (name && (NUMERIC_FUNCTIONS.has(name) || QUOTERS.has(name.split('.').pop()!))) return true;
    if (name === 'String') return this.all(args, depth);
    if (name === 'Array' || name === 'Array.from') {
      // `Array(n)`, `Array.from({ length: n }, () => '?')`.
      return name === 'Array' || (args[1] !== undefined && this.safeCallback(args[1], depth));
    }
    const method = memberProperty(callee);
    const receiver = memberObject(callee);
    if (!method || !receiver) return false;
    if (NUMERIC_METHODS.has(method)) return true;
    if (method === 'fill') return args[0] !== undefined && this.safe(args[0], depth);
    if (method === 'map' || method === 'flatMap') return args[0] !== undefined && this.safeCallback(args[0], depth);
    if (!PRESERVING_METHODS.has(method) || !this.safe(receiver, depth)) return false;
    // What `join()` and `concat()` add is text too; the other arguments are counts and callbacks.
    if (method === 'join' || method === 'concat') return this.all(args, depth);
    if (method === 'padStart' || method === 'padEnd') return this.all(args.slice(1), depth);
    return true;
  }

  /** A callback whose result is safe whatever element it is given (its index is a number). */
  private safeCallback(argument: SyntaxNode, depth: number): boolean {
    const fn = unwrap(argument);
    if (!isFunctionNode(fn)) return false;
    const index = parameterNames(fn)[1];
    const body = fn.childForFieldName('body');
    if (!body) return false;
    const returned = body.type === 'statement_block' ? body.descendantsOfType('return_statement').filter((statement) => statement !== null && enclosingFunctionOf(statement)?.id === fn.id).map((statement) => statement!.namedChildren[0]) : [body];
    if (returned.length === 0) return false;
    if (index) this.numeric.add(index);
    try {
      return this.all(returned, depth);
    } finally {
      if (index) this.numeric.delete(index);
    }
  }

  private safeName(node: SyntaxNode, depth: number): boolean {
    if (CONSTANT_NAME.test(node.text) || this.numeric.has(node.text) || node.text === 'undefined') return true;
    const binding = this.binding(node);
    if (!binding) return false;
    if (!binding.value || !this.safe(binding.value, depth)) return false;
    // What the code gives the name later: `x = ...`, `x += ...`, `x.push(...)`; handing it to other code may change it.
    const mutable = isMutable(binding.value);
    return binding.uses.every((use) => this.safeUse(use, binding.constant, mutable, depth));
  }

  /** A later use of a bound name keeps it safe: a read, or a change that adds only safe parts. */
  private safeUse(reference: SyntaxNode, constant: boolean, mutable: boolean, depth: number): boolean {
    const parent = reference.parent;
    if (!parent) return true;
    if ((parent.type === 'assignment_expression' || parent.type === 'augmented_assignment_expression') && parent.childForFieldName('left')?.id === reference.id) {
      return !constant && this.all([parent.childForFieldName('right')], depth);
    }
    if (parent.type === 'update_expression') return true;
    if (parent.type === 'member_expression' && parent.childForFieldName('object')?.id === reference.id) {
      const method = memberProperty(parent);
      const call = parent.parent;
      const called = call?.type === 'call_expression' && call.childForFieldName('function')?.id === parent.id;
      if (called && (method === 'push' || method === 'unshift')) return this.all(argumentsOf(call!), depth);
      if (called && (method === 'splice' || method === 'fill' || method === 'set')) return false;
      // `x.p = v` changes what `x.p` reads.
      const assigned = parent.parent?.type === 'assignment_expression' && parent.parent.childForFieldName('left')?.id === parent.id;
      return !assigned;
    }
    // An array or object passed to a function may get anything pushed into it.
    return !mutable || parent.type !== 'arguments';
  }

  /**
   * Where a name is declared, seen from the SQL call: a `const`/`let`/`var` of the nearest
   * enclosing block that declares it, or a parameter or loop variable (which may hold anything),
   * with the other references to the name in that declaration's scope.
   */
  private binding(reference: SyntaxNode): { value?: SyntaxNode; constant: boolean; uses: SyntaxNode[] } | undefined {
    const name = reference.text;
    for (let scope: SyntaxNode | null = reference.parent; scope; scope = scope.parent) {
      if (isFunctionNode(scope) || scope.type === 'method_definition') {
        // A parameter carries whatever the caller passed (a `number` annotation is not checked at run time).
        if (parameterOf(scope, name)) return { constant: true, uses: [] };
        continue;
      }
      // A loop variable or a caught error of the same name hides any declaration further out.
      if (LOOP_BINDERS.has(scope.type) && loopBinds(scope, name)) return { constant: false, uses: [] };
      if (!SCOPES.has(scope.type)) continue;
      // Declarations after the call count too: a function runs after the module body declared them.
      for (const statement of scope.namedChildren) {
        if (!statement) continue;
        const declaration = statement.type === 'export_statement' ? statement.childForFieldName('declaration') : statement;
        if (declaration?.type !== 'lexical_declaration' && declaration?.type !== 'variable_declaration') continue;
        for (const declarator of declaration.namedChildren) {
          const bound = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name') : null;
          if (bound?.type !== 'identifier' || bound.text !== name) continue;
          const value = declarator!.childForFieldName('value') ?? undefined;
          const constant = declaration.child(0)?.text === 'const';
          const uses = scope.descendantsOfType('identifier').filter((use) => use.text === name && use.id !== bound.id);
          return { ...(value ? { value } : {}), constant, uses };
        }
      }
    }
    return undefined;
  }
}

const LOOP_BINDERS = new Set(['for_in_statement', 'for_statement', 'catch_clause']);

function loopBinds(scope: SyntaxNode, name: string): boolean {
  const binder = scope.type === 'for_in_statement' ? scope.childForFieldName('left') : scope.type === 'for_statement' ? scope.childForFieldName('initializer') : scope.childForFieldName('parameter');
  return binder !== null && (binder.text === name || binder.descendantsOfType(['identifier', 'shorthand_property_identifier_pattern']).some((child) => child?.text === name));
}

/** Values a function given them could change: arrays and objects, and the arrays array methods make. */
function isMutable(value: SyntaxNode): boolean {
  const node = unwrap(value);
  if (node.type === 'array' || node.type === 'object' || node.type === 'new_expression') return true;
  if (node.type !== 'call_expression') return false;
  const callee = unwrap(node.childForFieldName('function') ?? node);
  const method = memberProperty(callee);
  return callee.text === 'Array' || callee.text === 'Array.from' || (method !== undefined && ['map', 'flatMap', 'filter', 'fill', 'slice', 'concat', 'flat', 'reverse', 'sort', 'split'].includes(method));
}

function parameterOf(fn: SyntaxNode, name: string): boolean {
  const parameters = fn.childForFieldName('parameters');
  if (!parameters) return fn.childForFieldName('parameter')?.text === name;
  for (const parameter of parameters.namedChildren) {
    if (!parameter) continue;
    const pattern = parameter.type === 'required_parameter' || parameter.type === 'optional_parameter' ? parameter.childForFieldName('pattern') : parameter;
    if (pattern?.type === 'identifier' && pattern.text === name) return true;
    // A destructured parameter binds the name too.
    if (pattern && pattern.type !== 'identifier' && pattern.descendantsOfType(['identifier', 'shorthand_property_identifier_pattern']).some((child) => child?.text === name)) return true;
  }
  return false;
}

function enclosingFunctionOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition') return current;
  }
  return undefined;
}

/** `a`, `a.b.c`, `this.a.b`: the name of a callee made of plain names; undefined otherwise. */
function calleeName(callee: SyntaxNode): string | undefined {
  if (callee.type === 'identifier') return callee.text;
  if (callee.type !== 'member_expression') return undefined;
  const object = unwrap(callee.childForFieldName('object') ?? callee);
  const property = memberProperty(callee);
  if (!property) return undefined;
  const base = object.type === 'identifier' || object.type === 'this' ? object.text : object.type === 'member_expression' ? calleeName(object) : undefined;
  return base ? `${base}.${property}` : `?.${property}`;
}

/** The identifier a member chain starts from (`TABLES.users.name` -> TABLES). */
function rootName(node: SyntaxNode): string | undefined {
  let current = unwrap(node);
  while (current.type === 'member_expression' || current.type === 'subscript_expression') current = unwrap(current.childForFieldName('object') ?? current);
  return current.type === 'identifier' ? current.text : undefined;
}

function propertyValue(object: SyntaxNode, key: string): SyntaxNode | undefined {
  for (const property of object.namedChildren) {
    if (property?.type !== 'pair') continue;
    const name = property.childForFieldName('key');
    if (name && (name.text === key || name.text.slice(1, -1) === key)) return property.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** Fills `checkFacts['interpolated-sql']` of a JavaScript/TypeScript file. */
export function addInterpolatedSqlFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  context.facts.checkFacts[INTERPOLATED_SQL] = collectInterpolatedSql(context);
}
