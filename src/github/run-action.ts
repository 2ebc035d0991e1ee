import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/types.js';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Report } from '../core/types.js';
import { type AttributionResult, attributeChange } from '../git/attribution.js';
import { git } from '../git/git.js';
import { prepareRun } from '../io/prepare-run.js';
import { analysePrepared } from '../io/run-analysis.js';
import { writeOutput } from '../io/write-output.js';
import { renderReport } from '../report/index.js';
import { createClient, repositoryCoordinates, type GitHubClient } from './client.js';
import { type AuditPlan, type CheckPlan, type PublishPlan, planRun } from './event.js';
import { ensureCommit, ensureCommonHistory, forkPointWithDefaultBranch } from './history.js';
import { type ActionInputs, applyInputOverrides, readInputs } from './inputs.js';
import { changedLinePredicate, publishReport, type PublishResult } from './publish.js';
import { parseUntrustedReport } from './untrusted-report.js';
import { describeApiError } from './api-errors.js';

export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};

interface Environment {
  eventName: string;
  payload: Record<string, any>;
  sha?: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runUrl?: string;
}

function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, any> = {};
  if (eventPath && existsSync(eventPath)) payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  const { owner, repo } = repositoryCoordinates(env.GITHUB_REPOSITORY);
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    owner,
    repo,
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
  };
}

/** The contract live run starts the app: on `pull_request_target` that is PR code with the base's secrets. */
function refuseUntrustedStart(config: Config, environment: Environment, inputs: ActionInputs): void {
  if (environment.eventName !== 'pull_request_target' || inputs.allowUntrustedCode) return;
  const contracts = [config.contract, ...config.projects.map((project) => project.contract)];
  if (contracts.some((contract) => contract && contract.start)) {
    throw new ConfigurationError('Refusing to start the app for the contract run on `pull_request_target`: it would run pull request code with write access and secrets.', {
      hint: 'Run constraint-gate on `pull_request` (and publish with `mode: publish` from `workflow_run`), or set `allow-untrusted-code: true` if you accept that risk.',
    });
  }
}

/** Report paths relative to the repository root, as the Checks API and links need them. */
function relativeToRepository(report: Report, prefix: string): Report {
  if (!prefix) return report;
  const join = (file: string) => path.posix.join(prefix, file);
  return { ...report, findings: report.findings.map((finding) => ({ ...finding, file: join(finding.file) })) };
}

async function resolveCheckRange(repository: string, plan: CheckPlan, logger: Logger): Promise<{ base?: string; head: string }> {
  const head = plan.head;
  const isSha = (ref: string) => /^[0-9a-f]{40}$/.test(ref);
  if (isSha(head)) await ensureCommit(repository, head, (plan.pullRequest?.commits ?? 49) + 1, logger, 'head');
  if (plan.base) {
    if (isSha(plan.base)) await ensureCommit(repository, plan.base, 1, logger, 'base');
    if (isSha(plan.base) && isSha(head)) await ensureCommonHistory(repository, plan.base, head, logger);
    return { base: plan.base, head };
  }
  if (plan.defaultBranch) return { base: await forkPointWithDefaultBranch(repository, head, plan.defaultBranch, logger), head };
  return { head };
}

async function outputs(report: Report, inputs: ActionInputs, environment: Environment): Promise<{ reportPath: string; sarifPath: string }> {
  const reportPath = path.resolve(environment.workspace, inputs.reportPath);
  writeOutput(reportPath, renderReport(report, 'json'));
  return { reportPath, sarifPath: writeSarifAndOutputs(report, reportPath, inputs, environment) };
}

/** The SARIF file and the step outputs, the same for a run that analysed and for one that publishes. */
function writeSarifAndOutputs(report: Report, reportPath: string, inputs: ActionInputs, environment: Environment): string {
  const sarifPath = path.resolve(environment.workspace, inputs.sarifPath);
  writeOutput(sarifPath, renderReport(report, 'sarif'));
  core.setOutput('score', String(report.score));
  core.setOutput('passed', String(report.passed));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('report', reportPath);
  core.setOutput('sarif', sarifPath);
  return sarifPath;
}

function attributionNotes(attribution: AttributionResult | undefined): string[] {
  if (!attribution) return [];
  if (attribution.wholePullRequest) return [`AI attribution: the whole pull request (${attribution.wholePullRequest}).`];
  if (attribution.aiCommits.length === 0) return [];
  const listed = attribution.aiCommits.slice(0, 10).map((commit) => `\`${commit.sha.slice(0, 7)}\` ${commit.reason.replace(/[<>]/g, '')}`);
  const more = attribution.aiCommits.length > 10 ? `, and ${attribution.aiCommits.length - 10} more` : '';
  return [`AI attribution: ${attribution.aiCommits.length} of ${attribution.commits} commits: ${listed.join('; ')}${more}.`];
}

function logPublished(result: PublishResult, logger: Logger): void {
  if (result.checkRun) logger.info(`check run ${result.checkRun.id} posted in ${result.checkRun.requests} request(s)`);
  if (result.comment) logger.info(`pull request comment ${result.comment}`);
  if (result.trackingIssue) logger.info(`tracking issue ${result.trackingIssue}`);
  if (result.workflowAnnotations > 0) logger.info(`${result.workflowAnnotations} workflow-command annotations written`);
}

async function analyseAndPublish(plan: CheckPlan | AuditPlan, inputs: ActionInputs, environment: Environment, client: GitHubClient | undefined): Promise<void> {
  const logger = actionsLogger;
  const directory = path.resolve(environment.workspace, inputs.workingDirectory);
  logger.info(`constraint-gate: ${plan.describe}`);
  const top = (await git(directory, ['rev-parse', '--show-toplevel'], { allowFailure: true })) ?? directory;
  let range: { base?: string; head: string } | undefined;
  if (plan.mode === 'check') range = await resolveCheckRange(top, plan, logger);
  const prepared = await prepareRun({
    repo: plan.mode === 'check' ? top : directory,
    mode: plan.mode,
    ...(inputs.config ? { configFile: inputs.config } : {}),
    ...(range?.base ? { base: range.base } : {}),
    ...(range ? { head: range.head } : {}),
  });
  try {
    const config = applyInputOverrides(prepared.config, inputs);
    refuseUntrustedStart(config, environment, inputs);
    let change = prepared.change;
    let attribution: AttributionResult | undefined;
    if (change) {
      try {
        const pr = plan.mode === 'check' ? plan.pullRequest : undefined;
        attribution = await attributeChange(prepared.repository, change, config.ai, {
          labels: pr?.labels ?? [],
          ...(pr?.branch ? { branch: pr.branch } : {}),
        });
        change = attribution.change;
      } catch (error) {
        logger.warn(`AI attribution skipped: ${(error as Error).message}`);
      }
    }
    const { report } = await analysePrepared({ ...prepared, config, ...(change ? { change } : {}) }, plan.mode, logger, {
      ...(inputs.cacheDir ? { cacheDir: inputs.cacheDir } : {}),
    });
    await outputs(report, inputs, environment);
    const prefix = plan.mode === 'audit' ? path.relative(top, directory).split(path.sep).join('/') : '';
    const sha = plan.mode === 'check' ? change?.head ?? plan.head : plan.sha;
    const result = await publishReport(
      relativeToRepository(report, prefix),
      {
        client,
        owner: environment.owner,
        repo: environment.repo,
        sha,
        ...(plan.mode === 'check' && plan.pullRequest ? { pullRequest: plan.pullRequest.number } : {}),
        trackingIssue: plan.mode === 'audit' && plan.trackingIssue,
        serverUrl: environment.serverUrl,
        ...(environment.runUrl ? { runUrl: environment.runUrl } : {}),
        notes: attributionNotes(attribution),
        logger,
      },
      { onChangedLine: changedLinePredicate(change?.files) },
    );
    logPublished(result, logger);
    if (!report.passed) core.setFailed(`constraint-gate failed (score ${report.score}/100): ${report.gate.reasons.join('; ')}`);
    else logger.info(`constraint-gate passed with score ${report.score}/100.`);
  } finally {
    prepared.dispose();
  }
}

async function pullRequestOfFork(client: GitHubClient | undefined, plan: PublishPlan, environment: Environment): Promise<number | undefined> {
  if (plan.pullRequest !== undefined) return plan.pullRequest;
  if (!client || !plan.headLookup) return undefined;
  try {
    const pulls = await client.paginate(client.rest.pulls.list, {
      owner: environment.owner,
      repo: environment.repo,
      state: 'open',
      head: `${plan.headLookup.owner}:${plan.headLookup.branch}`,
      per_page: 100,
    });
    return pulls.find((pull) => pull.head.sha === plan.headSha)?.number;
  } catch (error) {
    actionsLogger.info(describeApiError(error, 'find the pull request of the workflow run', 'pull-requests: read').message);
    return undefined;
  }
}

/**
 * `mode: publish`: posts a report written by an unprivileged run. The report is data from
 * untrusted code: validated, confined, escaped; the PR and commit come from the event.
 */
async function publishArtifact(plan: PublishPlan, inputs: ActionInputs, environment: Environment, client: GitHubClient | undefined): Promise<void> {
  const reportPath = path.resolve(environment.workspace, inputs.reportPath);
  if (!existsSync(reportPath)) {
    throw new ConfigurationError(`No report at ${reportPath} to publish.`, {
      hint: 'Download the artifact of the pull_request run first (actions/download-artifact with `run-id: ${{ github.event.workflow_run.id }}`) and point `report-path` at its JSON file.',
    });
  }
  const report = parseUntrustedReport(readFileSync(reportPath, 'utf8'), inputs.reportPath);
  const pullRequest = await pullRequestOfFork(client, plan, environment);
  if (pullRequest === undefined) actionsLogger.info('No open pull request matches the workflow run: posting the check run only.');
  writeSarifAndOutputs(report, reportPath, inputs, environment);
  const result = await publishReport(report, {
    client,
    owner: environment.owner,
    repo: environment.repo,
    sha: plan.headSha,
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    trackingIssue: false,
    serverUrl: environment.serverUrl,
    ...(environment.runUrl ? { runUrl: environment.runUrl } : {}),
    notes: [`Published from the report of the workflow run for ${plan.headSha.slice(0, 7)}; the gate itself ran there.`],
    logger: actionsLogger,
  });
  logPublished(result, actionsLogger);
  actionsLogger.info(`published: ${report.passed ? 'passed' : 'failed'} with score ${report.score}/100 (the check run carries the verdict).`);
}

/** The whole action: inputs and event -> plan -> analysis or artifact -> outputs and GitHub. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  if (inputs.token) core.setSecret(inputs.token);
  const environment = readEnvironment(env);
  const plan = planRun({
    eventName: environment.eventName,
    payload: environment.payload,
    ...(environment.sha ? { sha: environment.sha } : {}),
    mode: inputs.mode,
    ...(inputs.base ? { base: inputs.base } : {}),
    ...(inputs.head ? { head: inputs.head } : {}),
  });
  const client = inputs.token ? createClient(inputs.token, environment.apiUrl, actionsLogger) : undefined;
  if (plan.mode === 'publish') await publishArtifact(plan, inputs, environment, client);
  else await analyseAndPublish(plan, inputs, environment, client);
}
