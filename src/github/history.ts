import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { git } from '../git/git.js';

/** How deep each attempt fetches when the common history is missing; then the whole history. */
const DEEPEN_STEPS = [50, 500];

const FETCH_DEPTH_HINT =
  'Check out the full history: `actions/checkout` with `fetch-depth: 0` (or a depth that reaches the base commit).';

async function hasCommit(repository: string, sha: string): Promise<boolean> {
  return (await git(repository, ['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true })) !== undefined;
}

async function isShallow(repository: string): Promise<boolean> {
  return (await git(repository, ['rev-parse', '--is-shallow-repository'], { allowFailure: true })) === 'true';
}

async function fetch(repository: string, args: string[], logger: Logger): Promise<boolean> {
  logger.info(`git fetch ${args.join(' ')}`);
  return (await git(repository, ['fetch', '--no-tags', '--quiet', ...args], { allowFailure: true })) !== undefined;
}

async function mergeBaseOf(repository: string, a: string, b: string): Promise<string | undefined> {
  return git(repository, ['merge-base', a, b], { allowFailure: true });
}

/**
 * Makes sure `sha` is in the checkout, fetching it from origin when the checkout is shallow or
 * did not include it (a PR's head is not fetched when checkout takes the merge commit).
 */
export async function ensureCommit(repository: string, sha: string, depth: number, logger: Logger, what: string): Promise<void> {
  if (await hasCommit(repository, sha)) return;
  if (!(await fetch(repository, [`--depth=${Math.max(1, depth)}`, 'origin', sha], logger)) || !(await hasCommit(repository, sha))) {
    throw new ConfigurationError(`The ${what} commit ${sha} is not in the checkout and could not be fetched from origin.`, { hint: FETCH_DEPTH_HINT });
  }
}

/**
 * Makes sure `base` and `head` share history in the checkout, deepening a shallow clone step by
 * step; fails naming the checkout setting rather than analysing a wrong range.
 */
export async function ensureCommonHistory(repository: string, base: string, head: string, logger: Logger): Promise<string> {
  let found = await mergeBaseOf(repository, base, head);
  for (const step of DEEPEN_STEPS) {
    if (found || !(await isShallow(repository))) break;
    await fetch(repository, [`--deepen=${step}`, 'origin', base, head], logger);
    found = await mergeBaseOf(repository, base, head);
  }
  if (!found && (await isShallow(repository))) {
    await fetch(repository, ['--unshallow', 'origin'], logger);
    found = await mergeBaseOf(repository, base, head);
  }
  if (!found) {
    throw new ConfigurationError(`${base.slice(0, 12)} and ${head.slice(0, 12)} have no common history in the checkout, even after fetching more.`, {
      hint: FETCH_DEPTH_HINT,
    });
  }
  return found;
}

/** The commit a new branch left the default branch at, fetching the default branch when needed. */
export async function forkPointWithDefaultBranch(repository: string, head: string, defaultBranch: string, logger: Logger): Promise<string> {
  const remoteRef = `refs/remotes/origin/${defaultBranch}`;
  let tip = await git(repository, ['rev-parse', '--verify', '--quiet', `${remoteRef}^{commit}`], { allowFailure: true });
  if (!tip) {
    if (!(await fetch(repository, ['--depth=50', 'origin', `+refs/heads/${defaultBranch}:${remoteRef}`], logger))) {
      throw new ConfigurationError(`Cannot fetch the default branch \`${defaultBranch}\` to compare the new branch with.`, { hint: FETCH_DEPTH_HINT });
    }
    tip = await git(repository, ['rev-parse', '--verify', '--quiet', `${remoteRef}^{commit}`]);
  }
  return ensureCommonHistory(repository, tip!, head, logger);
}
