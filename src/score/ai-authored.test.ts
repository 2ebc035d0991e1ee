import { describe, expect, it } from 'vitest';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { aiAuthoredPart } from './ai-authored.js';

describe('aiAuthoredPart', () => {
  it('scores the AI-authored findings over the AI-authored lines', () => {
    // Indexes 0 and 2 are AI-authored: one error and one note over 20 lines.
    const report = handWrittenReport(manyFindings(3), { aiAuthoredLines: 20, addedLines: 80 });
    expect(aiAuthoredPart(report)).toEqual({ lines: 20, share: 25, findings: 2, score: 66 });
    // The whole change: 13.5 penalty points over 80 lines.
    expect(report.score).toBe(65);
  });

  it('is absent when no line is AI-authored', () => {
    expect(aiAuthoredPart(handWrittenReport(manyFindings(3)))).toBeUndefined();
  });
});
