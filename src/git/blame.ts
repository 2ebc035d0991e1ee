import { git } from './git.js';

/**
 * Parses `git blame --porcelain` output into "line number in the blamed version -> commit".
 * Each group starts with `<sha> <original-line> <final-line> [<lines in group>]`; header fields
 * follow only the first time a commit appears, and every source line is prefixed with a tab.
 */
export function parseBlamePorcelain(output: string): Map<number, string> {
  const lines = new Map<number, string>();
  for (const line of output.split('\n')) {
    const match = /^([0-9a-f]{40}|[0-9a-f]{64}) \d+ (\d+)(?: \d+)?$/.exec(line);
    if (match) lines.set(Number(match[2]), match[1]!);
  }
  return lines;
}

/**
 * Which commit wrote each line of `path` at `head`, looking only at commits in `base..head`:
 * lines older than the range are blamed on a boundary commit, which is not in the range.
 */
export async function blameInRange(repository: string, base: string, head: string, path: string): Promise<Map<number, string>> {
  const output = await git(repository, ['blame', '--porcelain', `${base}..${head}`, '--', path], { allowFailure: true });
  return output === undefined ? new Map() : parseBlamePorcelain(output);
}
