import { execa } from 'execa';
import { ConfigurationError } from '../core/errors.js';

/** Runs git in `cwd`; returns stdout, or undefined when git exits non-zero and `allowFailure` is set. */
export async function git(cwd: string, args: string[], options: { allowFailure?: boolean } = {}): Promise<string | undefined> {
  const result = await execa('git', args, { cwd, reject: false, stripFinalNewline: true, maxBuffer: 512 * 1024 * 1024 });
  if (result.exitCode === 0) return result.stdout;
  if (options.allowFailure) return undefined;
  throw new Error(`git ${args.join(' ')} failed: ${result.stderr || result.stdout}`.trim());
}

export async function ensureRepository(dir: string): Promise<string> {
  const top = await git(dir, ['rev-parse', '--show-toplevel'], { allowFailure: true }).catch(() => undefined);
  if (!top) {
    throw new ConfigurationError(`${dir} is not a git repository.`, {
      hint: '`check` compares two commits; run it inside a git checkout, or use `audit` to analyse the files as they are.',
    });
  }
  return top;
}

export async function resolveCommit(dir: string, ref: string, flag = 'ref'): Promise<string> {
  const sha = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
  if (!sha) {
    throw new ConfigurationError(`The ${flag} \`${ref}\` does not exist in this repository.`, {
      hint: 'Check the name, or fetch it first (in GitHub Actions: actions/checkout with `fetch-depth: 0`).',
    });
  }
  return sha;
}

/** The merge-base of `head` with the default branch: origin/HEAD, then the usual names. */
export async function defaultBase(dir: string, head: string): Promise<string> {
  const originHead = await git(dir, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { allowFailure: true });
  const candidates = [originHead, 'origin/main', 'origin/master', 'main', 'master'].filter((ref): ref is string => Boolean(ref));
  for (const candidate of candidates) {
    const sha = await git(dir, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], { allowFailure: true });
    if (!sha) continue;
    const base = await git(dir, ['merge-base', sha, head], { allowFailure: true });
    if (base) return base;
  }
  throw new ConfigurationError('Cannot find the default branch to compare with.', {
    hint: 'Pass --base <ref> (for example --base origin/main).',
  });
}

export async function mergeBase(dir: string, base: string, head: string): Promise<string> {
  const sha = await git(dir, ['merge-base', base, head], { allowFailure: true });
  if (!sha) {
    throw new ConfigurationError(`\`${base}\` and \`${head}\` have no common history.`, {
      hint: 'In a shallow clone, fetch more history (actions/checkout `fetch-depth: 0`).',
    });
  }
  return sha;
}
