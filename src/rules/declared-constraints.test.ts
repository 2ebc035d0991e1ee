import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FAIL_ON, defaultConfig, parseConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import { evaluateGate } from '../score/gate.js';
import { buildSourceModel } from '../source/build-model.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { evaluateRules } from './evaluate.js';
import { loadRuleSet } from './load-rules.js';
import { applySuppressions } from './suppressions.js';

/**
 * End to end over real parses: the built-in rules (query rules and declared-constraint checks) on
 * the fixture apps in test/apps/clean-* and test/apps/ladder-*, and on single-violation variants
 * of the clean apps made by editing one file in memory.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function readApp(name: string): Record<string, string> {
  const dir = path.join(ROOT, 'test', 'apps', name);
  const files: Record<string, string> = {};
  const walk = (current: string, prefix: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(current, entry.name), relative);
      else files[relative] = readFileSync(path.join(current, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return files;
}

async function analyse(files: Record<string, string>, configText = files['.constraint-gate.yml']) {
  const config = configText === undefined ? defaultConfig() : parseConfig(configText, '.constraint-gate.yml');
  const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(path.join(ROOT, 'rules')), config }, silentLogger);
  const workspace = memoryWorkspace(files);
  const model = await buildSourceModel(workspace, { workers: 0, perFileRules: ruleSet.payload, salt: ruleSet.fingerprint });
  const findings = applySuppressions(evaluateRules(model, [], ruleSet, config), model).kept;
  return { findings, config, located: findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}`).sort() };
}

/** Inserts `lines` after line `after` (0 = at the top) of one file and returns the new file set. */
function insertLines(files: Record<string, string>, file: string, after: number, ...lines: string[]): Record<string, string> {
  const text = files[file];
  if (text === undefined) throw new Error(`no ${file}`);
  const existing = text.split('\n');
  existing.splice(after, 0, ...lines);
  return { ...files, [file]: existing.join('\n') };
}

function replaceText(files: Record<string, string>, file: string, from: string, to: string): Record<string, string> {
  const text = files[file]!;
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  return { ...files, [file]: text.replace(from, to) };
}

describe('clean-fastapi (Python, SQLAlchemy, PostgreSQL, clean layers)', () => {
  const app = readApp('clean-fastapi');

  it('is compliant: no finding at all', async () => {
    expect((await analyse(app)).located).toEqual([]);
  });

  it('an upward import (a model importing a service) is one finding on the import line', async () => {
    const variant = insertLines(app, 'app/models/user.py', 4, 'from app.services.user_service import UserService');
    expect((await analyse(variant)).located).toEqual(['architecture/forbidden-layer-import app/models/user.py:5']);
  });

  it('a route importing a repository is one finding on the import line', async () => {
    const variant = insertLines(app, 'app/routes/users.py', 5, 'from app.repositories.user_repository import UserRepository');
    expect((await analyse(variant)).located).toEqual(['architecture/forbidden-layer-import app/routes/users.py:6']);
  });

  it('a route running a query is one finding on the query line', async () => {
    const variant = insertLines(
      app,
      'app/routes/users.py',
      26,
      '',
      '',
      '@router.get("/count")',
      'def count_users(session=Depends(get_session)):',
      '    return {"count": session.query(User).count()}',
    );
    const withImports = insertLines(variant, 'app/routes/users.py', 4, 'from app.db import get_session', 'from app.models.user import User');
    expect((await analyse(withImports)).located).toEqual(['architecture/route-accesses-data-directly app/routes/users.py:33']);
  });

  it('a SQLite URL in a PostgreSQL project is one finding on its line', async () => {
    const variant = replaceText(app, 'app/db.py', 'postgresql+psycopg://app:app@localhost:5432/app', 'sqlite:///./app.db');
    expect((await analyse(variant)).located).toEqual(['database/undeclared-engine app/db.py:7']);
  });

  it('a raw driver call in an ORM project is one finding on the driver import', async () => {
    const variant = insertLines(
      app,
      'app/repositories/user_repository.py',
      0,
      'import psycopg',
      '',
      '',
      'def count_users(dsn: str) -> int:',
      '    with psycopg.connect(dsn) as connection:',
      '        return connection.execute("SELECT count(*) FROM users").fetchone()[0]',
      '',
    );
    expect((await analyse(variant)).located).toEqual(['orm/raw-driver-access app/repositories/user_repository.py:1']);
  });

  it('a suppression with a reason silences the finding; without one it leaves a note', async () => {
    const reasoned = insertLines(app, 'app/routes/users.py', 5, 'from app.repositories.user_repository import UserRepository  # constraint-gate: ignore architecture/forbidden-layer-import -- read-only admin view');
    expect((await analyse(reasoned)).located).toEqual([]);
    const bare = insertLines(app, 'app/routes/users.py', 5, '# constraint-gate: ignore architecture/forbidden-layer-import', 'from app.repositories.user_repository import UserRepository');
    expect((await analyse(bare)).located).toEqual(['constraint-gate/suppression-without-reason app/routes/users.py:6']);
  });
});

describe('clean-express (TypeScript, Prisma, PostgreSQL, clean layers)', () => {
  const app = readApp('clean-express');

  it('is compliant: no finding at all', async () => {
    expect((await analyse(app)).located).toEqual([]);
  });

  it('a repository importing a route is one upward-import finding', async () => {
    const variant = insertLines(app, 'src/repositories/userRepository.ts', 2, "import { usersRouter } from '../routes/users.js';");
    expect((await analyse(variant)).located).toEqual(['architecture/forbidden-layer-import src/repositories/userRepository.ts:3']);
  });

  it('a route importing a repository is one finding on the import line', async () => {
    const variant = insertLines(app, 'src/routes/users.ts', 3, "import { byEmail } from '../repositories/userRepository.js';");
    expect((await analyse(variant)).located).toEqual(['architecture/forbidden-layer-import src/routes/users.ts:4']);
  });

  it('a route running a Prisma query is one finding on the query line', async () => {
    const variant = insertLines(
      app,
      'src/routes/users.ts',
      22,
      '',
      "usersRouter.get('/users/count', async (_req, res) => {",
      '  res.json({ count: await prisma.user.count() });',
      '});',
    );
    const withImport = insertLines(variant, 'src/routes/users.ts', 3, "import { prisma } from '../db.js';");
    expect((await analyse(withImport)).located).toEqual(['architecture/route-accesses-data-directly src/routes/users.ts:26']);
  });

  it('a SQLite fallback URL in a PostgreSQL project is one finding on its line', async () => {
    const variant = insertLines(app, 'src/db.ts', 2, "export const databaseUrl = process.env.DATABASE_URL ?? 'sqlite://./dev.db';");
    expect((await analyse(variant)).located).toEqual(['database/undeclared-engine src/db.ts:3']);
  });

  it('the pg driver in a Prisma project is one finding on the import line', async () => {
    const variant = insertLines(
      app,
      'src/repositories/userRepository.ts',
      2,
      "import pg from 'pg';",
      '',
      'const pool = new pg.Pool();',
      'export const countUsers = async () => (await pool.query("SELECT count(*) FROM users")).rows[0];',
    );
    expect((await analyse(variant)).located).toEqual(['orm/raw-driver-access src/repositories/userRepository.ts:3']);
  });
});

describe('the study ladder on ladder-flask', () => {
  const app = readApp('ladder-flask');
  const rungs = [
    { name: 'no constraints', config: '{}\n' },
    { name: 'architecture', config: 'constraints:\n  architecture: clean\n' },
    { name: '+ database', config: 'constraints:\n  architecture: clean\n  database: postgres\n' },
    { name: '+ ORM', config: 'constraints:\n  architecture: clean\n  database: postgres\n  orm: sqlalchemy\n' },
  ];
  const expected: Record<string, string[]> = {
    'no constraints': [],
    architecture: ['architecture/forbidden-layer-import app/routes/orders.py:3'],
    '+ database': [
      'architecture/forbidden-layer-import app/routes/orders.py:3',
      'database/undeclared-engine app/config.py:3',
      'database/undeclared-engine app/repositories/report_repository.py:1',
    ],
    '+ ORM': [
      'architecture/forbidden-layer-import app/routes/orders.py:3',
      'database/undeclared-engine app/config.py:3',
      'database/undeclared-engine app/repositories/report_repository.py:1',
      'orm/raw-driver-access app/repositories/report_repository.py:1',
    ],
  };

  for (const rung of rungs) {
    it(`${rung.name}: reports what a reviewer would, and the gate says ${rung.name === 'no constraints' ? 'pass' : 'fail'}`, async () => {
      const { findings, located } = await analyse(app, rung.config);
      expect(located).toEqual(expected[rung.name]);
      const verdict = evaluateGate({ findings, score: 100, failOn: DEFAULT_FAIL_ON, minScore: 0 });
      expect(verdict.passed).toBe(rung.name === 'no constraints');
    });
  }
});
