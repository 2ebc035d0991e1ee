import type { DrfRegistration } from '../python/django-urls.js';
import type { ViewFact } from '../python/views.js';
import { definitionOf, resolveSymbol, type SymbolIndex, type SymbolTarget } from './symbols.js';
import { PYTHON_VIEWS } from '../python/conventions.js';

/**
 * Methods that only the view knows: class-based views answer the HTTP methods they define,
 * Django function views the ones their decorators allow, DRF viewsets the actions of their bases.
 */

export interface ViewRoute {
  method: string;
  /** Path below the route's own path ('' for the route itself). */
  suffix: string;
  handler?: { file: string; line: number; name: string };
}

const HTTP_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

export function viewFact(index: SymbolIndex, target: SymbolTarget): ViewFact | undefined {
  if (!target.name) return undefined;
  const views = (index.files.get(target.file)?.checkFacts[PYTHON_VIEWS] ?? []) as ViewFact[];
  return views.find((view) => view.name === target.name);
}

/** The methods of a handler named in `file`, or undefined when the view does not say. Handler names stay as written, plus the method for classes. */
export function viewMethods(index: SymbolIndex, file: string, handlerName: string): ViewRoute[] | undefined {
  const target = resolveSymbol(index, file, handlerName);
  if (!target) return undefined;
  const view = viewFact(index, target);
  if (!view) return undefined;
  if (view.kind === 'function') {
    return view.methods?.map((method) => ({ method, suffix: '', handler: { file: target.file, line: view.line, name: handlerName } }));
  }
  const routes = view.handlers
    .filter((handler) => HTTP_ORDER.includes(handler.name.toUpperCase()))
    .map((handler) => ({ method: handler.name.toUpperCase(), suffix: '', handler: { file: target.file, line: handler.line, name: `${handlerName}.${handler.name}` } }));
  if (routes.length > 0) return sortByMethod(routes);
  // Generic views answer what their base implements (`ListCreateAPIView` -> GET, POST).
  const inherited = view.bases.flatMap((base) => GENERIC_VIEW_METHODS[base.split('.').pop()!] ?? []);
  if (inherited.length === 0) return undefined;
  return [...new Set(inherited)].map((method) => ({ method, suffix: '', handler: { file: target.file, line: view.line, name: handlerName } }));
}

/** Methods of Django's generic class-based views and DRF's generic API views. */
const GENERIC_VIEW_METHODS: Record<string, string[]> = {
  TemplateView: ['GET'],
  ListView: ['GET'],
  DetailView: ['GET'],
  ArchiveIndexView: ['GET'],
  CreateView: ['GET', 'POST'],
  UpdateView: ['GET', 'POST'],
  DeleteView: ['GET', 'POST'],
  FormView: ['GET', 'POST'],
  ListAPIView: ['GET'],
  RetrieveAPIView: ['GET'],
  CreateAPIView: ['POST'],
  DestroyAPIView: ['DELETE'],
  UpdateAPIView: ['PUT', 'PATCH'],
  ListCreateAPIView: ['GET', 'POST'],
  RetrieveUpdateAPIView: ['GET', 'PUT', 'PATCH'],
  RetrieveDestroyAPIView: ['GET', 'DELETE'],
  RetrieveUpdateDestroyAPIView: ['GET', 'PUT', 'PATCH', 'DELETE'],
};

function sortByMethod(routes: ViewRoute[]): ViewRoute[] {
  return routes.sort((a, b) => HTTP_ORDER.indexOf(a.method) - HTTP_ORDER.indexOf(b.method));
}

const LIST_ACTIONS: Record<string, string> = { list: 'GET', create: 'POST' };
const DETAIL_ACTIONS: Record<string, string> = { retrieve: 'GET', update: 'PUT', partial_update: 'PATCH', destroy: 'DELETE' };

/** Actions each DRF base and mixin brings. */
const BASE_ACTIONS: Record<string, string[]> = {
  ModelViewSet: ['list', 'create', 'retrieve', 'update', 'partial_update', 'destroy'],
  ReadOnlyModelViewSet: ['list', 'retrieve'],
  ListModelMixin: ['list'],
  CreateModelMixin: ['create'],
  RetrieveModelMixin: ['retrieve'],
  UpdateModelMixin: ['update', 'partial_update'],
  DestroyModelMixin: ['destroy'],
};

/**
 * The routes a `router.register(prefix, ViewSet)` adds, as suffixes of the prefix: `/` for list
 * actions, `/<pk>/` for detail actions, and each `@action` below one of them. When the viewset
 * cannot be read, list and detail routes answer ANY.
 */
export function drfRoutes(index: SymbolIndex, file: string, registration: DrfRegistration): ViewRoute[] {
  const target = registration.viewset ? resolveSymbol(index, file, registration.viewset) : undefined;
  const view = target ? viewFact(index, target) : undefined;
  if (!target || !view) return [{ method: 'ANY', suffix: '/' }, { method: 'ANY', suffix: '/<pk>/' }];
  const classLine = definitionOf(index, target)?.line ?? view.line;
  const actions = new Set<string>();
  for (const base of view.bases) for (const action of BASE_ACTIONS[base.split('.').pop()!] ?? []) actions.add(action);
  for (const handler of view.handlers) if (handler.name in LIST_ACTIONS || handler.name in DETAIL_ACTIONS) actions.add(handler.name);
  const handlerFor = (action: string) => {
    const own = view.handlers.find((handler) => handler.name === action);
    return { file: target.file, line: own?.line ?? classLine, name: `${view.name}.${action}` };
  };
  const routes: ViewRoute[] = [];
  for (const [action, method] of Object.entries(LIST_ACTIONS)) if (actions.has(action)) routes.push({ method, suffix: '/', handler: handlerFor(action) });
  for (const [action, method] of Object.entries(DETAIL_ACTIONS)) if (actions.has(action)) routes.push({ method, suffix: '/<pk>/', handler: handlerFor(action) });
  for (const action of view.actions) {
    const suffix = action.detail ? `/<pk>/${action.urlPath}/` : `/${action.urlPath}/`;
    for (const method of action.methods) routes.push({ method, suffix, handler: { file: target.file, line: action.line, name: `${view.name}.${action.name}` } });
  }
  return routes;
}
