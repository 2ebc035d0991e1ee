import { CATEGORIES, type Finding, type Report } from '../core/types.js';
import { byImportance } from './order.js';

export interface MarkdownOptions {
  /** Prefix that turns `file#Lline` into a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  linkBase?: string;
  /** How many findings to list before "N more findings". */
  maxFindings?: number;
  /** Character budget of the whole body (GitHub comments allow 65,536). */
  maxLength?: number;
  /** Markdown blocks placed after the counts line (e.g. the AI-authored part, changes since the last run). */
  sections?: string[];
}

const ICON = { error: '🔴', warning: '🟠', note: '🔵' } as const;

/** Markdown cells must not break the table or inject markup. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ');
}

function location(finding: Finding, linkBase: string | undefined): string {
  const label = `${finding.file}:${finding.line}`;
  if (!linkBase) return `\`${escapeCell(label)}\``;
  const anchor = finding.endLine > finding.line ? `L${finding.line}-L${finding.endLine}` : `L${finding.line}`;
  return `[\`${escapeCell(label)}\`](${linkBase}${finding.file.split('/').map(encodeURIComponent).join('/')}#${anchor})`;
}

function bar(count: number, max: number): string {
  if (count === 0 || max === 0) return '';
  return '█'.repeat(Math.max(1, Math.round((count / max) * 10)));
}

/** The PR comment / job summary body. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxFindings = options.maxFindings ?? 20;
  const maxLength = options.maxLength ?? 60_000;
  const out: string[] = [];
  const verdict = report.passed ? '✅ passed' : '❌ failed';
  out.push(`## constraint-gate: ${verdict} — score ${report.score}/100`);
  out.push('');
  if (!report.passed) out.push(`**Why:** ${report.gate.reasons.map(escapeCell).join('; ')}`, '');
  const { errors, warnings, notes, known } = report.summary;
  const change = report.change
    ? ` on ${report.change.files} changed files (${report.change.addedLines} lines${report.change.aiAuthoredLines ? `, ${Math.round((100 * report.change.aiAuthoredLines) / Math.max(1, report.change.addedLines))}% AI-authored` : ''})`
    : '';
  out.push(`${errors} errors · ${warnings} warnings · ${notes} notes${known ? ` · ${known} known (baseline)` : ''}${change}.`);
  for (const section of options.sections ?? []) out.push('', section);
  if (report.projects.length > 0) {
    out.push('');
    out.push(
      `Projects: ${report.projects
        .map((project) => `\`${escapeCell(project.root)}\` (${[project.framework, project.orm, project.database].filter(Boolean).join(', ')})`)
        .join(', ')}`,
    );
  }
  const counts = CATEGORIES.map((category) => ({ category, count: report.summary.byCategory[category] }));
  const max = Math.max(...counts.map((entry) => entry.count));
  if (max > 0) {
    out.push('', '| category | findings | |', '|---|---:|---|');
    for (const { category, count } of counts) if (count > 0) out.push(`| ${category} | ${count} | ${bar(count, max)} |`);
  }
  if (report.contract.status !== 'skipped') {
    const rate = report.contract.passRate === null ? 'n/a' : `${report.contract.passRate}%`;
    out.push(
      '',
      `**Contract:** ${report.contract.status} — A% ${rate} (${report.contract.assertions.passed}/${report.contract.assertions.total} assertions), ${report.contract.operations.covered}/${report.contract.operations.total} operations covered${report.scoreDetails.enforcedPassRate !== null ? `; A% with verifier enforcement ${report.scoreDetails.enforcedPassRate}%` : ''}.`,
    );
  }
  const sorted = [...report.findings].sort(byImportance);
  if (sorted.length > 0) {
    out.push('', '| | rule | where | message |', '|---|---|---|---|');
    const shown: string[] = [];
    let length = out.join('\n').length;
    for (const finding of sorted.slice(0, maxFindings)) {
      const row = `| ${ICON[finding.severity]} | \`${escapeCell(finding.ruleId)}\` | ${location(finding, options.linkBase)} | ${escapeCell(finding.message)}${finding.aiAuthored ? ' _(AI)_' : ''} |`;
      if (length + row.length + 200 > maxLength) break;
      shown.push(row);
      length += row.length + 1;
    }
    out.push(...shown);
    const rest = sorted.length - shown.length;
    if (rest > 0) out.push('', `${rest} more findings: see the summary/report.`);
  }
  return `${out.join('\n')}\n`;
}
