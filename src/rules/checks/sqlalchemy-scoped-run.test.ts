import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { buildSourceModel } from '../../source/build-model.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet } from '../load-rules.js';
import { readTree } from '../testing.js';

/**
 * A `check` scoped to its change tells the checks which files it keeps (`mayReport`); the session
 * checks then skip reporting elsewhere but must still read every file for what it defines and
 * returns. Each rule's fixture project is run unscoped, then once per file and once per "every file
 * but one": the scoped findings must be the unscoped ones in the kept files, no more, no fewer.
 */

const rulesDirectory = path.resolve(import.meta.dirname, '..', '..', '..', 'rules');

const CASES = ['lazy-load-on-detached-instance', 'lazy-load-in-loop', 'lazy-load-in-async-session', 'uncommitted-write'];

describe('sqlalchemy session checks scoped to a change', () => {
  it.each(CASES)('sqlalchemy/%s reports the same findings in the kept files as an unscoped run', async (name) => {
    const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(rulesDirectory), config: defaultConfig() }, silentLogger);
    const files = readTree(path.join(rulesDirectory, 'sqlalchemy', name));
    const model = await buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: { ...ruleSet.payload, rules: [], dataAccessPaths: [] } });
    const selected = { ...ruleSet, rules: ruleSet.rules.filter((rule) => rule.id === `sqlalchemy/${name}`) };
    expect(selected.rules).toHaveLength(1);
    const run = (reportedFiles?: ReadonlySet<string>) =>
      runSemanticChecks(model, [], selected, defaultConfig(), reportedFiles ? { reportedFiles } : {})
        .map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)
        .sort();

    const all = run();
    const reportingFiles = new Set(all.map((finding) => finding.split(':')[0]!));
    // The fixture must exercise the join across files, or this test could not fail.
    expect(all.length).toBeGreaterThan(0);
    expect(reportingFiles.size).toBeLessThan(Object.keys(files).length);

    const paths = Object.keys(files).sort();
    const scopes = [...paths.map((file) => [file]), ...paths.map((skipped) => paths.filter((file) => file !== skipped))];
    for (const scope of scopes) {
      const kept = new Set(scope);
      expect(run(kept), scope.join(', ')).toEqual(all.filter((finding) => kept.has(finding.split(':')[0]!)));
    }
  });
});
