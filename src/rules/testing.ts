import { emptyFacts, type FileFacts } from '../source/facts.js';
import { grammarForPath, parserFor } from '../source/grammars.js';
import type { SourceModel } from '../source/model.js';
import type { Workspace } from '../core/workspace.js';
import { matchFileRules } from './match-file.js';
import type { FileRulePayload } from './types.js';

/**
 * Test support: facts of one file with the rule engine's per-file pass, parsed directly.
 * Used by the rule fixtures and by tests that need rule facts before (or without) the parse worker.
 */
export async function factsWithRules(path: string, text: string, payload?: FileRulePayload): Promise<FileFacts> {
  const grammar = grammarForPath(path);
  if (!grammar) throw new Error(`no grammar for ${path}`);
  const parser = await parserFor(grammar);
  const tree = parser.parse(text)!;
  const facts = emptyFacts(path, grammar, '', text.split('\n').length);
  try {
    matchFileRules({ path, text, grammar, tree, root: tree.rootNode, facts }, payload);
  } finally {
    tree.delete();
  }
  return facts;
}

/**
 * Until the parse worker calls matchFileRules itself, a model built by buildSourceModel lacks the
 * rule engine's facts; this fills them in, file by file, and leaves files that have them alone.
 */
export async function ensureRuleFacts(model: SourceModel, workspace: Workspace, payload?: FileRulePayload): Promise<void> {
  for (const [path, facts] of model.files) {
    if (facts.grammar === 'prisma' || facts.checkFacts['data-access'] !== undefined) continue;
    const text = workspace.readText(path);
    if (text === undefined) continue;
    const own = await factsWithRules(path, text, payload);
    facts.findings.push(...own.findings);
    facts.suppressions.push(...own.suppressions);
    facts.checkFacts['data-access'] = own.checkFacts['data-access']!;
  }
}
