import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, dottedName, isFunctionNode, lineOf, memberProperty, parameterNames, unwrap } from '../../source/node/syntax.js';
import { canReachAfter, enclosingFunction } from './node-control-flow.js';
import { functionsWithParameters } from './node-functions.js';

/**
 * Koa middleware (functions taking `(ctx[, next])`) that answer too late or not at all, gathered
 * in the parse worker:
 *  - `late-body`: `ctx.body`/`ctx.status` set after the response is out of Koa's hands: after
 *    `ctx.res.end()` or `ctx.respond = false` on the same path, or in a callback that runs after
 *    the middleware's promise resolved (a timer, an un-awaited `.then()`, an event listener, a
 *    Node-style `(err, data) =>` callback);
 *  - `swallowed-error`: a try/catch around `await next()` or around the code that sets the
 *    response, whose catch neither sets `ctx.status`/`ctx.body`, rethrows, calls `ctx.throw()` /
 *    `ctx.app.emit('error')`, nor hands `ctx` to anything else.
 */
export const KOA_CONTEXT = 'koa-context';

export interface KoaContextFact {
  kind: 'late-body' | 'swallowed-error';
  line: number;
  /** late-body: what made it late. */
  after?: string;
}

const CONTEXT_PARAMETERS = new Set(['ctx', 'context']);
/** Parameter lists starting with the context: `(ctx)`, `(ctx, next)`, `(context: Context, next: Next)`, `ctx =>`. */
const CONTEXT_FIRST = /\(\s*(ctx|context)\s*[:,)?]|(?<![\w$.])(ctx|context)\s*=>/g;
const TIMERS = new Set(['setTimeout', 'setImmediate', 'setInterval', 'queueMicrotask', 'process.nextTick']);
const LISTENERS = new Set(['on', 'once', 'addListener']);
const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);
const RESPONSE_FIELDS = new Set(['body', 'status']);

export function collectKoaContextFacts(context: ExtractContext): KoaContextFact[] {
  const facts: KoaContextFact[] = [];
  for (const fn of functionsWithParameters(context.root, context.text, CONTEXT_FIRST)) {
    const [ctx, next] = parameterNames(fn);
    if (!ctx || !CONTEXT_PARAMETERS.has(ctx)) continue;
    const body = fn.childForFieldName('body');
    if (!body || body.type !== 'statement_block') continue;
    facts.push(...lateBodies(fn, body, ctx), ...swallowedErrors(fn, body, ctx, next));
  }
  return facts;
}

/** `ctx.body = x` / `ctx.response.status = x` (the response set through the context). */
function responseAssignments(body: SyntaxNode, ctx: string): SyntaxNode[] {
  return body.descendantsOfType('assignment_expression').filter((assignment): assignment is SyntaxNode => {
    if (!assignment) return false;
    const target = dottedName(assignment.childForFieldName('left'));
    if (!target) return false;
    const parts = target.split('.');
    if (parts[0] !== ctx) return false;
    const field = parts[1] === 'response' ? parts[2] : parts[1];
    return parts.length <= 3 && field !== undefined && RESPONSE_FIELDS.has(field);
  });
}

function lateBodies(fn: SyntaxNode, body: SyntaxNode, ctx: string): KoaContextFact[] {
  const assignments = responseAssignments(body, ctx);
  if (assignments.length === 0) return [];
  const facts: KoaContextFact[] = [];
  // What hands the response to Node directly: `ctx.res.end(...)`, `ctx.respond = false`.
  const handOffs: { node: SyntaxNode; what: string }[] = [];
  for (const call of body.descendantsOfType('call_expression')) {
    if (call && enclosingFunction(call)?.id === fn.id && dottedName(call.childForFieldName('function')) === `${ctx}.res.end`) handOffs.push({ node: call, what: `\`${ctx}.res.end()\`` });
  }
  for (const assignment of body.descendantsOfType('assignment_expression')) {
    if (assignment && enclosingFunction(assignment)?.id === fn.id && dottedName(assignment.childForFieldName('left')) === `${ctx}.respond` && assignment.childForFieldName('right')?.text === 'false') {
      handOffs.push({ node: assignment, what: `\`${ctx}.respond = false\`` });
    }
  }
  for (const assignment of assignments) {
    const owner = enclosingFunction(assignment);
    if (owner?.id === fn.id) {
      const before = handOffs.find((handOff) => canReachAfter(handOff.node, assignment, fn));
      if (before) facts.push({ kind: 'late-body', line: lineOf(assignment), after: `after ${before.what} on line ${lineOf(before.node)}` });
      continue;
    }
    const late = owner ? lateCallback(owner, fn) : undefined;
    if (late) facts.push({ kind: 'late-body', line: lineOf(assignment), after: late });
  }
  return facts;
}

/**
 * How a nested function runs after the middleware `fn` resolved: passed (directly in `fn`) to a
 * timer, an event listener, a Node-style callback API, or `.then()` of a promise chain whose
 * result `fn` neither awaits nor returns.
 */
function lateCallback(callback: SyntaxNode, fn: SyntaxNode): string | undefined {
  let current = callback;
  // The callback may sit in a function that is itself such a callback (a listener inside a timer).
  while (current.id !== fn.id) {
    const list = current.parent;
    const call = list?.type === 'arguments' ? list.parent : undefined;
    if (!call || call.type !== 'call_expression' || !isFunctionNode(current)) return undefined;
    const reason = deferral(call, current);
    const owner = enclosingFunction(call);
    // A timer or listener runs later whatever the code keeps of it; a promise or callback API only when nothing waits for it.
    if (reason && owner?.id === fn.id && (reason.timer || discarded(call))) return `in a callback (${reason.what}) that runs after the middleware has resolved`;
    if (!owner) return undefined;
    current = owner;
  }
  return undefined;
}

function deferral(call: SyntaxNode, callback: SyntaxNode): { what: string; timer: boolean } | undefined {
  const callee = unwrap(call.childForFieldName('function') ?? call);
  const name = dottedName(callee);
  if (name && TIMERS.has(name)) return { what: `\`${name}\``, timer: true };
  const method = memberProperty(callee);
  if (method && PROMISE_METHODS.has(method)) return { what: `\`.${method}()\``, timer: false };
  if (method && LISTENERS.has(method)) return { what: `\`.${method}()\` listener`, timer: true };
  // `fs.readFile(path, (err, data) => ...)`: the Node callback convention.
  const args = argumentsOf(call);
  const firstParameter = parameterNames(callback)[0];
  const last = args[args.length - 1];
  if (last && unwrap(last).id === callback.id && firstParameter && /^_*(err|error|e)$/.test(firstParameter)) return { what: 'a Node-style callback', timer: false };
  return undefined;
}

/** The call's result is thrown away: not awaited, returned, assigned or passed on. */
function discarded(call: SyntaxNode): boolean {
  let current = call;
  // Up through the rest of a chain: `p.then(a).catch(b)`.
  while (current.parent?.type === 'member_expression' && current.parent.parent?.type === 'call_expression') current = current.parent.parent;
  while (current.parent?.type === 'parenthesized_expression') current = current.parent;
  return current.parent?.type === 'expression_statement';
}

/** A rethrow or `ctx.throw()`, a redirect, Koa's own `ctx.onerror()`, or `app.emit('error', ...)`. */
const HANDLES = /\bthrow\b|\.(redirect|onerror)\s*\(|\.emit\s*\(\s*['"`]error['"`]/;

function swallowedErrors(fn: SyntaxNode, body: SyntaxNode, ctx: string, next: string | undefined): KoaContextFact[] {
  const facts: KoaContextFact[] = [];
  for (const statement of body.descendantsOfType('try_statement')) {
    if (!statement || enclosingFunction(statement)?.id !== fn.id) continue;
    const tryBlock = statement.childForFieldName('body');
    const handler = statement.childForFieldName('handler');
    if (!tryBlock || !handler) continue;
    const callsNext = next !== undefined && tryBlock.descendantsOfType('call_expression').some((call) => call !== null && call.childForFieldName('function')?.text === next);
    const answers = responseAssignments(tryBlock, ctx).length > 0;
    if (!callsNext && !answers) continue;
    if (handles(handler, ctx, next)) continue;
    facts.push({ kind: 'swallowed-error', line: lineOf(handler) });
  }
  return facts;
}

/** The catch clause answers, rethrows, reports the error to Koa, continues the chain or hands `ctx` to a helper. */
function handles(clause: SyntaxNode, ctx: string, next: string | undefined): boolean {
  if (responseAssignments(clause, ctx).length > 0 || HANDLES.test(clause.text)) return true;
  return clause.descendantsOfType('call_expression').some((call) => {
    if (!call) return false;
    if (next !== undefined && call.childForFieldName('function')?.text === next) return true;
    return argumentsOf(call).some((arg) => unwrap(arg).text === ctx);
  });
}

/** Fills `checkFacts['koa-context']` of a JavaScript/TypeScript file. */
export function addKoaContextFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  context.facts.checkFacts[KOA_CONTEXT] = collectKoaContextFacts(context);
}
