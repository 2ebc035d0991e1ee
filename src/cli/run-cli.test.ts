import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCaptured, temporaryFolders } from './testing/cli-harness.js';

const cli = runCaptured;
const tempDir = temporaryFolders('cg-cli-');

function gitRepo(): string {
  const dir = tempDir();
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  run('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'app.py'), 'print(1)\n');
  run('add', '.');
  run('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'init');
  return dir;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('constraint-gate CLI', () => {
  it('prints help for the tool and for each command', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/Commands:\n {2}detect/);
    for (const command of ['detect', 'check', 'audit']) {
      const help = await cli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: constraint-gate ${command}`));
    }
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    const option = await cli(['audit', '--frob']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--frob'/);
    expect((await cli(['audit', '--format', 'pdf', '.'])).stderr).toMatch(/Unknown format `pdf`/);
  });

  it('exits 2 with a clear message on a missing repository', async () => {
    const result = await cli(['audit', '/definitely/not/here']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: The repository /definitely/not/here does not exist.\n');
  });

  it('exits 2 when check runs outside a git repository', async () => {
    const result = await cli(['check', '--repo', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a git repository/);
    noStackTrace(result.stderr);
  });

  it('exits 2 on a ref that does not exist', async () => {
    const repo = gitRepo();
    const result = await cli(['check', '--repo', repo, '--base', 'no-such-branch']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The --base ref `no-such-branch` does not exist/);
    expect((await cli(['check', '--repo', repo, '--base', 'main', '--head', 'nope'])).stderr).toMatch(/--head ref `nope`/);
    expect((await cli(['check', '--repo', repo, '--base', 'nope-base', '--head', 'nope'])).stderr).toMatch(/--head ref `nope`/);
  });

  it('exits 2 on a bad config with file:line:column', async () => {
    const repo = tempDir();
    writeFileSync(path.join(repo, '.constraint-gate.yml'), 'constraints:\n  database: oracle\n');
    const result = await cli(['audit', repo]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: \.constraint-gate\.yml:2:3: `constraints\.database` must be one of `sqlite`, `postgres`, `mysql`, `mongodb`; got `oracle`\./);
    noStackTrace(result.stderr);
    const missing = await cli(['audit', repo, '--config', path.join(repo, 'nope.yml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/The config file .*nope\.yml does not exist/);
  });

  it('audits a directory and checks a commit range with the embedded defaults', async () => {
    const repo = gitRepo();
    const audit = await cli(['audit', repo, '--format', 'json']);
    expect(audit.code).toBe(0);
    const report = JSON.parse(audit.stdout);
    expect(report).toMatchObject({ version: '1', mode: 'audit', passed: true, score: 100 });
    const check = await cli(['check', '--repo', repo, '--base', 'HEAD', '--format', 'json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).change).toMatchObject({ files: 0, addedLines: 0 });
  });

  it('checks a head that is not checked out from an export of that commit, and the checked-out head from the working tree', async () => {
    const repo = gitRepo();
    const run = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    writeFileSync(path.join(repo, 'app.py'), `import sqlite3\n\ndef find(db, name):\n    return db.execute(f"SELECT * FROM users WHERE name = '{name}'")\n`);
    run('add', '.');
    run('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'query');
    const head = run('rev-parse', 'HEAD');
    run('checkout', '-q', 'HEAD~1');
    const exported = await cli(['check', '--repo', repo, '--base', 'HEAD', '--head', head, '--format', 'json']);
    expect(exported.stderr).toBe('');
    const findings = JSON.parse(exported.stdout).findings as { ruleId: string; file: string; line: number }[];
    expect(findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}`)).toContain('python-sql/interpolated-sql-in-execute app.py:4');
    run('checkout', '-q', head);
    const inPlace = await cli(['check', '--repo', repo, '--base', 'HEAD~1', '--format', 'json']);
    expect(inPlace.code).toBe(exported.code);
    expect(JSON.parse(inPlace.stdout).findings).toEqual(findings);
  });
});
