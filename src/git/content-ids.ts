import { git } from './git.js';

/**
 * Git blob ids of the files whose content git already knows, keyed by path relative to `dir`.
 * The source model uses them as content hashes (they are computed the same way, see
 * `contentHash`), so a warm run looks its facts up without reading or hashing unchanged files.
 */

/**
 * The working tree of `dir`: index entries whose file matches the index. Files git reports as
 * modified, unmerged entries, files flagged assume-unchanged or skip-worktree (git would not notice
 * their edits), symbolic links and submodules are left out: those are read and hashed as usual.
 * Undefined when `dir` is not inside a git work tree.
 */
export async function workingTreeContentIds(dir: string): Promise<Map<string, string> | undefined> {
  const [entries, modified] = await Promise.all([
    git(dir, ['ls-files', '--stage', '-v', '-z'], { allowFailure: true }).catch(() => undefined),
    git(dir, ['diff-files', '--name-only', '--relative', '-z'], { allowFailure: true }).catch(() => undefined),
  ]);
  if (entries === undefined || modified === undefined) return undefined;
  const changed = new Set(modified.split('\0').filter(Boolean));
  const ids = new Map<string, string>();
  for (const record of entries.split('\0')) {
    // `H 100644 <sha> 0\t<path>`: tag, mode, object, stage, path.
    const match = /^(\S) (\d{6}) ([0-9a-f]{40,64}) (\d)\t(.+)$/s.exec(record);
    if (!match) continue;
    const [, tag, mode, id, stage, path] = match;
    if (tag !== 'H' || stage !== '0' || !mode!.startsWith('100') || changed.has(path!)) continue;
    ids.set(path!, id!);
  }
  return ids;
}

/**
 * Every file of `commit`, by path from the repository's top: the ids of a `git archive` export of
 * it. (An `export-subst` attribute rewrites a file in the export; its facts are then those of the
 * rewritten text, which differs only in the substituted placeholders.)
 */
export async function commitContentIds(repository: string, commit: string): Promise<Map<string, string> | undefined> {
  const listing = await git(repository, ['ls-tree', '-r', '--full-tree', '-z', commit], { allowFailure: true }).catch(() => undefined);
  if (listing === undefined) return undefined;
  const ids = new Map<string, string>();
  for (const record of listing.split('\0')) {
    // `100644 blob <sha>\t<path>`
    const match = /^(\d{6}) blob ([0-9a-f]{40,64})\t(.+)$/s.exec(record);
    if (match && match[1]!.startsWith('100')) ids.set(match[3]!, match[2]!);
  }
  return ids;
}
