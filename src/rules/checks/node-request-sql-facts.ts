import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, callsMatching, dottedName, isFunctionNode, lineOf, memberObject, memberProperty, namesPattern, unwrap } from '../../source/node/syntax.js';
import { QUERY_METHODS as INTERPOLATED_QUERY_METHODS, SQL_STATEMENT_START } from './node-sql-facts.js';

/**
 * SQL text built from request data and handed to a raw SQL API, gathered in the parse worker.
 *
 * Request data is what the four frameworks give a handler from the client: `req.params/query/body`
 * (Express), `request.params/query/body` (Fastify), `c.req.param()/query()/queries()/json()/
 * parseBody()/text()` (Hono), `ctx.params/query/querystring/request.body/request.query` (Koa),
 * followed through the locals of the function (`const { id } = req.params`, `let sql = '...';
 * sql += \`... ${id}\``), string methods and `String()`. Any other call (`Number()`, `parseInt()`,
 * an escaping helper), a lookup in a map (`SORTABLE[sort]`), a ternary testing the value, or an
 * allow-list test before the call (`ALLOWED.includes(sort)`, `sort === 'asc'`) ends it.
 *
 * Sinks: raw fragments (`sequelize.literal`, knex's `whereRaw`/`orderByRaw`/..., `sql.raw`), which
 * are SQL whatever they contain, and raw queries (`query`, `execute`, `raw`, `$queryRawUnsafe`,
 * pg-promise's `any`/`one`/..., postgres.js `unsafe`), whose text must look like SQL. A SQL string
 * interpolated right in the call of `query()`/`execute()`/... or `$queryRawUnsafe()` is left to
 * node-sql/interpolated-sql-in-query and prisma/interpolated-sql-in-unsafe-raw, which report any
 * spliced value that is not a constant, a placeholder list or a quoted identifier.
 */
export const REQUEST_SQL = 'request-data-in-sql';

export interface RequestSqlFact {
  line: number;
  method: string;
  /** The request expression the data came from, as written (`req.query.sort`, `c.req.param()`). */
  source: string;
  /** The local the SQL text was built in, when it was not built in the call. */
  via?: string;
}

const FRAGMENT_METHODS = ['literal', 'whereRaw', 'orWhereRaw', 'andWhereRaw', 'havingRaw', 'orHavingRaw', 'orderByRaw', 'groupByRaw', 'joinRaw', 'fromRaw', 'onRaw'];
const QUERY_METHODS = ['query', 'execute', 'raw', 'exec', 'prepare', 'all', 'get', 'run', 'unsafe', '$queryRawUnsafe', '$executeRawUnsafe', 'any', 'many', 'one', 'none', 'oneOrNone', 'manyOrNone', 'result'];
const SINK = new RegExp(`\\.\\s*(${namesPattern([...FRAGMENT_METHODS, ...QUERY_METHODS])})\\s*\\(`, 'g');
/** Query methods node-sql/interpolated-sql-in-query looks at when the SQL is interpolated in the call itself. */
const QUERY_RULE_METHODS = new Set(INTERPOLATED_QUERY_METHODS);
const SQL_START = /^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE|MERGE|CALL)\b/i;
const SQL_CLAUSE = /\b(FROM|WHERE|VALUES|ORDER BY|GROUP BY|SET|JOIN|LIMIT)\b/;

/** Request data read somewhere in the file, including `const { params: { id } } = req`. */
const REQUEST_TEXT = /\b(req|request)\s*\.\s*(params|query|body)\b|\b(ctx|context)\s*\.\s*(params|query|querystring|request)\b|\.\s*req\s*\.\s*(param|query|queries|json|parseBody|text)\s*\(|\b(params|query|body|querystring)\b[^\n;]{0,80}=\s*(req|request|ctx|context)\s*[;\n]/;
const REQUEST_FIELDS: Record<string, Set<string>> = {
  req: new Set(['params', 'query', 'body']),
  request: new Set(['params', 'query', 'body']),
  ctx: new Set(['params', 'query', 'querystring']),
  context: new Set(['params', 'query', 'querystring']),
};
const HONO_READERS = new Set(['param', 'query', 'queries', 'json', 'parseBody', 'text']);
/** Calls whose result still carries the text of their input. */
const STRING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'join', 'split', 'slice', 'substring', 'substr', 'concat', 'toString', 'padStart', 'padEnd', 'replace', 'replaceAll', 'repeat', 'map']);
const STRING_FUNCTIONS = new Set(['String', 'decodeURIComponent', 'decodeURI']);

export function collectRequestSql(context: ExtractContext): RequestSqlFact[] {
  const { root, text } = context;
  if (!REQUEST_TEXT.test(text)) return [];
  const facts: RequestSqlFact[] = [];
  for (const call of callsMatching(root, text, SINK)) {
    const callee = unwrap(call.childForFieldName('function') ?? call);
    const method = memberProperty(callee)!;
    const first = argumentsOf(call)[0];
    if (!first) continue;
    const fragment = FRAGMENT_METHODS.includes(method) || (method === 'raw' && dottedName(memberObject(callee)) === 'sql');
    const argument = unwrap(first);
    // Interpolated in the call itself: the interpolated-SQL rules report any spliced value there.
    const interpolatedHere = argument.type === 'template_string' || (argument.type === 'binary_expression' && argument.child(1)?.text === '+');
    if (!fragment && interpolatedHere && ((QUERY_RULE_METHODS.has(method) && SQL_STATEMENT_START.test(argument.text)) || method.endsWith('RawUnsafe'))) continue;
    const tracer = new Tracer(text, call);
    // Whether the text is SQL is the cheaper question, and rules out most `get()`/`run()`/`query()` calls.
    if (!fragment && !looksLikeSql(tracer.literalText(argument))) continue;
    const source = tracer.taint(argument);
    if (!source) continue;
    // The line of the SQL argument: a chained call (`knex('t')` then `.whereRaw(...)` below it) starts lines earlier.
    facts.push({ line: lineOf(first), method, source, ...(argument.type === 'identifier' ? { via: argument.text } : {}) });
  }
  return facts;
}

function looksLikeSql(literal: string): boolean {
  return SQL_START.test(literal) || SQL_CLAUSE.test(literal);
}

/** Follows values back from one sink call, within the functions around it. */
class Tracer {
  private readonly visiting = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly sink: SyntaxNode,
  ) {}

  /** The request expression `node`'s value carries into a string, or undefined. */
  taint(node: SyntaxNode, depth = 0): string | undefined {
    if (depth > 12 || this.visiting.has(node.id)) return undefined;
    this.visiting.add(node.id);
    try {
      return this.taintOf(unwrap(node), depth + 1);
    } finally {
      this.visiting.delete(node.id);
    }
  }

  private taintOf(node: SyntaxNode, depth: number): string | undefined {
    switch (node.type) {
      case 'template_string':
        return this.first(node.namedChildren.filter((child): child is SyntaxNode => child?.type === 'template_substitution').map((child) => child.namedChildren[0]).filter((child): child is SyntaxNode => !!child), depth);
      case 'binary_expression': {
        const operator = node.child(1)?.text;
        if (operator !== '+' && operator !== '||' && operator !== '??' && operator !== '&&') return undefined;
        return this.first([node.childForFieldName('left'), node.childForFieldName('right')].filter((child): child is SyntaxNode => !!child), depth);
      }
      case 'await_expression':
        return node.namedChildren[0] ? this.taint(node.namedChildren[0], depth) : undefined;
      case 'ternary_expression': {
        // `SORTABLE.includes(sort) ? sort : 'id'` tests the value: what comes out is checked.
        const condition = node.childForFieldName('condition');
        const branches = [node.childForFieldName('consequence'), node.childForFieldName('alternative')].filter((child): child is SyntaxNode => !!child);
        return condition && isCheck(condition) ? undefined : this.first(branches, depth);
      }
      case 'array':
        return this.first(node.namedChildren.filter((child) => child.type !== 'spread_element'), depth);
      case 'member_expression':
      case 'subscript_expression':
        return this.requestSource(node) ?? this.taintOfAccess(node, depth);
      case 'call_expression':
        return this.taintOfCall(node, depth);
      case 'identifier':
        return this.taintOfName(node, depth);
      default:
        return undefined;
    }
  }

  private first(nodes: SyntaxNode[], depth: number): string | undefined {
    for (const node of nodes) {
      const tainted = this.taint(node, depth);
      if (tainted) return tainted;
    }
    return undefined;
  }

  /** `req.query.sort`, `ctx.request.body.name`, `request.params['id']`: the request source it starts with. */
  private requestSource(node: SyntaxNode): string | undefined {
    const chain: string[] = [];
    let current: SyntaxNode = node;
    for (;;) {
      const inner = unwrap(current);
      if (inner.type === 'member_expression') {
        chain.unshift(memberProperty(inner) ?? '');
        current = memberObject(inner)!;
      } else if (inner.type === 'subscript_expression') {
        chain.unshift('[]');
        current = inner.childForFieldName('object')!;
      } else {
        if (inner.type !== 'identifier') return undefined;
        chain.unshift(inner.text);
        break;
      }
    }
    const [root, field, subfield] = chain;
    const fields = root ? REQUEST_FIELDS[root] : undefined;
    if (!fields || !field) return undefined;
    if (fields.has(field)) return node.text;
    // Koa: `ctx.request.body`, `ctx.request.query`.
    if ((root === 'ctx' || root === 'context') && field === 'request' && (subfield === 'body' || subfield === 'query' || subfield === 'querystring')) return node.text;
    return undefined;
  }

  /** `body.sort` where `body` holds request data: still request data; `SORTABLE[sort]` is a lookup, not the value. */
  private taintOfAccess(node: SyntaxNode, depth: number): string | undefined {
    const object = node.type === 'member_expression' ? memberObject(node) : node.childForFieldName('object');
    return object ? this.taint(object, depth) : undefined;
  }

  private taintOfCall(call: SyntaxNode, depth: number): string | undefined {
    const callee = unwrap(call.childForFieldName('function') ?? call);
    const method = memberProperty(callee);
    // Hono: `c.req.param('id')`, `await c.req.json()`.
    if (method && HONO_READERS.has(method) && /^(c|ctx|context)\.req$/.test(dottedName(memberObject(callee)) ?? '')) return `${dottedName(callee)}()`;
    if (method && STRING_METHODS.has(method)) return this.taint(memberObject(callee)!, depth);
    if (callee.type === 'identifier' && STRING_FUNCTIONS.has(callee.text)) {
      const argument = argumentsOf(call)[0];
      return argument ? this.taint(argument, depth) : undefined;
    }
    return undefined;
  }

  /** A local: the values assigned to it in the enclosing functions before the sink, unless an allow-list test checks it first. */
  private taintOfName(name: SyntaxNode, depth: number): string | undefined {
    const before = Math.min(name.startIndex, this.sink.startIndex);
    for (let scope = scopeOf(name); scope; scope = scope.parent ? scopeOf(scope) : undefined) {
      const values = assignedValues(scope, name.text, before);
      if (values.length === 0) {
        if (isFunctionNode(scope) && parameterBinds(scope, name.text)) return undefined;
        if (scope.type === 'program') return undefined;
        continue;
      }
      if (this.checkedBefore(scope, name.text, before)) return undefined;
      for (const value of values) {
        const tainted = value.kind === 'request-pattern' ? value.source : this.taint(value.node, depth);
        if (tainted) return tainted;
      }
      return undefined;
    }
    return undefined;
  }

  /** `ALLOWED.includes(sort)`, `ALLOWED.has(sort)`, `/^\w+$/.test(sort)`, `sort === 'asc'`, `switch (sort)` before the sink. */
  private checkedBefore(scope: SyntaxNode, name: string, before: number): boolean {
    const escaped = name.replace(/[$]/g, '\\$&');
    const check = new RegExp(`\\.(includes|has|indexOf|test)\\(\\s*${escaped}\\s*\\)|\\b${escaped}\\s*[!=]==?\\s*['"\`]|['"\`]\\s*[!=]==?\\s*${escaped}\\b|switch\\s*\\(\\s*${escaped}\\s*\\)`);
    return check.test(this.text.slice(scope.startIndex, before));
  }

  /** The string literals of a SQL text, following locals: `let sql = 'SELECT ...'; sql += ...`. */
  literalText(node: SyntaxNode, depth = 0): string {
    if (depth > 6) return '';
    const inner = unwrap(node);
    if (inner.type === 'string' || inner.type === 'template_string') {
      return inner.namedChildren.filter((child) => child?.type === 'string_fragment').map((child) => child!.text).join(' ');
    }
    if (inner.type === 'binary_expression') return [inner.childForFieldName('left'), inner.childForFieldName('right')].map((side) => (side ? this.literalText(side, depth + 1) : '')).join(' ');
    if (inner.type === 'identifier') {
      for (let scope = scopeOf(inner); scope; scope = scope.parent ? scopeOf(scope) : undefined) {
        const values = assignedValues(scope, inner.text, Math.min(inner.startIndex, this.sink.startIndex));
        if (values.length > 0) return values.map((value) => (value.kind === 'value' ? this.literalText(value.node, depth + 1) : '')).join(' ');
        if (scope.type === 'program') break;
      }
    }
    return '';
  }
}

/** A condition that compares or looks the value up (`===`, `in`, `.includes()`, `.test()`), not a mere truthiness test. */
function isCheck(condition: SyntaxNode): boolean {
  const comparisons = condition.descendantsOfType('binary_expression').some((node) => node !== null && ['===', '!==', '==', '!=', 'in'].includes(node.child(1)?.text ?? ''));
  const lookups = condition.descendantsOfType('call_expression').some((node) => node !== null && ['includes', 'has', 'indexOf', 'test', 'hasOwnProperty'].includes(memberProperty(node.childForFieldName('function')) ?? ''));
  return comparisons || lookups;
}

type Assigned = { kind: 'value'; node: SyntaxNode } | { kind: 'request-pattern'; source: string };

/** The nearest function or the program around a node. */
function scopeOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition' || current.type === 'program') return current;
  }
  return undefined;
}

function parameterBinds(fn: SyntaxNode, name: string): boolean {
  const parameters = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  return parameters?.descendantsOfType('identifier').some((identifier) => identifier?.text === name) === true;
}

/**
 * What `name` is given in `scope` (not in functions nested in it) before `before`: declarator
 * values (destructuring included), `=` and `+=` assignments.
 */
function assignedValues(scope: SyntaxNode, name: string, before: number): Assigned[] {
  const values: Assigned[] = [];
  const body = scope.type === 'program' ? scope : scope.childForFieldName('body');
  if (!body) return values;
  for (const node of body.descendantsOfType(['variable_declarator', 'assignment_expression', 'augmented_assignment_expression'])) {
    if (!node || node.startIndex >= before || scopeOf(node)?.id !== scope.id) continue;
    if (node.type === 'variable_declarator') {
      const target = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      if (!target || !value) continue;
      if (target.type === 'identifier') {
        if (target.text === name) values.push({ kind: 'value', node: value });
      } else if (bindsInPattern(target, name)) {
        // `const { id } = req.params`, `const { params: { id } } = req`: a piece of the value.
        values.push({ kind: 'value', node: value });
        const root = unwrap(value);
        if (root.type === 'identifier' && REQUEST_FIELDS[root.text] && /\b(params|query|body|querystring|request)\b/.test(target.text)) values.push({ kind: 'request-pattern', source: `${root.text} (${target.text.replace(/\s+/g, ' ')})` });
      }
    } else {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left?.type === 'identifier' && left.text === name && right) values.push({ kind: 'value', node: right });
    }
  }
  return values;
}

function bindsInPattern(pattern: SyntaxNode, name: string): boolean {
  return pattern.descendantsOfType(['shorthand_property_identifier_pattern', 'identifier']).some((node) => {
    if (!node || node.text !== name) return false;
    // In `{ key: local }`, only the value side binds a name.
    const pair = node.parent;
    return !(pair?.type === 'pair_pattern' && pair.childForFieldName('key')?.id === node.id);
  });
}

/** Fills `checkFacts['request-data-in-sql']` of a JavaScript/TypeScript file. */
export function addRequestSqlFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  context.facts.checkFacts[REQUEST_SQL] = collectRequestSql(context);
}
