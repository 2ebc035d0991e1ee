import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, PathExpression, RouteFact, RouterFact } from '../facts.js';
import { importedFrameworks, type ModuleImport, type PythonWebFramework } from './module-imports.js';
import {
  callArguments,
  calleeName,
  decoratedTarget,
  dottedName,
  lastName,
  lineOf,
  pathExpression,
  stringList,
  stringValue,
} from './syntax.js';

/**
 * Routes, routers and mounts of Flask (and Flask-RESTful), FastAPI, aiohttp and django-ninja,
 * declared with decorators or registration calls. Django URLconfs are read by django-urls.ts.
 * Methods that only the handler can tell (class-based views) are emitted as `ANY`; the composer
 * refines them from view facts. See conventions.ts for the shape of each fact.
 */

const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace']);

interface RouterConstructor {
  framework: PythonWebFramework;
  kind: 'app' | 'router';
  prefixKeyword?: string;
  /** Only counts when the file imports this framework (for generic names like `Router`). */
  needsImport?: boolean;
  /** Flask-RESTful `Api(app)`: the object given first is the app it registers on. */
  mountsOnArgument?: boolean;
}

const ROUTER_CONSTRUCTORS: Record<string, RouterConstructor> = {
  Flask: { framework: 'flask', kind: 'app' },
  Blueprint: { framework: 'flask', kind: 'router', prefixKeyword: 'url_prefix' },
  FastAPI: { framework: 'fastapi', kind: 'app' },
  APIRouter: { framework: 'fastapi', kind: 'router', prefixKeyword: 'prefix' },
  Application: { framework: 'aiohttp', kind: 'app', needsImport: true },
  RouteTableDef: { framework: 'aiohttp', kind: 'router' },
  NinjaAPI: { framework: 'django-ninja', kind: 'app' },
  Router: { framework: 'django-ninja', kind: 'router', needsImport: true },
  Api: { framework: 'flask', kind: 'router', prefixKeyword: 'prefix', needsImport: true, mountsOnArgument: true },
};

export interface RouteContext {
  facts: FileFacts;
  imports: ModuleImport[];
  /** Routers created in this file, by local name. */
  routers: Map<string, RouterFact>;
  frameworks: Set<PythonWebFramework>;
  /** True once a function was found registering routes on a parameter (see registrarOwner). */
  hasRegistrars: boolean;
}

export function createRouteContext(facts: FileFacts, imports: ModuleImport[]): RouteContext {
  return { facts, imports, routers: new Map(), frameworks: importedFrameworks(imports), hasRegistrars: false };
}

/** The framework a route on `owner` belongs to: the owner's own, else what the file imports. */
function frameworkFor(context: RouteContext, owner: string): string {
  const router = context.routers.get(owner);
  if (router) return router.framework;
  return fileFramework(context);
}

function fileFramework(context: RouteContext): string {
  for (const framework of ['fastapi', 'flask', 'aiohttp', 'django-ninja'] as const) {
    if (context.frameworks.has(framework)) return framework;
  }
  return 'python';
}

/**
 * Routes registered on a parameter (`def setup_routes(app): app.router.add_get(...)`, Flask
 * `def register(app): @app.route(...)`) belong to whatever the caller passes in. Like the Node
 * extractor, the owner is renamed to the function, which becomes a router other files can import;
 * the call `setup_routes(app)` is then a mount (see extractRegistrationCalls).
 */
function registrarOwner(context: RouteContext, node: SyntaxNode, owner: string): string {
  if (owner.includes('.')) return owner;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'function_definition') continue;
    const parameters = current.childForFieldName('parameters');
    if (!parameters || !parameters.namedChildren.some((parameter) => parameterName(parameter) === owner)) continue;
    const name = current.childForFieldName('name')?.text;
    if (!name) return owner;
    if (!context.routers.has(name)) {
      const router: RouterFact = { name, line: lineOf(current), kind: 'router', framework: fileFramework(context), exported: current.parent?.type === 'module' };
      context.routers.set(name, router);
      context.facts.routers.push(router);
      context.hasRegistrars = true;
    }
    return name;
  }
  return owner;
}

function parameterName(parameter: SyntaxNode): string | undefined {
  if (parameter.type === 'identifier') return parameter.text;
  const name = parameter.childForFieldName('name');
  if (name?.type === 'identifier') return name.text;
  return parameter.namedChildren.find((child) => child.type === 'identifier')?.text;
}

export function extractRouters(root: SyntaxNode, context: RouteContext): void {
  for (const node of root.descendantsOfType('assignment')) {
    const value = node.childForFieldName('right');
    if (value?.type !== 'call') continue;
    const constructorName = lastName(value);
    const constructor = constructorName ? ROUTER_CONSTRUCTORS[constructorName] : undefined;
    if (!constructor) continue;
    const target = dottedName(node.childForFieldName('left'));
    if (!target) continue;
    if (constructor.needsImport && !context.frameworks.has(constructor.framework)) continue;
    const args = callArguments(value);
    const prefixNode = constructor.prefixKeyword ? args.keywords.get(constructor.prefixKeyword) : undefined;
    const router: RouterFact = {
      name: target,
      line: lineOf(node),
      kind: constructor.kind,
      framework: constructor.framework,
      ...(prefixNode ? { prefix: pathExpression(prefixNode) } : {}),
      exported: isModuleLevel(node),
    };
    context.routers.set(target, router);
    context.facts.routers.push(router);
    const parent = constructor.mountsOnArgument ? dottedName(args.positional[0] ?? args.keywords.get('app')) : undefined;
    if (parent) context.facts.mounts.push({ parent, child: target, line: lineOf(node), framework: constructor.framework });
  }
}

function isModuleLevel(node: SyntaxNode): boolean {
  return node.parent?.type === 'expression_statement' && node.parent.parent?.type === 'module';
}

function methodsFrom(node: SyntaxNode | undefined, fallback: string[]): string[] {
  const list = stringList(node);
  return (list ?? fallback).map((method) => method.toUpperCase());
}

function pushRoutes(context: RouteContext, methods: string[], path: PathExpression, owner: string, line: number, handler: RouteFact['handler'], framework?: string): void {
  for (const method of methods) {
    context.facts.routes.push({
      method,
      path,
      owner,
      line,
      ...(handler ? { handler } : {}),
      framework: framework ?? frameworkFor(context, owner),
    });
  }
}

/** `@app.route(...)`, `@router.get(...)`, `@routes.view(...)`, `@api.api_operation(...)`. */
export function extractDecoratorRoutes(root: SyntaxNode, context: RouteContext): void {
  for (const decorated of root.descendantsOfType('decorated_definition')) {
    const target = decoratedTarget(decorated);
    if (!target) continue;
    for (const decorator of decorated.namedChildren.filter((child) => child.type === 'decorator')) {
      const call = decorator.namedChildren[0];
      if (call?.type !== 'call') continue;
      const callee = call.childForFieldName('function');
      if (callee?.type !== 'attribute') continue;
      const written = dottedName(callee.childForFieldName('object'));
      const verb = callee.childForFieldName('attribute')?.text;
      if (!written || !verb) continue;
      const owner = registrarOwner(context, decorator, written);
      const route = decoratorRoute(context, owner, verb, call);
      if (!route) continue;
      const handler = { ...(target.name ? { name: target.name } : {}), line: target.line, async: target.async };
      pushRoutes(context, route.methods, route.path, owner, lineOf(decorator), handler);
    }
  }
}

/**
 * A router made in this file always owns its routes. Any other owner (a blueprint imported from the
 * package: `from . import bp`) needs a literal path that looks like one, so `@cache.get("key")` is
 * not a route; a computed path counts only where the file imports a web framework.
 */
function looksLikeRouteOwner(context: RouteContext, owner: string, pathNode: SyntaxNode | undefined): boolean {
  if (context.routers.has(owner)) return true;
  const value = stringValue(pathNode);
  if (value === undefined) return context.frameworks.size > 0;
  return value.startsWith('/') || value === '';
}

function decoratorRoute(context: RouteContext, owner: string, verb: string, call: SyntaxNode): { methods: string[]; path: PathExpression } | undefined {
  const args = callArguments(call);
  const framework = frameworkFor(context, owner);
  const first = args.positional[0];
  if (HTTP_VERBS.has(verb)) {
    const pathNode = first ?? args.keywords.get('path') ?? args.keywords.get('rule');
    if (!pathNode || !looksLikeRouteOwner(context, owner, pathNode)) return undefined;
    return { methods: [verb.toUpperCase()], path: pathExpression(pathNode) };
  }
  if (verb === 'route') {
    if (framework === 'aiohttp' && args.positional.length >= 2) {
      return { methods: methodsOrAny(args.positional[0]), path: pathExpression(args.positional[1]) };
    }
    const pathNode = first ?? args.keywords.get('rule');
    if (!pathNode || !looksLikeRouteOwner(context, owner, pathNode)) return undefined;
    return { methods: methodsFrom(args.keywords.get('methods'), ['GET']), path: pathExpression(pathNode) };
  }
  if (verb === 'api_route') {
    const pathNode = first ?? args.keywords.get('path');
    if (!pathNode) return undefined;
    return { methods: methodsFrom(args.keywords.get('methods'), ['GET']), path: pathExpression(pathNode) };
  }
  if (verb === 'view' && framework === 'aiohttp') {
    if (!first) return undefined;
    return { methods: ['ANY'], path: pathExpression(first) };
  }
  if (verb === 'api_operation' && args.positional.length >= 2) {
    return { methods: methodsFrom(args.positional[0], ['GET']), path: pathExpression(args.positional[1]) };
  }
  return undefined;
}

function methodsOrAny(node: SyntaxNode | undefined): string[] {
  const value = stringValue(node);
  if (value === undefined || value === '*') return ['ANY'];
  return [value.toUpperCase()];
}

/** The handler of a registration call: a function name, or the class of `View.as_view()`. */
function handlerFrom(node: SyntaxNode | undefined, line: number): { handler?: RouteFact['handler']; classView: boolean } {
  if (!node) return { classView: false };
  if (node.type === 'call') {
    const callee = calleeName(node);
    if (callee?.endsWith('.as_view')) return { handler: { name: callee.slice(0, -'.as_view'.length), line }, classView: true };
    return { classView: false };
  }
  const name = dottedName(node);
  return name ? { handler: { name, line }, classView: false } : { classView: false };
}

const AIOHTTP_ADDERS: Record<string, string> = {
  add_get: 'GET',
  add_post: 'POST',
  add_put: 'PUT',
  add_patch: 'PATCH',
  add_delete: 'DELETE',
  add_head: 'HEAD',
};

const REGISTRATION_VERBS = new Set([
  'add_url_rule',
  'add_resource',
  'init_app',
  'register_blueprint',
  'include_router',
  'add_api_route',
  'mount',
  'add_route',
  'add_view',
  ...Object.keys(AIOHTTP_ADDERS),
  'add_routes',
  'add_subapp',
  'add_router',
]);

/** Registration calls: add_url_rule, register_blueprint, include_router, add_api_route, aiohttp's router.add_*, add_routes, add_subapp, ninja add_router. */
export function extractCallRoutes(root: SyntaxNode, context: RouteContext): void {
  for (const call of root.descendantsOfType('call')) {
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'attribute') continue;
    // Cheap test first: most calls of a file are not registrations.
    const verb = callee.childForFieldName('attribute')?.text;
    if (!verb || !REGISTRATION_VERBS.has(verb)) continue;
    const objectName = dottedName(callee.childForFieldName('object'));
    if (!objectName) continue;
    if (call.parent?.type === 'decorator') continue;
    const args = callArguments(call);
    const line = lineOf(call);
    const viaRouter = objectName.endsWith('.router');
    const owner = registrarOwner(context, call, viaRouter ? objectName.slice(0, -'.router'.length) : objectName);
    const framework = frameworkFor(context, owner);

    switch (verb) {
      case 'add_url_rule': {
        const pathNode = args.positional[0] ?? args.keywords.get('rule');
        if (!pathNode) break;
        const { handler, classView } = handlerFrom(args.positional[2] ?? args.keywords.get('view_func'), line);
        const methods = methodsFrom(args.keywords.get('methods'), [classView ? 'ANY' : 'GET']);
        pushRoutes(context, methods, pathExpression(pathNode), owner, line, handler, 'flask');
        break;
      }
      case 'add_resource': {
        // Flask-RESTful: api.add_resource(Resource, '/a', '/b'); methods come from the Resource class.
        if (framework !== 'flask') break;
        const [resource, ...paths] = args.positional;
        const { handler } = handlerFrom(resource, line);
        for (const pathNode of paths) pushRoutes(context, ['ANY'], pathExpression(pathNode), owner, line, handler, 'flask');
        break;
      }
      case 'init_app': {
        // Flask-RESTful `api.init_app(app)` registers like `Api(app)`.
        const router = context.routers.get(owner);
        const parent = dottedName(args.positional[0]);
        if (router?.framework === 'flask' && router.kind === 'router' && parent) context.facts.mounts.push({ parent, child: owner, line, framework: 'flask' });
        break;
      }
      case 'register_blueprint':
      case 'include_router': {
        const child = childName(args.positional[0] ?? args.keywords.get('router') ?? args.keywords.get('blueprint'));
        if (!child) break;
        const prefixNode = args.keywords.get(verb === 'register_blueprint' ? 'url_prefix' : 'prefix');
        context.facts.mounts.push({
          parent: owner,
          child,
          ...(prefixNode ? { prefix: pathExpression(prefixNode) } : {}),
          line,
          framework: verb === 'register_blueprint' ? 'flask' : 'fastapi',
        });
        break;
      }
      case 'add_api_route': {
        const pathNode = args.positional[0] ?? args.keywords.get('path');
        if (!pathNode) break;
        const { handler } = handlerFrom(args.positional[1] ?? args.keywords.get('endpoint'), line);
        pushRoutes(context, methodsFrom(args.keywords.get('methods'), ['GET']), pathExpression(pathNode), owner, line, handler, 'fastapi');
        break;
      }
      case 'mount': {
        if (framework !== 'fastapi') break;
        const child = childName(args.positional[1] ?? args.keywords.get('app'));
        const pathNode = args.positional[0] ?? args.keywords.get('path');
        if (!child || !pathNode) break;
        context.facts.mounts.push({ parent: owner, child, prefix: pathExpression(pathNode), line, framework });
        break;
      }
      case 'add_route':
      case 'add_view':
      case 'add_get':
      case 'add_post':
      case 'add_put':
      case 'add_patch':
      case 'add_delete':
      case 'add_head': {
        // `app.router.add_get(...)` is aiohttp whatever the file imports (route modules often import only views).
        if (!viaRouter) break;
        if (verb === 'add_route') {
          const [methodNode, pathNode, handlerNode] = args.positional;
          if (!pathNode) break;
          pushRoutes(context, methodsOrAny(methodNode), pathExpression(pathNode), owner, line, handlerFrom(handlerNode, line).handler, 'aiohttp');
        } else if (verb === 'add_view') {
          const [pathNode, handlerNode] = args.positional;
          if (!pathNode) break;
          pushRoutes(context, ['ANY'], pathExpression(pathNode), owner, line, handlerFrom(handlerNode, line).handler, 'aiohttp');
        } else {
          const [pathNode, handlerNode] = args.positional;
          if (!pathNode) break;
          pushRoutes(context, [AIOHTTP_ADDERS[verb]!], pathExpression(pathNode), owner, line, handlerFrom(handlerNode, line).handler, 'aiohttp');
        }
        break;
      }
      case 'add_routes': {
        if (framework !== 'aiohttp' && framework !== 'python' && !viaRouter) break;
        const list = args.positional[0];
        if (!list) break;
        if (list.type === 'list' || list.type === 'tuple') {
          for (const element of list.namedChildren) aiohttpRouteDefinition(context, owner, element);
        } else {
          const child = childName(list);
          if (child) context.facts.mounts.push({ parent: owner, child, prefix: { value: '' }, line, framework: 'aiohttp' });
        }
        break;
      }
      case 'add_subapp': {
        if (framework !== 'aiohttp' && framework !== 'python') break;
        const [prefixNode, childNode] = args.positional;
        const child = childName(childNode);
        if (!prefixNode || !child) break;
        context.facts.mounts.push({ parent: owner, child, prefix: pathExpression(prefixNode), line, framework: 'aiohttp' });
        break;
      }
      case 'add_router': {
        if (framework !== 'django-ninja') break;
        const [prefixNode, childNode] = args.positional;
        const child = childName(childNode);
        if (!prefixNode || !child) break;
        context.facts.mounts.push({ parent: owner, child, prefix: pathExpression(prefixNode), line, framework: 'django-ninja' });
        break;
      }
      default:
        break;
    }
  }
}

/** `web.get('/p', handler)`, `web.route('GET', '/p', h)`, `web.view('/p', View)` inside `add_routes([...])`. */
function aiohttpRouteDefinition(context: RouteContext, owner: string, element: SyntaxNode): void {
  if (element.type !== 'call') return;
  const name = calleeName(element)?.split('.').pop();
  if (!name) return;
  const args = callArguments(element);
  const line = lineOf(element);
  if (HTTP_VERBS.has(name)) {
    const [pathNode, handlerNode] = args.positional;
    if (pathNode) pushRoutes(context, [name.toUpperCase()], pathExpression(pathNode), owner, line, handlerFrom(handlerNode, line).handler, 'aiohttp');
  } else if (name === 'route') {
    const [methodNode, pathNode, handlerNode] = args.positional;
    if (pathNode) pushRoutes(context, methodsOrAny(methodNode), pathExpression(pathNode), owner, line, handlerFrom(handlerNode, line).handler, 'aiohttp');
  } else if (name === 'view') {
    const [pathNode, handlerNode] = args.positional;
    if (pathNode) pushRoutes(context, ['ANY'], pathExpression(pathNode), owner, line, handlerFrom(handlerNode, line).handler, 'aiohttp');
  }
}

/**
 * How a mounted child is named for the composer: a local or dotted name (`users_bp`, `customers.router`),
 * a factory call (`create_admin_app()`), or a dotted module string (ninja's `add_router('/p', 'app.api.router')`).
 */
function childName(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const dotted = dottedName(node);
  if (dotted) return dotted;
  const value = stringValue(node);
  if (value) return value;
  if (node.type === 'call') {
    const callee = calleeName(node);
    return callee ? `${callee}()` : undefined;
  }
  return undefined;
}

/**
 * `setup_routes(app)`, `users.register(app)`: a function handed a router of this file registers
 * routes on it, a mount without prefix. Calls that register nothing (`CORS(app)`, `db.init_app(app)`,
 * `web.run_app(app)`) are recorded too; the composer drops children that are no router.
 */
export function extractRegistrationCalls(root: SyntaxNode, context: RouteContext): void {
  for (const call of root.descendantsOfType('call')) {
    const first = call.childForFieldName('arguments')?.firstNamedChild;
    if (first?.type !== 'identifier') continue;
    if (!context.hasRegistrars && !context.routers.has(first.text)) continue;
    const callee = call.childForFieldName('function');
    if (callee?.type === 'attribute' && context.routers.has(dottedName(callee.childForFieldName('object')) ?? '')) continue;
    const name = calleeName(call);
    if (!name || ROUTER_CONSTRUCTORS[name.split('.').pop()!]) continue;
    const parent = registrarOwner(context, call, first.text);
    const router = context.routers.get(parent);
    if (!router || parent === name) continue;
    context.facts.mounts.push({ parent, child: name, line: lineOf(call), framework: router.framework });
  }
}
