import { CATEGORIES, type Category, type Report } from '../core/types.js';
import { renderMarkdown } from './render-markdown.js';

/** Marks our tracking issue among the issues that carry the label. */
export const ISSUE_MARKER = '<!-- constraint-gate:audit -->';
export const ISSUE_LABEL = 'constraint-gate';
export const ISSUE_TITLE = 'constraint-gate audit';
/** Runs kept in the score history. */
export const HISTORY_LENGTH = 30;
const HISTORY_PREFIX = '<!-- constraint-gate:history ';
const HISTORY_SUFFIX = ' -->';
const BODY_LIMIT = 65_536;

export interface HistoryEntry {
  /** ISO date-time of the run. */
  date: string;
  score: number;
  errors: number;
  warnings: number;
  notes: number;
  /** Only the categories with findings. */
  byCategory: Partial<Record<Category, number>>;
  sha?: string;
}

export function historyEntry(report: Report, date: Date, sha?: string): HistoryEntry {
  const byCategory: Partial<Record<Category, number>> = {};
  for (const category of CATEGORIES) if (report.summary.byCategory[category] > 0) byCategory[category] = report.summary.byCategory[category];
  return {
    date: date.toISOString(),
    score: report.score,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    notes: report.summary.notes,
    byCategory,
    ...(sha ? { sha } : {}),
  };
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.date === 'string' &&
    typeof entry.score === 'number' &&
    typeof entry.byCategory === 'object' &&
    entry.byCategory !== null &&
    ['errors', 'warnings', 'notes'].every((key) => typeof entry[key] === 'number')
  );
}

/** The history embedded in an issue body; a missing or edited-to-garbage history reads as empty. */
export function parseHistory(body: string | null | undefined): HistoryEntry[] {
  if (!body) return [];
  const start = body.indexOf(HISTORY_PREFIX);
  if (start < 0) return [];
  const end = body.indexOf(HISTORY_SUFFIX, start + HISTORY_PREFIX.length);
  if (end < 0) return [];
  try {
    const value: unknown = JSON.parse(Buffer.from(body.slice(start + HISTORY_PREFIX.length, end), 'base64').toString('utf8'));
    return Array.isArray(value) ? value.filter(isEntry) : [];
  } catch {
    return [];
  }
}

export function appendHistory(history: readonly HistoryEntry[], entry: HistoryEntry, keep = HISTORY_LENGTH): HistoryEntry[] {
  return [...history, entry].slice(-keep);
}

/** An audit is clean when nothing counted was found and the gate passed: the issue can close. */
export function isCleanAudit(report: Report): boolean {
  const { errors, warnings, notes } = report.summary;
  return report.passed && errors + warnings + notes === 0 && report.contract.status !== 'failed' && report.contract.status !== 'error';
}

/** A Mermaid line chart of the score per run (GitHub renders `xychart-beta`). */
export function renderScoreChart(history: readonly HistoryEntry[]): string {
  const labels = history.map((entry, index) => `"${index + 1}: ${entry.date.slice(5, 10)}"`);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "constraint-gate score per audit"',
    `  x-axis [${labels.join(', ')}]`,
    '  y-axis "score" 0 --> 100',
    `  line [${history.map((entry) => entry.score).join(', ')}]`,
    '```',
  ].join('\n');
}

function historyTable(history: readonly HistoryEntry[]): string {
  const rows = [...history].reverse().slice(0, 10).map((entry) => {
    const categories = Object.entries(entry.byCategory).map(([category, count]) => `${category} ${count}`).join(', ') || '—';
    return `| ${entry.date.slice(0, 16).replace('T', ' ')} | ${entry.score} | ${entry.errors} / ${entry.warnings} / ${entry.notes} | ${categories} |`;
  });
  return ['| run (UTC) | score | errors / warnings / notes | by category |', '|---|---:|---|---|', ...rows].join('\n');
}

export interface TrackingIssueOptions {
  linkBase?: string;
  /** Link to the workflow run that produced the report. */
  runUrl?: string;
}

/** Title and body of the tracking issue, with the history (already including this run) embedded. */
export function renderTrackingIssue(report: Report, history: readonly HistoryEntry[], options: TrackingIssueOptions = {}): { title: string; body: string } {
  const memory = `${HISTORY_PREFIX}${Buffer.from(JSON.stringify(history)).toString('base64')}${HISTORY_SUFFIX}`;
  const head = [
    ISSUE_MARKER,
    `Updated by the scheduled constraint-gate audit${options.runUrl ? ` ([run](${options.runUrl}))` : ''}. ` +
      'It is closed automatically when an audit is clean and reopened when it is not.',
    '',
    '### Score history',
    '',
    renderScoreChart(history),
    '',
    historyTable(history),
    '',
    '### Latest audit',
    '',
  ].join('\n');
  const budget = BODY_LIMIT - head.length - memory.length - 64;
  const report_ = renderMarkdown(report, { ...(options.linkBase ? { linkBase: options.linkBase } : {}), maxLength: budget });
  return {
    title: `${ISSUE_TITLE}: score ${report.score}/100`,
    body: `${head}\n${report_.replace(/^## /, '#### ')}\n${memory}\n`,
  };
}
