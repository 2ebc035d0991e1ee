import { createHash } from 'node:crypto';
import type { Finding } from '../core/types.js';
import { emptyFacts, type FileFacts } from './facts.js';
import { grammarForPath, parserFor } from './grammars.js';
import { extractContext, extractFacts } from './extract.js';
import { extractPrismaFacts } from './node/prisma-schema.js';
import type { SyntaxNode } from './syntax-tree.js';

/**
 * One file in, its facts out: the unit of work of the parse worker. Files that are not worth
 * parsing (binary, minified, oversized) come back as a skip reason with a `note` finding instead.
 *
 * Notes about analysis coverage use the `architecture` category: what a skipped or broken file
 * costs first is its place in the import graph the architecture verifiers read.
 */

export interface FileLimits {
  /** Files larger than this are not parsed (generated code, dumps, vendored bundles). */
  maxBytes: number;
  /** A line longer than this marks a file as minified when its lines are long on average too. */
  maxLineLength: number;
  /** Average characters per line above which a file with an over-long line counts as minified. */
  minifiedAverageLineLength: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxLineLength: 5000,
  minifiedAverageLineLength: 300,
};

export type SkipReason = 'binary' | 'minified' | 'oversized';

export type ParseOutcome =
  /** `serialized` is the facts' JSON when a parse worker sent them that way (the cache writes it as is). */
  | { kind: 'parsed'; facts: FileFacts; serialized?: string }
  | { kind: 'skipped'; reason: SkipReason; note: Finding };

/** A parse that threw (a bug in an extractor): one file's loss, never the run's. */
export type SafeParseOutcome = ParseOutcome | { kind: 'failed'; path: string; message: string };

export interface ParseFileOptions {
  /** contentHash of the text when the caller already knows it (it needs it for the cache key). */
  hash?: string;
  limits?: FileLimits;
  /** Opaque per-file rule set of the rule engine, handed to the per-file rule hook. */
  perFileRules?: unknown;
}

/** How many recovery positions a file keeps; the first one is what a reader needs. */
const MAX_SYNTAX_ERRORS = 5;

export const SKIPPED_FILE_RULE = 'source/skipped-file';
export const SYNTAX_ERROR_RULE = 'source/syntax-error';

export function isPrismaSchema(path: string): boolean {
  return path.endsWith('.prisma');
}

/** True for the files the source model reads: those with a grammar, and Prisma schemas. */
export function carriesFacts(path: string): boolean {
  return grammarForPath(path) !== undefined || isPrismaSchema(path);
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The content hash of a file's text, computed as git computes a blob id, so a file git reports
 * unchanged has the same hash whether it was read or only looked up (Workspace.contentId).
 */
export function contentHash(text: string): string {
  return createHash('sha1').update(`blob ${Buffer.byteLength(text)}\u0000`).update(text).digest('hex');
}

export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** Why a file should not be parsed, from its size and text alone; undefined when it should. */
export function skipReasonFor(path: string, text: string, limits: FileLimits = DEFAULT_FILE_LIMITS): SkipReason | undefined {
  if (text.length > limits.maxBytes) return 'oversized';
  if (text.slice(0, 8000).includes('\u0000')) return 'binary';
  if (/\.min\.[cm]?js$/.test(path)) return 'minified';
  const lines = Math.max(1, countLines(text));
  if (text.length / lines > limits.minifiedAverageLineLength && longestLine(text) > limits.maxLineLength) return 'minified';
  return undefined;
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', start)) {
    longest = Math.max(longest, index - start);
    start = index + 1;
  }
  return Math.max(longest, text.length - start);
}

const SKIP_EXPLANATIONS: Record<SkipReason, string> = {
  binary: 'it looks binary',
  minified: 'it looks minified (very long lines)',
  oversized: 'it is larger than the size limit',
};

export function skippedFileNote(path: string, reason: SkipReason): Finding {
  return notAnalysedNote(
    path,
    reason,
    `Not analysed: ${SKIP_EXPLANATIONS[reason]}. Its imports, routes and models are missing from the checks; exclude it in the configuration if it is generated.`,
  );
}

function notAnalysedNote(path: string, reason: string, message: string): Finding {
  return {
    ruleId: SKIPPED_FILE_RULE,
    category: 'architecture',
    severity: 'note',
    file: path,
    line: 1,
    endLine: 1,
    message,
    aiAuthored: false,
    fingerprint: sha1(`${SKIPPED_FILE_RULE}\u0000${path}\u0000${reason}`).slice(0, 16),
  };
}

/** One note at the first syntax error of a file, or undefined when it parsed cleanly. */
export function syntaxErrorNote(facts: FileFacts, text?: string): Finding | undefined {
  const first = facts.syntaxErrors[0];
  if (!first) return undefined;
  const more = facts.syntaxErrors.length > 1 ? ` (and ${facts.syntaxErrors.length - 1} more place${facts.syntaxErrors.length > 2 ? 's' : ''})` : '';
  const lineText = text?.split('\n', first.line)[first.line - 1] ?? '';
  return {
    ruleId: SYNTAX_ERROR_RULE,
    category: 'architecture',
    severity: 'note',
    file: facts.path,
    line: first.line,
    endLine: first.line,
    column: first.column,
    message: `The parser could not read this code${more}; the rest of the file is still analysed, but facts around this line may be missing.`,
    aiAuthored: false,
    fingerprint: sha1(`${SYNTAX_ERROR_RULE}\u0000${facts.path}\u0000${lineText.replace(/\s+/g, '')}`).slice(0, 16),
  };
}

export async function parseFileToFacts(path: string, text: string, options: ParseFileOptions = {}): Promise<ParseOutcome> {
  const reason = skipReasonFor(path, text, options.limits);
  if (reason) return { kind: 'skipped', reason, note: skippedFileNote(path, reason) };
  const hash = options.hash ?? contentHash(text);
  const lineCount = countLines(text);

  if (isPrismaSchema(path)) {
    return { kind: 'parsed', facts: { ...emptyFacts(path, 'prisma', hash, lineCount), ...extractPrismaFacts(path, text) } };
  }

  const grammar = grammarForPath(path);
  if (!grammar) throw new Error(`parseFileToFacts: no grammar for ${path}`);
  const parser = await parserFor(grammar);
  const tree = parser.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${path}`);
  try {
    const facts = emptyFacts(path, grammar, hash, lineCount);
    const context = extractContext({ path, text, grammar, tree, facts, perFileRules: options.perFileRules });
    const root = context.root;
    if (root.hasError) {
      collectSyntaxErrors(root, facts.syntaxErrors);
      if (facts.syntaxErrors.length === 0) facts.syntaxErrors.push({ line: 1, column: 1 });
    }
    extractFacts(context);
    return { kind: 'parsed', facts };
  } finally {
    // Trees live in wasm memory: free them now rather than waiting for a finaliser.
    tree.delete();
  }
}

export async function parseFileSafely(path: string, text: string, options: ParseFileOptions = {}): Promise<SafeParseOutcome> {
  try {
    return await parseFileToFacts(path, text, options);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { kind: 'failed', path, message };
  }
}

export function failedFileNote(path: string): Finding {
  return notAnalysedNote(path, 'failed', 'Not analysed: an internal error occurred while reading this file (run with --debug for details, and please report it).');
}

/** ERROR and MISSING nodes in source order, descending only into subtrees that contain one. */
function collectSyntaxErrors(node: SyntaxNode, out: FileFacts['syntaxErrors']): void {
  for (const child of node.children) {
    if (!child || out.length >= MAX_SYNTAX_ERRORS) return;
    if (child.isError || child.isMissing) {
      out.push({ line: child.startPosition.row + 1, column: child.startPosition.column + 1 });
    } else if (child.hasError) {
      collectSyntaxErrors(child, out);
    }
  }
}
