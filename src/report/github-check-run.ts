import type { Report } from '../core/types.js';
import { type AnnotationOptions, type CheckAnnotation, moreFindingsLine, selectCheckAnnotations } from './github-annotations.js';
import { describeAiPart } from './github-comment.js';
import { escapeCell, renderMarkdown } from './render-markdown.js';

/** The check run's name: branch protection rules require it by this name. */
export const CHECK_RUN_NAME = 'constraint-gate';
/** The Checks API rejects `output.summary` and `output.text` longer than this. */
export const CHECK_OUTPUT_LIMIT = 65_535;

export interface CheckRunOutput {
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  text: string;
  annotations: CheckAnnotation[];
  /** Findings left without an annotation. */
  omitted: number;
}

function clip(text: string, limit: number, tail: string): string {
  return text.length <= limit ? text : `${text.slice(0, limit - tail.length - 2)}\n\n${tail}`;
}

/** Everything the check run shows, from the report alone. */
export function renderCheckRun(report: Report, options: AnnotationOptions & { linkBase?: string; limit?: number } = {}): CheckRunOutput {
  const { annotations, omitted } = selectCheckAnnotations(report, options);
  const { errors, warnings, notes } = report.summary;
  const title = `${report.passed ? 'Passed' : 'Failed'}: score ${report.score}/100, ${errors} errors, ${warnings} warnings, ${notes} notes`;
  const summaryLines = [
    report.passed ? `**Gate passed** with score ${report.score}/100.` : `**Gate failed:** ${report.gate.reasons.map(escapeCell).join('; ')}.`,
  ];
  const ai = describeAiPart(report);
  if (ai) summaryLines.push('', ai);
  if (omitted > 0) summaryLines.push('', moreFindingsLine(omitted));
  const tail = omitted > 0 ? moreFindingsLine(omitted) : 'The rest is in the job summary and the JSON report.';
  const text = renderMarkdown(report, { ...(options.linkBase ? { linkBase: options.linkBase } : {}), maxLength: CHECK_OUTPUT_LIMIT - 500 });
  return {
    conclusion: report.passed ? 'success' : 'failure',
    title: title.slice(0, 255),
    summary: clip(summaryLines.join('\n'), CHECK_OUTPUT_LIMIT, tail),
    text: clip(omitted > 0 ? `${text}\n${tail}\n` : text, CHECK_OUTPUT_LIMIT, tail),
    annotations,
    omitted,
  };
}
