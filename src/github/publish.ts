import * as core from '@actions/core';
import type { Finding, Report } from '../core/types.js';
import type { Logger } from '../core/logger.js';
import { type AnnotationOptions, selectWorkflowAnnotations } from '../report/github-annotations.js';
import { renderCheckRun } from '../report/github-check-run.js';
import { renderGitHubMarkdown, renderStickyComment } from '../report/github-comment.js';
import { describeApiError } from './api-errors.js';
import { publishCheckRun } from './check-run.js';
import type { GitHubClient } from './client.js';
import { findStickyComment, upsertStickyComment } from './sticky-comment.js';
import { updateTrackingIssue } from './tracking-issue.js';

export interface PublishRequest {
  client: GitHubClient | undefined;
  owner: string;
  repo: string;
  /** The commit the check run and the links point at. */
  sha: string | undefined;
  pullRequest?: number;
  trackingIssue: boolean;
  serverUrl: string;
  runUrl?: string;
  /** Put in the job summary under the report (attribution details, notes). */
  notes: string[];
  logger: Logger;
}

/** What publishing did, for the log and the tests. */
export interface PublishResult {
  checkRun?: { id: number; requests: number };
  comment?: 'created' | 'updated';
  trackingIssue?: string;
  workflowAnnotations: number;
  missingPermissions: string[];
}

/**
 * Posts one report everywhere it belongs: the check run with annotations, the sticky PR comment,
 * the tracking issue, and the job summary. A token that may not write checks or comments (a
 * fork's PR) degrades to workflow-command annotations; publishing never fails the run.
 */
export async function publishReport(report: Report, request: PublishRequest, options: AnnotationOptions = {}): Promise<PublishResult> {
  const { client, owner, repo, logger } = request;
  const missing = new Set<string>();
  const result: PublishResult = { workflowAnnotations: 0, missingPermissions: [] };
  const linkBase = request.sha ? `${request.serverUrl}/${owner}/${repo}/blob/${request.sha}/` : undefined;
  const attempt = async <T>(action: string, permission: string, work: (client: GitHubClient) => Promise<T>): Promise<T | undefined> => {
    if (!client) return undefined;
    try {
      return await work(client);
    } catch (error) {
      const problem = describeApiError(error, action, permission);
      if (problem.missingPermission) missing.add(problem.missingPermission);
      logger.info(problem.message);
      if (!problem.missingPermission) logger.warn(problem.message);
      return undefined;
    }
  };

  if (request.sha) {
    const sha = request.sha;
    const output = renderCheckRun(report, { ...options, ...(linkBase ? { linkBase } : {}) });
    const checkRun = await attempt('create the check run', 'checks: write', (github) =>
      publishCheckRun(github, { owner, repo, headSha: sha, ...(request.runUrl ? { detailsUrl: request.runUrl } : {}) }, output),
    );
    if (checkRun) result.checkRun = checkRun;
  }
  if (!result.checkRun) {
    for (const annotation of selectWorkflowAnnotations(report, options)) {
      core[annotation.level](annotation.message, annotation.properties);
      result.workflowAnnotations++;
    }
  }

  let previousBody: string | undefined;
  if (request.pullRequest !== undefined) {
    const target = { owner, repo, issueNumber: request.pullRequest };
    const comment = await attempt('read and write the pull request comment', 'pull-requests: write', async (github) => {
      const existing = await findStickyComment(github, target);
      previousBody = existing?.body;
      const body = renderStickyComment(report, { ...(linkBase ? { linkBase } : {}), ...(previousBody ? { previousBody } : {}), ...(request.sha ? { sha: request.sha } : {}) });
      return upsertStickyComment(github, target, existing, body);
    });
    if (comment) result.comment = comment;
  }

  if (request.trackingIssue) {
    const issue = await attempt('update the tracking issue', 'issues: write', (github) =>
      updateTrackingIssue(github, { owner, repo }, report, {
        date: new Date(),
        ...(request.sha ? { sha: request.sha } : {}),
        ...(linkBase ? { linkBase } : {}),
        ...(request.runUrl ? { runUrl: request.runUrl } : {}),
      }),
    );
    if (issue) result.trackingIssue = `${issue.action}${issue.number ? ` #${issue.number}` : ''} (${issue.runs} runs in the history)`;
  }

  result.missingPermissions = [...missing].sort();
  const notes = [...request.notes];
  if (!client) notes.push('No `github-token`: the report is in this summary and in workflow annotations only.');
  if (result.missingPermissions.length > 0) {
    const message =
      `constraint-gate could not post everything: the token lacks ${result.missingPermissions.map((entry) => `\`${entry}\``).join(', ')}. ` +
      `Add ${result.missingPermissions.length === 1 ? 'it' : 'them'} to the job's \`permissions:\`; for pull requests from forks, publish from a \`workflow_run\` job (README, "Fork pull requests").`;
    logger.warn(message);
    notes.push(message);
  }
  const summary = renderGitHubMarkdown(report, { ...(linkBase ? { linkBase } : {}), ...(previousBody ? { previousBody } : {}) });
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(`${summary}${notes.length > 0 ? `\n${notes.map((note) => `> ${note}`).join('\n>\n')}\n` : ''}`).write();
  } else {
    logger.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
  }
  return result;
}

/** Findings on the lines the change added or modified; everything counts as changed without a change. */
export function changedLinePredicate(files: { path: string; addedLines: number[] }[] | undefined): (finding: Finding) => boolean {
  if (!files) return () => true;
  const lines = new Map(files.map((file) => [file.path, new Set(file.addedLines)]));
  return (finding) => {
    const added = lines.get(finding.file);
    if (!added) return false;
    for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++) if (added.has(line)) return true;
    return false;
  };
}
