import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { buildFileScope } from '../../source/node/file-scope.js';
import { argumentsOf, callsMatching, dottedName, isFunctionNode, lineOf, unwrap } from '../../source/node/syntax.js';

/**
 * Error middleware with fewer than four parameters, gathered in the parse worker: functions
 * passed to `app.use(...)` / `router.use(...)` inline, and the names passed there, with the error
 * handlers this file defines (and how it exports them) so the check can join a name used in one
 * file with a function defined in another (`app.use(errorHandler)` with `errorHandler` imported).
 *
 * An error handler is a function whose first parameter is named like an error (`err`, `error`,
 * `_err`...) or whose declared type is Express's `ErrorRequestHandler`.
 */
export const EXPRESS_ERROR_MIDDLEWARE = 'express-error-middleware';

export interface ExpressErrorMiddlewareFacts {
  /** Arguments of `.use(...)` calls: an inline short error handler, or a name to resolve. */
  uses: { line: number; name?: string; inline?: number }[];
  /** Error handlers defined in this file with fewer than four parameters. */
  handlers: { name: string; line: number; parameters: number; exportedAs: string[] }[];
}

const ERROR_PARAMETER = /^_*(err|error|e|ex|exception)$/i;

export function collectExpressErrorMiddleware(context: ExtractContext): ExpressErrorMiddlewareFacts | undefined {
  const { root, text } = context;
  const uses: ExpressErrorMiddlewareFacts['uses'] = [];
  for (const call of callsMatching(root, text, /\.\s*(use)\s*\(/g)) {
    for (const argument of argumentsOf(call).flatMap((arg) => (unwrap(arg).type === 'array' ? unwrap(arg).namedChildren : [arg]))) {
      const inner = unwrap(argument);
      if (isFunctionNode(inner)) {
        const count = parameterCount(inner);
        if (count >= 2 && count <= 3 && isErrorHandler(inner)) uses.push({ line: lineOf(inner), inline: count });
      } else {
        const name = dottedName(inner);
        if (name && inner.type !== 'this') uses.push({ line: lineOf(inner), name });
      }
    }
  }
  const handlers = shortErrorHandlers(root, text);
  if (uses.length === 0 && handlers.length === 0) return undefined;
  return { uses, handlers };
}

function parameterCount(fn: SyntaxNode): number {
  const parameters = fn.childForFieldName('parameters');
  if (!parameters) return fn.childForFieldName('parameter') ? 1 : 0;
  return parameters.namedChildren.filter((child) => child !== null && child.type !== 'comment').length;
}

/** The first parameter is named like an error, or the function is typed `ErrorRequestHandler`. */
function isErrorHandler(fn: SyntaxNode, declaredType?: string): boolean {
  if (declaredType && /\bErrorRequestHandler\b/.test(declaredType)) return true;
  const first = fn.childForFieldName('parameters')?.namedChildren.find((child) => child !== null && child.type !== 'comment');
  const pattern = first?.type === 'required_parameter' || first?.type === 'optional_parameter' ? first.childForFieldName('pattern') : first;
  return pattern?.type === 'identifier' && ERROR_PARAMETER.test(pattern.text);
}

/**
 * Parameter lists of error middleware (`(err, req, res)`, `function (error: Error, request, ...`),
 * or the handler type: Node-style callbacks (`(err, data) =>`) are not looked at.
 */
const ERROR_FIRST = /\(\s*(_*(?:err|error|e|ex|exception))\s*(?::[^,()]*)?,\s*_*(?:req|request)\b|\b(ErrorRequestHandler)\b/gi;

/** Named functions of this file that are error handlers with two or three parameters, with their export names. */
function shortErrorHandlers(root: SyntaxNode, text: string): ExpressErrorMiddlewareFacts['handlers'] {
  const candidates = new Map<number, SyntaxNode>();
  for (const match of text.matchAll(ERROR_FIRST)) {
    const name = match[1] ?? match[2]!;
    let node: SyntaxNode | null = root.descendantForIndex(match.index + match[0].indexOf(name));
    // The function around the parameter, or the one a `const h: ErrorRequestHandler = ...` declares.
    while (node && !isFunctionNode(node) && node.type !== 'variable_declarator' && node.type !== 'program') node = node.parent;
    const fn = node?.type === 'variable_declarator' ? node.childForFieldName('value') : node;
    if (fn && isFunctionNode(unwrap(fn))) candidates.set(unwrap(fn).id, unwrap(fn));
  }
  const found: { name: string; node: SyntaxNode }[] = [];
  for (const fn of candidates.values()) {
    const count = parameterCount(fn);
    if (count < 2 || count > 3) continue;
    const name = nameOf(fn);
    if (!name) continue;
    const declarator = fn.parent?.type === 'variable_declarator' ? fn.parent : undefined;
    if (isErrorHandler(fn, declarator?.childForFieldName('type')?.text)) found.push({ name, node: fn });
  }
  if (found.length === 0) return [];
  const scope = buildFileScope(root, text);
  return found.map(({ name, node }) => ({
    name,
    line: lineOf(node),
    parameters: parameterCount(node),
    exportedAs: [...(scope.exports.get(name) ?? []), ...(scope.anonymousDefault?.id === node.id ? ['default'] : [])],
  }));
}

/**
 * `function errorHandler(...)`, `const errorHandler = (...) => ...`, `module.exports = function errorHandler(...)`;
 * 'default' for an anonymous `export default (err, req, res) => ...` / `module.exports = (...) => ...`.
 */
function nameOf(fn: SyntaxNode): string | undefined {
  const own = fn.childForFieldName('name')?.text;
  if (own) return own;
  const parent = fn.parent;
  if (parent?.type === 'variable_declarator' && parent.childForFieldName('name')?.type === 'identifier') return parent.childForFieldName('name')!.text;
  if (parent?.type === 'export_statement') return 'default';
  if (parent?.type === 'assignment_expression' && dottedName(parent.childForFieldName('left')) === 'module.exports') return 'default';
  return undefined;
}

/** Fills `checkFacts['express-error-middleware']` of a JavaScript/TypeScript file. */
export function addExpressMiddlewareFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  const facts = collectExpressErrorMiddleware(context);
  if (facts) context.facts.checkFacts[EXPRESS_ERROR_MIDDLEWARE] = [facts];
}
