import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, MountFact, PathExpression, RouteFact } from '../facts.js';
import { refersTo, requiredModule, type FileScope } from './file-scope.js';
import { FASTIFY_AUTOLOAD_MODULES, frameworkOfHandler, HONO_FACTORY_MODULES, ROUTE_METHODS, type NodeFramework } from './frameworks.js';
import { constantString, pathExpression } from './path-expression.js';
import { classRouterOf, type FileRouters } from './routers.js';
import {
  argumentsOf,
  calleeOf,
  callsWithFirstArgument,
  chainsRootedAt,
  dottedName,
  enclosingFunction,
  isAsync,
  isFunctionNode,
  lineOf,
  memberObject,
  memberProperty,
  namesPattern,
  parameterNames,
  propertyOf,
  stringValue,
  unwrap,
} from './syntax.js';
import { AUTOLOAD_CHILD_PREFIX, MODULE_CHILD_PREFIX } from './conventions.js';

/** Reads route declarations and mounts from every call chain on a known app/router object. */
export function extractRoutes(scope: FileScope, routers: FileRouters, frameworks: Set<NodeFramework>, facts: FileFacts): void {
  const owners = new Set<string>(routers.objects.keys());
  for (const registrar of routers.registrars.values()) owners.add(registrar.parameter);
  if (mayDeclareOnImportedApp(scope)) {
    for (const [name, binding] of scope.bindings) if (isProjectSpecifier(binding.module)) owners.add(name);
  }
  if (owners.size === 0) return;
  const reader = new RouteReader(scope, routers, frameworks, facts);
  const names = namesPattern([...owners].filter((name) => !name.includes('.')));
  const chains = names ? chainsRootedAt(scope.root, scope.text, new RegExp(`(?<![\\w$.])(${names})\\s*\\??\\.`, 'g')) : [];
  const held = [...owners].filter((name) => name.includes('.')).map((name) => name.slice(name.indexOf('.') + 1));
  if (held.length > 0) chains.push(...chainsRootedAt(scope.root, scope.text, new RegExp(`\\bthis\\s*\\.\\s*(${namesPattern(new Set(held))})\\s*\\??\\.`, 'g')));
  for (const object of routers.objects.values()) if (object.chain && !chains.some((call) => call.id === object.chain!.id)) chains.push(object.chain);
  for (const call of chains.sort((a, b) => a.startIndex - b.startIndex)) reader.read(call);
  const registrarCalls = names ? callsWithFirstArgument(scope.root, scope.text, new RegExp(`\\(\\s*(${names})\\s*[,)]`, 'g')) : [];
  for (const call of registrarCalls) reader.readRegistrarCall(call);
  facts.mounts.sort((a, b) => a.line - b.line);
}

function mayDeclareOnImportedApp(scope: FileScope): boolean {
  if (!/\.(get|post|put|patch|delete|del|all|options|head)\s*\(/.test(scope.text)) return false;
  for (const binding of scope.bindings.values()) if (isProjectSpecifier(binding.module)) return true;
  return false;
}


interface Link {
  property: string;
  args: SyntaxNode[];
  call: SyntaxNode;
  /** The line of the method name: in a multi-line chain each link has its own. */
  line: number;
}

interface Owner {
  name: string;
  framework: NodeFramework;
}

class RouteReader {
  constructor(
    private readonly scope: FileScope,
    private readonly routers: FileRouters,
    private readonly frameworks: Set<NodeFramework>,
    private readonly facts: FileFacts,
  ) {}

  read(call: SyntaxNode): void {
    const links: Link[] = [];
    let node: SyntaxNode = call;
    while (node.type === 'call_expression') {
      const callee = calleeOf(node);
      if (!callee || unwrap(callee).type !== 'member_expression') break;
      const member = unwrap(callee);
      const property = memberProperty(member);
      const object = memberObject(member);
      if (!property || !object) break;
      const line = member.childForFieldName('property')!.startPosition.row + 1;
      links.unshift({ property, args: argumentsOf(node), call: node, line });
      node = unwrap(object);
    }
    if (links.length === 0) return;
    const ownerName = node.type === 'identifier' ? node.text : node.type === 'member_expression' ? this.classRouterName(node) : this.createdAs(call);
    if (!ownerName) return;
    const owner = this.ownerOf(ownerName, call) ?? (node.type === 'identifier' ? this.importedOwner(ownerName, call, links) : undefined);
    if (!owner) return;
    switch (owner.framework) {
      case 'express':
        this.readExpress(owner, links);
        break;
      case 'fastify':
        this.readFastify(owner, links);
        break;
      case 'hono':
        this.readHono(owner, links);
        break;
      case 'koa':
        this.readKoa(owner, links);
        break;
    }
  }

  /** `this.router` inside `class UserRoutes` -> 'UserRoutes.router'. */
  private classRouterName(member: SyntaxNode): string | undefined {
    if (memberObject(member)?.type !== 'this') return undefined;
    for (let current = member.parent; current; current = current.parent) {
      if (current.type === 'class_declaration' || current.type === 'class') {
        const name = `${current.childForFieldName('name')?.text}.${memberProperty(member)}`;
        return this.routers.objects.has(name) ? name : undefined;
      }
    }
    return undefined;
  }

  /** For a chain that starts at a constructor (`const app = new Hono().get(...)`): the name it is bound to. */
  private createdAs(call: SyntaxNode): string | undefined {
    let holder = call.parent;
    while (holder && (holder.type === 'parenthesized_expression' || holder.type === 'as_expression' || holder.type === 'satisfies_expression')) holder = holder.parent;
    if (holder?.type === 'variable_declarator' && holder.childForFieldName('name')?.type === 'identifier') return holder.childForFieldName('name')!.text;
    if (holder?.type === 'export_statement' && this.scope.anonymousDefault?.id === unwrap(call).id) return 'default';
    return undefined;
  }

  /** The router a local name stands for at `at`: a registrar's parameter, or a router created in this file. */
  private ownerOf(name: string, at: SyntaxNode): Owner | undefined {
    // Neither a router of this file nor a registrar's parameter: nothing to look up around `at`.
    if (!this.routers.objects.has(name) && !this.isRegistrarParameter(name)) return undefined;
    for (let fn = enclosingFunction(at); fn; fn = enclosingFunction(fn)) {
      const registrar = this.routers.registrars.get(fn.id);
      if (registrar?.parameter === name) return { name: registrar.name, framework: registrar.framework };
      if (parameterNames(fn).includes(name)) return undefined;
    }
    const object = this.routers.objects.get(name);
    if (!object || this.isRegistrarName(name)) return undefined;
    return { name, framework: object.framework };
  }

  /**
   * `const app = require('./app'); app.get('/x', (req, res) => {})`: routes declared on an app
   * imported from another file of the project. HTTP clients look alike (`api.get('/users', params)`),
   * so the call must end in a handler: a function whose parameters read like one, or, in a file that
   * imports a framework, a named handler.
   */
  private importedOwner(name: string, at: SyntaxNode, links: Link[]): Owner | undefined {
    const binding = this.scope.bindings.get(name);
    if (!binding || !isProjectSpecifier(binding.module) || links.length !== 1) return undefined;
    const link = links[0]!;
    const last = link.args[link.args.length - 1];
    if (link.args.length < 2 || !last || !isPathArgument(unwrap(link.args[0]!))) return undefined;
    // A parameter of the same name hides the import (climbing the tree costs more than the tests above).
    for (let fn = enclosingFunction(at); fn; fn = enclosingFunction(fn)) if (parameterNames(fn).includes(name)) return undefined;
    const handler = unwrap(last);
    const fromHandler = isFunctionNode(handler) ? frameworkOfHandler(parameterNames(handler)) : undefined;
    const imported = this.frameworks.size === 1 ? [...this.frameworks][0] : undefined;
    const named = handler.type === 'identifier' || handler.type === 'member_expression';
    const framework = fromHandler ?? (named ? imported : undefined);
    if (!framework || !(link.property in ROUTE_METHODS[framework])) return undefined;
    return { name, framework: imported ?? framework };
  }

  private isRegistrarParameter(name: string): boolean {
    for (const registrar of this.routers.registrars.values()) if (registrar.parameter === name) return true;
    return false;
  }

  private isRegistrarName(name: string): boolean {
    for (const registrar of this.routers.registrars.values()) if (registrar.name === name) return true;
    return false;
  }

  // -------------------------------------------------------------------------------------------

  private readExpress(owner: Owner, links: Link[]): void {
    let chainPath: PathExpression | undefined;
    for (const link of links) {
      const method = ROUTE_METHODS.express[link.property];
      if (link.property === 'route' && link.args[0]) chainPath = pathExpression(link.args[0], this.scope);
      else if (method && chainPath) this.addRoute(owner, method, chainPath, link, link.args);
      else if (method && link.args.length >= 2 && !isFunctionNode(unwrap(link.args[0]!))) {
        for (const path of arrayOrSingle(link.args[0]!)) this.addRoute(owner, method, pathExpression(path, this.scope), link, link.args.slice(1));
      } else if (link.property === 'use') this.readUse(owner, link);
    }
  }

  private readFastify(owner: Owner, links: Link[]): void {
    for (const link of links) {
      const method = ROUTE_METHODS.fastify[link.property];
      if (method && link.args.length >= 2) {
        const options = link.args.length === 2 ? propertyOf(link.args[1], 'handler') : undefined;
        this.addRoute(owner, method, pathExpression(link.args[0]!, this.scope), link, options ? [options] : link.args.slice(1));
      } else if (link.property === 'route' && link.args[0]) {
        this.readFastifyRouteOptions(owner, link);
      } else if (link.property === 'register' && link.args[0]) {
        this.readRegister(owner, link);
      }
    }
  }

  private readFastifyRouteOptions(owner: Owner, link: Link): void {
    const options = link.args[0]!;
    const url = propertyOf(options, 'url') ?? propertyOf(options, 'path');
    const method = propertyOf(options, 'method');
    if (!url || !method) return;
    const handler = propertyOf(options, 'handler');
    const path = pathExpression(url, this.scope);
    for (const name of methodNames(method, this.scope)) this.addRoute(owner, name, path, link, handler ? [handler] : []);
  }

  private readRegister(owner: Owner, link: Link): void {
    const plugin = unwrap(link.args[0]!);
    const options = link.args[1];
    if (refersTo(this.scope, plugin, FASTIFY_AUTOLOAD_MODULES, ['default', '*', 'fastifyAutoload', 'autoload'])) {
      const dir = autoloadDirectory(propertyOf(options, 'dir'), this.scope);
      if (!dir) return;
      const prefix = propertyOf(propertyOf(options, 'options'), 'prefix');
      this.addMount(owner, `${AUTOLOAD_CHILD_PREFIX}${dir}`, link, prefix);
      return;
    }
    const child = isFunctionNode(plugin) ? this.routers.registrars.get(plugin.id)?.name : this.mountChild(plugin);
    if (child) this.addMount(owner, child, link, propertyOf(options, 'prefix'));
  }

  private readHono(owner: Owner, links: Link[]): void {
    let chainPath: PathExpression | undefined;
    for (const link of links) {
      const method = ROUTE_METHODS.hono[link.property];
      const first = link.args[0] ? unwrap(link.args[0]) : undefined;
      if (method && first && link.args.length >= 2 && isPathArgument(first)) {
        chainPath = pathExpression(first, this.scope);
        this.addRoute(owner, method, chainPath, link, link.args.slice(1));
      } else if (method && chainPath && link.args.length >= 1) {
        // `app.get('/x', h).post(h2)`: Hono reuses the previous path.
        this.addRoute(owner, method, chainPath, link, link.args);
      } else if (link.property === 'on' && link.args.length >= 3) {
        const paths = arrayOrSingle(link.args[1]!).map((path) => pathExpression(path, this.scope));
        for (const name of methodNames(link.args[0]!, this.scope)) {
          for (const path of paths) this.addRoute(owner, name, path, link, link.args.slice(2));
        }
        chainPath = paths[0];
      } else if (link.property === 'route' && link.args.length >= 2) {
        const child = this.mountChild(unwrap(link.args[1]!));
        if (child) this.addMount(owner, child, link, link.args[0]);
      }
    }
  }

  private readKoa(owner: Owner, links: Link[]): void {
    for (const link of links) {
      const method = ROUTE_METHODS.koa[link.property];
      if (method && link.args.length >= 2) {
        // `router.get('user', '/users/:id', handler)`: a named route.
        const named = link.args.length >= 3 && stringValue(link.args[0]) !== undefined && isPathArgument(unwrap(link.args[1]!));
        const pathArgument = named ? link.args[1]! : link.args[0]!;
        const handlers = link.args.slice(named ? 2 : 1);
        for (const path of arrayOrSingle(pathArgument)) this.addRoute(owner, method, pathExpression(path, this.scope), link, handlers);
      } else if (link.property === 'prefix' && link.args[0]) {
        const router = this.routers.objects.get(owner.name);
        if (router) router.fact.prefix = pathExpression(link.args[0], this.scope);
      } else if (link.property === 'use') {
        const prefixed = link.args.length >= 2 && isPathArgument(unwrap(link.args[0]!)) && !isRoutesCall(unwrap(link.args[0]!));
        for (const argument of link.args.slice(prefixed ? 1 : 0)) {
          const child = koaRoutesChild(unwrap(argument));
          if (child) this.addMount(owner, child, link, prefixed ? link.args[0] : undefined);
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------

  /** Express `use([path,] ...handlers)`: every argument that is a router (here or imported) is a mount. */
  private readUse(owner: Owner, link: Link): void {
    const first = link.args[0] ? unwrap(link.args[0]) : undefined;
    if (!first) return;
    const prefixed = link.args.length >= 2 && this.isUsePath(first);
    for (const argument of link.args.slice(prefixed ? 1 : 0)) {
      const child = this.mountChild(unwrap(argument));
      if (child) this.addMount(owner, child, link, prefixed ? first : undefined);
    }
  }

  /** The first argument of `use` is a path when it is one statically, or a name that reads like one. */
  private isUsePath(node: SyntaxNode): boolean {
    if (node.type === 'array') return true;
    if (constantString(node, this.scope, 0) !== undefined) return true;
    if (node.type === 'template_string' || node.type === 'binary_expression') return true;
    const name = dottedName(node);
    if (!name) return false;
    const last = name.split('.').pop()!;
    return /^[A-Z0-9_]+$/.test(last) || /(path|prefix|url|base|mount|route)$/i.test(last);
  }

  /**
   * The child of a mount as the composer resolves it: a local router name, an imported name (or
   * `ns.member`), or `module:<specifier>` for an inline `require('./r')` / `import('./r')`.
   * Middleware (package imports, local plain functions, calls like `express.json()`) is not a mount.
   */
  private mountChild(node: SyntaxNode): string | undefined {
    if (node.type === 'await_expression' && node.namedChildren[0]) return this.mountChild(unwrap(node.namedChildren[0]));
    if (node.type === 'call_expression') {
      const module = requiredModule(node);
      return module && isProjectSpecifier(module) ? `${MODULE_CHILD_PREFIX}${module}` : undefined;
    }
    if (node.type === 'member_expression') {
      const objectNode = node.childForFieldName('object');
      if (!objectNode) return undefined;
      const object = unwrap(objectNode);
      const property = memberProperty(node);
      const module = object.type === 'call_expression' ? requiredModule(object) : undefined;
      if (module && property) return isProjectSpecifier(module) ? `${MODULE_CHILD_PREFIX}${module}#${property}` : undefined;
      if (object.type === 'this') return this.classRouterName(node);
      // `new UserRoutes().router`: the class router, named `UserRoutes.router` where the class is.
      const held = classRouterOf(node, this.routers.objects);
      if (held) return held;
      if (object.type === 'new_expression') {
        const className = dottedName(calleeOf(object));
        const binding = className ? this.scope.bindings.get(className) : undefined;
        return className && binding && isProjectSpecifier(binding.module) ? `${className}.${property}` : undefined;
      }
      const name = dottedName(node);
      const binding = name ? this.scope.bindings.get(name.split('.')[0]!) : undefined;
      return name && binding && isProjectSpecifier(binding.module) ? name : undefined;
    }
    if (node.type !== 'identifier') return undefined;
    if (this.routers.objects.has(node.text)) return node.text;
    const binding = this.scope.bindings.get(node.text);
    if (binding) return isProjectSpecifier(binding.module) ? node.text : undefined;
    return undefined;
  }

  /** `usersRoutes(app)` / `require('./routes/users')(app)`: a route module called with a router. */
  readRegistrarCall(call: SyntaxNode): void {
    const callee = calleeOf(call);
    const first = argumentsOf(call)[0];
    if (!callee || !first || unwrap(first).type !== 'identifier') return;
    const owner = this.ownerOf(unwrap(first).text, call);
    if (!owner) return;
    const inner = unwrap(callee);
    let child: string | undefined;
    if (inner.type === 'call_expression') child = this.mountChild(inner);
    else if (inner.type === 'identifier') {
      child = this.isRegistrarName(inner.text) ? inner.text : this.scope.bindings.has(inner.text) ? this.mountChild(inner) : undefined;
    }
    if (child) this.addMount(owner, child, { property: '', args: [], call, line: lineOf(call) }, undefined);
  }

  private addMount(owner: Owner, child: string, link: Link, prefix: SyntaxNode | undefined): void {
    const mount: MountFact = { parent: owner.name, child, line: link.line, framework: owner.framework };
    if (prefix) mount.prefix = pathExpression(prefix, this.scope);
    this.facts.mounts.push(mount);
  }

  private addRoute(owner: Owner, method: string, path: PathExpression, link: Link, handlers: SyntaxNode[]): void {
    const route: RouteFact = { method, path, owner: owner.name, line: link.line, framework: owner.framework };
    const last = handlers[handlers.length - 1];
    const handler = last ? this.handlerOf(last, link.line, 0) : undefined;
    if (handler) route.handler = handler;
    this.facts.routes.push(route);
  }

  /**
   * Where a handler is: an inline function's line; a function defined in this file by name and
   * line; a name imported from elsewhere (`controller.list`) by name, with the route's line.
   */
  private handlerOf(node: SyntaxNode, routeLine: number, depth: number): RouteFact['handler'] | undefined {
    const inner = unwrap(node.type === 'spread_element' && node.namedChildren[0] ? node.namedChildren[0] : node);
    if (isFunctionNode(inner)) {
      const name = inner.childForFieldName('name')?.text;
      return { ...(name ? { name } : {}), line: lineOf(inner), ...(isAsync(inner) ? { async: true } : {}) };
    }
    if (depth > 3) return undefined;
    if (inner.type === 'identifier') {
      const fn = this.scope.functions.get(inner.text);
      if (fn) return { name: inner.text, line: lineOf(fn), ...(isAsync(fn) ? { async: true } : {}) };
      const value = this.scope.constants.get(inner.text);
      // `const list = factory.createHandlers(..., handler)` or `const list = asyncHandler(async () => {})`.
      if (value && unwrap(value).type === 'call_expression' && !requiredModule(unwrap(value))) {
        const wrapped = this.handlerOf(unwrap(value), routeLine, depth + 1);
        if (wrapped) return { ...wrapped, name: inner.text };
      }
      return { name: inner.text, line: routeLine };
    }
    if (inner.type === 'member_expression') {
      const name = dottedName(inner);
      return name ? { name, line: routeLine } : undefined;
    }
    if (inner.type === 'call_expression') {
      // Wrappers: `asyncHandler(fn)`, `factory.createHandlers(mw, fn)`, `validate(schema)(fn)`.
      const args = argumentsOf(inner);
      const last = args[args.length - 1];
      const isFactory = memberProperty(calleeOf(inner)) === 'createHandlers' || refersTo(this.scope, calleeOf(inner), HONO_FACTORY_MODULES, ['createHandlers']);
      if (last && (isFactory || args.length <= 2)) return this.handlerOf(last, routeLine, depth + 1);
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------

function isPathArgument(node: SyntaxNode): boolean {
  return !isFunctionNode(node) && node.type !== 'object' && node.type !== 'call_expression' && node.type !== 'spread_element';
}

function arrayOrSingle(node: SyntaxNode): SyntaxNode[] {
  const inner = unwrap(node);
  if (inner.type !== 'array') return [inner];
  return inner.namedChildren.filter((child) => child.type !== 'comment');
}

/** `'GET'`, `['PUT', 'PATCH']`, `'get'` -> upper-case method names; unreadable methods are skipped. */
function methodNames(node: SyntaxNode, scope: FileScope): string[] {
  return arrayOrSingle(node)
    .map((item) => constantString(item, scope, 0))
    .filter((name): name is string => name !== undefined)
    .map((name) => name.toUpperCase());
}

function isRoutesCall(node: SyntaxNode): boolean {
  return koaRoutesChild(node) !== undefined;
}

/** Koa: `sub.routes()` / `sub.middleware()` -> 'sub'. */
function koaRoutesChild(node: SyntaxNode): string | undefined {
  if (node.type !== 'call_expression') return undefined;
  const callee = calleeOf(node);
  const property = memberProperty(callee);
  if (property !== 'routes' && property !== 'middleware') return undefined;
  return dottedName(memberObject(callee));
}

/**
 * Paths and aliases point into the project; bare package names (`cors`, `@fastify/cors`) do not.
 * Aliases that look like scoped packages with one segment (`@app/routes`) are missed: a mount lost,
 * never a middleware taken for a router.
 */
export function isProjectSpecifier(specifier: string): boolean {
  if (/^(\.|\/|~\/|#|@\/)/.test(specifier)) return true;
  if (specifier.startsWith('@')) return specifier.split('/').length > 2;
  // Bare specifiers are packages (`cors`, `hono/logger`) unless they start like a baseUrl import.
  return /^(src|app|lib|server|routes|api)\//.test(specifier);
}

/** `path.join(__dirname, 'routes')`, `join(import.meta.dirname, 'routes', 'v1')`, `'./routes'` -> 'routes', 'routes/v1'. */
function autoloadDirectory(node: SyntaxNode | undefined, scope: FileScope): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  const literal = constantString(inner, scope, 0);
  if (literal !== undefined) return normaliseDirectory(literal);
  if (inner.type !== 'call_expression') return undefined;
  const function_ = memberProperty(calleeOf(inner)) ?? calleeOf(inner)?.text;
  if (function_ !== 'join' && function_ !== 'resolve') return undefined;
  const parts: string[] = [];
  for (const argument of argumentsOf(inner)) {
    const value = constantString(argument, scope, 0);
    if (value !== undefined) parts.push(value);
    else if (!/__dirname|dirname/.test(argument.text)) return undefined;
  }
  return parts.length > 0 ? normaliseDirectory(parts.join('/')) : undefined;
}

function normaliseDirectory(dir: string): string {
  return dir.replace(/^\.\//, '').replace(/\/+$/, '').replace(/\/+/g, '/');
}
