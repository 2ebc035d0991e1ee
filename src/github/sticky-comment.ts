import { isStickyComment } from '../report/github-comment.js';
import type { GitHubClient } from './client.js';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface ExistingComment {
  id: number;
  body: string;
}

/**
 * Our comment on the PR, found by its marker. Should there be several (a race of two runs),
 * the bot's oldest one is the sticky one.
 */
export async function findStickyComment(client: GitHubClient, target: StickyTarget): Promise<ExistingComment | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const ours = comments.filter((comment) => isStickyComment(comment.body));
  const chosen = ours.find((comment) => comment.user?.type === 'Bot') ?? ours[0];
  return chosen ? { id: chosen.id, body: chosen.body ?? '' } : undefined;
}

/** Updates the sticky comment in place, or creates it on the first run: never a second one. */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  existing: ExistingComment | undefined,
  body: string,
): Promise<'created' | 'updated'> {
  if (existing) {
    await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    return 'updated';
  }
  await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return 'created';
}
