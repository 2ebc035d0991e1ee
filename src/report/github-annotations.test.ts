import { describe, expect, it } from 'vitest';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { annotationOrder, batches, selectCheckAnnotations, selectWorkflowAnnotations, toCheckAnnotation } from './github-annotations.js';

describe('check-run annotations', () => {
  it('maps severities to levels, keeps columns only on single lines, and notes AI-authored and known findings', () => {
    const [finding] = manyFindings(1);
    expect(toCheckAnnotation({ ...finding!, column: 5, endColumn: 9 })).toEqual({
      path: 'app/routes_0.py', start_line: 1, end_line: 1, start_column: 5, end_column: 9,
      annotation_level: 'failure', title: 'test/rule-0 (data-layer)', message: 'Finding number 0 (AI-authored line)',
    });
    expect(toCheckAnnotation({ ...finding!, endLine: 3, column: 5, aiAuthored: false })).not.toHaveProperty('start_column');
    expect(toCheckAnnotation({ ...finding!, baseline: true, aiAuthored: false })).toMatchObject({ annotation_level: 'notice', message: 'Finding number 0 (known, in the baseline)' });
  });

  it('orders most severe first, then findings on changed lines, and caps with a count of the rest', () => {
    const report = handWrittenReport(manyFindings(12));
    const onChanged = (finding: { line: number }) => finding.line > 6;
    // Within a severity: changed lines first, then AI-authored (even indexes), then by location.
    const ordered = annotationOrder(report, { onChangedLine: onChanged });
    expect(ordered.map((finding) => `${finding.severity}:${finding.line}`)).toEqual([
      'error:7', 'error:10', 'error:1', 'error:4', 'warning:11', 'warning:8', 'warning:5', 'warning:2', 'note:9', 'note:12', 'note:3', 'note:6',
    ]);
    const { annotations, omitted } = selectCheckAnnotations(report, { limit: 5 });
    expect(annotations).toHaveLength(5);
    expect(omitted).toBe(7);
    expect(batches(Array.from({ length: 120 }, (_, index) => index)).map((batch) => batch.length)).toEqual([50, 50, 20]);
  });
});

describe('workflow-command annotations', () => {
  it('shows everything when it fits', () => {
    const annotations = selectWorkflowAnnotations(handWrittenReport(manyFindings(6)));
    expect(annotations).toHaveLength(6);
    expect(annotations[0]).toEqual({
      level: 'error',
      message: 'Finding number 0 (AI-authored line)',
      properties: { title: 'test/rule-0 (data-layer)', file: 'app/routes_0.py', startLine: 1, endLine: 1 },
    });
  });

  it('keeps 10 per level and ends with the count of the rest', () => {
    const annotations = selectWorkflowAnnotations(handWrittenReport(manyFindings(45, ['error'])));
    expect(annotations.filter((annotation) => annotation.level === 'error')).toHaveLength(10);
    expect(annotations.at(-1)).toEqual({ level: 'notice', message: '35 more findings: see the summary/report.', properties: { title: 'constraint-gate' } });
  });
});
