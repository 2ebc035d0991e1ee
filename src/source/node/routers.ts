import type { SyntaxNode } from '../syntax-tree.js';
import type { MountFact, PathExpression, RouterFact } from '../facts.js';
import { calleeModule, refersTo, requiredModule, type FileScope } from './file-scope.js';
import {
  frameworkOfHandler,
  EXPRESS_MODULES,
  FASTIFY_MODULES,
  FASTIFY_PLUGIN_MODULES,
  HONO_MODULES,
  KOA_MODULES,
  KOA_ROUTER_MODULES,
  ROUTE_METHODS,
  type NodeFramework,
} from './frameworks.js';
import { pathExpression } from './path-expression.js';
import { argumentsOf, calleeOf, callsMatching, callsWithFirstArgument, dottedName, firstParameterType, isAsync, isFunctionNode, lineOf, memberObject, memberProperty, namesPattern, parameterNames, propertyOf, unwrap } from './syntax.js';

/**
 * Finds the app and router objects of a file: objects created by a framework constructor
 * (`express()`, `express.Router()`, `Fastify()`, `new Hono()`, `new Koa()`, `new Router()`), and
 * registration functions (Fastify plugins, `module.exports = (app) => {...}` route modules) whose
 * first parameter stands for a router that the caller passes in.
 */

export interface RouterObject {
  fact: RouterFact;
  framework: NodeFramework;
  /** The call chain it is created by, when routes are chained on the constructor (`new Hono().get(...)`). */
  chain?: SyntaxNode;
}

/** A function whose first parameter is a router handed in by whoever registers it. */
export interface Registrar {
  /** The name routes inside it use as owner, and its RouterFact's name. */
  name: string;
  parameter: string;
  framework: NodeFramework;
  node: SyntaxNode;
}

export interface FileRouters {
  /** Routers created in this file, by local name. */
  objects: Map<string, RouterObject>;
  /** Registration functions, by function node id. */
  registrars: Map<number, Registrar>;
  /** Mounts implied by creation, e.g. `const v1 = app.basePath('/v1')`. */
  mounts: MountFact[];
}

export function findRouters(scope: FileScope, frameworks: Set<NodeFramework>): FileRouters {
  const found: FileRouters = { objects: new Map(), registrars: new Map(), mounts: [] };
  // Every router constructor is a name imported from a framework module.
  if (frameworks.size > 0) findClassRouters(scope, found);
  const declarators = frameworks.size > 0 ? scope.nodes.declarators : [];
  for (const declarator of declarators) {
    const name = declarator.childForFieldName('name');
    const value = declarator.childForFieldName('value');
    if (name?.type !== 'identifier' || !value) continue;
    const aliased = classRouterOf(value, found.objects);
    if (aliased) {
      addAlias(scope, found, name.text, aliased, lineOf(declarator));
      continue;
    }
    const created = routerCreation(unwrap(value.type === 'await_expression' ? (value.namedChildren[0] ?? value) : value), scope, found.objects);
    if (!created) continue;
    const kind = created.framework === 'hono' && !created.parent ? honoKind(name.text) : created.kind;
    const fact: RouterFact = { name: name.text, line: lineOf(declarator), kind, framework: created.framework };
    if (created.prefix) fact.prefix = created.prefix;
    markExported(fact, scope);
    const chain = creationChain(value);
    found.objects.set(name.text, { fact, framework: created.framework, ...(chain ? { chain } : {}) });
    if (created.parent) found.mounts.push({ parent: created.parent, child: name.text, line: lineOf(declarator), framework: created.framework });
  }
  const anonymous = anonymousDefaultRouter(scope, found.objects);
  if (anonymous) found.objects.set('default', anonymous);
  const defaultAlias = scope.anonymousDefault && !found.objects.has('default') ? classRouterOf(scope.anonymousDefault, found.objects) : undefined;
  if (defaultAlias) addAlias(scope, found, 'default', defaultAlias, lineOf(scope.anonymousDefault!));
  findRegistrars(scope, frameworks, found);
  return found;
}

/**
 * Routers held by a class: `class UserRoutes { router = Router(); ... this.router.get(...) }` or
 * `this.router = express.Router()` in a method, named `UserRoutes.router`.
 */
function findClassRouters(scope: FileScope, found: FileRouters): void {
  if (!scope.text.includes('class')) return;
  for (const declaration of scope.nodes.classes) {
    const className = declaration.childForFieldName('name')?.text;
    const body = declaration.childForFieldName('body');
    if (!className || !body) continue;
    const held: { property: string; value: SyntaxNode; at: SyntaxNode }[] = [];
    for (const member of body.namedChildren) {
      if (member?.type !== 'public_field_definition' && member?.type !== 'field_definition') continue;
      const property = (member.childForFieldName('name') ?? member.childForFieldName('property'))?.text;
      const value = member.childForFieldName('value');
      if (property && value) held.push({ property, value, at: member });
    }
    if (body.text.includes('this')) {
      for (const assignment of body.descendantsOfType('assignment_expression')) {
        const left = assignment?.childForFieldName('left');
        const right = assignment?.childForFieldName('right');
        const property = left?.type === 'member_expression' && memberObject(left)?.type === 'this' ? memberProperty(left) : undefined;
        if (property && right) held.push({ property, value: right, at: assignment! });
      }
    }
    for (const { property, value, at } of held) {
      const name = `${className}.${property}`;
      if (found.objects.has(name)) continue;
      const created = routerCreation(unwrap(value), scope, found.objects);
      if (!created || created.parent) continue;
      const fact: RouterFact = { name, line: lineOf(at), kind: created.kind, framework: created.framework };
      if (created.prefix) fact.prefix = created.prefix;
      found.objects.set(name, { fact, framework: created.framework });
    }
  }
}

/** `new UserRoutes().router` where `UserRoutes.router` is a class router of this file. */
export function classRouterOf(value: SyntaxNode, objects: Map<string, RouterObject>): string | undefined {
  const inner = unwrap(value);
  if (inner.type !== 'member_expression') return undefined;
  const object = memberObject(inner);
  const created = object ? unwrap(object) : undefined;
  const className = created?.type === 'new_expression' ? dottedName(calleeOf(created)) : undefined;
  const name = className ? `${className}.${memberProperty(inner)}` : undefined;
  return name && objects.has(name) ? name : undefined;
}

/** `export default new UserRoutes().router`: a router named for the export, standing for the class router. */
function addAlias(scope: FileScope, found: FileRouters, name: string, target: string, line: number): void {
  const held = found.objects.get(target)!;
  const fact: RouterFact = { name, line, kind: held.fact.kind, framework: held.framework };
  if (name === 'default') {
    fact.exported = true;
    fact.exportedAs = ['default'];
  } else {
    markExported(fact, scope);
  }
  found.objects.set(name, { fact, framework: held.framework });
  found.mounts.push({ parent: name, child: target, line, framework: held.framework });
}

export function markExported(fact: RouterFact, scope: FileScope): void {
  const names = scope.exports.get(fact.name);
  if (names) {
    fact.exported = true;
    fact.exportedAs = [...names];
  }
}

interface Creation {
  framework: NodeFramework;
  kind: 'app' | 'router';
  prefix?: PathExpression;
  /** For `x.basePath('/v1')` on an existing Hono app: the app it shares routes with. */
  parent?: string;
}

function routerCreation(value: SyntaxNode, scope: FileScope, known: Map<string, RouterObject>): Creation | undefined {
  if (value.type !== 'call_expression' && value.type !== 'new_expression') return undefined;
  const callee = calleeOf(value);
  if (!callee) return undefined;
  const args = argumentsOf(value);
  const inner = unwrap(callee);
  const receiver = memberObject(inner);
  if (inner.type === 'member_expression' && !receiver) return undefined; // broken code

  // Express: express(), require('express')(), express.Router(), Router(), new express.Router().
  if (refersTo(scope, inner, EXPRESS_MODULES, ['default', '*']) || calleeModule(value) === 'express') return { framework: 'express', kind: 'app' };
  if (refersTo(scope, inner, EXPRESS_MODULES, ['Router'])) return { framework: 'express', kind: 'router' };
  if (inner.type === 'member_expression' && memberProperty(inner) === 'Router' && requiredModule(unwrap(receiver!)) === 'express') {
    return { framework: 'express', kind: 'router' };
  }

  // Fastify: Fastify(), fastify(), require('fastify')(), require('fastify').fastify().
  if (refersTo(scope, inner, FASTIFY_MODULES, ['default', '*', 'fastify']) || calleeModule(value) === 'fastify') return { framework: 'fastify', kind: 'app' };

  // Koa: new Koa(), new Router({ prefix }).
  if (refersTo(scope, inner, KOA_MODULES, ['default', '*'])) return { framework: 'koa', kind: 'app' };
  if (refersTo(scope, inner, KOA_ROUTER_MODULES, ['default', '*', 'Router']) || KOA_ROUTER_MODULES.includes(calleeModule(value) as (typeof KOA_ROUTER_MODULES)[number])) {
    const prefix = propertyOf(args[0], 'prefix');
    return { framework: 'koa', kind: 'router', ...(prefix ? { prefix: pathExpression(prefix, scope) } : {}) };
  }

  // Hono: new Hono(), new Hono().basePath('/api'), app.basePath('/v1').
  if (value.type === 'new_expression' && refersTo(scope, inner, HONO_MODULES, ['Hono', 'OpenAPIHono'])) return { framework: 'hono', kind: 'router' };
  if (value.type === 'call_expression' && memberProperty(inner) === 'basePath' && args[0]) {
    const object = unwrap(receiver!);
    const prefix = pathExpression(args[0], scope);
    if (object.type === 'identifier' && known.get(object.text)?.framework === 'hono') return { framework: 'hono', kind: 'router', prefix, parent: object.text };
    const base = routerCreation(object, scope, known);
    if (base?.framework === 'hono' && !base.parent) return { ...base, prefix: joinPrefixes(base.prefix, prefix) };
  }
  // Koa: `new Router().prefix('/api')`.
  if (value.type === 'call_expression' && memberProperty(inner) === 'prefix' && args[0]) {
    const base = routerCreation(unwrap(receiver!), scope, known);
    if (base?.framework === 'koa' && base.kind === 'router') return { ...base, prefix: pathExpression(args[0], scope) };
  }
  // Hono's chained style (kept for RPC types): `new Hono().basePath('/api').get('/x', h).route('/y', y)`.
  const property = value.type === 'call_expression' ? memberProperty(inner) : undefined;
  if (property && property !== 'basePath' && (property in ROUTE_METHODS.hono || property === 'on' || property === 'route' || property === 'use')) {
    const base = routerCreation(unwrap(receiver!), scope, known);
    if (base?.framework === 'hono' && !base.parent) return base;
  }
  return undefined;
}

/** `export default new Hono().get(...)`: an anonymous default router, named 'default'. */
export function anonymousDefaultRouter(scope: FileScope, known: Map<string, RouterObject>): RouterObject | undefined {
  const value = scope.anonymousDefault;
  if (!value || known.has('default')) return undefined;
  const created = routerCreation(unwrap(value), scope, known);
  if (!created || created.parent) return undefined;
  const fact: RouterFact = { name: 'default', line: lineOf(value), kind: created.kind, framework: created.framework, exported: true, exportedAs: ['default'] };
  if (created.prefix) fact.prefix = created.prefix;
  const chain = creationChain(value);
  return { fact, framework: created.framework, ...(chain ? { chain } : {}) };
}

/** `new Hono().get(...)`: the constructor chain itself, whose links declare routes. */
function creationChain(value: SyntaxNode): SyntaxNode | undefined {
  const inner = unwrap(value.type === 'await_expression' ? (value.namedChildren[0] ?? value) : value);
  return inner.type === 'call_expression' && memberProperty(calleeOf(inner)) ? inner : undefined;
}

function joinPrefixes(first: PathExpression | undefined, second: PathExpression): PathExpression {
  if (!first) return second;
  if (first.value !== undefined && second.value !== undefined) return { value: `${first.value.replace(/\/$/, '')}${second.value}` };
  return { text: `${first.value ?? first.reference ?? first.text}${second.value ?? second.reference ?? second.text}` };
}

/** Hono instances are all alike; an instance named like an app is taken as one (the composer treats any unmounted router as a root). */
export function honoKind(name: string): 'app' | 'router' {
  return /^(app|server|api)$|App$/.test(name) ? 'app' : 'router';
}

// ---------------------------------------------------------------------------------------------
// Registration functions

const FASTIFY_TYPES = /^(FastifyInstance|FastifyPluginAsync|FastifyPluginCallback|FastifyPlugin)\b/;
const REGISTRAR_PARAMETERS = /^(fastify|app|router|server|instance|api)$/;

function findRegistrars(scope: FileScope, frameworks: Set<NodeFramework>, found: FileRouters): void {
  const usesFastify = frameworks.has('fastify');
  const candidates: { fn: SyntaxNode; name: string; exportedAs?: string[]; framework?: NodeFramework }[] = [];

  // `export default fp(async (fastify) => {...})`, `module.exports = async function (fastify) {...}`.
  const anonymous = scope.anonymousDefault ? pluginFunctionOf(scope.anonymousDefault, scope) : undefined;
  if (anonymous) {
    const named = anonymous.childForFieldName('name')?.text;
    if (anonymous.type === 'identifier') {
      // `module.exports = fp(plugin)`: the named function is the default export.
      const names = scope.exports.get(anonymous.text) ?? [];
      if (!names.includes('default')) scope.exports.set(anonymous.text, [...names, 'default']);
    } else if (!named || !scope.functions.has(named)) {
      candidates.push({ fn: anonymous, name: 'default', exportedAs: ['default'] });
    }
  }
  // Inline plugins: `fastify.register(async (instance) => {...}, { prefix })`; and the names registered.
  const registered = new Set<string>();
  if (scope.text.includes('register')) {
    for (const call of callsMatching(scope.root, scope.text, /\.\s*(register)\s*\(/g)) {
      const first = argumentsOf(call)[0];
      if (first && unwrap(first).type === 'identifier') registered.add(unwrap(first).text);
      const fn = first ? pluginFunctionOf(first, scope) : undefined;
      if (fn && isFunctionNode(fn) && !fn.childForFieldName('name')) {
        const parameter = parameterNames(fn)[0];
        if (parameter) candidates.push({ fn, name: `plugin@${lineOf(fn)}`, framework: 'fastify' });
      }
    }
  }
  // `function routes(app) {...}` called in this file as `routes(app)` with a router created here.
  if (found.objects.size > 0) {
    const pattern = new RegExp(`\\(\\s*(${namesPattern(found.objects.keys())})\\s*[,)]`, 'g');
    for (const call of callsWithFirstArgument(scope.root, scope.text, pattern)) {
      const callee = calleeOf(call);
      if (callee?.type === 'identifier' && scope.functions.has(callee.text)) registered.add(callee.text);
    }
  }
  // Named functions that are exported, registered or typed as plugins: `function plugin(fastify) {}`,
  // `const plugin = async (fastify) => {}`, `const plugin: FastifyPluginAsync = ...`.
  for (const [name, fn] of scope.functions) {
    const declarator = fn.parent?.type === 'variable_declarator' ? fn.parent : undefined;
    const typed = declarator?.childForFieldName('type')?.namedChildren[0]?.text;
    const framework = typed && FASTIFY_TYPES.test(typed) ? 'fastify' : undefined;
    if (!framework && !registered.has(name) && !scope.exports.has(name) && !FASTIFY_TYPES.test(firstParameterType(fn) ?? '')) continue;
    candidates.push({ fn, name, ...(framework ? { framework } : {}) });
  }
  // `const plugin = fp(async (fastify) => {...})`.
  for (const [name, value] of scope.modules.has('fastify-plugin') ? scope.constants : []) {
    const inner = unwrap(value);
    if (inner.type !== 'call_expression' || !refersTo(scope, calleeOf(inner), FASTIFY_PLUGIN_MODULES, ['default', '*', 'fastifyPlugin'])) continue;
    const fn = argumentsOf(inner)[0];
    if (fn && isFunctionNode(unwrap(fn))) candidates.push({ fn: unwrap(fn), name, framework: 'fastify' });
  }

  for (const candidate of candidates) {
    if (found.registrars.has(candidate.fn.id)) continue;
    const parameter = parameterNames(candidate.fn)[0];
    if (!parameter) continue;
    const exportedAs = candidate.exportedAs ?? scope.exports.get(candidate.name);
    const typedFastify = FASTIFY_TYPES.test(firstParameterType(candidate.fn) ?? '');
    const framework: NodeFramework | undefined =
      candidate.framework ??
      (typedFastify || (usesFastify && parameter === 'fastify') ? 'fastify' : registrarFramework(candidate.fn, parameter, frameworks, exportedAs !== undefined, registered.has(candidate.name)));
    if (!framework) continue;
    // Only functions that actually declare or mount routes on their parameter count.
    if (!declaresRoutesOn(candidate.fn, parameter, framework, frameworks.size === 0)) continue;
    const fact: RouterFact = { name: candidate.name, line: lineOf(candidate.fn), kind: 'router', framework };
    if (exportedAs) {
      fact.exported = true;
      fact.exportedAs = [...exportedAs];
    }
    found.registrars.set(candidate.fn.id, { name: candidate.name, parameter, framework, node: candidate.fn });
    found.objects.set(candidate.name, { fact, framework });
  }
}

/**
 * An exported `(app) => {...}` route module, or a function this file calls with its router; its
 * framework is the one the file imports, Express by default for modules that import none.
 */
function registrarFramework(fn: SyntaxNode, parameter: string, frameworks: Set<NodeFramework>, exported: boolean, calledWithRouter: boolean): NodeFramework | undefined {
  if (frameworks.has('fastify')) return 'fastify';
  if (calledWithRouter && frameworks.size === 1) return [...frameworks][0];
  if (!exported || !REGISTRAR_PARAMETERS.test(parameter)) return undefined;
  if (parameter === 'fastify') return 'fastify';
  if (frameworks.size === 1) return [...frameworks][0];
  return frameworks.size === 0 ? guessedFramework(fn, parameter) : undefined;
}

/**
 * A route module that imports no framework: Fastify plugins are `async function (app, opts)`;
 * otherwise the first handler's parameters tell ((req, res), (ctx), (c)), and Express is the default.
 */
function guessedFramework(fn: SyntaxNode, parameter: string): NodeFramework {
  const second = parameterNames(fn)[1];
  if (isAsync(fn) || (second !== undefined && /^_?(opts|options|pluginOptions)$/.test(second))) return 'fastify';
  for (const call of fn.childForFieldName('body')?.descendantsOfType('call_expression') ?? []) {
    const callee = call ? calleeOf(call) : null;
    if (memberObject(callee)?.text !== parameter) continue;
    const args = argumentsOf(call!);
    const last = args[args.length - 1];
    const framework = last && isFunctionNode(unwrap(last)) ? frameworkOfHandler(parameterNames(unwrap(last))) : undefined;
    if (framework) return framework;
  }
  return 'express';
}

/** The plugin function of `fn`, `fp(fn)`, `fp(fn, opts)`, or the identifier in `fp(name)`. */
function pluginFunctionOf(node: SyntaxNode, scope: FileScope): SyntaxNode | undefined {
  const inner = unwrap(node);
  if (isFunctionNode(inner)) return inner;
  if (inner.type === 'call_expression' && refersTo(scope, calleeOf(inner), FASTIFY_PLUGIN_MODULES, ['default', '*', 'fastifyPlugin'])) {
    const first = argumentsOf(inner)[0];
    if (!first) return undefined;
    const wrapped = unwrap(first);
    return isFunctionNode(wrapped) || wrapped.type === 'identifier' ? wrapped : undefined;
  }
  return undefined;
}

const REGISTRAR_CALLS = new Set(['route', 'register', 'use', 'on']);

/**
 * Whether `fn` declares routes (or mounts routers) on its parameter. In a file that imports no
 * framework only route declarations count: `module.exports = (app) => { app.use(proxy(...)) }` is
 * a dev-server hook (Create React App's setupProxy.js), not a route module.
 */
function declaresRoutesOn(fn: SyntaxNode, parameter: string, framework: NodeFramework, routesOnly: boolean): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  for (const call of body.descendantsOfType('call_expression')) {
    const callee = call ? calleeOf(call) : null;
    const property = memberProperty(callee);
    if (!property) continue;
    let object = memberObject(callee);
    while (object && unwrap(object).type === 'call_expression') object = memberObject(calleeOf(unwrap(object)));
    if (object?.type !== 'identifier' || object.text !== parameter) continue;
    if (property in ROUTE_METHODS[framework] || (!routesOnly && REGISTRAR_CALLS.has(property))) return true;
  }
  return false;
}
