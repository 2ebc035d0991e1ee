import { describe, expect, it } from 'vitest';
import { parseSuppression } from './match-file.js';
import { factsWithRules } from './testing.js';
import type { FileRulePayload, PayloadRule } from './types.js';

function payload(match: PayloadRule['match'], extra: Partial<PayloadRule> = {}): FileRulePayload {
  return {
    version: 1,
    rules: [
      {
        id: 'test/rule',
        category: 'data-layer',
        severity: 'warning',
        message: 'found {{name}} in {{missing}}',
        grammars: ['python', 'javascript', 'typescript', 'tsx'],
        include: [],
        exclude: [],
        match,
        ...extra,
      },
    ],
    dataAccessPaths: [],
    checks: [],
  };
}

const CALLS = '(call function: (identifier) @name (#eq? @name "run")) @match';

describe('query rules', () => {
  it('reports @match with its position and interpolates captures', async () => {
    const facts = await factsWithRules('app/a.py', 'x = 1\nrun(1)\n', payload({ query: CALLS }));
    expect(facts.findings).toEqual([
      expect.objectContaining({ ruleId: 'test/rule', file: 'app/a.py', line: 2, endLine: 2, column: 1, endColumn: 7, severity: 'warning', message: 'found run in {{missing}}' }),
    ]);
  });

  it('runs only on the grammars and paths of the rule', async () => {
    expect((await factsWithRules('a.js', 'run(1)', payload({ query: '(call_expression) @match' }, { grammars: ['python'] }))).findings).toEqual([]);
    expect((await factsWithRules('tests/a.py', 'run(1)', payload({ query: CALLS }, { exclude: ['tests/**'] }))).findings).toEqual([]);
    expect((await factsWithRules('src/a.py', 'run(1)', payload({ query: CALLS }, { include: ['app/**'] }))).findings).toEqual([]);
    expect((await factsWithRules('app/a.py', 'run(1)', payload({ query: CALLS }, { include: ['app/**'] }))).findings).toHaveLength(1);
  });

  it('keeps a match only inside an enclosing @scope with `inside`, and drops it with `not-inside`', async () => {
    const text = 'def handler():\n    run(1)\n\nrun(2)\n';
    const inside = payload({ query: CALLS, inside: '(function_definition) @scope' });
    expect((await factsWithRules('a.py', text, inside)).findings.map((finding) => finding.line)).toEqual([2]);
    const notInside = payload({ query: CALLS, 'not-inside': '(function_definition) @scope' });
    expect((await factsWithRules('a.py', text, notInside)).findings.map((finding) => finding.line)).toEqual([4]);
  });

  it('keeps a match only when `has` matches within it, and drops it with `not-has`', async () => {
    const text = 'run(f"{x}")\nrun("plain")\n';
    const query = '(call function: (identifier) @name arguments: (argument_list) (#eq? @name "run")) @match';
    const has = payload({ query, has: '(interpolation) @i' });
    expect((await factsWithRules('a.py', text, has)).findings.map((finding) => finding.line)).toEqual([1]);
    const notHas = payload({ query, 'not-has': '(interpolation) @i' });
    expect((await factsWithRules('a.py', text, notHas)).findings.map((finding) => finding.line)).toEqual([2]);
  });

  it('skips a file for a literal only when every match needs it, not for one branch of an alternation', async () => {
    const branch = '(call function: [(identifier) @plain (attribute attribute: (identifier) @method (#eq? @method "format"))]) @match';
    expect((await factsWithRules('a.py', 'run(1)\n', payload({ query: branch }))).findings).toHaveLength(1);
    const required = '(call function: (identifier) @name (#any-of? @name "alpha" "beta")) @match';
    expect((await factsWithRules('a.py', 'beta(1)\ngamma(2)\n', payload({ query: required }))).findings.map((finding) => finding.line)).toEqual([1]);
    expect((await factsWithRules('a.py', 'gamma(2)\n', payload({ query: required }))).findings).toEqual([]);
  });

  it('runs the rules of a file as one joined query with the same findings as each rule alone', async () => {
    const other: PayloadRule = { ...payload({ query: '(call function: (identifier) @name (#eq? @name "walk")) @match' }).rules[0]!, id: 'test/other', message: 'walk' };
    const both: FileRulePayload = { ...payload({ query: `${CALLS}\n(call) @match` }), rules: [payload({ query: `${CALLS}\n(call) @match` }).rules[0]!, other] };
    const text = 'walk(1)\nrun(2)\nwalk(run(3))\n';
    const joined = (await factsWithRules('a.py', text, both)).findings;
    const alone = [];
    for (const rule of both.rules) alone.push(...(await factsWithRules('a.py', text, { ...both, rules: [rule] })).findings);
    expect(joined).toEqual(alone);
    expect(joined.map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual(['test/rule:1', 'test/rule:2', 'test/rule:3', 'test/rule:3', 'test/other:1', 'test/other:3']);
  });

  it('reports a node once even when several patterns match it', async () => {
    const facts = await factsWithRules('a.py', 'run(1)\n', payload({ query: `${CALLS}\n(call) @match` }));
    expect(facts.findings).toHaveLength(1);
  });
});

describe('suppression comments', () => {
  it('reads rule ids and the reason', () => {
    expect(parseSuppression('# constraint-gate: ignore orm/raw-driver-access -- legacy report')).toEqual({ ruleIds: ['orm/raw-driver-access'], reason: 'legacy report' });
    expect(parseSuppression('// constraint-gate: ignore a/b, c/d')).toEqual({ ruleIds: ['a/b', 'c/d'] });
    expect(parseSuppression('/* constraint-gate: ignore a/* -- whole pack */')).toEqual({ ruleIds: ['a/*'], reason: 'whole pack' });
    expect(parseSuppression('# constraint-gate is great')).toBeUndefined();
  });

  it('applies a trailing comment to its line and an own-line comment to the next code line', async () => {
    const python = [
      'import os',
      'run(1)  # constraint-gate: ignore x/y -- reason one',
      '# constraint-gate: ignore x/z',
      '# another comment',
      '',
      'run(2)',
    ].join('\n');
    const facts = await factsWithRules('a.py', python);
    expect(facts.suppressions).toEqual([
      { ruleId: 'x/y', line: 2, commentLine: 2, reason: 'reason one' },
      { ruleId: 'x/z', line: 6, commentLine: 3 },
    ]);
  });

  it('reads // and /* */ comments in JavaScript and TypeScript', async () => {
    const js = ['/* constraint-gate: ignore a/b -- generated */', 'run();', 'run(); // constraint-gate: ignore c/d -- why'].join('\n');
    for (const path of ['a.js', 'a.ts']) {
      const facts = await factsWithRules(path, js);
      expect(facts.suppressions).toEqual([
        { ruleId: 'a/b', line: 2, commentLine: 1, reason: 'generated' },
        { ruleId: 'c/d', line: 3, commentLine: 3, reason: 'why' },
      ]);
    }
  });

  it('ignores the marker inside strings', async () => {
    const facts = await factsWithRules('a.py', 'x = "constraint-gate: ignore a/b -- no"\n');
    expect(facts.suppressions).toEqual([]);
  });
});

const everywhere: FileRulePayload = { version: 1, rules: [], dataAccessPaths: ['**'], checks: [] };

describe('data-access facts', () => {
  it('are collected only in the entry-layer files the payload names, at any project depth', async () => {
    const gated = { version: 1 as const, rules: [], dataAccessPaths: ['**/routes/**', 'src/web/**'], checks: [] };
    const calls = async (path: string) => (await factsWithRules(path, 'db.session.query(User)\n', gated)).checkFacts['data-access'];
    expect(await calls('app/routes/users.py')).toHaveLength(1);
    expect(await calls('backend/src/web/users.py')).toHaveLength(1);
    expect(await calls('app/services/users.py')).toEqual([]);
    expect((await factsWithRules('app/routes/users.py', 'db.session.query(User)\n', { ...gated, dataAccessPaths: [] })).checkFacts['data-access']).toEqual([]);
    expect((await factsWithRules('app/routes/users.py', 'db.session.query(User)\n')).checkFacts['data-access']).toEqual([]);
  });

  it('records queries on database handles and model classes, not on other objects', async () => {
    const python = [
      'users = db.session.query(User).all()',
      'user = User.query.filter_by(id=1).first()',
      'rows = User.objects.filter(active=True)',
      'value = request.args.get("q")',
      'service.create(user)',
      'cursor.execute("SELECT 1")',
      'page = request.query.get("page")',
      'rows = await request.app["db"].fetch("SELECT 1")',
      'user = self.session.get(User, 1)',
    ].join('\n');
    const calls = (await factsWithRules('a.py', python, everywhere)).checkFacts['data-access'] as { line: number; via: string; root: string }[];
    expect(calls.map((call) => [call.line, call.via, call.root])).toEqual([
      [1, 'handle', 'db'],
      [2, 'model', 'User'],
      [3, 'model', 'User'],
      [6, 'handle', 'cursor'],
      [8, 'handle', 'request'],
      [9, 'handle', 'self'],
    ]);
    const js = [
      'const users = await prisma.user.findMany();',
      'const one = await User.findByPk(1);',
      'const copy = Object.create(one);',
      'res.json(users);',
      'await pool.query("SELECT 1");',
      'await userService.create(body);',
      "const page = await client.get('/api/users');",
      "const rows = await client.query('SELECT 1');",
    ].join('\n');
    const jsCalls = (await factsWithRules('a.ts', js, everywhere)).checkFacts['data-access'] as { line: number; via: string }[];
    expect(jsCalls.map((call) => [call.line, call.via])).toEqual([
      [1, 'handle'],
      [2, 'model'],
      [5, 'handle'],
      [8, 'handle'],
    ]);
  });
});

describe('per-file facts of the Node semantic checks', () => {
  const code = "const { Pool } = require('pg');\nconst pool = new Pool();\nasync function list() {\n  const rows = pool.query('SELECT 1');\n  return rows.length;\n}\n";

  it('are gathered only for the checks a loaded rule uses', async () => {
    const keys = async (checks: string[]) => Object.keys((await factsWithRules('src/users.js', code, { ...everywhere, dataAccessPaths: [], checks })).checkFacts).sort();
    expect(await keys([])).toEqual(['data-access']);
    expect(await keys(['node-data-missing-await'])).toEqual(expect.arrayContaining(['data-calls', 'sequelize-queries']));
    expect(await keys(['fastify-return-and-send'])).toEqual(expect.arrayContaining(['fastify-reply']));
    expect(await keys(['fastify-return-and-send'])).not.toContain('data-calls');
  });
});
