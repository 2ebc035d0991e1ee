import { describe, expect, it } from 'vitest';
import { emptyFacts, type FileFacts } from '../facts.js';
import type { ImportEdge, ImportGraph } from '../model.js';
import { composeRoutes, isTestFile, type Route } from './compose-routes.js';

/** Composition alone, over hand-written facts and a hand-built import graph. */

type FactsPatch = Partial<Pick<FileFacts, 'routes' | 'routers' | 'mounts' | 'definitions' | 'checkFacts'>>;

function facts(path: string, patch: FactsPatch): FileFacts {
  return { ...emptyFacts(path, path.endsWith('.py') ? 'python' : 'javascript', 'h', 10), ...patch };
}

function graph(edges: Partial<ImportEdge>[], modules: Record<string, string> = {}): ImportGraph {
  const full = edges.map((edge) => ({ specifier: '', line: 1, names: [], locals: [], typeOnly: false, from: '', ...edge }) as ImportEdge);
  return {
    edgesFrom: (file) => full.filter((edge) => edge.from === file),
    edgesTo: (file) => full.filter((edge) => edge.to === file),
    resolve: (file, specifier) => modules[`${file}|${specifier}`],
  };
}

function table(files: FileFacts[], importGraph: ImportGraph): string[] {
  const map = new Map(files.map((file) => [file.path, file]));
  return composeRoutes(map, importGraph).map((route: Route) => `${route.method} ${route.path}${route.partial ? ' (partial)' : ''} ${route.file}:${route.line}${route.handler ? ` -> ${route.handler.file}:${route.handler.line}` : ''}`);
}

describe('composeRoutes', () => {
  it('lets a Flask register_blueprint url_prefix replace the blueprint own prefix, and FastAPI prefixes add up', () => {
    const flask = facts('app.py', {
      routers: [
        { name: 'app', line: 1, kind: 'app', framework: 'flask' },
        { name: 'bp', line: 2, kind: 'router', framework: 'flask', prefix: { value: '/own' } },
        { name: 'api', line: 3, kind: 'app', framework: 'fastapi' },
        { name: 'router', line: 4, kind: 'router', framework: 'fastapi', prefix: { value: '/own' } },
      ],
      routes: [
        { method: 'GET', path: { value: '/x' }, owner: 'bp', line: 5, framework: 'flask' },
        { method: 'GET', path: { value: '/y' }, owner: 'router', line: 6, framework: 'fastapi' },
      ],
      mounts: [
        { parent: 'app', child: 'bp', prefix: { value: '/given' }, line: 7, framework: 'flask' },
        { parent: 'api', child: 'router', prefix: { value: '/given' }, line: 8, framework: 'fastapi' },
      ],
    });
    expect(table([flask], graph([]))).toEqual(['GET /given/own/y app.py:6', 'GET /given/x app.py:5']);
  });

  it('resolves prefixes from constants of imported files, f-strings and concatenations, and marks the rest partial', () => {
    const config = facts('pkg/config.py', {
      checkFacts: {
        'python-constants': [
          { name: 'BASE', line: 1, value: '/api' },
          { name: 'API_PREFIX', line: 3, container: 'Settings', text: 'BASE + "/v2"', reference: 'BASE' },
        ],
      },
    });
    const main = facts('pkg/main.py', {
      routers: [
        { name: 'app', line: 2, kind: 'app', framework: 'fastapi' },
        { name: 'users', line: 3, kind: 'router', framework: 'fastapi', prefix: { text: 'f"{BASE}/users"', reference: 'BASE' } },
      ],
      routes: [
        { method: 'GET', path: { value: '/{id}' }, owner: 'users', line: 4, framework: 'fastapi' },
        { method: 'GET', path: { reference: 'UNKNOWN_PATH' }, owner: 'app', line: 5, framework: 'fastapi' },
      ],
      mounts: [{ parent: 'app', child: 'users', prefix: { reference: 'settings.API_PREFIX' }, line: 6, framework: 'fastapi' }],
    });
    const edges = graph([
      { from: 'pkg/main.py', to: 'pkg/config.py', names: ['settings'], locals: ['settings'] },
      { from: 'pkg/main.py', to: 'pkg/config.py', names: ['BASE'], locals: ['BASE'] },
    ]);
    expect(table([config, main], edges)).toEqual(['GET /${UNKNOWN_PATH} (partial) pkg/main.py:5', 'GET /api/v2/api/users/{id} pkg/main.py:4']);
  });

  it('follows Django include() of dotted modules and expands an unreadable DRF viewset as ANY', () => {
    const root = facts('proj/urls.py', {
      routers: [{ name: 'urlpatterns', line: 1, kind: 'router', framework: 'django' }],
      mounts: [
        { parent: 'urlpatterns', child: 'shop.urls', prefix: { value: 'shop/' }, line: 2, framework: 'django' },
        { parent: 'urlpatterns', child: 'missing.urls', prefix: { value: 'gone/' }, line: 3, framework: 'django' },
      ],
    });
    const shop = facts('shop/urls.py', {
      routers: [
        { name: 'router', line: 1, kind: 'router', framework: 'django' },
        { name: 'urlpatterns', line: 3, kind: 'router', framework: 'django' },
      ],
      mounts: [{ parent: 'urlpatterns', child: 'router.urls', prefix: { value: '' }, line: 4, framework: 'django' }],
      checkFacts: { 'drf-registrations': [{ owner: 'router', prefix: { value: 'items' }, viewset: 'ItemViewSet', line: 2 }] },
    });
    const modules = { 'proj/urls.py|shop.urls': 'shop/urls.py' };
    expect(table([root, shop], graph([], modules))).toEqual([
      'ANY /gone/* (partial) proj/urls.py:3',
      'ANY /shop/items/ shop/urls.py:2',
      'ANY /shop/items/<pk>/ shop/urls.py:2',
    ]);
  });

  it('builds sub-apps returned by factory functions and does not loop on mount cycles', () => {
    const admin = facts('svc/admin.py', {
      definitions: [{ name: 'create_admin', kind: 'function', line: 1, endLine: 5 }],
      routers: [{ name: 'sub', line: 2, kind: 'app', framework: 'aiohttp' }],
      routes: [{ method: 'GET', path: { value: '/stats' }, owner: 'sub', line: 3, framework: 'aiohttp', handler: { name: 'stats', line: 3 } }],
      mounts: [{ parent: 'sub', child: 'sub', line: 4, framework: 'aiohttp' }],
    });
    const main = facts('svc/main.py', {
      routers: [
        { name: 'app', line: 1, kind: 'app', framework: 'aiohttp' },
        { name: 'a', line: 2, kind: 'router', framework: 'aiohttp', prefix: { value: '/a' } },
        { name: 'b', line: 3, kind: 'router', framework: 'aiohttp', prefix: { value: '/b' } },
      ],
      routes: [{ method: 'GET', path: { value: '/x' }, owner: 'b', line: 4, framework: 'aiohttp' }],
      mounts: [
        { parent: 'app', child: 'create_admin()', prefix: { value: '/admin' }, line: 5, framework: 'aiohttp' },
        { parent: 'app', child: 'a', line: 6, framework: 'aiohttp' },
        { parent: 'a', child: 'b', line: 7, framework: 'aiohttp' },
        { parent: 'b', child: 'a', line: 8, framework: 'aiohttp' },
      ],
    });
    const edges = graph([{ from: 'svc/main.py', to: 'svc/admin.py', names: ['create_admin'], locals: ['create_admin'] }]);
    expect(table([admin, main], edges)).toEqual(['GET /a/b/x svc/main.py:4', 'GET /admin/stats svc/admin.py:3 -> svc/admin.py:3']);
  });

  it('joins Node routers mounted through module: children, default exports and autoload folders', () => {
    const app = facts('src/app.js', {
      routers: [{ name: 'app', line: 1, kind: 'app', framework: 'express', exportedAs: ['default'] }],
      mounts: [
        { parent: 'app', child: 'module:./routes', prefix: { value: '/api' }, line: 2, framework: 'express' },
        { parent: 'app', child: 'dir:plugins', prefix: { value: '/v2' }, line: 3, framework: 'express' },
      ],
    });
    const routes = facts('src/routes/index.js', {
      routers: [{ name: 'router', line: 1, kind: 'router', framework: 'express', exportedAs: ['default'] }],
      routes: [{ method: 'GET', path: { value: '/users/:id' }, owner: 'router', line: 2, framework: 'express', handler: { name: 'users.show', line: 2 } }],
    });
    const controller = facts('src/controllers/users.js', { definitions: [{ name: 'show', kind: 'function', line: 7, endLine: 9, exported: true }] });
    const plugin = facts('src/plugins/reviews/index.js', {
      routers: [{ name: 'default', line: 1, kind: 'router', framework: 'fastify', exportedAs: ['default'] }],
      routes: [{ method: 'POST', path: { value: '/' }, owner: 'default', line: 2, framework: 'fastify' }],
    });
    const edges = graph(
      [{ from: 'src/routes/index.js', to: 'src/controllers/users.js', names: [], locals: ['users'] }],
      { 'src/app.js|./routes': 'src/routes/index.js' },
    );
    expect(table([app, routes, controller, plugin], edges)).toEqual([
      'GET /api/users/:id src/routes/index.js:2 -> src/controllers/users.js:7',
      'POST /v2/reviews src/plugins/reviews/index.js:2',
    ]);
  });

  it('still lists routes of routers that only mount each other', () => {
    const file = facts('loop.py', {
      routers: [
        { name: 'a', line: 1, kind: 'router', framework: 'fastapi', prefix: { value: '/a' } },
        { name: 'b', line: 2, kind: 'router', framework: 'fastapi', prefix: { value: '/b' } },
      ],
      routes: [{ method: 'GET', path: { value: '/x' }, owner: 'b', line: 3, framework: 'fastapi' }],
      mounts: [
        { parent: 'a', child: 'b', line: 4, framework: 'fastapi' },
        { parent: 'b', child: 'a', line: 5, framework: 'fastapi' },
      ],
    });
    expect(table([file], graph([]))).toEqual(['GET /a/b/x loop.py:3']);
  });

  it('leaves out what test files declare', () => {
    const app = facts('app/main.py', {
      routers: [{ name: 'router', line: 1, kind: 'router', framework: 'fastapi' }],
      routes: [{ method: 'GET', path: { value: '/items' }, owner: 'router', line: 2, framework: 'fastapi' }],
    });
    const conftest = facts('tests/conftest.py', {
      routers: [{ name: 'app', line: 1, kind: 'app', framework: 'fastapi' }],
      routes: [{ method: 'GET', path: { value: '/only-in-tests' }, owner: 'app', line: 2, framework: 'fastapi' }],
      mounts: [{ parent: 'app', child: 'router', prefix: { value: '/t' }, line: 3, framework: 'fastapi' }],
    });
    const edges = graph([{ from: 'tests/conftest.py', to: 'app/main.py', names: ['router'], locals: ['router'] }]);
    expect(table([app, conftest], edges)).toEqual(['GET /items app/main.py:2']);
  });

  it('sorts by comparable path, then method, then declaration', () => {
    const file = facts('app.py', {
      routers: [{ name: 'app', line: 1, kind: 'app', framework: 'flask' }],
      routes: [
        { method: 'POST', path: { value: '/b' }, owner: 'app', line: 2, framework: 'flask' },
        { method: 'GET', path: { value: '/b/<int:id>' }, owner: 'app', line: 3, framework: 'flask' },
        { method: 'GET', path: { value: '/b' }, owner: 'app', line: 4, framework: 'flask' },
        { method: 'DELETE', path: { value: '/a' }, owner: 'app', line: 5, framework: 'flask' },
      ],
    });
    expect(table([file], graph([]))).toEqual(['DELETE /a app.py:5', 'GET /b app.py:4', 'POST /b app.py:2', 'GET /b/<int:id> app.py:3']);
  });
});

describe('isTestFile', () => {
  it('recognises Python and JS test files and folders, not application files', () => {
    expect(['tests/conftest.py', 'app/tests/test_users.py', 'test_api.py', 'users_test.py', 'src/users.test.ts', 'src/__tests__/a.js', 'api.spec.mjs'].filter(isTestFile)).toHaveLength(7);
    expect(['app/testing.py', 'src/contest.py', 'app/routes/tests_helpers.py', 'latest/app.py'].filter(isTestFile)).toEqual([]);
  });
});
