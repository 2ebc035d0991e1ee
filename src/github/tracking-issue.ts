import type { Report } from '../core/types.js';
import {
  ISSUE_LABEL,
  ISSUE_MARKER,
  appendHistory,
  historyEntry,
  isCleanAudit,
  parseHistory,
  renderTrackingIssue,
  type TrackingIssueOptions,
} from '../report/github-tracking-issue.js';
import type { GitHubClient } from './client.js';

export interface TrackingTarget {
  owner: string;
  repo: string;
}

export type TrackingAction = 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged';

/**
 * Keeps one issue labelled `constraint-gate` with the latest audit and the score history:
 * created on the first audit with findings, updated on every run, closed when an audit is clean
 * and reopened when findings return.
 */
export async function updateTrackingIssue(
  client: GitHubClient,
  target: TrackingTarget,
  report: Report,
  options: TrackingIssueOptions & { date: Date; sha?: string },
): Promise<{ action: TrackingAction; number?: number; runs: number }> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    labels: ISSUE_LABEL,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  const existing = issues.find((issue) => !issue.pull_request && (issue.body ?? '').includes(ISSUE_MARKER));
  const history = appendHistory(parseHistory(existing?.body), historyEntry(report, options.date, options.sha));
  const { title, body } = renderTrackingIssue(report, history, options);
  const clean = isCleanAudit(report);
  if (!existing) {
    if (clean) return { action: 'unchanged', runs: 0 };
    const created = await client.rest.issues.create({ owner: target.owner, repo: target.repo, title, body, labels: [ISSUE_LABEL] });
    return { action: 'created', number: created.data.number, runs: history.length };
  }
  const open = existing.state === 'open';
  const state = clean ? 'closed' : 'open';
  await client.rest.issues.update({
    owner: target.owner,
    repo: target.repo,
    issue_number: existing.number,
    title,
    body,
    state,
    ...(clean && open ? { state_reason: 'completed' as const } : {}),
  });
  const action: TrackingAction = clean ? (open ? 'closed' : 'updated') : open ? 'updated' : 'reopened';
  return { action, number: existing.number, runs: history.length };
}
