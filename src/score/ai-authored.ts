import type { Report } from '../core/types.js';
import { computeScore } from './score.js';

export interface AiAuthoredPart {
  /** Lines of the change written by AI-authored commits. */
  lines: number;
  /** Share of the change's added lines, 0-100. */
  share: number;
  findings: number;
  /** The structural score of the AI-authored part alone (same formula, its findings over its lines). */
  score: number;
}

/** The AI-authored part of a change, scored on its own; undefined when no line of the change is AI-authored. */
export function aiAuthoredPart(report: Report): AiAuthoredPart | undefined {
  const change = report.change;
  if (!change || change.aiAuthoredLines === 0) return undefined;
  const findings = report.findings.filter((finding) => finding.aiAuthored);
  const { score } = computeScore({
    findings,
    changedLines: change.aiAuthoredLines,
    // The contract run tests the whole app, not a part of it: the part is scored structurally.
    contract: { ...report.contract, status: 'skipped', passRate: null },
  });
  return {
    lines: change.aiAuthoredLines,
    share: Math.round((100 * change.aiAuthoredLines) / Math.max(1, change.addedLines)),
    findings: findings.filter((finding) => !finding.baseline).length,
    score,
  };
}
