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
import { fsWorkspace, listWorkspaceFiles } from './fs-workspace.js';

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

function workspaceFor(root: string, config: Config, contentIds: ReadonlyMap<string, string> | undefined, files: readonly string[]): Workspace {
  return fsWorkspace(root, { include: config.paths.include, exclude: config.paths.exclude, files, ...(contentIds ? { contentIds } : {}) });
}

function listFor(root: string, config: Config): string[] {
  return listWorkspaceFiles(root, { include: config.paths.include, exclude: config.paths.exclude });
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
    // Git starts first and runs while this thread lists the directories: the two are the start-up of every run.
    const pendingIds = workingTreeContentIds(directory);
    const listing = listFor(directory, config);
    const contentIds = await pendingIds;
    return { repository: directory, config, workspace: workspaceFor(directory, config, contentIds, listing), dispose() {} };
  }
  const repository = await ensureRepository(directory);
  const config = readConfig(repository, request.configFile);
  // The three run at once; awaited in order, so a bad --head is reported before a bad --base.
  const pendingHead = resolveCommit(repository, request.head ?? 'HEAD', '--head ref');
  const pendingBase = request.base ? resolveCommit(repository, request.base, '--base ref') : undefined;
  const pendingCheckedOut = git(repository, ['rev-parse', 'HEAD'], { allowFailure: true });
  pendingBase?.catch(() => {});
  pendingCheckedOut.catch(() => {});
  const head = await pendingHead;
  const requestedBase = await pendingBase;
  const checkedOut = await pendingCheckedOut;
  const inWorkingTree = checkedOut === head;
  // The diff and the working tree's content ids run in git while this thread lists the directories.
  const pendingChange = (async () => {
    const base = requestedBase ? await mergeBase(repository, requestedBase, head) : await defaultBase(repository, head);
    return { base, files: await changedFiles(repository, base, head) };
  })();
  const pendingIds = inWorkingTree ? workingTreeContentIds(repository) : undefined;
  pendingChange.catch(() => {});
  const workingListing = inWorkingTree ? listFor(repository, config) : undefined;
  const { base, files } = await pendingChange;
  let root = repository;
  let dispose = () => {};
  let contentIds: Map<string, string> | undefined;
  let listing: string[];
  if (workingListing) {
    listing = workingListing;
    contentIds = await pendingIds;
  } else {
    const temporary = mkdtempSync(path.join(os.tmpdir(), 'constraint-gate-head-'));
    dispose = () => rmSync(temporary, { recursive: true, force: true });
    try {
      await execa('sh', ['-c', `git archive --format=tar "${head}" | tar -x -C "${temporary}"`], { cwd: repository });
      root = temporary;
      const pendingExportIds = commitContentIds(repository, head);
      listing = listFor(temporary, config);
      contentIds = await pendingExportIds;
    } catch (error) {
      dispose();
      throw error;
    }
  }
  return {
    repository,
    config,
    workspace: workspaceFor(root, config, contentIds, listing),
    change: { base, head, files: files.filter((file) => file.status !== 'deleted') },
    dispose,
  };
}
