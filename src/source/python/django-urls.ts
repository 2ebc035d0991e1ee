import type { SyntaxNode } from '../syntax-tree.js';
import type { PathExpression, RouterFact } from '../facts.js';
import type { RouteContext } from './routes.js';
import { callArguments, calleeName, dottedName, lastName, lineOf, pathExpression, stringValue } from './syntax.js';
import { DRF_REGISTRATIONS } from './conventions.js';

/**
 * Django URLconfs (`urlpatterns = [path(...), re_path(...), include(...)]`) and DRF routers.
 * Each pattern list becomes a router; `include()` becomes a mount whose child is the dotted module
 * (`catalog.urls`), a local pattern list, or `router.urls`. Views are named, not resolved: the
 * composer follows the imports to the view and reads its methods.
 */

export interface DrfRegistration {
  /** Local name of the DRF router. */
  owner: string;
  prefix: PathExpression;
  /** The viewset as written (`BookViewSet`, `views.BookViewSet`). */
  viewset?: string;
  line: number;
}

const PATTERN_FUNCTIONS = new Set(['path', 're_path', 'url']);
const DRF_ROUTERS = new Set(['DefaultRouter', 'SimpleRouter']);

export function extractDjangoUrls(root: SyntaxNode, context: RouteContext): void {
  if (!context.frameworks.has('django') && !context.frameworks.has('django-ninja')) return;
  extractDrfRouters(root, context);
  for (const assignment of root.descendantsOfType(['assignment', 'augmented_assignment'])) {
    const right = assignment.childForFieldName('right');
    if (!right || (right.type !== 'list' && right.type !== 'binary_operator' && right.type !== 'attribute')) continue;
    const lists = patternLists(right);
    const mountedUrls = urlsAttributes(right);
    if (lists.length === 0 && mountedUrls.length === 0) continue;
    const name = dottedName(assignment.childForFieldName('left'));
    if (!name) continue;
    ensureRouter(context, name, lineOf(assignment));
    for (const list of lists) readPatternList(context, name, list);
    for (const urls of mountedUrls) {
      context.facts.mounts.push({ parent: name, child: urls.text, prefix: { value: '' }, line: lineOf(urls), framework: 'django' });
    }
  }
  // `urlpatterns.append(path(...))` / `urlpatterns.extend([...])`
  for (const call of root.descendantsOfType('call')) {
    const method = lastName(call);
    if (method !== 'append' && method !== 'extend') continue;
    const callee = calleeName(call);
    if (!callee) continue;
    const owner = callee.slice(0, callee.lastIndexOf('.'));
    if (!context.routers.has(owner)) continue;
    for (const argument of callArguments(call).positional) {
      if (argument.type === 'list') readPatternList(context, owner, argument);
      else readPattern(context, owner, argument);
    }
  }
}

function ensureRouter(context: RouteContext, name: string, line: number): void {
  if (context.routers.has(name)) return;
  const router: RouterFact = { name, line, kind: 'router', framework: 'django', exported: true };
  context.routers.set(name, router);
  context.facts.routers.push(router);
}

/** Lists of pattern calls on the right of `x = [...]`, `x += [...]`, `x = [...] + router.urls`. */
function patternLists(node: SyntaxNode): SyntaxNode[] {
  if (node.type === 'list') return node.namedChildren.some(isPatternCall) ? [node] : [];
  if (node.type === 'binary_operator') return node.namedChildren.flatMap(patternLists);
  return [];
}

function urlsAttributes(node: SyntaxNode): SyntaxNode[] {
  if (node.type === 'attribute' && node.childForFieldName('attribute')?.text === 'urls') return [node];
  if (node.type === 'binary_operator') return node.namedChildren.flatMap(urlsAttributes);
  return [];
}

function isPatternCall(node: SyntaxNode): boolean {
  if (node.type !== 'call') return false;
  const name = calleeName(node)?.split('.').pop();
  return name !== undefined && PATTERN_FUNCTIONS.has(name);
}

function readPatternList(context: RouteContext, owner: string, list: SyntaxNode): void {
  for (const element of list.namedChildren) readPattern(context, owner, element);
}

function readPattern(context: RouteContext, owner: string, call: SyntaxNode): void {
  if (!isPatternCall(call)) return;
  const isRegex = calleeName(call)?.split('.').pop() !== 'path';
  const args = callArguments(call);
  const routeNode = args.positional[0] ?? args.keywords.get('route');
  const viewNode = args.positional[1] ?? args.keywords.get('view');
  if (!routeNode || !viewNode) return;
  const prefix = routePath(routeNode, isRegex);
  const line = lineOf(call);

  const included = includeTarget(context, viewNode, line);
  if (included) {
    context.facts.mounts.push({ parent: owner, child: included, prefix, line, framework: 'django' });
    return;
  }
  if (viewNode.type === 'attribute' && viewNode.childForFieldName('attribute')?.text === 'urls') {
    context.facts.mounts.push({ parent: owner, child: viewNode.text, prefix, line, framework: 'django' });
    return;
  }
  let handlerName: string | undefined;
  let methods = ['ANY'];
  if (viewNode.type === 'call') {
    const callee = calleeName(viewNode);
    if (callee?.endsWith('.as_view')) {
      handlerName = callee.slice(0, -'.as_view'.length);
      // DRF `ViewSet.as_view({'get': 'list', 'post': 'create'})` names its methods.
      const actions = actionMap(callArguments(viewNode).positional[0]);
      if (actions.length > 0) methods = actions;
    }
  } else {
    handlerName = dottedName(viewNode);
  }
  for (const method of methods) {
    context.facts.routes.push({
      method,
      path: prefix,
      owner,
      line,
      ...(handlerName ? { handler: { name: handlerName, line } } : {}),
      framework: 'django',
    });
  }
}

function actionMap(node: SyntaxNode | undefined): string[] {
  if (node?.type !== 'dictionary') return [];
  return node.namedChildren
    .filter((pair) => pair.type === 'pair')
    .map((pair) => stringValue(pair.childForFieldName('key'))?.toUpperCase())
    .filter((method): method is string => method !== undefined);
}

/** Django regex routes: anchors dropped so they compose; named groups stay for the normaliser. */
function routePath(node: SyntaxNode, isRegex: boolean): PathExpression {
  const expression = pathExpression(node);
  if (!isRegex || expression.value === undefined) return expression;
  return { value: expression.value.replace(/^\^/, '').replace(/\$$/, '') };
}

/** The child of `include(...)`: dotted module, local list, `router.urls`, or an inline list read as its own router. */
function includeTarget(context: RouteContext, node: SyntaxNode, line: number): string | undefined {
  if (node.type !== 'call' || calleeName(node)?.split('.').pop() !== 'include') return undefined;
  let target = callArguments(node).positional[0];
  if (!target) return undefined;
  if (target.type === 'tuple' || target.type === 'parenthesized_expression') target = target.namedChildren[0];
  if (!target) return undefined;
  const module = stringValue(target);
  if (module !== undefined) return module;
  if (target.type === 'list') {
    const name = `<include@${line}>`;
    ensureRouter(context, name, line);
    readPatternList(context, name, target);
    return name;
  }
  return dottedName(target) ?? target.text;
}

function extractDrfRouters(root: SyntaxNode, context: RouteContext): void {
  const drfRouters = new Map<string, { isDefault: boolean }>();
  for (const assignment of root.descendantsOfType('assignment')) {
    const right = assignment.childForFieldName('right');
    if (right?.type !== 'call') continue;
    const constructor = lastName(right);
    if (!constructor || !DRF_ROUTERS.has(constructor)) continue;
    const name = dottedName(assignment.childForFieldName('left'));
    if (!name) continue;
    const line = lineOf(assignment);
    ensureRouter(context, name, line);
    drfRouters.set(name, { isDefault: constructor === 'DefaultRouter' });
    if (constructor === 'DefaultRouter') {
      // DefaultRouter serves a browsable API root listing the registered viewsets.
      context.facts.routes.push({ method: 'GET', path: { value: '' }, owner: name, line, handler: { name: 'api-root', line }, framework: 'django' });
    }
  }
  const registrations: DrfRegistration[] = [];
  for (const call of root.descendantsOfType('call')) {
    if (lastName(call) !== 'register') continue;
    const callee = calleeName(call);
    if (!callee) continue;
    const owner = callee.slice(0, -'.register'.length);
    if (!drfRouters.has(owner)) continue;
    const args = callArguments(call);
    const prefixNode = args.positional[0] ?? args.keywords.get('prefix');
    const viewsetNode = args.positional[1] ?? args.keywords.get('viewset');
    if (!prefixNode) continue;
    const viewset = dottedName(viewsetNode);
    registrations.push({ owner, prefix: routePath(prefixNode, true), ...(viewset ? { viewset } : {}), line: lineOf(call) });
  }
  if (registrations.length > 0) (context.facts.checkFacts[DRF_REGISTRATIONS] ??= []).push(...registrations);
}
