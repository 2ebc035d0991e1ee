import type { Category, ContractReport, Finding, ScoreBreakdown, Severity } from '../core/types.js';

/**
 * The constraint-compliance score (README "The score"):
 *
 *   penalty     = Σ weight(severity) over the findings that count (baseline findings do not)
 *   normaliser  = max(1, sqrt(changedLines / 50))
 *   structural  = 100 · exp(−penalty / (25 · normaliser))
 *   score       = structural                               without a contract run
 *               = (structural + A%) / 2                    with one
 *
 * The square root grows slower than the change: a large clean PR is never punished, a defect in
 * a large PR still costs something, and a defect in a small PR costs most.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 10, warning: 3, note: 0.5 };
const LINES_PER_UNIT = 50;
const PENALTY_SCALE = 25;

/** Categories whose error findings mean a declared constraint failed (the study's verifier gate). */
export const DECLARED_CONSTRAINT_CATEGORIES: readonly Category[] = ['architecture', 'database', 'orm'];

export interface ScoreInput {
  findings: readonly Finding[];
  /** Lines the change added or modified (check), or lines analysed (audit). */
  changedLines: number;
  contract: ContractReport;
}

export function computeScore({ findings, changedLines, contract }: ScoreInput): ScoreBreakdown {
  const counted = findings.filter((finding) => !finding.baseline);
  const penalty = counted.reduce((sum, finding) => sum + SEVERITY_WEIGHT[finding.severity], 0);
  const normaliser = Math.max(1, Math.sqrt(Math.max(0, changedLines) / LINES_PER_UNIT));
  const structural = 100 * Math.exp(-penalty / (PENALTY_SCALE * normaliser));
  const contractRate = contract.status === 'skipped' ? null : contract.passRate;
  const combined = contractRate === null ? structural : (structural + contractRate) / 2;
  const verifierFailed = counted.some(
    (finding) => finding.severity === 'error' && DECLARED_CONSTRAINT_CATEGORIES.includes(finding.category),
  );
  return {
    score: Math.round(combined),
    structural: round1(structural),
    contract: contractRate,
    enforcedPassRate: contractRate === null ? null : verifierFailed ? 0 : contractRate,
    changedLines,
    penalty: round1(penalty),
  };
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
