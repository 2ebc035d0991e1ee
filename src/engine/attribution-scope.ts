import type { Config } from '../config/types.js';
import type { ChangeSet } from '../core/change.js';
import type { Finding } from '../core/types.js';

function overlaps(finding: Finding, lines: ReadonlySet<number> | undefined): boolean {
  if (!lines || lines.size === 0) return false;
  for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++) if (lines.has(line)) return true;
  return false;
}

/**
 * Marks findings that land on AI-authored lines and keeps those the scope asks for:
 * `changed` - on lines the change added or modified; `ai-authored` - on AI-authored lines only;
 * `all` - everything. Without a change (audit) the findings are returned as they are.
 */
export function applyAttributionScope(findings: readonly Finding[], change: ChangeSet | undefined, scope: Config['scope']): Finding[] {
  if (!change) return [...findings];
  const added = new Map(change.files.map((file) => [file.path, new Set(file.addedLines)]));
  const ai = new Map(change.files.map((file) => [file.path, new Set(file.aiAuthoredLines ?? [])]));
  const marked = findings.map((finding) => ({ ...finding, aiAuthored: finding.aiAuthored || overlaps(finding, ai.get(finding.file)) }));
  if (scope === 'all') return marked;
  if (scope === 'ai-authored') return marked.filter((finding) => finding.aiAuthored);
  return marked.filter((finding) => overlaps(finding, added.get(finding.file)));
}
