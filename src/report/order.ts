import { severityRank } from '../core/severity.js';
import type { Finding } from '../core/types.js';

/** Most severe first, then AI-authored, then by location: the order every surface shows findings in. */
export function byImportance(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    Number(Boolean(a.baseline)) - Number(Boolean(b.baseline)) ||
    Number(b.aiAuthored) - Number(a.aiAuthored) ||
    byLocation(a, b)
  );
}

export function byLocation(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId);
}
