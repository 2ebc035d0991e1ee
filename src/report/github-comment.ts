import { createHash } from 'node:crypto';
import type { Report } from '../core/types.js';
import { aiAuthoredPart } from '../score/ai-authored.js';
import { renderMarkdown } from './render-markdown.js';

/** The hidden marker that identifies our one sticky comment on a PR. */
export const COMMENT_MARKER = '<!-- constraint-gate -->';
/** GitHub rejects comment bodies longer than this. */
export const COMMENT_LIMIT = 65_536;
const MEMORY_PREFIX = '<!-- constraint-gate:run ';
const MEMORY_SUFFIX = ' -->';
/** Fingerprints remembered per run: enough for any PR, small enough to leave room for the body. */
const MAX_REMEMBERED = 1000;

/** What a comment remembers of its run, so the next run can say what changed. */
export interface RunMemory {
  score: number;
  /** Short hashes of the fingerprints of the counted findings. */
  fingerprints: string[];
  /** True when there were more findings than remembered: "new"/"fixed" are then lower bounds. */
  partial: boolean;
  sha?: string;
}

export interface RunComparison {
  previousScore: number;
  newFindings: number;
  fixedFindings: number;
  partial: boolean;
}

export interface CommentOptions {
  /** `https://github.com/<owner>/<repo>/blob/<sha>/`: findings link to their lines. */
  linkBase?: string;
  /** The body of the comment this one replaces, if there is one. */
  previousBody?: string;
  sha?: string;
}

export function shortFingerprint(fingerprint: string): string {
  return createHash('sha1').update(fingerprint).digest('hex').slice(0, 12);
}

export function rememberRun(report: Report, sha?: string): RunMemory {
  const all = [...new Set(report.findings.filter((finding) => !finding.baseline).map((finding) => shortFingerprint(finding.fingerprint)))];
  return {
    score: report.score,
    fingerprints: all.slice(0, MAX_REMEMBERED),
    partial: all.length > MAX_REMEMBERED,
    ...(sha ? { sha } : {}),
  };
}

function encodeMemory(memory: RunMemory): string {
  // Base64 keeps `-->` and anything else out of the HTML comment.
  return `${MEMORY_PREFIX}${Buffer.from(JSON.stringify(memory)).toString('base64')}${MEMORY_SUFFIX}`;
}

/** Reads the memory embedded in a previous comment; anything malformed reads as no memory. */
export function parseRunMemory(body: string): RunMemory | undefined {
  const start = body.indexOf(MEMORY_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(MEMORY_SUFFIX, start + MEMORY_PREFIX.length);
  if (end < 0) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(body.slice(start + MEMORY_PREFIX.length, end), 'base64').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { score, fingerprints, partial, sha } = value as Record<string, unknown>;
    if (typeof score !== 'number' || !Array.isArray(fingerprints) || !fingerprints.every((entry) => typeof entry === 'string')) return undefined;
    return { score, fingerprints: fingerprints as string[], partial: partial === true, ...(typeof sha === 'string' ? { sha } : {}) };
  } catch {
    return undefined;
  }
}

export function compareRuns(previous: RunMemory, current: RunMemory): RunComparison {
  const before = new Set(previous.fingerprints);
  const now = new Set(current.fingerprints);
  return {
    previousScore: previous.score,
    newFindings: current.fingerprints.filter((entry) => !before.has(entry)).length,
    fixedFindings: previous.fingerprints.filter((entry) => !now.has(entry)).length,
    partial: previous.partial || current.partial,
  };
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

export function describeComparison(comparison: RunComparison, score: number): string {
  const atLeast = comparison.partial ? 'at least ' : '';
  const delta = score - comparison.previousScore;
  return (
    `**Since the last run:** score ${comparison.previousScore} → ${score} (${signed(delta)}), ` +
    `${atLeast}${comparison.newFindings} new, ${atLeast}${comparison.fixedFindings} fixed.`
  );
}

/** The AI-authored part of the change in one paragraph, or nothing when no line is AI-authored. */
export function describeAiPart(report: Report): string | undefined {
  const part = aiAuthoredPart(report);
  if (!part) return undefined;
  return `**AI-authored:** ${part.lines} of ${report.change?.addedLines ?? part.lines} changed lines (${part.share}%), ${part.findings} ${part.findings === 1 ? 'finding' : 'findings'}, score of the AI-authored part ${part.score}/100.`;
}

/** Markdown shared by the PR comment and the job summary. */
export function renderGitHubMarkdown(report: Report, options: CommentOptions & { maxLength?: number } = {}): string {
  const sections: string[] = [];
  const ai = describeAiPart(report);
  if (ai) sections.push(ai);
  const previous = options.previousBody ? parseRunMemory(options.previousBody) : undefined;
  if (previous) sections.push(describeComparison(compareRuns(previous, rememberRun(report)), report.score));
  return renderMarkdown(report, {
    ...(options.linkBase ? { linkBase: options.linkBase } : {}),
    maxLength: options.maxLength ?? 60_000,
    sections,
  });
}

/** The sticky PR comment: marker, visible body, and the hidden memory of this run. */
export function renderStickyComment(report: Report, options: CommentOptions = {}): string {
  const memory = encodeMemory(rememberRun(report, options.sha));
  const budget = COMMENT_LIMIT - memory.length - COMMENT_MARKER.length - 16;
  const body = renderGitHubMarkdown(report, { ...options, maxLength: budget });
  return `${COMMENT_MARKER}\n${body}\n${memory}\n`;
}

export function isStickyComment(body: string | undefined | null): boolean {
  return typeof body === 'string' && body.startsWith(COMMENT_MARKER);
}
