import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import type { Config } from '../config/types.js';
import type { ChangeSet } from '../core/change.js';
import type { Workspace } from '../core/workspace.js';
import { commitContentIds, workingTreeContentIds } from '../git/content-ids.js';
import { changedFiles } from '../git/diff.js';
import { defaultBase, ensureRepository, git, mergeBase, resolveCommit } from '../git/git.js';
import { ensureDirectory, readConfig } from './config-file.js';
import { fsWorkspace } from './fs-workspace.js';

export interface PreparedRun {
  repository: string;
  config: Config;
  workspace: Workspace;
  change?: ChangeSet;
  /** Removes temporary checkouts; always call it. */
  dispose(): void;
}

export interface RunRequest {
  repo: string;
  mode: 'check' | 'audit';
  configFile?: string;
  base?: string;
  head?: string;
}

function workspaceFor(root: string, config: Config, contentIds: ReadonlyMap<string, string> | undefined): Workspace {
  return fsWorkspace(root, { include: config.paths.include, exclude: config.paths.exclude, ...(contentIds ? { contentIds } : {}) });
}

/**
 * Resolves everything a run needs from the outside world: the directory, the config, and for
 * `check` the two commits and the lines that changed. The head is analysed from the working
 * tree when it is the checked-out commit, otherwise from a temporary export of that commit.
 */
export async function prepareRun(request: RunRequest): Promise<PreparedRun> {
  const directory = ensureDirectory(request.repo);
  if (request.mode === 'audit') {
    const config = readConfig(directory, request.configFile);
    const contentIds = await workingTreeContentIds(directory);
    return { repository: directory, config, workspace: workspaceFor(directory, config, contentIds), dispose() {} };
  }
  const repository = await ensureRepository(directory);
  const config = readConfig(repository, request.configFile);
  const head = await resolveCommit(repository, request.head ?? 'HEAD', '--head ref');
  const base = request.base
    ? await mergeBase(repository, await resolveCommit(repository, request.base, '--base ref'), head)
    : await defaultBase(repository, head);
  const files = await changedFiles(repository, base, head);
  const checkedOut = await git(repository, ['rev-parse', 'HEAD'], { allowFailure: true });
  let root = repository;
  let dispose = () => {};
  let contentIds: Map<string, string> | undefined;
  if (checkedOut !== head) {
    const temporary = mkdtempSync(path.join(os.tmpdir(), 'constraint-gate-head-'));
    await execa('sh', ['-c', `git archive --format=tar "${head}" | tar -x -C "${temporary}"`], { cwd: repository });
    root = temporary;
    dispose = () => rmSync(temporary, { recursive: true, force: true });
    contentIds = await commitContentIds(repository, head);
  } else {
    contentIds = await workingTreeContentIds(repository);
  }
  return {
    repository,
    config,
    workspace: workspaceFor(root, config, contentIds),
    change: { base, head, files: files.filter((file) => file.status !== 'deleted') },
    dispose,
  };
}
