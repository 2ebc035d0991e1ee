import { describe, expect, it } from 'vitest';
import { commandsInFile, isCommandFile, localImports, resolveEntry } from './entry-points.js';

const files = new Set(['svc/app/main.py', 'svc/src/shop/api.py', 'svc/wsgi.py', 'web/src/server.ts', 'web/bin/cli.js', 'web/src/worker/index.ts']);

describe('resolveEntry', () => {
  it('follows ASGI/WSGI server module references, python -m, flask --app and pyproject scripts', () => {
    expect(resolveEntry('svc', 'uvicorn app.main:app --reload', files)).toBe('svc/app/main.py');
    expect(resolveEntry('svc', 'gunicorn -w 4 "wsgi:create_app()"', files)).toBe('svc/wsgi.py');
    expect(resolveEntry('svc', 'python -m shop.api', files)).toBe('svc/src/shop/api.py');
    expect(resolveEntry('svc', 'flask --app wsgi run', files)).toBe('svc/wsgi.py');
    expect(resolveEntry('svc', 'FLASK_APP=wsgi.py flask run', files)).toBe('svc/wsgi.py');
    expect(resolveEntry('svc', 'shop.api:main', files)).toBe('svc/src/shop/api.py');
    expect(resolveEntry('svc', 'python -m pytest', files)).toBeUndefined();
  });

  it('maps compiled output back to its source and finds index files', () => {
    expect(resolveEntry('web', 'node dist/server.js', files)).toBe('web/src/server.ts');
    expect(resolveEntry('web', 'tsx watch src/server.ts', files)).toBe('web/src/server.ts');
    expect(resolveEntry('web', './bin/cli.js', files)).toBe('web/bin/cli.js');
    expect(resolveEntry('web', 'node build/worker', files)).toBeUndefined();
    expect(resolveEntry('web', 'node dist/worker/index.js', files)).toBe('web/src/worker/index.ts');
    expect(resolveEntry('web', 'node ../../etc/x.js', files)).toBeUndefined();
  });
});

describe('commandsInFile', () => {
  it('reads Procfile processes (not release) and Dockerfile CMD/ENTRYPOINT with their lines', () => {
    expect(commandsInFile('release: alembic upgrade head\nweb: gunicorn app:app\n', 'Procfile')).toEqual([{ line: 2, command: 'gunicorn app:app' }]);
    expect(commandsInFile('FROM node:20\nRUN npm ci\nCMD ["node", "dist/index.js"]\n', 'api/Dockerfile')).toEqual([{ line: 3, command: '["node", "dist/index.js"]' }]);
    expect(isCommandFile('api/Dockerfile.prod')).toBe(true);
    expect(isCommandFile('api/Makefile')).toBe(false);
  });
});

describe('localImports', () => {
  const sources = new Set(['api/src/app.ts', 'api/src/routes/index.js', 'svc/blog/__init__.py', 'svc/blog/views.py', 'svc/src/shop/main.py']);
  it('resolves relative JS/TS imports, including `.js` written for a `.ts` file and folder indexes', () => {
    const file = { path: 'api/src/server.ts', grammar: 'typescript', imports: [{ specifier: './app.js' }, { specifier: './routes' }, { specifier: 'express' }, { specifier: './types', typeOnly: true }] };
    expect(localImports(file, 'api', sources)).toEqual(['api/src/app.ts', 'api/src/routes/index.js']);
  });

  it('resolves Python modules from the project root, from src/, and relative by level', () => {
    expect(localImports({ path: 'svc/wsgi.py', grammar: 'python', imports: [{ specifier: 'blog' }, { specifier: 'shop.main' }, { specifier: 'flask' }] }, 'svc', sources)).toEqual(['svc/blog/__init__.py', 'svc/src/shop/main.py']);
    expect(localImports({ path: 'svc/blog/__init__.py', grammar: 'python', imports: [{ specifier: 'views', level: 1 }] }, 'svc', sources)).toEqual(['svc/blog/views.py']);
  });
});
