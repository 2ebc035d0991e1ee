import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { createCheckRegistry } from './checks/index.js';
import { fakeModel } from './checks/model-fixture.js';
import { runSemanticChecks } from './evaluate.js';
import { loadRuleSet, type RuleSet } from './load-rules.js';
import type { SemanticCheck } from './types.js';

describe('runSemanticChecks: where a check may report', () => {
  let rules: RuleSet;
  beforeAll(async () => {
    rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
  });

  // A check that reports on every file it may report in, under the name of a rule the pack has.
  const asked: string[][] = [];
  const everywhere = (name: string): SemanticCheck => ({
    name,
    run: (_model, _project, _params, context) => {
      asked.push(context.files.filter((file) => context.mayReport(file)));
      return context.files.filter((file) => context.mayReport(file)).map((file) => context.finding({ file, line: 1, message: 'seen' }));
    },
  });

  it('lets a check skip the files whose findings a scoped check run would drop, and sees every file otherwise', () => {
    const model = fakeModel({ 'app/a.py': {}, 'app/b.py': {}, 'app/c.py': {} });
    const rule = rules.rules.find((candidate) => candidate.check === 'suppression-reason')!;
    const ruleSet: RuleSet = { ...rules, rules: [rule] };
    const checks = createCheckRegistry([everywhere(rule.check!)]);

    asked.length = 0;
    const scoped = runSemanticChecks(model, [], ruleSet, defaultConfig(), { checks, reportedFiles: new Set(['app/b.py']) });
    expect(scoped.map((finding) => finding.file)).toEqual(['app/b.py']);
    const everything = runSemanticChecks(model, [], ruleSet, defaultConfig(), { checks });
    expect(everything.map((finding) => finding.file)).toEqual(['app/a.py', 'app/b.py', 'app/c.py']);
    expect(asked).toEqual([['app/b.py'], ['app/a.py', 'app/b.py', 'app/c.py']]);
  });
});
