import type { Config } from '../config/types.js';
import type { ChangeSet, ChangedFile } from '../core/change.js';
import { AI_BRANCH_PREFIXES, AI_LABELS, AI_TRAILER_PATTERNS, agentOfIdentity } from './ai-agents.js';
import { blameInRange } from './blame.js';
import { git } from './git.js';

/** One commit of the range, as `git log` describes it. Identities are `Name <email>`. */
export interface CommitInfo {
  sha: string;
  author: string;
  committer: string;
  message: string;
}

/** What the pull request itself says about who wrote it. */
export interface PullRequestSignals {
  labels: string[];
  branch?: string;
}

export interface AttributionResult {
  change: ChangeSet;
  /** The AI-authored commits of the range, each with the reason it was recognised. */
  aiCommits: { sha: string; reason: string }[];
  /** Set when the PR as a whole is AI-authored (label or branch prefix): every added line counts. */
  wholePullRequest?: string;
  commits: number;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

export function parseCommitLog(output: string): CommitInfo[] {
  return output
    .split(RECORD)
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [sha = '', authorName = '', authorEmail = '', committerName = '', committerEmail = '', message = ''] = record.split(FIELD);
      return { sha: sha.trim(), author: `${authorName} <${authorEmail}>`, committer: `${committerName} <${committerEmail}>`, message };
    });
}

/** The `Co-authored-by:` identities of a commit message. */
export function coAuthors(message: string): string[] {
  return [...message.matchAll(/^co-authored-by:\s*(.+)$/gim)].map((match) => match[1]!.trim());
}

function compile(patterns: readonly string[]): RegExp[] {
  // The config loader has already rejected invalid expressions.
  return patterns.map((pattern) => new RegExp(pattern, 'i'));
}

/** Why this commit is AI-authored, or undefined when nothing says it is. */
export function aiReasonForCommit(commit: CommitInfo, ai: Config['ai']): string | undefined {
  const configAuthors = compile(ai.authors);
  const identities: [string, string][] = [
    ['author', commit.author],
    ['committer', commit.committer],
    ...coAuthors(commit.message).map((identity): [string, string] => ['co-author', identity]),
  ];
  for (const [role, identity] of identities) {
    const agent = agentOfIdentity(identity);
    if (agent) return `${role} ${identity} (${agent.name})`;
    if (configAuthors.some((pattern) => pattern.test(identity))) return `${role} ${identity} (ai.authors)`;
  }
  for (const line of commit.message.split('\n')) {
    if (compile(ai.trailers).some((pattern) => pattern.test(line))) return `trailer "${line.trim()}" (ai.trailers)`;
  }
  const builtIn = AI_TRAILER_PATTERNS.find((pattern) => pattern.test(commit.message));
  if (builtIn) {
    const line = commit.message.split('\n').find((candidate) => builtIn.test(candidate)) ?? '';
    return `trailer "${line.trim()}"`;
  }
  return undefined;
}

/** Why the whole PR is AI-authored (a label or a branch prefix), or undefined. */
export function aiReasonForPullRequest(signals: PullRequestSignals, ai: Config['ai']): string | undefined {
  const labels = new Set([...AI_LABELS, ...ai.labels].map((label) => label.toLowerCase()));
  const label = signals.labels.find((candidate) => labels.has(candidate.toLowerCase()));
  if (label) return `label \`${label}\``;
  const branch = signals.branch;
  if (branch) {
    const prefix = [...AI_BRANCH_PREFIXES, ...ai.branches].find((candidate) => branch.toLowerCase().startsWith(candidate.toLowerCase()));
    if (prefix) return `branch \`${branch}\` (prefix \`${prefix}\`)`;
  }
  return undefined;
}

export async function commitsInRange(repository: string, base: string, head: string): Promise<CommitInfo[]> {
  const format = ['%H', '%an', '%ae', '%cn', '%ce', '%B'].join(FIELD) + RECORD;
  const output = await git(repository, ['log', '--no-color', `--format=${format}`, `${base}..${head}`]);
  return parseCommitLog(output ?? '');
}

/**
 * Fills `aiAuthoredLines` of every changed file: the added lines whose blame (limited to
 * base..head) is an AI-authored commit, or all added lines when the PR as a whole is AI-authored.
 */
export async function attributeChange(
  repository: string,
  change: ChangeSet,
  ai: Config['ai'],
  signals: PullRequestSignals = { labels: [] },
): Promise<AttributionResult> {
  const commits = await commitsInRange(repository, change.base, change.head);
  const aiCommits = commits.flatMap((commit) => {
    const reason = aiReasonForCommit(commit, ai);
    return reason ? [{ sha: commit.sha, reason }] : [];
  });
  const wholePullRequest = aiReasonForPullRequest(signals, ai);
  const aiShas = new Set(aiCommits.map((commit) => commit.sha));
  const everyLine = wholePullRequest !== undefined || (commits.length > 0 && aiCommits.length === commits.length);
  const files: ChangedFile[] = [];
  for (const file of change.files) {
    if (everyLine) files.push({ ...file, aiAuthoredLines: [...file.addedLines] });
    else if (aiShas.size === 0 || file.addedLines.length === 0) files.push({ ...file, aiAuthoredLines: [] });
    else {
      const blame = await blameInRange(repository, change.base, change.head, file.path);
      files.push({ ...file, aiAuthoredLines: file.addedLines.filter((line) => aiShas.has(blame.get(line) ?? '')) });
    }
  }
  return {
    change: { ...change, files },
    aiCommits,
    ...(wholePullRequest ? { wholePullRequest } : {}),
    commits: commits.length,
  };
}
