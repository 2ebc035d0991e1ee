import type { Finding } from '../core/types.js';
import type { RuleFinding } from './types.js';

/**
 * What a `check` reports: findings on lines the change added or modified (any line of a
 * multi-line finding counts), plus findings about the change as a whole (`scope: 'change'`,
 * e.g. a declared layer that no longer exists). An `audit` reports everything. The result is plain
 * report findings: the internal `scope` mark is dropped here, its last use.
 */
export function scopeFindings(findings: readonly RuleFinding[], mode: 'check' | 'audit', addedLines: ReadonlyMap<string, ReadonlySet<number>>): Finding[] {
  const kept = mode === 'audit' ? findings : findings.filter((finding) => {
    if (finding.scope === 'change') return true;
    const lines = addedLines.get(finding.file);
    if (!lines) return false;
    for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++) {
      if (lines.has(line)) return true;
    }
    return false;
  });
  return kept.map(({ scope: _scope, ...finding }) => finding);
}

/** The added lines of a change as the map scopeFindings takes. */
export function addedLinesByFile(files: readonly { path: string; addedLines: readonly number[] }[]): Map<string, Set<number>> {
  return new Map(files.map((file) => [file.path, new Set(file.addedLines)]));
}
