import { batches } from '../report/github-annotations.js';
import { CHECK_RUN_NAME, type CheckRunOutput } from '../report/github-check-run.js';
import type { GitHubClient } from './client.js';

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  detailsUrl?: string;
}

/**
 * Creates the `constraint-gate` check run with the first 50 annotations, then adds the others
 * 50 per update (the API's limit per request); the last request completes the run.
 */
export async function publishCheckRun(client: GitHubClient, target: CheckRunTarget, output: CheckRunOutput): Promise<{ id: number; requests: number }> {
  const groups = batches(output.annotations);
  if (groups.length === 0) groups.push([]);
  const content = (index: number) => ({ title: output.title, summary: output.summary, text: output.text, annotations: groups[index]! });
  const finished = (index: number) =>
    index === groups.length - 1 ? { status: 'completed' as const, conclusion: output.conclusion, completed_at: new Date().toISOString() } : {};
  const created = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: CHECK_RUN_NAME,
    head_sha: target.headSha,
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    status: 'in_progress',
    started_at: new Date().toISOString(),
    output: content(0),
    ...finished(0),
  });
  try {
    for (let index = 1; index < groups.length; index++) {
      await client.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: created.data.id,
        output: content(index),
        ...finished(index),
      });
    }
  } catch (error) {
    // Never leave the check run in progress: complete it with what it has, then report the failure.
    await client.rest.checks
      .update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: created.data.id,
        output: { title: output.title, summary: output.summary },
        ...finished(groups.length - 1),
      })
      .catch(() => undefined);
    throw error;
  }
  return { id: created.data.id, requests: groups.length };
}
