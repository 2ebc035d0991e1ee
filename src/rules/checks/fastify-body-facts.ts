import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { argumentsOf, callsMatching, isFunctionNode, lineOf, memberProperty, parameterNames, propertyOf, stringValue, unwrap } from '../../source/node/syntax.js';

/**
 * Fastify routes declared for POST, PUT or DELETE that take no body, and the places an app makes
 * Fastify accept an empty JSON body, gathered in the parse worker for `fastify/bodyless-route-rejects-empty-json`.
 *
 * Fastify's JSON parser answers 400 FST_ERR_CTP_EMPTY_JSON_BODY to a request that says
 * `Content-Type: application/json` and carries no body (POST and PUT always; DELETE when a
 * Content-Length or Transfer-Encoding header comes along). A route without a body is exactly the
 * one clients call that way. A route counts as bodyless only when everything about it is visible:
 * a literal options object without `schema.body` (or none), and a handler written in this file
 * whose request parameter is never used for anything but reading other properties than `body`.
 */
export const FASTIFY_BODYLESS_ROUTES = 'fastify-bodyless-routes';
export const FASTIFY_EMPTY_BODY_HANDLING = 'fastify-empty-body-handling';

export interface FastifyBodylessRouteFact {
  line: number;
  method: string;
  path?: string;
}

/** Where an app changes how JSON bodies are parsed, or removes the header of empty requests. */
export interface FastifyEmptyBodyHandlingFact {
  line: number;
  how: string;
}

const METHODS = new Set(['POST', 'PUT', 'DELETE']);
const SHORTHANDS = new Set(['post', 'put', 'delete', 'route']);
/** Route hooks that usually exist to validate or rewrite the body (an authentication `preHandler` does not say the route takes one). */
const BODY_HOOKS = ['preValidation', 'preParsing'];

export function collectFastifyBodylessRoutes(context: ExtractContext): FastifyBodylessRouteFact[] {
  const routes = context.facts.routes.filter((route) => route.framework === 'fastify' && METHODS.has(route.method));
  if (routes.length === 0) return [];
  const calls = callsMatching(context.root, context.text, /\.\s*(post|put|delete|route)\s*\(/g);
  const facts: FastifyBodylessRouteFact[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const call = calls.find((candidate) => lineOf(candidate) === route.line && SHORTHANDS.has(memberProperty(candidate.childForFieldName('function')) ?? ''));
    if (!call || !route.handler) continue;
    const args = argumentsOf(call);
    const shorthand = memberProperty(call.childForFieldName('function')) !== 'route';
    // `fastify.post(url, handler)`, `fastify.post(url, options, handler)`, `fastify.route(options)`.
    const options = shorthand ? (args.length >= 3 ? args[1] : undefined) : args[0];
    if (options && !readableOptions(options)) continue;
    const handlerNode = shorthand ? args[args.length - 1] : propertyOf(options, 'handler');
    const handler = handlerFunction(context.root, handlerNode, route.handler.line);
    if (!handler || readsBody(handler)) continue;
    const key = `${route.line}\0${route.method}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ line: route.line, method: route.method, ...(route.path.value !== undefined ? { path: route.path.value } : {}) });
  }
  return facts;
}

/** A literal options object whose schema (if any) is literal and has no `body`, and no hook that may read the body. */
function readableOptions(options: SyntaxNode): boolean {
  const inner = unwrap(options);
  if (inner.type !== 'object' || inner.namedChildren.some((child) => child?.type === 'spread_element')) return false;
  if (BODY_HOOKS.some((hook) => propertyOf(inner, hook) !== undefined)) return false;
  const schema = propertyOf(inner, 'schema');
  if (!schema) return true;
  const literal = unwrap(schema);
  return literal.type === 'object' && !literal.namedChildren.some((child) => child?.type === 'spread_element') && propertyOf(literal, 'body') === undefined;
}

/** The handler as a function node: inline, or the function of this file the route fact points at. */
function handlerFunction(root: SyntaxNode, node: SyntaxNode | undefined, line: number): SyntaxNode | undefined {
  if (!node) return undefined;
  const inner = node.type === 'method_definition' ? node : unwrap(node);
  if (isFunctionNode(inner) || inner.type === 'method_definition') return inner;
  if (inner.type !== 'identifier') return undefined;
  for (const candidate of root.descendantsOfType(['function_declaration', 'arrow_function', 'function_expression'])) {
    if (!candidate || lineOf(candidate) !== line) continue;
    const name = candidate.childForFieldName('name')?.text ?? (candidate.parent?.type === 'variable_declarator' ? candidate.parent.childForFieldName('name')?.text : undefined);
    if (name === inner.text) return candidate;
  }
  return undefined;
}

/**
 * Whether the handler may read the body: it destructures its request parameter, or uses it for
 * anything but reading a property other than `body` (`request.params.id` is fine; passing
 * `request` on, or `request.body`, counts as reading it).
 */
function readsBody(handler: SyntaxNode): boolean {
  const parameters = handler.childForFieldName('parameters');
  const first = parameters?.namedChildren.find((child) => child !== null && child.type !== 'comment');
  if (!first) return false;
  const pattern = first.type === 'required_parameter' || first.type === 'optional_parameter' ? first.childForFieldName('pattern') : first;
  if (pattern?.type === 'object_pattern') return /\bbody\b/.test(pattern.text) || pattern.namedChildren.some((child) => child?.type === 'rest_pattern');
  const request = parameterNames(handler)[0];
  if (!request) return true;
  const body = handler.childForFieldName('body');
  if (!body) return false;
  for (const reference of body.descendantsOfType('identifier')) {
    if (!reference || reference.text !== request) continue;
    const member = reference.parent;
    if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== reference.id) return true;
    if (memberProperty(member) === 'body') return true;
  }
  return false;
}

/**
 * `addContentTypeParser('application/json' | '*' | /json/ | [...])`, `removeContentTypeParser`,
 * `removeAllContentTypeParsers()`, NestJS's `useBodyParser`, and `onRequest`/`preParsing` hooks
 * that look at the content type or length (the usual way to drop the header of empty requests).
 */
export function collectEmptyBodyHandling(context: ExtractContext): FastifyEmptyBodyHandlingFact[] {
  if (!/ContentTypeParser|useBodyParser|addHook/.test(context.text)) return [];
  const facts: FastifyEmptyBodyHandlingFact[] = [];
  for (const call of callsMatching(context.root, context.text, /\.\s*(addContentTypeParser|removeContentTypeParser|removeAllContentTypeParsers|useBodyParser|addHook)\s*\(/g)) {
    const method = memberProperty(call.childForFieldName('function'))!;
    const [first, ...rest] = argumentsOf(call);
    if (method === 'addHook') {
      const hook = stringValue(first);
      if ((hook === 'onRequest' || hook === 'preParsing') && rest.some((arg) => /content-(type|length)/i.test(arg.text))) facts.push({ line: lineOf(call), how: `a ${hook} hook reading the content type` });
      continue;
    }
    if (method === 'addContentTypeParser' && first && !/json|\*|\/\.\*\/|^\/.*\/$/.test(first.text)) continue;
    facts.push({ line: lineOf(call), how: `${method}()` });
  }
  return facts;
}

/** Fills `checkFacts['fastify-bodyless-routes' | 'fastify-empty-body-handling']` of a JavaScript/TypeScript file. */
export function addFastifyBodyFacts(context: ExtractContext): void {
  if (context.grammar === 'python') return;
  context.facts.checkFacts[FASTIFY_BODYLESS_ROUTES] = collectFastifyBodylessRoutes(context);
  context.facts.checkFacts[FASTIFY_EMPTY_BODY_HANDLING] = collectEmptyBodyHandling(context);
}
