import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../../core/workspace.js';
import { readPackageJson } from './package-json.js';
import { readPipfile, readPyproject, readSetupCfg, readSetupPy } from './python-manifests.js';
import { manifestDirectory, manifestKind } from './read-manifests.js';
import { isRequirementsFile, readRequirements, requirementName } from './requirements.js';

const names = (dependencies: { name: string; scope: string; file: string; line: number }[]) => dependencies.map((d) => `${d.name}:${d.scope}@${d.file}:${d.line}`);

describe('requirements files', () => {
  it('names requirements by PEP 508, ignoring options, versions, extras and markers', () => {
    expect(requirementName('Flask-SQLAlchemy[async]>=3.1 ; python_version >= "3.9"')).toBe('Flask-SQLAlchemy');
    expect(requirementName('pkg @ https://example.com/pkg.whl')).toBe('pkg');
    expect(requirementName('-e git+https://github.com/x/y.git#egg=tortoise_orm')).toBe('tortoise_orm');
    expect(requirementName('--index-url https://pypi.org/simple')).toBeUndefined();
    expect(requirementName('./vendor/flask')).toBeUndefined();
  });

  it('follows -r includes relative to the including file, once, attributing each line to its own file', () => {
    const workspace = memoryWorkspace({
      'requirements/base.txt': 'Django==5.1  # web\npsycopg2-binary\n-r ./base.txt\n',
      'requirements/dev.txt': '-r base.txt\npytest\n-c constraints.txt\n',
      'requirements.txt': '--requirement=requirements/base.txt\ngunicorn\n-r missing.txt\n',
    });
    const problems: string[] = [];
    expect(names(readRequirements(workspace, 'requirements.txt', new Set(), problems))).toEqual([
      'django:runtime@requirements/base.txt:1', 'psycopg2-binary:runtime@requirements/base.txt:2', 'gunicorn:runtime@requirements.txt:2',
    ]);
    expect(problems).toEqual(['requirements.txt:3: included requirements file missing.txt was not found']);
    expect(names(readRequirements(workspace, 'requirements/dev.txt'))).toEqual(['django:runtime@requirements/base.txt:1', 'psycopg2-binary:runtime@requirements/base.txt:2', 'pytest:dev@requirements/dev.txt:2']);
  });

  it('turns a driver extra into a dependency on the driver, and no other extra', () => {
    const workspace = memoryWorkspace({ 'requirements.txt': 'tortoise-orm[asyncpg]\nsentry-sdk[flask]\nuvicorn[standard]\n' });
    expect(names(readRequirements(workspace, 'requirements.txt'))).toEqual([
      'tortoise-orm:runtime@requirements.txt:1', 'asyncpg:runtime@requirements.txt:1', 'sentry-sdk:runtime@requirements.txt:2', 'uvicorn:runtime@requirements.txt:3',
    ]);
  });

  it('recognises requirement files by name and gives requirements/ files to the parent directory', () => {
    expect(['requirements.txt', 'api/requirements-dev.txt', 'dev-requirements.txt', 'requirements/prod.txt'].map(isRequirementsFile)).toEqual([true, true, true, true]);
    expect(isRequirementsFile('notes.txt')).toBe(false);
    expect(manifestDirectory('svc/requirements/prod.txt')).toBe('svc');
    expect(manifestKind('svc/package.json')).toBe('package-json');
  });
});

describe('Python manifests', () => {
  it('pyproject.toml: PEP 621, optional and dependency groups, Poetry groups, scripts', () => {
    const workspace = memoryWorkspace({
      'pyproject.toml': [
        '[project]',
        'dependencies = ["FastAPI>=0.115", "SQLModel"]',
        '[project.optional-dependencies]',
        'postgres = ["asyncpg"]',
        'test = ["pytest"]',
        '[project.scripts]',
        'serve = "shop.cli:main"',
        '[tool.poetry.dependencies]',
        'python = "^3.12"',
        'Flask = "^3"',
        '[tool.poetry.group.dev.dependencies]',
        'ruff = "*"',
        '[dependency-groups]',
        'lint = ["mypy"]',
      ].join('\n'),
    });
    const manifest = readPyproject(workspace, 'pyproject.toml');
    expect(names(manifest.dependencies)).toEqual([
      'fastapi:runtime@pyproject.toml:2', 'sqlmodel:runtime@pyproject.toml:2', 'asyncpg:runtime@pyproject.toml:4', 'pytest:dev@pyproject.toml:5',
      'flask:runtime@pyproject.toml:10', 'ruff:dev@pyproject.toml:12', 'mypy:dev@pyproject.toml:14',
    ]);
    expect(manifest.entries).toEqual([{ file: 'pyproject.toml', line: 7, command: 'shop.cli:main' }]);
  });

  it('Pipfile, setup.cfg and setup.py', () => {
    const workspace = memoryWorkspace({
      Pipfile: '[packages]\naiohttp = "*"\n\n[dev-packages]\npytest = "*"\n',
      'setup.cfg': '[metadata]\nname = x\n\n[options]\ninstall_requires =\n    peewee>=3\n    # a comment\n    pymysql\npython_requires = >=3.10\n\n[options.extras_require]\ntest =\n    pytest\n\n[options.entry_points]\nconsole_scripts =\n    notes = notes.main:run\n',
      'setup.py': 'from setuptools import setup\nsetup(\n    name="x",\n    install_requires=[\n        "Django>=5",\n        \'psycopg2\',\n    ],\n)\n',
    });
    expect(names(readPipfile(workspace, 'Pipfile').dependencies)).toEqual(['aiohttp:runtime@Pipfile:2', 'pytest:dev@Pipfile:5']);
    const cfg = readSetupCfg(workspace, 'setup.cfg');
    expect(names(cfg.dependencies)).toEqual(['peewee:runtime@setup.cfg:6', 'pymysql:runtime@setup.cfg:8', 'pytest:dev@setup.cfg:13']);
    expect(cfg.entries).toEqual([{ file: 'setup.cfg', line: 17, command: 'notes.main:run' }]);
    expect(names(readSetupPy(workspace, 'setup.py').dependencies)).toEqual(['django:runtime@setup.py:5', 'psycopg2:runtime@setup.py:6']);
  });
});

describe('package.json', () => {
  it('separates runtime from dev dependencies, finds their lines and the start entries', () => {
    const text = JSON.stringify({
      name: 'api', main: 'dist/index.js', bin: { api: 'bin/api.js' }, workspaces: ['a'],
      scripts: { build: 'tsc', start: 'node dist/index.js' },
      dependencies: { express: '^4', pg: '^8' }, devDependencies: { vitest: '^4', express: '^4' }, peerDependencies: { react: '*' },
    }, null, 2);
    const manifest = readPackageJson(memoryWorkspace({ 'package.json': text }), 'package.json');
    const lines = text.split('\n');
    const lineOf = (needle: string, after = 0) => lines.findIndex((line, index) => index >= after && line.includes(needle)) + 1;
    const devAt = lineOf('devDependencies');
    expect(names(manifest.dependencies)).toEqual([
      `express:runtime@package.json:${lineOf('"express"')}`, `pg:runtime@package.json:${lineOf('"pg"')}`,
      `express:dev@package.json:${lineOf('"express"', devAt)}`, `vitest:dev@package.json:${lineOf('"vitest"')}`,
    ]);
    expect(manifest.entries.map((entry) => entry.command)).toEqual(['dist/index.js', 'bin/api.js', 'node dist/index.js']);
    expect(manifest).toMatchObject({ packageName: 'api', workspaces: true, problems: [] });
  });

  it('reports invalid JSON as a problem, not a crash', () => {
    const manifest = readPackageJson(memoryWorkspace({ 'web/package.json': '{ "name": ' }), 'web/package.json');
    expect(manifest.dependencies).toEqual([]);
    expect(manifest.problems[0]).toMatch(/^web\/package.json: not valid JSON/);
  });
});
