import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../rules/baseline.js';
import { runCaptured, temporaryFolders } from '../testing/cli-harness.js';

const cli = runCaptured;
const tempDir = temporaryFolders('cg-rules-');

describe('constraint-gate rules', () => {
  it('lists the built-in rules', async () => {
    const result = await cli(['rules'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^architecture\/forbidden-layer-import\s+error\s+architecture\s+An import crosses/m);
    expect(result.stdout).toMatch(/orm\/raw-driver-access/);
  });

  it('explains one rule: title, why and fix', async () => {
    const result = await cli(['rules', 'sequelize/sync-force-outside-tests'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^sequelize\/sync-force-outside-tests: sync\(\{ force true \}\)/);
    expect(result.stdout).toMatch(/Why it matters\n {2}`sequelize.sync/);
    expect(result.stdout).toMatch(/Fix\n {2}Create and change the schema with migrations/);
  });

  it('suggests the closest id for an unknown one, as a usage error', async () => {
    const result = await cli(['rules', 'orm/raw-driver-acess'], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Did you mean `orm\/raw-driver-access`/);
  });

  it('includes custom packs from the config, and prints JSON', async () => {
    const repo = tempDir();
    mkdirSync(path.join(repo, 'team-rules', 'team'), { recursive: true });
    writeFileSync(path.join(repo, '.constraint-gate.yml'), 'rules:\n  paths: [team-rules]\n');
    writeFileSync(
      path.join(repo, 'team-rules', 'team', 'no-print.yml'),
      'id: team/no-print\ntitle: print() left in code\ncategory: framework\nseverity: note\nlanguages: [python]\nmessage: print\nwhy: Logs go through logging.\nfix: Use logging.\nmatch:\n  query: |\n    (call function: (identifier) @f (#eq? @f "print")) @match\n',
    );
    const result = await cli(['rules', 'team/no-print', '--repo', repo, '--format', 'json'], repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'team/no-print', kind: 'query', source: 'team-rules/team/no-print.yml' });
  });
});

describe('constraint-gate baseline', () => {
  it('writes the findings where the config says, and the next audit reports them as known', async () => {
    const repo = tempDir();
    writeFileSync(path.join(repo, '.constraint-gate.yml'), 'baseline: known.json\n');
    const code = 'def find(cursor, name):\n    cursor.execute(f"SELECT * FROM users WHERE name = \'{name}\'")\n';
    writeFileSync(path.join(repo, 'app.py'), code);
    const result = await cli(['baseline', repo, '--no-cache'], repo);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Wrote 1 known finding to known.json\.\n$/);
    expect(result.stderr).not.toMatch(/error/);
    const file = path.join(repo, 'known.json');
    expect(existsSync(file)).toBe(true);
    const baseline = parseBaseline(readFileSync(file, 'utf8'), 'known.json');
    expect(baseline.findings).toEqual([expect.objectContaining({ ruleId: 'python-sql/interpolated-sql-in-execute', file: 'app.py', line: 2 })]);

    // The same code two lines lower is still the known finding; a new one is not.
    writeFileSync(path.join(repo, 'app.py'), `import os\n\n${code}\ndef drop(cursor, table):\n    cursor.execute(f"DROP TABLE {table}")\n`);
    const audit = await cli(['audit', repo, '--format', 'json', '--no-cache'], repo);
    const report = JSON.parse(audit.stdout) as { findings: { line: number; severity: string; baseline?: boolean }[]; summary: { known: number } };
    expect(report.findings.map((finding) => [finding.line, finding.severity, finding.baseline ?? false])).toEqual([
      [4, 'note', true],
      [7, 'error', false],
    ]);
    expect(report.summary.known).toBe(1);
  });
});
