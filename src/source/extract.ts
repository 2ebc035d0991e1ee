import type { Node, Tree } from 'web-tree-sitter';
import type { GrammarName } from './grammars.js';
import type { FileFacts } from './facts.js';
import { extractImports } from './imports/extract-imports.js';
import { extractDefinitions } from './definitions/extract-definitions.js';
import { extractPythonFacts } from './python/extract-python.js';
import { extractNodeFacts } from './node/extract-node.js';
import { matchFileRules } from '../rules/match-file.js';
import type { FileRulePayload } from '../rules/types.js';

/** What every per-file extractor receives. Extractors only add to `facts`; they never read other files. */
export interface ExtractContext {
  path: string;
  text: string;
  grammar: GrammarName;
  tree: Tree;
  root: Node;
  facts: FileFacts;
  /** The rule engine's per-file rule set, passed through opaque from buildSourceModel's options. */
  perFileRules?: unknown;
}

export type FileExtractor = (context: ExtractContext) => void;

/**
 * Runs in the parse worker, once per parsed file, in this order: imports first, because the
 * framework extractors look at what a file imports to decide which framework its calls belong to;
 * the rule engine's per-file rules last, because they may read the facts gathered before them.
 * Bump EXTRACTOR_VERSION whenever any extractor changes what it emits, so cached facts are dropped.
 */
export const EXTRACTOR_VERSION = 6;

export function extractFacts(context: ExtractContext): void {
  extractImports(context);
  extractDefinitions(context);
  if (context.grammar === 'python') extractPythonFacts(context);
  else extractNodeFacts(context);
  matchFileRules(context, context.perFileRules as FileRulePayload | undefined);
}
