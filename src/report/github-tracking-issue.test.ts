import { describe, expect, it } from 'vitest';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { HISTORY_LENGTH, ISSUE_MARKER, appendHistory, historyEntry, isCleanAudit, parseHistory, renderScoreChart, renderTrackingIssue } from './github-tracking-issue.js';

describe('the tracking issue', () => {
  it('embeds the score history and draws it as a Mermaid line chart', () => {
    const report = handWrittenReport(manyFindings(3));
    const first = historyEntry(report, new Date('2026-11-01T03:00:00Z'), 'abc');
    const history = appendHistory([first], { ...first, date: '2026-11-02T03:00:00.000Z', score: 90 });
    const { title, body } = renderTrackingIssue(report, history, { runUrl: 'https://github.com/acme/shop/actions/runs/1' });
    expect(title).toBe(`constraint-gate audit: score ${report.score}/100`);
    expect(body.startsWith(ISSUE_MARKER)).toBe(true);
    expect(parseHistory(body)).toEqual(history);
    expect(first).toEqual({ date: '2026-11-01T03:00:00.000Z', score: report.score, errors: 1, warnings: 1, notes: 1, byCategory: { 'data-layer': 1, orm: 1, framework: 1 }, sha: 'abc' });
    expect(renderScoreChart(history)).toBe(
      ['```mermaid', 'xychart-beta', '  title "constraint-gate score per audit"', '  x-axis ["1: 11-01", "2: 11-02"]', '  y-axis "score" 0 --> 100', `  line [${report.score}, 90]`, '```'].join('\n'),
    );
    expect(body).toContain('| data-layer | 1 | ██████████ |');
  });

  it('keeps the last 30 runs and reads garbage as no history', () => {
    const entry = historyEntry(handWrittenReport([]), new Date(0));
    const long = Array.from({ length: 40 }, (_, index) => ({ ...entry, score: index }));
    expect(appendHistory(long, entry)).toHaveLength(HISTORY_LENGTH);
    expect(appendHistory(long, entry).at(-1)).toBe(entry);
    expect(parseHistory('<!-- constraint-gate:history !!! -->')).toEqual([]);
    expect(parseHistory(undefined)).toEqual([]);
  });

  it('calls an audit clean only without findings and with a passing gate', () => {
    expect(isCleanAudit(handWrittenReport([]))).toBe(true);
    expect(isCleanAudit(handWrittenReport(manyFindings(1, ['note'])))).toBe(false);
  });
});
