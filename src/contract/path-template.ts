/**
 * Path templates written in different syntaxes compared by structure: `{slug}` (OpenAPI, FastAPI),
 * `<slug>` / `<int:id>` (Flask, Django), `:slug` (Express, Koa, Hono, Fastify) and Django regex
 * groups all become one parameter segment, so `/articles/{slug}` and `/articles/:slug` are equal.
 */

export type Segment = { kind: 'literal'; value: string } | { kind: 'param'; name: string };

const PARAM_FORMS: RegExp[] = [
  /^\{([A-Za-z_][\w-]*)(?::[^}]*)?\}$/, // {slug}, {id:int}
  /^<(?:[A-Za-z_]\w*:)?([A-Za-z_]\w*)>$/, // <slug>, <int:id>
  /^:([A-Za-z_]\w*)(?:\(.*\))?\??$/, // :slug, :id(\d+), :id?
];

export function segmentsOf(template: string): Segment[] {
  // Django regex groups may hold `/` (`[^/]+`): turn them into `<name>` before splitting.
  const cleaned = template
    .trim()
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)/g, '<$1>');
  return cleaned
    .split('/')
    .filter((part) => part !== '')
    .map((part): Segment => {
      for (const form of PARAM_FORMS) {
        const match = form.exec(part);
        if (match) return { kind: 'param', name: match[1]! };
      }
      if (part === '*' || /^\*\w*$/.test(part)) return { kind: 'param', name: part };
      return { kind: 'literal', value: part };
    });
}

/** The comparable form: literals kept, every parameter `{}`, no trailing slash. */
export function structuralKey(template: string): string {
  return '/' + segmentsOf(template).map((segment) => (segment.kind === 'literal' ? segment.value : '{}')).join('/');
}

/** Joins a base path (from `servers[0].url`) and an operation path with exactly one `/` between. */
export function joinPaths(base: string, path: string): string {
  const left = base.replace(/\/+$/, '');
  const right = path.startsWith('/') ? path : `/${path}`;
  return `${left}${right}` || '/';
}

/** The path part of a server URL: `http://host:3000/api` -> `/api`, `/v1` -> `/v1`, absent -> ``. */
export function basePathOf(serverUrl: string | undefined): string {
  if (!serverUrl) return '';
  const withoutOrigin = serverUrl.replace(/^[A-Za-z{][\w+.{}-]*:\/\/[^/]*/, '');
  const path = withoutOrigin.split(/[?#]/)[0] ?? '';
  return path === '/' ? '' : path.replace(/\/+$/, '');
}

/**
 * How well a concrete request path fits a template: the number of literal segments matched, or
 * -1 when it does not fit. More literals win, so `/articles/feed` prefers `/articles/feed` over
 * `/articles/{slug}`.
 */
export function matchScore(template: string, concretePath: string): number {
  const expected = segmentsOf(template);
  const actual = concretePath.split(/[?#]/)[0]!.split('/').filter((part) => part !== '');
  if (expected.length !== actual.length) return -1;
  let literals = 0;
  for (let index = 0; index < expected.length; index++) {
    const segment = expected[index]!;
    if (segment.kind === 'param') continue;
    if (safeDecode(actual[index]!) !== segment.value) return -1;
    literals++;
  }
  return literals;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
