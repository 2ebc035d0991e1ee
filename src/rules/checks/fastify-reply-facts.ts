import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, isAsync, isFunctionNode, lineOf, memberObject, memberProperty, parameterNames, propertyOf, unwrap } from '../../source/node/syntax.js';

/**
 * How async Fastify handlers answer, gathered in the parse worker: an async handler answers with
 * the value its promise resolves to, unless it calls `reply.send()` and returns (or awaits) the
 * `reply` itself. Two mistakes follow from mixing the styles (Fastify's "Promise resolution"
 * documentation):
 *  - `return-and-send`: `reply.send(x)` is called and a value is returned too; Fastify tries to
 *    answer twice and logs "Reply was already sent" (FST_ERR_REP_ALREADY_SENT);
 *  - `send-in-callback`: `reply.send(x)` is called later, in a callback, while the handler's promise
 *    resolves with `undefined` first; Fastify answers with an error (FST_ERR_PROMISE_NOT_FULFILLED)
 *    or the late send fails.
 */
export const FASTIFY_REPLY = 'fastify-reply';

export interface FastifyReplyFact {
  kind: 'return-and-send' | 'send-in-callback';
  /** The `reply.send(...)` call. */
  line: number;
  /** return-and-send: the `return <value>` statement. */
  returnLine?: number;
}

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all']);

export function collectFastifyReplies(context: ExtractContext): FastifyReplyFact[] {
  if (!context.text.includes('.send(')) return [];
  // Only handlers the route extractor attributed to Fastify: Express ignores a returned value.
  const fastifyHandlers = new Set(context.facts.routes.filter((route) => route.framework === 'fastify' && route.handler).map((route) => route.handler!.line));
  if (fastifyHandlers.size === 0) return [];
  const facts: FastifyReplyFact[] = [];
  for (const handler of handlers(context.root)) {
    if (!fastifyHandlers.has(lineOf(handler))) continue;
    const reply = parameterNames(handler)[1];
    if (!reply) continue;
    facts.push(...repliesOf(handler, reply));
  }
  return facts;
}

/** Async functions passed to `x.get('/p', ...)` or given as `handler:` of `x.route({...})`. */
function handlers(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (const call of root.descendantsOfType('call_expression')) {
    if (!call) continue;
    const method = memberProperty(call.childForFieldName('function'));
    const args = argumentsOf(call);
    if (method && ROUTE_METHODS.has(method)) {
      const last = args[args.length - 1];
      if (args.length >= 2 && last && isFunctionNode(unwrap(last)) && isAsync(unwrap(last))) found.push(unwrap(last));
    } else if (method === 'route' && args[0]) {
      const handler = propertyOf(args[0], 'handler');
      if (handler && isFunctionNode(unwrap(handler)) && isAsync(unwrap(handler))) found.push(unwrap(handler));
      else if (handler?.type === 'method_definition' && isAsync(handler)) found.push(handler);
    }
  }
  return found;
}

function repliesOf(handler: SyntaxNode, reply: string): FastifyReplyFact[] {
  const body = handler.childForFieldName('body');
  if (!body || body.type !== 'statement_block') return [];
  const own = (node: SyntaxNode) => enclosingFunction(node)?.id === handler.id;
  const sends = body.descendantsOfType('call_expression').filter((call) => memberProperty(call.childForFieldName('function')) === 'send' && rootOf(call) === reply);
  if (sends.length === 0) return [];
  const returns = body.descendantsOfType('return_statement').filter((statement) => own(statement));
  const returnsReply = returns.some((statement) => statement.namedChildren[0] !== undefined && statement.namedChildren[0] !== null && rootOf(statement.namedChildren[0]) === reply);
  const awaitsReply = body.descendantsOfType('await_expression').some((expression) => expression !== null && own(expression) && expression.namedChildren[0]?.text === reply);
  const valued = returns.filter((statement) => {
    const value = statement.namedChildren.find((child) => child !== null && child.type !== 'comment');
    return value !== undefined && value !== null && rootOf(value) !== reply && value.text !== 'undefined' && value.type !== 'unary_expression';
  });
  const facts: FastifyReplyFact[] = [];
  for (const send of sends) {
    if (!own(send)) {
      if (!returnsReply && !awaitsReply && isCallbackOf(send, handler)) facts.push({ kind: 'send-in-callback', line: lineOf(send) });
      continue;
    }
    const statement = statementOf(send);
    // `return reply.send(x)` returns the reply; a send followed by `return` in its block ends that path.
    if (!statement || statement.type !== 'expression_statement' || endsPath(statement, reply)) continue;
    const later = valued.find((candidate) => candidate.startIndex > send.startIndex && !onExclusivePaths(send, candidate));
    if (later) facts.push({ kind: 'return-and-send', line: lineOf(send), returnLine: lineOf(later) });
  }
  return facts;
}

/** `reply` for `reply.code(404).send(x)`, `reply.send(x)`, `reply`. */
function rootOf(node: SyntaxNode): string | undefined {
  let current: SyntaxNode | null = unwrap(node);
  while (current) {
    if (current.type === 'identifier') return current.text;
    if (current.type === 'call_expression') current = current.childForFieldName('function');
    else if (current.type === 'member_expression') current = memberObject(current);
    else if (current.type === 'await_expression') current = current.namedChildren[0] ?? null;
    else return undefined;
  }
  return undefined;
}

function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition') return current;
  }
  return undefined;
}

/** A send in a function passed as an argument (`.then(...)`, `setTimeout(...)`, `stream.on('end', ...)`) inside the handler. */
function isCallbackOf(send: SyntaxNode, handler: SyntaxNode): boolean {
  const fn = enclosingFunction(send);
  return fn !== undefined && fn.parent?.type === 'arguments' && fn.startIndex > handler.startIndex && fn.endIndex <= handler.endIndex;
}

function statementOf(node: SyntaxNode): SyntaxNode | undefined {
  let current: SyntaxNode = node;
  while (current.parent && !current.type.endsWith('statement')) current = current.parent;
  return current.type.endsWith('statement') ? current : undefined;
}

/** The two nodes sit in different branches of one `if`/`switch`/`try`: one request runs only one of them. */
function onExclusivePaths(a: SyntaxNode, b: SyntaxNode): boolean {
  const ancestors = new Set<number>();
  for (let current: SyntaxNode | null = a; current; current = current.parent) ancestors.add(current.id);
  let common: SyntaxNode | null = b;
  while (common && !ancestors.has(common.id)) common = common.parent;
  return common !== null && ['if_statement', 'switch_body', 'try_statement', 'ternary_expression'].includes(common.type);
}

/** A bare `return`, `return reply` or `throw` follows the statement in its own block: that path answers once. */
function endsPath(statement: SyntaxNode, reply: string): boolean {
  for (let sibling = statement.nextNamedSibling; sibling; sibling = sibling.nextNamedSibling) {
    if (sibling.type === 'throw_statement') return true;
    if (sibling.type === 'return_statement') {
      const value = sibling.namedChildren.find((child) => child !== null && child.type !== 'comment');
      return !value || rootOf(value) === reply || value.text === 'undefined';
    }
  }
  return false;
}

/** Fills `checkFacts['fastify-reply']` of a JavaScript/TypeScript file. */
export function addFastifyReplyFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  context.facts.checkFacts[FASTIFY_REPLY] = collectFastifyReplies(context);
}
