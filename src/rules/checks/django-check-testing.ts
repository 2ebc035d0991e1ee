import path from 'node:path';
import { defaultConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import type { Project } from '../../core/types.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { buildSourceModel } from '../../source/build-model.js';
import type { SourceModel } from '../../source/model.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';
import type { RuleFinding } from '../types.js';

/**
 * Test support for the Python framework checks: a source model of in-memory files parsed with a
 * rule's collectors active, and that rule's findings on it.
 */

export const RULES_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'rules');

let ruleSet: Promise<RuleSet> | undefined;
function builtinRules(): Promise<RuleSet> {
  ruleSet ??= loadRuleSet({ builtin: builtinRulesWorkspace(RULES_DIR), config: defaultConfig() }, silentLogger);
  return ruleSet;
}

export async function modelFor(files: Record<string, string>): Promise<SourceModel> {
  const rules = await builtinRules();
  return buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: { ...rules.payload, rules: [] } });
}

/**
 * Findings of one built-in rule on the files, as sorted `file:line` strings and as findings. The
 * files form `projects`, else one project at the root of the framework the rule is for (none
 * detected when the rule names no single framework).
 */
export async function findingsOf(
  ruleId: string,
  files: Record<string, string>,
  projects?: readonly Project[],
): Promise<{ at: string[]; findings: RuleFinding[] }> {
  const rules = await builtinRules();
  const model = await modelFor(files);
  const only: RuleSet = { ...rules, rules: rules.rules.filter((rule) => rule.id === ruleId) };
  if (only.rules.length !== 1) throw new Error(`no rule ${ruleId}`);
  const [framework, ...others] = only.rules[0]!.frameworks;
  const rootProject: Project[] =
    framework && others.length === 0 ? [{ root: '.', framework, language: 'python', orm: null, database: null, databases: [], candidates: [], evidence: [] }] : [];
  const findings = runSemanticChecks(model, projects ?? rootProject, only, defaultConfig());
  return { at: findings.map((finding) => `${finding.file}:${finding.line}`).sort(), findings };
}
