import { describe, expect, it } from 'vitest';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { COMMENT_LIMIT, COMMENT_MARKER, compareRuns, isStickyComment, parseRunMemory, rememberRun, renderGitHubMarkdown, renderStickyComment } from './github-comment.js';

describe('the sticky comment', () => {
  it('starts with the marker and carries the memory of its run', () => {
    const report = handWrittenReport(manyFindings(3));
    const body = renderStickyComment(report, { linkBase: 'https://github.com/acme/shop/blob/abc/', sha: 'abc' });
    expect(isStickyComment(body)).toBe(true);
    expect(body.startsWith(`${COMMENT_MARKER}\n## constraint-gate: ❌ failed — score ${report.score}/100`)).toBe(true);
    expect(body).toContain('[`app/routes_0.py:1`](https://github.com/acme/shop/blob/abc/app/routes_0.py#L1)');
    expect(parseRunMemory(body)).toEqual({ ...rememberRun(report), sha: 'abc' });
    expect(parseRunMemory('no memory here')).toBeUndefined();
    expect(parseRunMemory('<!-- constraint-gate:run bm90IGpzb24= -->')).toBeUndefined();
  });

  it('says what changed since the previous run', () => {
    const before = handWrittenReport(manyFindings(4));
    const after = handWrittenReport([...manyFindings(4).slice(1), { ...manyFindings(5)[4]!, fingerprint: 'new-one' }]);
    const previousBody = renderStickyComment(before);
    expect(compareRuns(rememberRun(before), rememberRun(after))).toEqual({ previousScore: before.score, newFindings: 1, fixedFindings: 1, partial: false });
    expect(renderGitHubMarkdown(after, { previousBody })).toContain(`**Since the last run:** score ${before.score} → ${after.score} (`);
  });

  it('stays within GitHub\'s comment limit with thousands of findings, and remembers a bounded number', () => {
    const report = handWrittenReport(manyFindings(5000));
    const body = renderStickyComment(report);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/\d+ more findings: see the summary\/report\./);
    expect(parseRunMemory(body)).toMatchObject({ partial: true });
  });

  it('shows the AI-authored share and the score of the AI-authored part', () => {
    const report = handWrittenReport(manyFindings(2), { aiAuthoredLines: 40, addedLines: 200 });
    // manyFindings marks even indexes AI-authored: one error on AI-authored lines, over 40 lines.
    expect(renderGitHubMarkdown(report)).toContain('**AI-authored:** 40 of 200 changed lines (20%), 1 finding, score of the AI-authored part 67/100.');
  });
});
