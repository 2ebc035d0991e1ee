import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logger.js';
import { FakeGitHub } from '../../test/github/fake-github.js';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { renderCheckRun } from '../report/github-check-run.js';
import { publishCheckRun } from './check-run.js';
import { createClient } from './client.js';

describe('publishCheckRun against the fake GitHub', () => {
  const github = new FakeGitHub();
  beforeAll(() => github.start());
  afterAll(() => github.stop());
  const target = { owner: 'acme', repo: 'shop', headSha: 'a'.repeat(40) };

  it('completes a run with no findings in one request', async () => {
    const client = createClient('token', github.url, silentLogger);
    expect(await publishCheckRun(client, target, renderCheckRun(handWrittenReport([])))).toMatchObject({ requests: 1 });
    expect(github.checkRuns[0]!.created).toMatchObject({ status: 'completed', conclusion: 'success', output: { annotations: [] } });
  });

  it('completes the run even when a later batch is refused, and reports the failure', async () => {
    const client = createClient('token', github.url, silentLogger);
    const output = renderCheckRun(handWrittenReport(manyFindings(120)));
    github.refuseCheckRunUpdates = 1;
    await expect(publishCheckRun(client, target, output)).rejects.toMatchObject({ status: 422 });
    const run = github.checkRuns.at(-1)!;
    expect(run.created.status).toBe('in_progress');
    const completion = github.find('PATCH', new RegExp(`/check-runs/${run.id}$`)).at(-1)!;
    expect(completion.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});
