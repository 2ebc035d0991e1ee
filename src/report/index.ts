import type { Report } from '../core/types.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderSarif } from './render-sarif.js';
import { renderText } from './render-text.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

const RENDERERS: Record<Format, (report: Report) => string> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  markdown: (report) => renderMarkdown(report),
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function renderReport(report: Report, format: Format): string {
  return RENDERERS[format](report);
}
