import path from 'node:path';
import { defaultConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { emptyFacts } from '../../source/facts.js';
import { parserFor } from '../../source/grammars.js';
import { buildSourceModel } from '../../source/build-model.js';
import { extractImports } from '../../source/imports/extract-imports.js';
import { extractContext, type ExtractContext } from '../../source/extract.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';

/** Test support for the SQLAlchemy checks: one file parsed for a collector, or a project run through one rule. */

export async function pythonContext(text: string, file = 'app.py'): Promise<{ context: ExtractContext; dispose: () => void }> {
  const parser = await parserFor('python');
  const tree = parser.parse(text)!;
  const context = extractContext({ path: file, text, grammar: 'python', tree, facts: emptyFacts(file, 'python', '', text.split('\n').length) });
  extractImports(context);
  return { context, dispose: () => tree.delete() };
}

let rules: Promise<RuleSet> | undefined;

/** `file:line` of every finding of the built-in rule `id` on a project made of `files`. */
export async function ruleFindings(id: string, files: Record<string, string>): Promise<string[]> {
  rules ??= loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
  const ruleSet = await rules;
  const model = await buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: { ...ruleSet.payload, rules: [], dataAccessPaths: [] } });
  const selected = ruleSet.rules.filter((rule) => rule.id === id);
  if (selected.length !== 1) throw new Error(`no rule ${id}`);
  return runSemanticChecks(model, [], { ...ruleSet, rules: selected }, defaultConfig())
    .map((finding) => `${finding.file}:${finding.line}`)
    .sort();
}
