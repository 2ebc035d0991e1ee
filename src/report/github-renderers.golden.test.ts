import { describe, expect, it } from 'vitest';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { selectWorkflowAnnotations } from './github-annotations.js';
import { renderCheckRun } from './github-check-run.js';
import { renderStickyComment } from './github-comment.js';
import { historyEntry, renderTrackingIssue } from './github-tracking-issue.js';

// Golden files: review the diff under __snapshots__/ when a renderer changes on purpose
// (`npx vitest run -u src/report/github-renderers.golden.test.ts`).
const report = handWrittenReport(
  [...manyFindings(6), { ...manyFindings(7)[6]!, message: 'Message with | pipe, <b>markup</b> and a\nnewline', baseline: true }],
  { aiAuthoredLines: 120 },
);
report.tool.version = '0.0.0-golden';
const linkBase = 'https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/';

describe('GitHub renderers (golden)', () => {
  it('sticky comment', async () => {
    const previousBody = renderStickyComment(handWrittenReport(manyFindings(4)));
    await expect(renderStickyComment(report, { linkBase, previousBody, sha: '0123456789abcdef0123456789abcdef01234567' })).toMatchFileSnapshot('__snapshots__/github-comment.md');
  });

  it('check run', async () => {
    await expect(`${JSON.stringify(renderCheckRun(report, { linkBase }), null, 2)}\n`).toMatchFileSnapshot('__snapshots__/github-check-run.json');
  });

  it('workflow-command annotations', async () => {
    await expect(`${JSON.stringify(selectWorkflowAnnotations(report), null, 2)}\n`).toMatchFileSnapshot('__snapshots__/github-workflow-annotations.json');
  });

  it('tracking issue', async () => {
    const history = [historyEntry(handWrittenReport(manyFindings(9)), new Date('2026-11-01T03:17:00Z')), historyEntry(report, new Date('2026-11-02T03:17:00Z'))];
    const { title, body } = renderTrackingIssue(report, history, { linkBase, runUrl: 'https://github.com/acme/shop/actions/runs/1' });
    await expect(`# ${title}\n\n${body}`).toMatchFileSnapshot('__snapshots__/github-tracking-issue.md');
  });
});
