import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import type { Project } from '../../core/types.js';
import type { DatabaseFact } from '../../source/facts.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';
import type { SemanticCheck } from '../types.js';
import { createCheckRegistry } from './index.js';
import { fakeModel } from './model-fixture.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
});

const only = (ruleSet: RuleSet, id: string): RuleSet => ({ ...ruleSet, rules: ruleSet.rules.filter((rule) => rule.id === id) });
const at = (findings: { file: string; line: number }[]) => findings.map((finding) => `${finding.file}:${finding.line}`).sort();
const config = (yaml: string) => parseConfig(yaml, '.constraint-gate.yml');

describe('architecture/forbidden-layer-import', () => {
  const layered = {
    'app/routes/users.py': {},
    'app/services/users.py': {},
    'app/repositories/users.py': {},
    'app/models/user.py': {},
    'app/main.py': {},
  };

  it('reports upward and layer-skipping imports on their line, and nothing for allowed ones', () => {
    const model = fakeModel(layered, [
      { from: 'app/routes/users.py', to: 'app/services/users.py', line: 1 },
      { from: 'app/routes/users.py', to: 'app/models/user.py', line: 2 },
      { from: 'app/routes/users.py', to: 'app/repositories/users.py', line: 3 },
      { from: 'app/repositories/users.py', to: 'app/services/users.py', line: 4 },
      { from: 'app/services/users.py', to: 'app/repositories/users.py', line: 5 },
      { from: 'app/main.py', to: 'app/repositories/users.py', line: 6 },
      { from: 'app/routes/users.py', specifier: 'fastapi', line: 7 },
    ]);
    const findings = runSemanticChecks(model, [], only(rules, 'architecture/forbidden-layer-import'), config('constraints:\n  architecture: clean\n'));
    expect(at(findings)).toEqual(['app/repositories/users.py:4', 'app/routes/users.py:3']);
    expect(findings.find((finding) => finding.line === 4)!.message).toMatch(/higher layer `services`/);
    expect(findings.find((finding) => finding.line === 3)!.message).toMatch(/skipping a layer/);
  });

  it('reads nothing when no architecture is declared, and honours custom layers', () => {
    const model = fakeModel({ 'src/web/a.ts': {}, 'src/domain/b.ts': {} }, [{ from: 'src/domain/b.ts', to: 'src/web/a.ts', line: 3 }]);
    const ruleSet = only(rules, 'architecture/forbidden-layer-import');
    expect(runSemanticChecks(model, [], ruleSet, defaultConfig())).toEqual([]);
    const custom = config(
      'constraints:\n  architecture:\n    layers:\n      web: { paths: ["src/web/**"], may-import: [domain] }\n      domain: { paths: ["src/domain/**"] }\n',
    );
    expect(at(runSemanticChecks(model, [], ruleSet, custom))).toEqual(['src/domain/b.ts:3']);
  });

  it('uses the constraints of the project a file belongs to', () => {
    const model = fakeModel(
      { 'api/routes/a.py': {}, 'api/repositories/b.py': {}, 'worker/routes/a.py': {}, 'worker/repositories/b.py': {} },
      [
        { from: 'api/routes/a.py', to: 'api/repositories/b.py', line: 1 },
        { from: 'worker/routes/a.py', to: 'worker/repositories/b.py', line: 1 },
      ],
    );
    const projects = ['api', 'worker'].map((root): Project => ({ root, framework: 'fastapi', language: 'python', orm: null, database: null, databases: [], candidates: [], evidence: [] }));
    const perProject = config('projects:\n  - root: api\n    constraints:\n      architecture: clean\n  - root: worker\n');
    const findings = runSemanticChecks(model, projects, only(rules, 'architecture/forbidden-layer-import'), perProject);
    expect(at(findings)).toEqual(['api/routes/a.py:1']);
    expect(findings[0]!.project).toBe('api');
  });
});

describe('architecture/route-accesses-data-directly', () => {
  it('reports ORM/driver imports and queries in routes, once per line', () => {
    const model = fakeModel(
      {
        'app/routes/users.py': {
          checkFacts: {
            'data-access': [
              { line: 10, callee: 'db.session.query', root: 'db', via: 'handle' },
              { line: 11, callee: 'User.query.all', root: 'User', via: 'model' },
              { line: 12, callee: 'Report.query.all', root: 'Report', via: 'model' },
              { line: 2, callee: 'session.execute', root: 'session', via: 'handle' },
              { line: 13, callee: 'session.get', root: 'session', via: 'handle' },
            ],
          },
        },
        'app/models/user.py': {},
        'app/services/users.py': { checkFacts: { 'data-access': [{ line: 3, callee: 'db.session.add', root: 'db', via: 'handle' }] } },
      },
      [
        { from: 'app/routes/users.py', specifier: 'sqlalchemy', names: ['select'], locals: ['select'], line: 2 },
        { from: 'app/routes/users.py', to: 'app/models/user.py', specifier: 'app.models.user', names: ['User'], locals: ['User'], line: 3 },
        { from: 'app/routes/users.py', specifier: 'fastapi', names: ['APIRouter'], locals: ['APIRouter'], line: 4 },
        { from: 'app/routes/users.py', specifier: 'flask', names: ['session'], locals: ['session'], line: 5 },
        { from: 'app/routes/users.py', specifier: 'sqlalchemy.orm', names: ['Session'], locals: ['Session'], line: 6 },
      ],
    );
    const findings = runSemanticChecks(model, [], only(rules, 'architecture/route-accesses-data-directly'), config('constraints:\n  architecture: clean\n'));
    // Report is not imported from a model or ORM: `Report.query` may be anything.
    expect(at(findings)).toEqual(['app/routes/users.py:10', 'app/routes/users.py:11', 'app/routes/users.py:2']);
  });
});

describe('architecture/missing-layer', () => {
  it('reports each missing layer once, at the declaration, as a finding about the whole change', () => {
    const model = fakeModel({ 'app/routes/a.py': {}, 'app/models.py': {} });
    const findings = runSemanticChecks(model, [], only(rules, 'architecture/missing-layer'), config('# layers\nconstraints:\n  architecture: clean\n'));
    expect(findings.map((finding) => [finding.file, finding.line, finding.scope])).toEqual([
      ['.constraint-gate.yml', 3, 'change'],
      ['.constraint-gate.yml', 3, 'change'],
    ]);
    expect(findings.map((finding) => finding.message.match(/`(\w+)`/)![1])).toEqual(['services', 'repositories']);
  });
});

describe('database/undeclared-engine', () => {
  const fact = (line: number, engine: DatabaseFact['engine'], kind: DatabaseFact['kind'] = 'connection-url'): DatabaseFact => ({ line, kind, subject: 'x', detail: 'x', ...(engine ? { engine } : {}) });

  it('reports every fact of another engine at its line, outside tests', () => {
    const model = fakeModel({
      'app/db.py': { database: [fact(3, 'postgres'), fact(5, 'sqlite'), fact(5, 'sqlite', 'dialect'), fact(7, undefined, 'orm-import'), fact(9, 'mysql', 'env-default')] },
      'tests/conftest.py': { database: [fact(2, 'sqlite')] },
    });
    const findings = runSemanticChecks(model, [], only(rules, 'database/undeclared-engine'), config('constraints:\n  database: postgres\n'));
    expect(at(findings)).toEqual(['app/db.py:5', 'app/db.py:9']);
    expect(runSemanticChecks(model, [], only(rules, 'database/undeclared-engine'), defaultConfig())).toEqual([]);
  });
});

describe('orm checks', () => {
  const model = fakeModel(
    { 'src/db.ts': {}, 'src/repo.ts': {}, 'src/legacy.ts': {}, 'src/types.ts': {}, 'migrations/1.js': {} },
    [
      { from: 'src/db.ts', specifier: 'drizzle-orm/node-postgres', line: 1 },
      { from: 'src/db.ts', specifier: 'pg', line: 2 },
      { from: 'src/repo.ts', specifier: 'pg', line: 4 },
      { from: 'src/legacy.ts', specifier: 'knex', line: 1 },
      { from: 'src/legacy.ts', specifier: 'knex', line: 1 },
      { from: 'src/types.ts', specifier: 'sequelize', line: 1, typeOnly: true },
      { from: 'migrations/1.js', specifier: 'knex', line: 1 },
      { from: 'src/repo.ts', specifier: './db', to: 'src/db.ts', line: 1 },
    ],
  );
  const drizzle = config('constraints:\n  orm: drizzle\n');

  it('orm/raw-driver-access: a driver outside the ORM setup of an ORM built on it', () => {
    expect(at(runSemanticChecks(model, [], only(rules, 'orm/raw-driver-access'), drizzle))).toEqual(['src/repo.ts:4']);
    // Prisma needs no driver: its setup file would not excuse `pg` either.
    expect(at(runSemanticChecks(model, [], only(rules, 'orm/raw-driver-access'), config('constraints:\n  orm: prisma\n')))).toEqual(['src/db.ts:2', 'src/repo.ts:4']);
  });

  it('orm/second-orm: another ORM in application code, once per line, not in migrations or type-only imports', () => {
    expect(at(runSemanticChecks(model, [], only(rules, 'orm/second-orm'), drizzle))).toEqual(['src/legacy.ts:1']);
  });

  it('treats SQLModel and SQLAlchemy as one data layer and Django connection as raw access', () => {
    const python = fakeModel({ 'app/a.py': {}, 'app/b.py': {} }, [
      { from: 'app/a.py', specifier: 'sqlalchemy', names: ['Column'], line: 1 },
      { from: 'app/a.py', specifier: 'sqlmodel', names: ['SQLModel'], line: 2 },
      { from: 'app/b.py', specifier: 'django.db', names: ['connection'], line: 3 },
      { from: 'app/b.py', specifier: 'django.db', names: ['models'], line: 4 },
    ]);
    expect(at(runSemanticChecks(python, [], only(rules, 'orm/second-orm'), config('constraints:\n  orm: sqlmodel\n')))).toEqual(['app/b.py:4']);
    expect(at(runSemanticChecks(python, [], only(rules, 'orm/raw-driver-access'), config('constraints:\n  orm: django\n')))).toEqual(['app/b.py:3']);
  });
});

describe('check registry', () => {
  it('refuses two checks with one name', () => {
    const check: SemanticCheck = { name: 'same', run: () => [] };
    expect(() => createCheckRegistry([check, { ...check }])).toThrow(/`same`/);
  });
});
