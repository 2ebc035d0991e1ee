import type { SourceModel } from '../source/model.js';
import type { RuleFinding } from './types.js';

export interface SuppressionResult<T> {
  kept: T[];
  /** How many findings an ignore comment removed. */
  suppressed: number;
}

/**
 * Drops findings a `constraint-gate: ignore <rule-id> -- reason` comment covers: the comment's
 * line (trailing comment) or the next code line (comment on its own line). `<pack>/*` covers a
 * whole pack. A suppression without a reason still suppresses; the `suppression-reason` check
 * reports it as a note.
 */
export function applySuppressions<T extends RuleFinding>(findings: readonly T[], model: Pick<SourceModel, 'files'>): SuppressionResult<T> {
  const kept: T[] = [];
  let suppressed = 0;
  for (const finding of findings) {
    const suppressions = model.files.get(finding.file)?.suppressions ?? [];
    const covered = suppressions.some((suppression) => suppression.line === finding.line && coversRule(suppression.ruleId, finding.ruleId));
    if (covered) suppressed++;
    else kept.push(finding);
  }
  return { kept, suppressed };
}

function coversRule(pattern: string, ruleId: string): boolean {
  if (pattern === ruleId) return true;
  return pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1));
}
