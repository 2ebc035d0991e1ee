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
  // Most paths are already in this form, or are one of a few shapes repeated across a codebase.
  if (PLAIN_PATH.test(path)) return path;
  let normalized = normalizedPaths.get(path);
  if (normalized === undefined) {
    normalized = normalizeUncached(path);
    if (normalizedPaths.size >= MAX_REMEMBERED_PATHS) normalizedPaths.clear();
    normalizedPaths.set(path, normalized);
  }
  return normalized;
}

/** Absolute, no parameters, no regex, no repeated or trailing slash: already normal. */
const PLAIN_PATH = /^\/(?:[\w.~-]+(?:\/[\w.~-]+)*)?$/;
const normalizedPaths = new Map<string, string>();
const MAX_REMEMBERED_PATHS = 10_000;

function normalizeUncached(path: string): string {
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
