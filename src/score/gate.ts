import type { FailOnCondition } from '../config/types.js';
import { atLeast } from '../core/severity.js';
import type { Finding, GateVerdict } from '../core/types.js';

export interface GateInput {
  findings: readonly Finding[];
  score: number;
  failOn: readonly FailOnCondition[];
  minScore: number;
}

export function describeCondition(condition: FailOnCondition): string {
  return condition.category ? `${condition.category}:${condition.severity}` : condition.severity;
}

function matches(finding: Finding, condition: FailOnCondition): boolean {
  return (!condition.category || condition.category === finding.category) && atLeast(finding.severity, condition.severity);
}

/** The gate fails exactly when a counted finding meets a fail-on condition or the score is below min-score. */
export function evaluateGate({ findings, score, failOn, minScore }: GateInput): GateVerdict {
  const reasons: string[] = [];
  for (const condition of failOn) {
    const hits = findings.filter((finding) => !finding.baseline && matches(finding, condition));
    if (hits.length > 0) {
      const label = condition.category ? `${condition.severity} findings in ${condition.category}` : `${condition.severity} findings`;
      reasons.push(`${hits.length} ${hits.length === 1 ? label.replace('findings', 'finding') : label} (fail-on: ${describeCondition(condition)})`);
    }
  }
  if (score < minScore) reasons.push(`score ${score} is below min-score ${minScore}`);
  return { passed: reasons.length === 0, reasons };
}
