import type { FileFacts, MountFact, RouteFact, RouterFact } from '../facts.js';
import type { ImportGraph } from '../model.js';
import type { DrfRegistration } from '../python/django-urls.js';
import { evaluatePath } from './path-values.js';
import { absoluteRoutePath, joinRoutePath, normalizeRoutePath } from './route-path.js';
import { definitionOf, resolveSymbol, routerNamed, type SymbolIndex } from './symbols.js';
import { drfRoutes, viewMethods } from './view-methods.js';
import { DRF_REGISTRATIONS } from '../python/conventions.js';

/** One route of the application as served: full path with every prefix above it applied. */
export interface Route {
  /** Upper case. `ANY` (Python: the view could not be read) and `ALL` (Node `app.all`) answer every method. */
  method: string;
  /** Full path in the framework's own parameter syntax (`/api/users/<int:user_id>`); see normalizeRoutePath. */
  path: string;
  /** True when part of the path could not be resolved statically (shown as `${name}`). */
  partial: boolean;
  framework: string;
  /** Where the route is declared. */
  file: string;
  line: number;
  handler?: { file: string; line: number; name?: string };
}

/** A router object in the cross-file graph: one per RouterFact, plus one per owner no RouterFact names. */
interface RouterNode {
  id: string;
  file: string;
  name: string;
  fact?: RouterFact;
  /** Routes declared on this router, each with the file that declares it (not always the router's). */
  routes: { fact: RouteFact; file: string }[];
  drf: { registration: DrfRegistration; file: string }[];
  mounts: ResolvedMount[];
}

interface ResolvedMount {
  fact: MountFact;
  /** File the mount is declared in (prefixes are evaluated there). */
  file: string;
  child?: string;
  /** Extra path below the mount prefix (autoload subfolders). */
  extra?: string;
}

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'ALL', 'ANY'];
const MODULE_CHILD = 'module:';
const AUTOLOAD_CHILD = 'dir:';

/**
 * Composes the routes table of the repository: routers are joined across files through their mounts
 * (include_router, register_blueprint, add_subapp, Django include(), app.use, register...), prefixes
 * resolved through constants where they are, and methods of class-based views read from the views.
 */
export function composeRoutes(files: ReadonlyMap<string, FileFacts>, graph: ImportGraph): Route[] {
  const index: SymbolIndex = { files, graph };
  const nodes = new Map<string, RouterNode>();
  const nodeFor = (file: string, name: string, fact?: RouterFact): RouterNode => {
    const id = `${file}#${name}`;
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { id, file, name, routes: [], drf: [], mounts: [] }));
    if (fact && !node.fact) node.fact = fact;
    return node;
  };
  const sortedFiles = [...files.keys()].filter((file) => !isTestFile(file)).sort();
  for (const file of sortedFiles) for (const router of files.get(file)!.routers) nodeFor(file, router.name, router);

  const resolver = new RouterResolver(index, nodes);
  const ownerNode = (file: string, owner: string) => {
    const id = resolver.resolve(file, owner);
    return id ? nodes.get(id)! : nodeFor(file, owner);
  };
  const mounted = new Set<string>();
  for (const file of sortedFiles) {
    const facts = files.get(file)!;
    for (const fact of facts.routes) ownerNode(file, fact.owner).routes.push({ fact, file });
    for (const registration of (facts.checkFacts[DRF_REGISTRATIONS] ?? []) as DrfRegistration[]) ownerNode(file, registration.owner).drf.push({ registration, file });
    for (const mount of facts.mounts) {
      const parent = ownerNode(file, mount.parent);
      const children = mount.child.startsWith(AUTOLOAD_CHILD) ? resolver.autoload(file, mount.child.slice(AUTOLOAD_CHILD.length)) : [{ id: resolver.resolve(file, mount.child) }];
      for (const child of children) {
        if (child.id === parent.id) continue;
        parent.mounts.push({ fact: mount, file, ...(child.id ? { child: child.id } : {}), ...('extra' in child && child.extra ? { extra: child.extra } : {}) });
        if (child.id) mounted.add(child.id);
      }
    }
  }

  const routes: Route[] = [];
  const visited = new Set<string>();
  const walk = (node: RouterNode, prefix: string, partial: boolean, skipOwnPrefix: boolean, inherited: string, stack: Set<string>) => {
    if (stack.has(node.id)) return;
    stack.add(node.id);
    visited.add(node.id);
    // A registrar in a file that imports no framework (`def setup_routes(app)`) serves its caller's.
    const framework = node.fact && node.fact.framework !== 'python' ? node.fact.framework : inherited;
    let base = prefix;
    let basePartial = partial;
    if (node.fact?.prefix && !skipOwnPrefix) {
      const own = evaluatePath(index, node.file, node.fact.prefix);
      base = joinRoutePath(base, own.text);
      basePartial ||= own.partial;
    }
    for (const { fact, file } of node.routes) routes.push(...expandRoute(index, file, fact, base, basePartial, framework));
    for (const { registration, file } of node.drf) {
      const registered = evaluatePath(index, file, registration.prefix);
      for (const view of drfRoutes(index, file, registration)) {
        routes.push({
          method: view.method,
          path: absoluteRoutePath(joinRoutePath(base, registered.text + view.suffix)),
          partial: basePartial || registered.partial,
          framework: framework === 'python' ? 'django' : framework,
          file,
          line: registration.line,
          ...(view.handler ? { handler: view.handler } : {}),
        });
      }
    }
    for (const mount of node.mounts) {
      const mountPrefix = evaluatePath(index, mount.file, mount.fact.prefix);
      const childBase = joinRoutePath(joinRoutePath(base, mountPrefix.text), mount.extra ?? '');
      const childPartial = basePartial || mountPrefix.partial;
      const child = mount.child ? nodes.get(mount.child) : undefined;
      if (child) {
        // Flask: a url_prefix given to register_blueprint replaces the blueprint's own.
        const replaces = mount.fact.framework === 'flask' && mount.fact.prefix !== undefined;
        walk(child, childBase, childPartial, replaces, framework, stack);
      } else if (mount.fact.framework === 'django') {
        // include() of something outside the repository (admin.site.urls): its paths are unknown.
        routes.push({ method: 'ANY', path: absoluteRoutePath(joinRoutePath(childBase, '*')), partial: true, framework: 'django', file: mount.file, line: mount.fact.line });
      }
    }
    stack.delete(node.id);
  };
  const ordered = [...nodes.values()].sort((a, b) => compareText(a.id, b.id));
  for (const node of ordered) if (!mounted.has(node.id)) walk(node, '', false, false, 'python', new Set());
  // Routers only reachable through a mount cycle (A mounts B, B mounts A) have no root: start there.
  for (const node of ordered) if (!visited.has(node.id)) walk(node, '', false, false, 'python', new Set());
  return sortRoutes(dedupe(routes));
}

/**
 * Tests build throwaway apps (`app.include_router(router)` in a conftest) that would add roots and
 * duplicate routes under other prefixes; what they declare is not part of the application.
 */
const TEST_FILE = /(^|\/)(tests?|__tests__)\/|(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$|\.(test|spec)\.[cm]?[jt]sx?$/;

export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file);
}

/** Express, Fastify, Hono and Koa serve a `'/'` route under a prefix at the prefix itself; Flask and FastAPI keep the slash. */
const PREFIX_IS_ROOT = new Set(['express', 'fastify', 'hono', 'koa']);

function expandRoute(index: SymbolIndex, file: string, fact: RouteFact, base: string, partial: boolean, routerFramework: string): Route[] {
  const own = evaluatePath(index, file, fact.path);
  const framework = fact.framework === 'python' ? routerFramework : fact.framework;
  const servedAtPrefix = own.text === '/' && base.replace(/\/+$/, '') !== '' && PREFIX_IS_ROOT.has(framework);
  const path = absoluteRoutePath(servedAtPrefix ? base.replace(/\/+$/, '') : joinRoutePath(base, own.text));
  const common = { path, partial: partial || own.partial, framework, file, line: fact.line };
  if (fact.method === 'ANY' && fact.handler?.name) {
    const views = viewMethods(index, file, fact.handler.name);
    if (views) return views.map((view) => ({ ...common, method: view.method, ...(view.handler ? { handler: view.handler } : {}) }));
  }
  const handler = handlerOf(index, file, fact);
  return [{ ...common, method: fact.method, ...(handler ? { handler } : {}) }];
}

/** The handler's definition: given by the extractor, defined in this file, or followed through imports. */
function handlerOf(index: SymbolIndex, file: string, fact: RouteFact): Route['handler'] {
  const handler = fact.handler;
  if (!handler) return undefined;
  const name = handler.name ? { name: handler.name } : {};
  if (handler.file) return { file: handler.file, line: handler.line, ...name };
  if (!handler.name || handler.line !== fact.line) return { file, line: handler.line, ...name };
  const target = resolveSymbol(index, file, handler.name);
  const definition = target ? definitionOf(index, target) : undefined;
  if (target && definition) return { file: target.file, line: definition.line, name: handler.name };
  return { file, line: handler.line, ...name };
}

function dedupe(routes: Route[]): Route[] {
  const seen = new Set<string>();
  return routes.filter((route) => {
    const key = `${route.method} ${route.path} ${route.file}:${route.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function methodRank(method: string): number {
  const rank = METHOD_ORDER.indexOf(method);
  return rank < 0 ? METHOD_ORDER.length : rank;
}

export function sortRoutes(routes: Route[]): Route[] {
  // Normalising is the costly part of the comparison: once per route, not once per comparison.
  const keyed = routes.map((route) => ({ route, comparable: normalizeRoutePath(route.path) }));
  keyed.sort(
    (a, b) =>
      compareText(a.comparable, b.comparable) ||
      compareText(a.route.path, b.route.path) ||
      methodRank(a.route.method) - methodRank(b.route.method) ||
      compareText(a.route.method, b.route.method) ||
      compareText(a.route.file, b.route.file) ||
      a.route.line - b.route.line,
  );
  return keyed.map((entry) => entry.route);
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Finds the router a name written in a file stands for, across files. */
class RouterResolver {
  constructor(
    private readonly index: SymbolIndex,
    private readonly nodes: ReadonlyMap<string, RouterNode>,
  ) {}

  resolve(file: string, written: string): string | undefined {
    if (written.startsWith(MODULE_CHILD)) return this.moduleChild(file, written.slice(MODULE_CHILD.length));
    const isCall = written.endsWith('()');
    let name = isCall ? written.slice(0, -2) : written;
    if (this.nodes.has(`${file}#${name}`)) return `${file}#${name}`;
    // Django include('catalog.urls') and ninja add_router('/p', 'app.api.router'): dotted module strings.
    if (name.includes('.') && !this.bindsLocally(file, name.split('.')[0]!)) {
      const module = this.index.graph.resolve(file, name, 0);
      if (module) return this.mainRouter(module);
      const lastDot = name.lastIndexOf('.');
      const owner = this.index.graph.resolve(file, name.slice(0, lastDot), 0);
      if (owner) return this.routerIn(owner, name.slice(lastDot + 1));
    }
    // `router.urls`, `api.urls`: the router itself.
    if (name.endsWith('.urls')) name = name.slice(0, -'.urls'.length);
    if (this.nodes.has(`${file}#${name}`)) return `${file}#${name}`;
    const target = resolveSymbol(this.index, file, name);
    if (!target || target.rest.length > 0) return undefined;
    if (!target.name) return this.mainRouter(target.file);
    const direct = this.routerIn(target.file, target.name);
    if (direct) return direct;
    return this.factoryRouter(target.file, target.name);
  }

  /** Everything under `dir` (relative to the declaring file's folder) registered by @fastify/autoload. */
  autoload(file: string, dir: string): { id?: string; extra?: string }[] {
    const folder = joinFolder(file.slice(0, Math.max(0, file.lastIndexOf('/'))), dir);
    const found: { id?: string; extra?: string }[] = [];
    for (const candidate of [...this.index.files.keys()].sort()) {
      if (!candidate.startsWith(`${folder}/`)) continue;
      const id = this.routerIn(candidate, 'default');
      if (!id) continue;
      const relative = candidate.slice(folder.length + 1).split('/').slice(0, -1).join('/');
      found.push({ id, ...(relative ? { extra: `/${relative}` } : {}) });
    }
    return found;
  }

  private bindsLocally(file: string, name: string): boolean {
    return this.index.graph.edgesFrom(file).some((edge) => edge.locals.includes(name)) || this.nodes.has(`${file}#${name}`);
  }

  private moduleChild(file: string, spec: string): string | undefined {
    const [specifier, member] = spec.split('#');
    const target = specifier ? this.index.graph.resolve(file, specifier) : undefined;
    return target ? this.routerIn(target, member ?? 'default') : undefined;
  }

  private routerIn(file: string, name: string): string | undefined {
    const router = routerNamed(this.index, file, name);
    return router ? `${file}#${router.name}` : undefined;
  }

  /** A module used as a router: its urlpatterns, its default export, or its only top router. */
  private mainRouter(file: string): string | undefined {
    const facts = this.index.files.get(file);
    if (!facts) return undefined;
    const named = this.routerIn(file, 'urlpatterns') ?? this.routerIn(file, 'default');
    if (named) return named;
    const children = new Set(facts.mounts.map((mount) => mount.child));
    const tops = facts.routers.filter((router) => !children.has(router.name));
    return tops.length === 1 ? `${file}#${tops[0]!.name}` : undefined;
  }

  /** `create_admin_app()`: the app or router created inside that function. */
  private factoryRouter(file: string, functionName: string): string | undefined {
    const facts = this.index.files.get(file);
    const definition = facts?.definitions.find((entry) => entry.name === functionName && entry.kind === 'function');
    if (!facts || !definition) return undefined;
    const inside = facts.routers.filter((router) => router.line >= definition.line && router.line <= definition.endLine);
    const chosen = inside.find((router) => router.kind === 'app') ?? inside[0];
    return chosen ? `${file}#${chosen.name}` : undefined;
  }
}

function joinFolder(folder: string, relative: string): string {
  const parts = folder === '' || folder === '.' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

