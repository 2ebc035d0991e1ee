import { createHash } from 'node:crypto';
import { ConfigurationError } from '../core/errors.js';
import type { Finding } from '../core/types.js';
import { grammarForPath } from '../source/grammars.js';

/**
 * Known findings, so a team can adopt the gate on an existing codebase: `constraint-gate baseline`
 * writes the current findings; later runs report those as `note`s with `baseline: true` (counted
 * apart, never failing the gate) and judge only new ones.
 *
 * A fingerprint survives unrelated edits: it is the rule id, a hash of the code at the finding
 * with all whitespace removed, and the occurrence index among findings of the same rule and code
 * in the same file (two identical offending lines stay two findings). Line numbers are not in it.
 */

export const DEFAULT_BASELINE_FILE = '.constraint-gate-baseline.json';

/** How many lines of a multi-line finding go into its fingerprint: enough to tell code apart, stable to edits further down. */
const FINGERPRINT_LINES = 3;

export function fingerprintOf(ruleId: string, code: string, occurrence: number): string {
  const normalised = code.replace(/\s+/g, '');
  const hash = createHash('sha1').update(`${ruleId}\0${normalised}`).digest('hex').slice(0, 16);
  return `${hash}:${occurrence}`;
}

/**
 * Fills `fingerprint` on every finding. `textOf` gives a file's text (the workspace's readText);
 * when a finding has no code (a file that cannot be read, a position in the config), its message
 * stands in for the code.
 */
export function assignFingerprints<T extends Finding>(findings: readonly T[], textOf: (file: string) => string | undefined): T[] {
  const lineCache = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lineCache.has(file)) lineCache.set(file, textOf(file)?.split('\n'));
    return lineCache.get(file);
  };
  const occurrences = new Map<string, number>();
  const ordered = findings.map((finding, index) => ({ finding, index })).sort((a, b) => a.finding.file.localeCompare(b.finding.file) || a.finding.line - b.finding.line || a.index - b.index);
  const result: T[] = new Array(findings.length);
  for (const { finding, index } of ordered) {
    const lines = linesOf(finding.file);
    const last = Math.min(Math.max(finding.line, finding.endLine), finding.line + FINGERPRINT_LINES - 1);
    const code = lines && finding.line >= 1 && finding.line <= lines.length ? lines.slice(finding.line - 1, last).join('\n') : '';
    // Outside code (the config file of a missing layer) one line carries several findings: the message tells them apart.
    const basis = code.trim() === '' ? finding.message : grammarForPath(finding.file) ? code : `${code}\n${finding.message}`;
    const key = `${finding.file}\0${finding.ruleId}\0${basis.replace(/\s+/g, '')}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    result[index] = { ...finding, fingerprint: fingerprintOf(finding.ruleId, basis, occurrence) };
  }
  return result;
}

export interface BaselineEntry {
  ruleId: string;
  file: string;
  fingerprint: string;
  /** Where it was when the baseline was written; for people reading the file, not for matching. */
  line: number;
  message: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** The baseline file's text for these findings (fingerprints assigned), sorted so it diffs well. */
export function writeBaseline(findings: readonly Finding[]): string {
  const entries: BaselineEntry[] = findings
    .map((finding) => ({ ruleId: finding.ruleId, file: finding.file, fingerprint: finding.fingerprint, line: finding.line, message: finding.message }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  const baseline: Baseline = { version: 1, findings: entries };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export function parseBaseline(text: string, file: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The baseline is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, {
      position: { file },
      hint: 'Regenerate it with `constraint-gate baseline`.',
    });
  }
  const findings = (raw as { findings?: unknown })?.findings;
  const valid =
    (raw as { version?: unknown })?.version === 1 &&
    Array.isArray(findings) &&
    findings.every((entry) => entry && typeof entry.ruleId === 'string' && typeof entry.file === 'string' && typeof entry.fingerprint === 'string');
  if (!valid) {
    throw new ConfigurationError('The baseline does not look like a constraint-gate baseline (version 1 with a `findings` list).', {
      position: { file },
      hint: 'Regenerate it with `constraint-gate baseline`.',
    });
  }
  return raw as Baseline;
}

/** Findings the baseline knows become `note`s with `baseline: true`; each baseline entry absorbs one finding. */
export function applyBaseline<T extends Finding>(findings: readonly T[], baseline: Baseline): T[] {
  const known = new Map<string, number>();
  for (const entry of baseline.findings) {
    const key = `${entry.file}\0${entry.ruleId}\0${entry.fingerprint}`;
    known.set(key, (known.get(key) ?? 0) + 1);
  }
  return findings.map((finding) => {
    const key = `${finding.file}\0${finding.ruleId}\0${finding.fingerprint}`;
    const remaining = known.get(key) ?? 0;
    if (remaining === 0) return finding;
    known.set(key, remaining - 1);
    return { ...finding, severity: 'note', baseline: true };
  });
}
