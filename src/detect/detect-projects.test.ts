import { describe, expect, it } from 'vitest';
import { memoryLogger, silentLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import { emptyFacts, type FileFacts, type ImportFact } from '../source/facts.js';
import { grammarForPath } from '../source/grammars.js';
import { detectProjects } from './detect-projects.js';

/** Hand-made facts: each import as `specifier` or `[specifier, {names, typeOnly, ...}]`, one per line. */
function facts(path: string, imports: (string | [string, Partial<ImportFact>])[] = []): FileFacts {
  const file = emptyFacts(path, grammarForPath(path)!, 'hash', imports.length + 1);
  file.imports = imports.map((entry, index) => {
    const [specifier, extra] = typeof entry === 'string' ? [entry, {}] : entry;
    return { specifier, names: [], locals: [], line: index + 1, kind: file.grammar === 'python' ? 'python' : 'esm', ...extra };
  });
  return file;
}

function detect(files: Record<string, string>, parsed: FileFacts[], extra: Parameters<typeof detectProjects>[0] extends infer T ? Partial<T> : never = {}) {
  const all = { ...files };
  for (const file of parsed) all[file.path] ??= '';
  const logger = memoryLogger();
  const projects = detectProjects({ workspace: memoryWorkspace(all), files: new Map(parsed.map((file) => [file.path, file])), ...extra }, logger);
  return { projects, logger };
}

const pkg = (json: object) => JSON.stringify(json, null, 2);

describe('detectProjects: roots', () => {
  it('does not make a workspace root a project for dependencies it hoists for its members', () => {
    const { projects } = detect(
      { 'package.json': pkg({ name: 'mono', workspaces: ['apps/*'], dependencies: { express: '^4' } }), 'apps/api/package.json': pkg({ name: 'api', dependencies: { express: '^4' } }) },
      [facts('apps/api/src/index.js', ['express']), facts('scripts/release.js', ['node:fs'])],
    );
    expect(projects.map((project) => [project.root, project.framework])).toEqual([['apps/api', 'express']]);
  });

  it('drops a frontend package with its files; they never reach the project above', () => {
    const { projects, logger } = detect(
      { 'requirements.txt': 'flask\n', 'ui/package.json': pkg({ name: 'ui', dependencies: { react: '^18', express: '^4' } }) },
      [facts('app.py', ['flask']), facts('ui/src/App.tsx', ['react']), facts('ui/src/a.tsx', ['react']), facts('ui/src/b.tsx', ['react'])],
    );
    expect(projects.map((project) => [project.root, project.framework, project.language])).toEqual([['.', 'flask', 'python']]);
    expect(projects[0]!.candidates.map((candidate) => candidate.framework)).toEqual(['flask']);
    expect(logger.messages).toContainEqual({ level: 'debug', message: 'detect: ui is a frontend package, not a backend project' });
  });

  it('keeps a package that lists react as a project when its code runs a backend framework', () => {
    const { projects } = detect({ 'package.json': pkg({ name: 'ssr', dependencies: { react: '^18', express: '^4' } }) }, [facts('server.js', ['express', 'react'])]);
    expect(projects.map((project) => [project.root, project.framework])).toEqual([['.', 'express']]);
  });

  it('hands the files of a nested package without backend evidence to the project above', () => {
    const { projects } = detect(
      { 'package.json': pkg({ name: 'api', dependencies: { fastify: '^5' } }), 'packages/shared/package.json': pkg({ name: 'shared', dependencies: { zod: '^3' } }) },
      [facts('src/server.ts', ['fastify']), facts('packages/shared/src/a.ts', ['zod']), facts('packages/shared/src/b.ts', ['zod'])],
    );
    expect(projects.map((project) => [project.root, project.framework, project.language])).toEqual([['.', 'fastify', 'typescript']]);
  });

  it('does not make a shared data-layer package a project of its own; the project importing it uses its data layer', () => {
    const { projects } = detect(
      {
        'package.json': pkg({ name: 'mono', private: true, workspaces: ['apps/*', 'packages/*'] }),
        'apps/api/package.json': pkg({ name: 'api', dependencies: { express: '^4', '@acme/db': '*' } }),
        'packages/db/package.json': pkg({ name: '@acme/db', dependencies: { '@prisma/client': '^6' } }),
        'packages/db/prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
      },
      [facts('apps/api/src/index.ts', ['express', '@acme/db']), facts('packages/db/src/index.ts', ['@prisma/client'])],
    );
    expect(projects.map((project) => [project.root, project.framework, project.orm, project.database])).toEqual([['apps/api', 'express', 'prisma', 'postgres']]);
    expect(projects[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'import', subject: 'prisma', file: 'packages/db/src/index.ts' }));
  });

  it('reports a repository with a data layer and no framework as one unknown project with that data layer', () => {
    const worker = facts('worker/jobs.py', ['celery', 'sqlalchemy']);
    const { projects } = detect({ 'requirements.txt': 'celery\nsqlalchemy\npsycopg2\n' }, [worker]);
    expect(projects).toEqual([expect.objectContaining({ root: '.', framework: 'unknown', language: 'python', orm: 'sqlalchemy', database: 'postgres' })]);
  });

  it('roots a Django project at manage.py even when the manifest sits higher up with no code of its own', () => {
    const { projects } = detect(
      { 'requirements.txt': 'django\n', 'backend/manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n' },
      [facts('backend/manage.py', ['os', 'django.core.management']), facts('backend/shop/models.py', ['django.db'])],
    );
    expect(projects.map((project) => [project.root, project.framework, project.orm])).toEqual([['backend', 'django', 'django']]);
  });

  it('lists projects in a stable order, the repository root first', () => {
    const { projects } = detect(
      { 'requirements.txt': 'aiohttp\n', 'b/package.json': pkg({ name: 'b', dependencies: { hono: '^4' } }), 'a/package.json': pkg({ name: 'a', dependencies: { koa: '^2' } }) },
      [facts('b/index.ts', ['hono']), facts('a/index.js', ['koa']), facts('main.py', [['aiohttp', { names: ['web'] }]])],
    );
    expect(projects.map((project) => project.root)).toEqual(['.', 'a', 'b']);
  });

  it('pins a root and framework from the config, inside a trap folder too', () => {
    const { projects } = detect(
      { 'examples/demo/package.json': pkg({ name: 'demo', dependencies: { express: '^4' } }) },
      [facts('examples/demo/index.js', ['express'])],
      { overrides: [{ root: './examples/demo/', framework: 'koa' }], configFile: 'ci/gate.yml' },
    );
    expect(projects.map((project) => [project.root, project.framework])).toEqual([['examples/demo', 'koa']]);
    expect(projects[0]!.evidence[0]).toEqual({ kind: 'config', subject: 'koa', file: 'ci/gate.yml', detail: 'project examples/demo is pinned to koa by the config' });
    expect(projects[0]!.candidates).toEqual([{ framework: 'express', score: 12 }]);
  });

  it('warns when a pinned root holds no code, and still reports it', () => {
    const { projects, logger } = detect({ 'app.py': '' }, [facts('app.py', ['flask'])], { overrides: [{ root: 'servces/api' }] });
    expect(projects.map((project) => [project.root, project.framework])).toEqual([['.', 'flask'], ['servces/api', 'unknown']]);
    expect(logger.messages).toContainEqual({ level: 'warn', message: 'The config names project servces/api, but no source file was found there; check its `root`.' });
  });

  it('classifies the repository from its examples when the root is the only candidate and nothing else has code', () => {
    const { projects } = detect({ 'README.md': '# demos' }, [facts('examples/hello/app.py', ['flask'])]);
    expect(projects.map((project) => [project.root, project.framework])).toEqual([['.', 'flask']]);
    expect(projects[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'layout', subject: '.' }));
  });

  it('never classifies from vendored code, even then', () => {
    const { projects } = detect({}, [facts('vendor/flask/app.py', ['flask'])]);
    expect(projects).toEqual([]);
  });
});

describe('detectProjects: verdicts', () => {
  it('reports unknown, never a guess, when code uses no framework', () => {
    const { projects } = detect({ 'pyproject.toml': '[project]\nname = "etl"\ndependencies = ["pandas"]\n' }, [facts('etl/run.py', ['pandas']), facts('etl/io.py', ['csv'])]);
    expect(projects).toEqual([expect.objectContaining({ root: '.', framework: 'unknown', language: 'python', orm: null, database: null, databases: [], candidates: [] })]);
  });

  it('reports mixed when two frameworks are used in comparable amounts', () => {
    const { projects } = detect({ 'requirements.txt': 'flask\nfastapi\n' }, [facts('a.py', ['flask']), facts('b.py', ['flask']), facts('c.py', ['fastapi']), facts('d.py', ['fastapi'])]);
    expect(projects[0]).toMatchObject({ framework: 'mixed', candidates: [{ framework: 'flask', score: 22 }, { framework: 'fastapi', score: 22 }] });
  });

  it('ignores test modules, type-only imports and the aiohttp HTTP client', () => {
    const { projects } = detect(
      { 'package.json': pkg({ name: 'api', dependencies: { hono: '^4' }, devDependencies: { express: '^4', supertest: '^7' } }), 'requirements.txt': 'fastapi\naiohttp\n' },
      [
        facts('src/app.ts', ['hono', ['express', { typeOnly: true }]]),
        facts('src/app.test.ts', ['express']),
        facts('src/__tests__/routes.ts', ['express']),
        facts('service/main.py', ['fastapi', 'aiohttp']),
        facts('service/tests/test_main.py', ['flask']),
        facts('service/conftest.py', ['flask']),
      ],
    );
    expect(projects[0]).toMatchObject({ framework: 'mixed' });
    // What is left of express is its devDependency line; of aiohttp, its requirements line.
    expect(projects[0]!.candidates).toEqual([{ framework: 'fastapi', score: 12 }, { framework: 'hono', score: 12 }, { framework: 'aiohttp', score: 2 }, { framework: 'express', score: 0.5 }]);
  });

  it('lists evidence with file and line, a few places per subject, deterministically', () => {
    const parsed = Array.from({ length: 6 }, (_, index) => facts(`app/views_${index}.py`, ['os', 'django.http']));
    const { projects } = detect({ 'requirements.txt': 'Django>=5\n' }, parsed.reverse());
    const imports = projects[0]!.evidence.filter((item) => item.kind === 'import');
    expect(imports).toEqual([
      { kind: 'import', subject: 'django', file: 'app/views_0.py', line: 2, detail: 'imports django.http' },
      { kind: 'import', subject: 'django', file: 'app/views_1.py', line: 2, detail: 'imports django.http' },
      { kind: 'import', subject: 'django', file: 'app/views_2.py', line: 2, detail: 'imports django.http (and 3 more files)' },
    ]);
    expect(projects[0]!.evidence).toContainEqual({ kind: 'manifest', subject: 'django', file: 'requirements.txt', line: 1, detail: 'dependency django' });
  });

  it('weighs database facts: a literal URL is the default, the env fallback and drivers are also supported', () => {
    const db = facts('app/db.py', ['sqlalchemy', 'psycopg2']);
    db.database = [
      { engine: 'sqlite', kind: 'env-default', subject: 'DATABASE_URL', line: 3, isDefault: true, detail: 'os.getenv("DATABASE_URL", "sqlite://")' },
      { engine: 'mysql', kind: 'connection-url', subject: 'create_engine', line: 4, detail: 'create_engine("mysql+pymysql://...")' },
    ];
    const { projects } = detect({ 'requirements.txt': 'fastapi\nsqlalchemy\n' }, [facts('app/main.py', ['fastapi']), db]);
    expect(projects[0]).toMatchObject({
      orm: 'sqlalchemy',
      database: 'mysql',
      databases: [{ engine: 'mysql', isDefault: true }, { engine: 'sqlite', isDefault: false }, { engine: 'postgres', isDefault: false }],
    });
    expect(projects[0]!.evidence).toContainEqual({ kind: 'connection-url', subject: 'sqlite', file: 'app/db.py', line: 3, detail: 'os.getenv("DATABASE_URL", "sqlite://") (fallback when the environment sets nothing)' });
  });

  it('weighs an entry file once however many start commands name it, and lists each command', () => {
    const { projects } = detect(
      { 'package.json': pkg({ name: 'api', main: 'src/server.js', scripts: { start: 'node src/server.js', dev: 'nodemon src/server.js' }, dependencies: { express: '^4' } }) },
      [facts('src/server.js', ['./app']), facts('src/app.js', ['express'])],
    );
    expect(projects[0]!.candidates).toEqual([{ framework: 'express', score: 10 + 15 + 2 }]);
    expect(projects[0]!.evidence.filter((item) => item.kind === 'entry-point').map((item) => item.line)).toEqual([3, 5, 6]);
  });

  it('warns about a manifest it cannot read and goes on', () => {
    const { projects, logger } = detect({ 'package.json': '{ broken', 'requirements.txt': 'flask\n' }, [facts('app.py', ['flask'])]);
    expect(projects[0]).toMatchObject({ framework: 'flask' });
    expect(logger.messages.filter((message) => message.level === 'warn')).toHaveLength(1);
  });

  it('returns nothing for a repository with no code', () => {
    expect(detectProjects({ workspace: memoryWorkspace({ 'README.md': '#' }), files: new Map() }, silentLogger)).toEqual([]);
  });
});
