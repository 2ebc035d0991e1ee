import type { Node } from 'web-tree-sitter';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, callsMatching, isAsync, isFunctionNode, lineOf, memberProperty, unwrap } from '../../source/node/syntax.js';

/**
 * Async Express route handlers with an `await` that no try/catch guards, gathered in the parse
 * worker. Express 4 ignores the promise a handler returns: a rejection there never reaches the
 * error middleware. Handlers wrapped in a call (`asyncHandler(fn)`) and routers that handle
 * promises themselves (`express-promise-router`) are left out here; the check leaves out projects
 * that patch Express (`express-async-errors`).
 */
export const EXPRESS_ASYNC_HANDLERS = 'express-async-handlers';

export interface ExpressAsyncHandlerFact {
  /** The handler function's first line. */
  line: number;
  /** The first `await` outside any try block. */
  awaitLine: number;
  /** The await is in a try block whose catch throws the error again, at this line. */
  rethrowLine?: number;
}

/** Packages that make Express 4 forward rejected handler promises to the error middleware. */
export const EXPRESS_PROMISE_PATCHES = new Set(['express-async-errors', '@awaitjs/express', 'express-promise-router', '@root/async-router', 'express-async-router']);

export function collectExpressAsyncHandlers(context: ExtractContext): ExpressAsyncHandlerFact[] {
  const { facts, root } = context;
  const routes = facts.routes.filter((route) => route.framework === 'express' && route.handler?.async);
  if (routes.length === 0 || facts.imports.some((fact) => EXPRESS_PROMISE_PATCHES.has(fact.specifier))) return [];
  const found = new Map<number, ExpressAsyncHandlerFact>();
  // Only the calls of route methods, found through the text: far fewer than every call of the file.
  // In tree order, as a walk of the tree meets them: a chain's outer call before its inner ones.
  const calls = callsMatching(root, context.text, ROUTE_CALL).sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  let functions: Node[] | undefined;
  const functionsOnce = () => (functions ??= root.descendantsOfType(['function_declaration', 'arrow_function', 'function_expression']).filter((node): node is Node => node !== null));
  for (const route of routes) {
    const handler = handlerNode(calls, route.line, route.handler!.line, functionsOnce);
    if (!handler || found.has(lineOf(handler))) continue;
    const unguarded = firstUnguardedAwait(handler);
    if (unguarded) found.set(lineOf(handler), { line: lineOf(handler), awaitLine: lineOf(unguarded.expression), ...(unguarded.rethrow ? { rethrowLine: lineOf(unguarded.rethrow) } : {}) });
  }
  return [...found.values()];
}

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'head', 'options']);
const ROUTE_CALL = new RegExp(`\\.\\s*(${[...ROUTE_METHODS].join('|')})\\s*\\(`, 'g');

/** The async function a route passes directly (inline or by name); undefined when it is wrapped in a call. */
function handlerNode(calls: Node[], routeLine: number, handlerLine: number, functions: () => Node[]): Node | undefined {
  const routeCalls = calls.filter((call) => {
    const method = memberProperty(call.childForFieldName('function'));
    return method !== undefined && ROUTE_METHODS.has(method) && lineOf(call) <= routeLine && call.endPosition.row + 1 >= routeLine && argumentsOf(call).length >= 1;
  });
  // The innermost call of a chain (`router.route('/x').get(h).post(h)`) whose arguments hold the handler.
  const call = routeCalls.find((candidate) => argumentsOf(candidate).some((arg) => covers(arg, handlerLine))) ?? routeCalls[routeCalls.length - 1];
  const args = call ? argumentsOf(call) : [];
  const last = args[args.length - 1];
  if (!last) return undefined;
  const inner = unwrap(last);
  // `asyncHandler(fn)`, `catchErrors(fn)`: the wrapper forwards rejections.
  if (inner.type === 'call_expression') return undefined;
  if (isFunctionNode(inner)) return lineOf(inner) === handlerLine && isAsync(inner) ? inner : undefined;
  if (inner.type !== 'identifier' && inner.type !== 'member_expression') return undefined;
  // A named handler defined in this file: the async function declared on the handler's line.
  // `const handler = asyncHandler(async (req, res) => ...)` is wrapped too.
  for (const node of functions()) {
    if (lineOf(node) === handlerLine && isAsync(node)) return node.parent?.type === 'arguments' ? undefined : node;
  }
  return undefined;
}

function covers(node: Node, line: number): boolean {
  return node.startPosition.row + 1 <= line && node.endPosition.row + 1 >= line;
}

/**
 * The first `await` of the handler (not of nested functions) that no try/catch handles: outside
 * any try block's body, or in one whose catch clause throws again (a rethrow from an async handler
 * is the same rejected promise).
 */
function firstUnguardedAwait(handler: Node): { expression: Node; rethrow?: Node } | undefined {
  const body = handler.childForFieldName('body');
  if (!body) return undefined;
  for (const expression of body.descendantsOfType('await_expression')) {
    if (!expression) continue;
    let guarded = false;
    let own = true;
    let rethrow: Node | undefined;
    for (let current = expression.parent; current && current.id !== handler.id; current = current.parent) {
      if (isFunctionNode(current) || current.type === 'method_definition') {
        own = false;
        break;
      }
      if (current.type === 'statement_block' && current.parent?.type === 'try_statement' && current.parent.childForFieldName('body')?.id === current.id) {
        const clause = current.parent.childForFieldName('handler');
        const thrown = clause ? rethrowIn(clause) : undefined;
        if (clause && !thrown) guarded = true;
        rethrow ??= thrown;
      }
    }
    if (own && !guarded) return { expression, ...(rethrow ? { rethrow } : {}) };
  }
  return undefined;
}

/** The `throw` of a catch clause (not one inside a function it defines). */
function rethrowIn(clause: Node): Node | undefined {
  return (
    clause.descendantsOfType('throw_statement').find((statement) => {
      for (let current = statement?.parent ?? null; current && current.id !== clause.id; current = current.parent) {
        if (isFunctionNode(current) || current.type === 'method_definition') return false;
      }
      return statement !== null;
    }) ?? undefined
  );
}

/** Fills `checkFacts['express-async-handlers']` of a JavaScript/TypeScript file. */
export function addExpressHandlerFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  context.facts.checkFacts[EXPRESS_ASYNC_HANDLERS] = collectExpressAsyncHandlers(context);
}
