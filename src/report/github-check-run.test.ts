import { describe, expect, it } from 'vitest';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { CHECK_OUTPUT_LIMIT, renderCheckRun } from './github-check-run.js';

describe('renderCheckRun', () => {
  it('passes a clean report', () => {
    const output = renderCheckRun(handWrittenReport([]));
    expect(output).toMatchObject({ conclusion: 'success', title: 'Passed: score 100/100, 0 errors, 0 warnings, 0 notes', annotations: [], omitted: 0 });
    expect(output.summary).toBe('**Gate passed** with score 100/100.');
  });

  it('stays within the API limits with thousands of long findings and counts what it left out', () => {
    const findings = manyFindings(3000).map((finding) => ({ ...finding, message: `${finding.message} ${'x'.repeat(3000)}` }));
    const output = renderCheckRun(handWrittenReport(findings));
    expect(output.conclusion).toBe('failure');
    expect(output.annotations).toHaveLength(200);
    expect(output.omitted).toBe(2800);
    expect(output.text.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(output.summary).toContain('2800 more findings: see the summary/report.');
    expect(output.text.trimEnd().endsWith('2800 more findings: see the summary/report.')).toBe(true);
  });

  it('escapes markup in the reasons of an untrusted report', () => {
    const report = handWrittenReport(manyFindings(1));
    report.gate.reasons = ['<img src=x> | bad'];
    expect(renderCheckRun(report).summary).toContain('&lt;img src=x&gt; \\| bad');
  });
});
