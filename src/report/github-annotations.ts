import type { Finding, Report, Severity } from '../core/types.js';
import { byImportance } from './order.js';

/** Checks API: at most 50 annotations per request; later batches go in updates of the check run. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations sent per check run; the rest are counted in a "more findings" line. */
export const MAX_CHECK_ANNOTATIONS = 200;
/** The runner shows at most 10 annotations of each level per step from workflow commands. */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

export type CheckAnnotationLevel = 'failure' | 'warning' | 'notice';

/** One annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: CheckAnnotationLevel;
  title: string;
  message: string;
}

/** One `::error file=...::` style workflow command, for tokens that cannot write checks. */
export interface WorkflowAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: { title?: string; file?: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number };
}

export interface AnnotationOptions {
  /** True for findings on lines the change added or modified: they are shown before the others. */
  onChangedLine?: (finding: Finding) => boolean;
}

const CHECK_LEVEL: Record<Severity, CheckAnnotationLevel> = { error: 'failure', warning: 'warning', note: 'notice' };
const COMMAND_LEVEL: Record<Severity, WorkflowAnnotation['level']> = { error: 'error', warning: 'warning', note: 'notice' };

/** Known (baseline) findings never fail anything, so they are annotated as notices. */
function effectiveSeverity(finding: Finding): Severity {
  return finding.baseline ? 'note' : finding.severity;
}

/** Most severe first, findings on changed lines before the others, then the usual order. */
export function annotationOrder(report: Report, options: AnnotationOptions = {}): Finding[] {
  const changed = options.onChangedLine ?? (() => true);
  return [...report.findings].sort(
    (a, b) =>
      Number(Boolean(a.baseline)) - Number(Boolean(b.baseline)) ||
      byImportanceSeverity(a, b) ||
      Number(changed(b)) - Number(changed(a)) ||
      byImportance(a, b),
  );
}

function byImportanceSeverity(a: Finding, b: Finding): number {
  const rank = { error: 3, warning: 2, note: 1 } as const;
  return rank[effectiveSeverity(b)] - rank[effectiveSeverity(a)];
}

function annotationMessage(finding: Finding): string {
  const notes = [finding.aiAuthored ? 'AI-authored line' : '', finding.baseline ? 'known, in the baseline' : ''].filter(Boolean);
  return notes.length > 0 ? `${finding.message} (${notes.join('; ')})` : finding.message;
}

export function toCheckAnnotation(finding: Finding): CheckAnnotation {
  const endLine = Math.max(finding.line, finding.endLine);
  const annotation: CheckAnnotation = {
    path: finding.file,
    start_line: finding.line,
    end_line: endLine,
    annotation_level: CHECK_LEVEL[effectiveSeverity(finding)],
    title: `${finding.ruleId} (${finding.category})`.slice(0, 255),
    message: annotationMessage(finding).slice(0, 60_000),
  };
  // The API accepts columns only on single-line annotations.
  if (endLine === finding.line && finding.column) {
    annotation.start_column = finding.column;
    annotation.end_column = finding.endColumn && finding.endColumn >= finding.column ? finding.endColumn : finding.column;
  }
  return annotation;
}

/** The annotations of a check run, capped, and how many findings did not fit. */
export function selectCheckAnnotations(
  report: Report,
  options: AnnotationOptions & { limit?: number } = {},
): { annotations: CheckAnnotation[]; omitted: number } {
  const limit = options.limit ?? MAX_CHECK_ANNOTATIONS;
  const ordered = annotationOrder(report, options);
  return { annotations: ordered.slice(0, limit).map(toCheckAnnotation), omitted: Math.max(0, ordered.length - limit) };
}

export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export function moreFindingsLine(count: number): string {
  return `${count} more ${count === 1 ? 'finding' : 'findings'}: see the summary/report.`;
}

/**
 * Workflow-command annotations: up to 10 per level (what the runner shows), chosen in annotation
 * order; when findings are left out, the last notice slot says how many and where to look.
 */
export function selectWorkflowAnnotations(report: Report, options: AnnotationOptions = {}): WorkflowAnnotation[] {
  const perLevel = { error: 0, warning: 0, notice: 0 };
  const chosen: WorkflowAnnotation[] = [];
  const ordered = annotationOrder(report, options);
  const fits = (level: WorkflowAnnotation['level']) => perLevel[level] < WORKFLOW_ANNOTATIONS_PER_LEVEL;
  let omitted = 0;
  for (const finding of ordered) {
    const level = COMMAND_LEVEL[effectiveSeverity(finding)];
    if (!fits(level)) {
      omitted++;
      continue;
    }
    perLevel[level]++;
    const properties: WorkflowAnnotation['properties'] = {
      title: `${finding.ruleId} (${finding.category})`,
      file: finding.file,
      startLine: finding.line,
      endLine: Math.max(finding.line, finding.endLine),
    };
    if (finding.column && finding.endLine <= finding.line) {
      properties.startColumn = finding.column;
      if (finding.endColumn) properties.endColumn = finding.endColumn;
    }
    chosen.push({ level, message: annotationMessage(finding), properties });
  }
  if (omitted > 0) {
    if (perLevel.notice >= WORKFLOW_ANNOTATIONS_PER_LEVEL) {
      const lastNotice = chosen.map((annotation) => annotation.level).lastIndexOf('notice');
      chosen.splice(lastNotice, 1);
      omitted++;
    }
    chosen.push({ level: 'notice', message: moreFindingsLine(omitted), properties: { title: 'constraint-gate' } });
  }
  return chosen;
}
