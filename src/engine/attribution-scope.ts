import type { Config } from '../config/types.js';
import type { ChangeSet } from '../core/change.js';
import type { Finding } from '../core/types.js';
import { addedLinesByFile, scopeFindings } from '../rules/scope.js';
import type { RuleFinding } from '../rules/types.js';

function overlaps(finding: Finding, lines: ReadonlySet<number> | undefined): boolean {
  if (!lines || lines.size === 0) return false;
  for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++) if (lines.has(line)) return true;
  return false;
}

/**
 * Marks findings that land on AI-authored lines and keeps those the scope asks for:
 * `changed` - on lines the change added or modified, plus findings about the change as a whole;
 * `ai-authored` - of those, the ones on AI-authored lines and those about the change as a whole;
 * `all` - everything.
 * Without a change (audit) every finding is kept.
 */
export function applyAttributionScope(findings: readonly RuleFinding[], change: ChangeSet | undefined, scope: Config['scope']): Finding[] {
  if (!change) return scopeFindings(findings, 'audit', new Map());
  const ai = new Map(change.files.map((file) => [file.path, new Set(file.aiAuthoredLines ?? [])]));
  const marked = findings.map((finding) => ({ ...finding, aiAuthored: finding.aiAuthored || overlaps(finding, ai.get(finding.file)) }));
  if (scope === 'all') return scopeFindings(marked, 'audit', new Map());
  if (scope === 'changed') return scopeFindings(marked, 'check', addedLinesByFile(change.files));
  // Findings about the change as a whole (a layer that vanished) belong to no line, so no author: keep them.
  return scopeFindings(
    marked.filter((finding) => finding.aiAuthored || finding.scope === 'change'),
    'check',
    addedLinesByFile(change.files),
  );
}
