/**
 * Path helpers shared by every framework: joining a prefix and a path the way routers do, and one
 * comparable form for parameters written as `{id}`, `<int:id>`, `:id`, `(?P<id>...)`.
 */

/** `'/api' + '/users'`, `'catalog/' + 'books/'`, `'/orders' + ''`: one slash between non-empty parts. */
export function joinRoutePath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A full path as served: always starting with '/'. */
export function absoluteRoutePath(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * The form used to compare routes across frameworks and with an OpenAPI document: parameters as
 * `{name}` whatever their syntax or converter, no regex anchors, no trailing slash (except the root),
 * no repeated slashes. The original path is what users see; this is only for matching.
 */
export function normalizeRoutePath(path: string): string {
  let normalized = path
    .replace(/\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)/g, '{$1}') // Django/Python regex groups
    .replace(/<(?:[\w.]+:)?(\w+)>/g, '{$1}') // Flask/Django/Werkzeug converters
    .replace(/\{(\w+)(?::[^}]*)?\}/g, '{$1}') // Starlette/aiohttp converters and regexes
    .replace(/:(\w+)(?:\([^)]*\))?\??/g, '{$1}') // Express/Koa/Fastify/Hono params
    .replace(/^\^/, '')
    .replace(/\$$/, '');
  normalized = absoluteRoutePath(normalized).replace(/\/{2,}/g, '/');
  if (normalized.length > 1) normalized = normalized.replace(/\/+$/, '');
  return normalized;
}
