import { mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../source/parse-file.js';
import { commitContentIds, workingTreeContentIds } from './content-ids.js';

describe('git content ids', () => {
  let repository: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, encoding: 'utf8' }).trim();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repository, file)), { recursive: true });
    writeFileSync(path.join(repository, file), text);
  };

  beforeAll(() => {
    repository = mkdtempSync(path.join(tmpdir(), 'cg-content-ids-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'dev@example.com');
    git('config', 'user.name', 'Dev');
    write('app/main.py', 'import os\n');
    write('app/db.py', 'session = None\n');
    write('web/index.ts', 'export {};\n');
    symlinkSync('main.py', path.join(repository, 'app/link.py'));
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
  });
  afterAll(() => rmSync(repository, { recursive: true, force: true }));

  it('gives the blob id of every unchanged regular file, equal to the hash of its text', async () => {
    const ids = await workingTreeContentIds(repository);
    expect([...ids!.keys()].sort()).toEqual(['app/db.py', 'app/main.py', 'web/index.ts']);
    expect(ids!.get('app/main.py')).toBe(contentHash('import os\n'));
  });

  it('leaves out files edited in the working tree, and a staged edit is known by its staged blob', async () => {
    write('app/db.py', 'session = 1\n');
    write('web/index.ts', 'export const a = 1;\n');
    git('add', 'web/index.ts');
    write('app/new.py', 'x = 1\n');
    try {
      const ids = await workingTreeContentIds(repository);
      expect(ids!.has('app/db.py')).toBe(false);
      expect(ids!.has('app/new.py')).toBe(false);
      expect(ids!.get('web/index.ts')).toBe(contentHash('export const a = 1;\n'));
    } finally {
      git('checkout', '-q', 'HEAD', '--', 'app/db.py', 'web/index.ts');
      rmSync(path.join(repository, 'app/new.py'));
    }
  });

  it('gives paths relative to a subdirectory it is asked about', async () => {
    const ids = await workingTreeContentIds(path.join(repository, 'app'));
    expect([...ids!.keys()].sort()).toEqual(['db.py', 'main.py']);
  });

  it('lists a commit by path from the top, and knows nothing outside a repository', async () => {
    const ids = await commitContentIds(repository, 'HEAD');
    expect(ids!.get('web/index.ts')).toBe(contentHash('export {};\n'));
    expect(ids!.has('app/link.py')).toBe(false);
    const outside = mkdtempSync(path.join(tmpdir(), 'cg-not-a-repo-'));
    try {
      expect(await workingTreeContentIds(outside)).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
