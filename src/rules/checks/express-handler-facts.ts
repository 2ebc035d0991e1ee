import type { SyntaxNode } from '../../source/syntax-tree.js';
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
  // Their lines are read once here: each read crosses into the parser's memory, and every route asks.
  const calls = callsMatching(root, context.text, ROUTE_CALL)
    .sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex)
    .map((call) => ({ call, first: call.startPosition.row + 1, last: call.endPosition.row + 1 }));
  let functions: SyntaxNode[] | undefined;
  const functionsOnce = () => (functions ??= root.descendantsOfType(['function_declaration', 'arrow_function', 'function_expression']));
  for (const route of routes) {
    const handler = handlerNode(calls, route.line, route.handler!.line, functionsOnce);
    if (!handler || found.has(lineOf(handler))) continue;
    const unguarded = firstUnguardedAwait(handler, context.text);
    if (unguarded) found.set(lineOf(handler), { line: lineOf(handler), awaitLine: lineOf(unguarded.expression), ...(unguarded.rethrow ? { rethrowLine: lineOf(unguarded.rethrow) } : {}) });
  }
  return [...found.values()];
}

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'head', 'options']);
const ROUTE_CALL = new RegExp(`\\.\\s*(${[...ROUTE_METHODS].join('|')})\\s*\\(`, 'g');

/** The async function a route passes directly (inline or by name); undefined when it is wrapped in a call. */
function handlerNode(calls: { call: SyntaxNode; first: number; last: number }[], routeLine: number, handlerLine: number, functions: () => SyntaxNode[]): SyntaxNode | undefined {
  const routeCalls = calls
    .filter(({ first, last }) => first <= routeLine && last >= routeLine)
    .map(({ call }) => call)
    .filter((call) => {
      const method = memberProperty(call.childForFieldName('function'));
      return method !== undefined && ROUTE_METHODS.has(method) && argumentsOf(call).length >= 1;
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

function covers(node: SyntaxNode, line: number): boolean {
  return node.startPosition.row + 1 <= line && node.endPosition.row + 1 >= line;
}

/**
 * The first `await` of the handler (not of nested functions) that no try/catch handles: outside
 * any try block's body, or in one whose catch clause throws again (a rethrow from an async handler
 * is the same rejected promise).
 */
function firstUnguardedAwait(handler: SyntaxNode, text: string): { expression: SyntaxNode; rethrow?: SyntaxNode } | undefined {
  const body = handler.childForFieldName('body');
  if (!body) return undefined;
  const source = text.slice(body.startIndex, body.endIndex);
  if (!source.includes('await')) return undefined;
  const awaits = body.descendantsOfType('await_expression');
  if (awaits.length === 0) return undefined;
  // Compared by position rather than by climbing from each await: climbing the tree is what costs.
  // A function holding an `await` is async, and a try block needs `try`: without the words, no walk.
  const nested = source.includes('async') ? body.descendantsOfType(NESTED_FUNCTIONS) : [];
  const tries = (/\btry\b/.test(source) ? body.descendantsOfType('try_statement') : [])
    .map((statement) => ({ block: statement?.childForFieldName('body'), clause: statement?.childForFieldName('handler') ?? undefined }))
    .filter((entry): entry is { block: SyntaxNode; clause: SyntaxNode | undefined } => entry.block !== null && entry.block !== undefined)
    // Innermost first: a later start inside the same await's blocks is a deeper block.
    .sort((a, b) => b.block.startIndex - a.block.startIndex);
  const rethrows = new Map<number, SyntaxNode | undefined>();
  const rethrowOf = (clause: SyntaxNode) => {
    if (!rethrows.has(clause.id)) rethrows.set(clause.id, rethrowIn(clause));
    return rethrows.get(clause.id);
  };
  for (const expression of awaits) {
    if (nested.some((fn) => contains(fn, expression))) continue;
    let guarded = false;
    let rethrow: SyntaxNode | undefined;
    for (const { block, clause } of tries) {
      if (!contains(block, expression)) continue;
      const thrown = clause ? rethrowOf(clause) : undefined;
      if (clause && !thrown) guarded = true;
      rethrow ??= thrown;
    }
    if (!guarded) return { expression, ...(rethrow ? { rethrow } : {}) };
  }
  return undefined;
}

const NESTED_FUNCTIONS = ['arrow_function', 'function_expression', 'function', 'function_declaration', 'generator_function', 'generator_function_declaration', 'method_definition'];

function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/** The `throw` of a catch clause (not one inside a function it defines). */
function rethrowIn(clause: SyntaxNode): SyntaxNode | undefined {
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
