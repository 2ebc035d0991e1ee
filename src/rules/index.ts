/**
 * The rule engine, as the analysis engine uses it:
 *
 *   const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(), workspace, config }, logger);
 *   const model = await buildSourceModel(workspace, { perFileRules: ruleSet.payload, salt: ruleSet.fingerprint, ... });
 *   let findings = evaluateRules(model, projects, ruleSet, config);        // per-file + semantic checks
 *   findings = applySuppressions(findings, model).kept;                   // constraint-gate: ignore ...
 *   findings = scopeFindings(findings, mode, addedLinesByFile(change.files)); // check: changed lines only
 *   findings = assignFingerprints(findings, (file) => workspace.readText(file));
 *   if (baseline) findings = applyBaseline(findings, parseBaseline(text, file));
 *
 * In the parse worker, src/source/extract.ts calls `matchFileRules(context, context.perFileRules)`.
 * `ruleSet.problems` are rule files that could not be loaded (non-fatal; show them as warnings).
 */
export { loadRuleSet, type LoadRuleSetInput, type RuleSet } from './load-rules.js';
export { builtinRulesDirectory, builtinRulesWorkspace } from './builtin-rules.js';
export { matchFileRules } from './match-file.js';
export { collectFileFindings, evaluateRules, runSemanticChecks } from './evaluate.js';
export { applySuppressions } from './suppressions.js';
export { addedLinesByFile, scopeFindings } from './scope.js';
export { applyBaseline, assignFingerprints, DEFAULT_BASELINE_FILE, parseBaseline, writeBaseline, type Baseline } from './baseline.js';
export { renderRuleCatalog } from './catalog.js';
export type { FileRulePayload, Rule, RuleFinding, RuleProblem, SemanticCheck } from './types.js';
