import type { Node, Tree } from 'web-tree-sitter';
import { readSyntaxTree, type SyntaxNode } from './syntax-tree.js';
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
  /** The tree as plain objects (syntax-tree.ts): what extractors read. */
  root: SyntaxNode;
  /** The same root as web-tree-sitter's Node, for queries (they run in wasm). */
  queryRoot: Node;
  facts: FileFacts;
  /** The rule engine's per-file rule set, passed through opaque from buildSourceModel's options. */
  perFileRules?: unknown;
}

/** The context of one parsed file: its tree read into plain objects once, for every extractor. */
export function extractContext(file: Omit<ExtractContext, 'root' | 'queryRoot'>): ExtractContext {
  return { ...file, root: readSyntaxTree(file.tree, file.text), queryRoot: file.tree.rootNode };
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
