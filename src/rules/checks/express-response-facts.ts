import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, callsMatching, isFunctionNode, lineOf, memberObject, memberProperty, parameterNames, unwrap } from '../../source/node/syntax.js';
import { canReachAfter, enclosingFunction } from './node-control-flow.js';
import { functionsWithParameters } from './node-functions.js';

/**
 * Express handlers (any function taking `(req, res)`) that can send two responses on one path,
 * gathered in the parse worker: `res.json(...)` and, later on the same control-flow path with no
 * `return` between them, another `res.send/json/end/...`. The classic is
 * `if (!user) res.status(404).json(...)` without `return`. Sends in different callbacks, on
 * exclusive branches, or after a `res.headersSent` test are left out.
 */
export const EXPRESS_DOUBLE_SENDS = 'express-double-sends';

export interface ExpressDoubleSendFact {
  /** The second send, where the finding goes. */
  line: number;
  /** The send that answered first. */
  firstLine: number;
  method: string;
}

/** Response methods that send (and end) the response. */
const SENDS = new Set(['json', 'send', 'sendStatus', 'sendFile', 'end', 'render', 'redirect', 'jsonp', 'download']);
const RESPONSE_PARAMETERS = new Set(['res', 'response']);
/** `(req, res`, `(request: Request, response: Response`: the second parameter is the response. */
const HANDLER_PARAMETERS = /\(\s*[\w$]+\s*(?::[^,()]*)?,\s*(res|response)\s*[:,)]/g;
const SEND_CALL = new RegExp(`\\.\\s*(${[...SENDS].join('|')})\\s*\\(`, 'g');
const SENT_TEST = /\b(headersSent|writableEnded|finished)\b/;
const SEND_TEXT = /\b(res|response)\b[\s\S]{0,200}?\.\s*(json|send|sendStatus|sendFile|end|render|redirect|jsonp|download)\s*\(/;

export function collectExpressDoubleSends(context: ExtractContext): ExpressDoubleSendFact[] {
  if (!SEND_TEXT.test(context.text)) return [];
  const facts: ExpressDoubleSendFact[] = [];
  let candidates: SyntaxNode[] | undefined;
  for (const fn of functionsWithParameters(context.root, context.text, HANDLER_PARAMETERS)) {
    const response = parameterNames(fn)[1];
    if (!response || !RESPONSE_PARAMETERS.has(response)) continue;
    const body = fn.childForFieldName('body');
    if (!body) continue;
    // The calls of send methods in the file, found once through the text, in order.
    candidates ??= callsMatching(context.root, context.text, SEND_CALL).sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
    const sends = candidates.filter((call) => call.startIndex >= body.startIndex && call.endIndex <= body.endIndex && isSend(call, response) && enclosingFunction(call)?.id === fn.id);
    // Each send reports the first later send it can reach: what follows that one is the same mistake.
    const reported = new Set<number>();
    for (const [index, first] of sends.entries()) {
      const second = sends.slice(index + 1).find(
        (candidate) =>
          !harmlessAfterSend(candidate) &&
          !guardedBySentTest(candidate, fn) &&
          canReachAfter(first, candidate, fn) &&
          // A `res.headersSent` test between the two: the code checks before answering again.
          !SENT_TEST.test(context.text.slice(first.endIndex, candidate.startIndex)),
      );
      if (!second || reported.has(second.id)) continue;
      reported.add(second.id);
      facts.push({ line: lineOf(second), firstLine: lineOf(first), method: memberProperty(second.childForFieldName('function'))! });
    }
  }
  return facts;
}

/** `res.json(x)`, `res.status(404).json(x)`, `res.set(h).send(x)`; `res.render(view, callback)` hands the HTML to the callback instead. */
function isSend(call: SyntaxNode, response: string): boolean {
  const callee = unwrap(call.childForFieldName('function') ?? call);
  const method = memberProperty(callee);
  if (!method || !SENDS.has(method)) return false;
  if (method === 'render' && argumentsOf(call).some((arg) => isFunctionNode(unwrap(arg)))) return false;
  let object = memberObject(callee);
  while (object) {
    const inner = unwrap(object);
    if (inner.type === 'identifier') return inner.text === response;
    if (inner.type === 'call_expression') object = memberObject(unwrap(inner.childForFieldName('function') ?? inner));
    else return false;
  }
  return false;
}

/** A bare `res.end()` (or `res.status(x).end()`) on a finished response does nothing: Node ignores it. */
function harmlessAfterSend(send: SyntaxNode): boolean {
  return memberProperty(send.childForFieldName('function')) === 'end' && argumentsOf(send).length === 0;
}

/** The send sits under an `if` testing `res.headersSent` (or `writableEnded`/`finished`): the code knows. */
function guardedBySentTest(send: SyntaxNode, fn: SyntaxNode): boolean {
  for (let current = send.parent; current && current.id !== fn.id; current = current.parent) {
    if ((current.type === 'if_statement' || current.type === 'ternary_expression') && SENT_TEST.test(current.childForFieldName('condition')?.text ?? '')) return true;
  }
  return false;
}

/** Fills `checkFacts['express-double-sends']` of a JavaScript/TypeScript file. */
export function addExpressResponseFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  context.facts.checkFacts[EXPRESS_DOUBLE_SENDS] = collectExpressDoubleSends(context);
}
