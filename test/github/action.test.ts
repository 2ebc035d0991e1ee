import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { COMMENT_MARKER } from '../../src/report/github-comment.js';
import { historyEntry, isCleanAudit, parseHistory, renderTrackingIssue } from '../../src/report/github-tracking-issue.js';
import { renderJson } from '../../src/report/render-json.js';
import { FakeGitHub } from './fake-github.js';
import { ACTION, DEFECTIVE_CHANGE, createPullRequestCheckout, createRepository, gitIn, pullRequestPayload, runAction, temporaryDirectory } from './harness.js';
import { handWrittenReport, manyFindings } from './reports.js';

// These tests run the committed bundle as GitHub runs it: rebuild with `npm run build` after changing src/.

function readReport(file: string): Report {
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

describe('the action on pull_request (dist/index.js against a fake GitHub)', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    expect(existsSync(ACTION), 'dist/index.js is missing: run `npm run build`').toBe(true);
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('fetches the missing base of a shallow checkout, reports on the PR range, posts a check run and one sticky comment', async () => {
    const repository = createRepository({
      shallow: true,
      headMessage: 'List customers\n\nCo-authored-by: Claude <noreply@anthropic.com>',
    });
    expect(gitIn(repository.checkout, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    const payload = pullRequestPayload(repository);
    const first = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'pull_request', payload, sha: repository.head });
    expect(first.stderr).not.toMatch(/internal error/);

    const report = readReport(first.outputs.report!);
    expect(report.mode).toBe('check');
    expect(report.change).toMatchObject({ base: repository.base, head: repository.head, files: 1 });
    // The Co-authored-by trailer names Claude: every line of the one commit is AI-authored.
    expect(report.change!.aiAuthoredLines).toBe(report.change!.addedLines);
    expect(report.change!.addedLines).toBeGreaterThan(0);
    expect(first.summary).toMatch(/AI-authored:\*\* \d+ of \d+ changed lines \(100%\)/);
    expect(first.summary).toMatch(/AI attribution: 1 of 1 commits: `[0-9a-f]{7}` co-author Claude/);

    // Outputs.
    expect(first.outputs).toMatchObject({ score: String(report.score), passed: String(report.passed), findings: String(report.findings.length), errors: String(report.summary.errors) });
    expect(existsSync(first.outputs.sarif!)).toBe(true);
    expect(JSON.parse(readFileSync(first.outputs.sarif!, 'utf8')).runs[0].results).toHaveLength(report.findings.length);
    // The action fails exactly when the gate does.
    expect(first.exitCode).toBe(report.passed ? 0 : 1);
    if (!report.passed) expect(first.stdout).toContain(`::error::constraint-gate failed (score ${report.score}/100)`);

    // The check run on the PR head, with one annotation per finding, at the finding's lines.
    const [checkRun] = github.checkRuns;
    expect(checkRun?.created).toMatchObject({ name: 'constraint-gate', head_sha: repository.head });
    const annotations = [checkRun!.created, ...checkRun!.updates].flatMap((request) => request.output.annotations);
    expect(annotations).toHaveLength(report.findings.length);
    for (const finding of report.findings) {
      expect(annotations).toContainEqual(expect.objectContaining({ path: finding.file, start_line: finding.line }));
    }
    const completed = [checkRun!.created, ...checkRun!.updates].at(-1);
    expect(completed).toMatchObject({ status: 'completed', conclusion: report.passed ? 'success' : 'failure' });

    // The sticky comment, with the score and a link base at the head commit.
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(github.comments[0]!.body).toContain(`score ${report.score}/100`);

    // The token is masked first and never printed otherwise.
    expect(first.stdout.split('\n')[0]).toBe('::add-mask::ghs_faketoken1234567890');
    expect(first.stdout.split('\n').slice(1).join('\n') + first.stderr).not.toContain('ghs_faketoken1234567890');
    expect(github.requests.every((request) => request.authorization === 'token ghs_faketoken1234567890')).toBe(true);

    // Second run on the same PR: the comment is updated in place and says what changed.
    const second = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'pull_request', payload, sha: repository.head });
    expect(second.exitCode).toBe(first.exitCode);
    expect(github.comments).toHaveLength(1);
    expect(github.find('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(github.comments[0]!.body).toMatch(/Since the last run:\*\* score \d+ → \d+ \(0\), 0 new, 0 fixed/);
    expect(github.checkRuns).toHaveLength(2);
  });
});

describe('the action on the checkout actions/checkout makes for a pull request', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('analyses the PR head against its fork point, not the merge commit or the moved base', async () => {
    const repository = createPullRequestCheckout();
    expect(gitIn(repository.checkout, ['rev-parse', 'HEAD'])).toBe(repository.merge);
    const run = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'pull_request', payload: pullRequestPayload(repository), sha: repository.merge });
    expect(run.stderr).toBe('');
    const report = readReport(run.outputs.report!);
    expect(report.change).toMatchObject({ base: repository.forkPoint, head: repository.head, files: 1 });
    expect(github.checkRuns[0]!.created.head_sha).toBe(repository.head);
  });
});

describe('the action when the token cannot write (fork pull requests)', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
    github.denied.add('checks').add('comments');
  });
  afterAll(() => github.stop());

  it('falls back to workflow-command annotations, says once which permissions are missing, and exits by the gate only', async () => {
    const repository = createRepository();
    const payload = pullRequestPayload(repository, { fork: true });
    const run = await runAction({
      apiUrl,
      workspace: repository.checkout,
      eventName: 'pull_request',
      payload,
      sha: repository.head,
      inputs: { 'fail-on': 'error' },
    });
    const report = readReport(run.outputs.report!);
    // The `fail-on` input replaced the config's conditions: any error finding fails the gate.
    expect(report.passed).toBe(!report.findings.some((finding) => finding.severity === 'error' && !finding.baseline));
    expect(run.exitCode).toBe(report.passed ? 0 : 1);
    const warnings = run.stdout.split('\n').filter((line) => line.includes('could not post everything'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^::warning::.*`checks: write`, `pull-requests: write`/);
    expect(run.summary).toContain('`checks: write`, `pull-requests: write`');
    // Every finding (up to the runner's 10 per level) becomes a `::error file=...,line=...::` command.
    for (const finding of report.findings.slice(0, 5)) {
      expect(run.stdout).toContain(`file=${finding.file},line=${finding.line}`);
    }
    expect(github.find('POST', /check-runs$/)).toHaveLength(1);
    expect(github.comments).toHaveLength(0);
  });

  it('runs without a token: no API call, the job summary says so', async () => {
    const repository = createRepository();
    const before = github.requests.length;
    const run = await runAction({
      apiUrl,
      workspace: repository.checkout,
      eventName: 'pull_request',
      payload: pullRequestPayload(repository),
      sha: repository.head,
      inputs: { 'github-token': '' },
    });
    expect(run.exitCode).toBe(readReport(run.outputs.report!).passed ? 0 : 1);
    expect(github.requests.length).toBe(before);
    expect(run.summary).toContain('No `github-token`');
  });

  it('publishes a report with more findings than the runner shows: 10 errors, 10 warnings, 9 notices and a "more findings" notice', async () => {
    const workspace = temporaryDirectory('publish-fork');
    writeFileSync(path.join(workspace, 'report.json'), renderJson(handWrittenReport(manyFindings(60))));
    const run = await runAction({
      apiUrl,
      workspace,
      eventName: 'workflow_run',
      payload: workflowRunPayload('c'.repeat(40), 11),
      sha: 'd'.repeat(40),
      inputs: { 'report-path': 'report.json' },
    });
    expect(run.exitCode).toBe(0);
    const commands = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(commands.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(commands.filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(commands.filter((line) => line.startsWith('::notice '))).toHaveLength(10);
    expect(commands.at(-1)).toMatch(/^::notice title=constraint-gate::31 more findings: see the summary\/report\.$/);
    expect(commands[0]).toMatch(/^::error title=test\/rule-0 \(data-layer\),file=app\/routes_0\.py,line=1,endLine=1::Finding number 0/);
  });
});

function workflowRunPayload(headSha: string, pullRequest?: number) {
  return {
    action: 'completed',
    workflow_run: {
      id: 99,
      head_sha: headSha,
      head_branch: 'feature',
      event: 'pull_request',
      head_repository: { full_name: 'stranger/shop', owner: { login: 'stranger' } },
      pull_requests: pullRequest === undefined ? [] : [{ number: pullRequest, head: { sha: headSha } }],
    },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };
}

describe('mode: publish (workflow_run) from a report artifact', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('posts the check run in batches of 50, most severe first, capped with a "more findings" line, and the sticky comment', async () => {
    const workspace = temporaryDirectory('publish');
    const report = handWrittenReport(manyFindings(230), { aiAuthoredLines: 100 });
    writeFileSync(path.join(workspace, 'report.json'), renderJson(report));
    const headSha = 'e'.repeat(40);
    const run = await runAction({
      apiUrl,
      workspace,
      eventName: 'workflow_run',
      payload: workflowRunPayload(headSha, 12),
      sha: 'f'.repeat(40),
      inputs: { mode: 'publish', 'report-path': 'report.json' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const [checkRun] = github.checkRuns;
    expect(checkRun!.created).toMatchObject({ name: 'constraint-gate', head_sha: headSha, status: 'in_progress' });
    const requests = [checkRun!.created, ...checkRun!.updates];
    expect(requests.map((request) => request.output.annotations.length)).toEqual([50, 50, 50, 50]);
    expect(requests.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const levels = requests.flatMap((request) => request.output.annotations.map((annotation: { annotation_level: string }) => annotation.annotation_level));
    // 77 errors and 77 warnings come first, then the notes that fit.
    expect(levels.indexOf('warning')).toBe(77);
    expect(levels.lastIndexOf('failure')).toBe(76);
    expect(levels.indexOf('notice')).toBe(154);
    expect(checkRun!.created.output.text).toContain('30 more findings: see the summary/report.');
    expect(checkRun!.created.output.summary.length).toBeLessThanOrEqual(65_535);
    expect(checkRun!.created.output.text.length).toBeLessThanOrEqual(65_535);

    // The comment on the PR named by the event, links to the lines at the event's head commit.
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]!.body;
    expect(github.comments[0]!.issue).toBe(12);
    expect(body).toContain(`https://github.com/acme/shop/blob/${headSha}/app/routes_0.py#L1`);
    expect(body).toMatch(/\| data-layer \| \d+ \| █+ \|/);
    expect(body).toContain('**AI-authored:** 100 of 400 changed lines (25%)');
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(run.summary).toContain('## constraint-gate: ❌ failed');
    expect(existsSync(run.outputs.sarif!)).toBe(true);
  });

  it('finds the PR of a fork by its head branch when the event lists none', async () => {
    const workspace = temporaryDirectory('publish-lookup');
    writeFileSync(path.join(workspace, 'report.json'), renderJson(handWrittenReport(manyFindings(3))));
    const headSha = '1'.repeat(40);
    github.pulls.push({ number: 31, head: { sha: headSha, ref: 'feature', label: 'stranger:feature' } });
    const run = await runAction({
      apiUrl,
      workspace,
      eventName: 'workflow_run',
      payload: workflowRunPayload(headSha),
      sha: 'f'.repeat(40),
      inputs: { 'report-path': 'report.json' },
    });
    expect(run.exitCode).toBe(0);
    expect(github.find('GET', /\/pulls$/)[0]!.query.head).toBe('stranger:feature');
    expect(github.comments.filter((comment) => comment.issue === 31)).toHaveLength(1);
  });

  it('fails with a hint when there is no report to publish', async () => {
    const run = await runAction({
      apiUrl,
      workspace: temporaryDirectory('publish-missing'),
      eventName: 'workflow_run',
      payload: workflowRunPayload('4'.repeat(40), 14),
      sha: 'f'.repeat(40),
      inputs: { 'report-path': 'missing/report.json' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::No report at .*missing\/report\.json to publish\.%0A.*actions\/download-artifact/);
  });

  it('refuses a report whose paths leave the repository, and posts nothing', async () => {
    const workspace = temporaryDirectory('publish-evil');
    const report = handWrittenReport(manyFindings(2));
    report.findings[0]!.file = '../../etc/passwd';
    writeFileSync(path.join(workspace, 'report.json'), renderJson(report));
    const before = github.requests.length;
    const run = await runAction({
      apiUrl,
      workspace,
      eventName: 'workflow_run',
      payload: workflowRunPayload('2'.repeat(40), 13),
      sha: 'f'.repeat(40),
      inputs: { 'report-path': 'report.json' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::The report report\.json does not match the report schema: \/findings\/0\/file must match pattern/);
    expect(github.requests.length).toBe(before);
  });
});

describe('scheduled audit and its tracking issue', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('keeps one tracking issue with the score history across runs', async () => {
    const repository = createRepository();
    // An issue from an earlier audit, with one run in its history.
    const earlier = handWrittenReport(manyFindings(4));
    const seeded = renderTrackingIssue(earlier, [historyEntry(earlier, new Date('2026-11-01T03:00:00Z'))]);
    github.issues.push({ number: 5, title: seeded.title, body: seeded.body, state: 'open', labels: [{ name: 'constraint-gate' }] });
    github.issues.push({ number: 6, title: 'unrelated', body: 'no marker', state: 'open', labels: [{ name: 'constraint-gate' }] });

    const payload = { schedule: '0 3 * * *', repository: { full_name: 'acme/shop', default_branch: 'main' } };
    const run = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'schedule', payload, sha: repository.head });
    const report = readReport(run.outputs.report!);
    expect(report.mode).toBe('audit');
    expect(run.exitCode).toBe(report.passed ? 0 : 1);
    const updates = github.find('PATCH', /\/issues\/5$/);
    expect(updates).toHaveLength(1);
    expect(github.find('POST', /\/issues$/)).toHaveLength(0);
    const history = parseHistory(updates[0]!.body.body);
    expect(history.map((entry) => entry.score)).toEqual([earlier.score, report.score]);
    expect(updates[0]!.body.body).toContain('xychart-beta');
    expect(updates[0]!.body.body).toContain(`line [${earlier.score}, ${report.score}]`);
    expect(updates[0]!.body.state).toBe(isCleanAudit(report) ? 'closed' : 'open');
    expect(github.find('PATCH', /\/issues\/6$/)).toHaveLength(0);
    // Audits get a check run on the audited commit too.
    expect(github.checkRuns.at(-1)!.created.head_sha).toBe(repository.head);
  });
});

describe('push events', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('checks before..after, and a new branch (all-zero before) against where it left the default branch', async () => {
    const repository = createRepository({ shallow: true });
    const push = (before: string) => ({
      ref: 'refs/heads/feature',
      before,
      after: repository.head,
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    const ranged = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'push', payload: push(repository.base), sha: repository.head });
    expect(readReport(ranged.outputs.report!).change).toMatchObject({ base: repository.base, head: repository.head });
    const fresh = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'push', payload: push('0'.repeat(40)), sha: repository.head });
    expect(fresh.stdout).toContain('new branch refs/heads/feature');
    expect(readReport(fresh.outputs.report!).change).toMatchObject({ base: repository.base, head: repository.head });
  });

  it('fails with the fetch-depth setting when the base cannot be fetched, instead of analysing another range', async () => {
    const repository = createRepository({ shallow: true });
    const payload = { ref: 'refs/heads/feature', before: '3'.repeat(40), after: repository.head, repository: { full_name: 'acme/shop', default_branch: 'main' } };
    const run = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'push', payload, sha: repository.head });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::The base commit 3{40} is not in the checkout and could not be fetched from origin\.%0A.*`fetch-depth: 0`/);
    expect(existsSync(path.join(repository.checkout, 'constraint-gate-report.json'))).toBe(false);
  });
});

describe('pull_request_target', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('refuses to start the app for the contract run unless allow-untrusted-code is true', async () => {
    const config = 'contract:\n  start: uvicorn app.main:app --port 8000\n  base-url: http://127.0.0.1:8000\n';
    const repository = createRepository({ change: { ...DEFECTIVE_CHANGE, '.constraint-gate.yml': config } });
    const payload = pullRequestPayload(repository, { fork: true });
    const refused = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'pull_request_target', payload, sha: repository.base });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('::error::Refusing to start the app for the contract run on `pull_request_target`');
    expect(github.checkRuns).toHaveLength(0);
    const allowed = await runAction({
      apiUrl,
      workspace: repository.checkout,
      eventName: 'pull_request_target',
      payload,
      sha: repository.base,
      inputs: { 'allow-untrusted-code': 'true' },
    });
    expect(allowed.stdout).not.toContain('Refusing to start the app');
    expect(allowed.outputs.report).toBeDefined();
  });
});

describe('a broken config file', () => {
  const github = new FakeGitHub();
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('fails the step with an error annotation on the config file line, and no stack trace', async () => {
    const repository = createRepository({ change: { ...DEFECTIVE_CHANGE, '.constraint-gate.yml': 'constraints:\n  orm: sqlalchemyy\n' } });
    const run = await runAction({ apiUrl, workspace: repository.checkout, eventName: 'pull_request', payload: pullRequestPayload(repository), sha: repository.head });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=constraint-gate configuration,file=\.constraint-gate\.yml,line=2,col=3::`constraints\.orm` must be one of/);
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
