import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { createCheckRegistry } from './checks/index.js';
import { fakeModel } from './checks/model-fixture.js';
import { longestLiteral, runSemanticChecks } from './evaluate.js';
import { globToRegExp } from '../source/layers.js';
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

describe('longestLiteral: the text a path needs to match a glob', () => {
  it('takes the longest fixed part, without the slashes a leading double star may drop, and nothing from alternatives', () => {
    expect(longestLiteral('**/migrations/**')).toBe('migrations');
    expect(longestLiteral('**/*.test.*')).toBe('.test.');
    expect(longestLiteral('**/conftest.py')).toBe('conftest.py');
    expect(longestLiteral('src/**/*.{js,ts}')).toBe('src');
    expect(longestLiteral('**/[abc]*.py')).toBe('');
  });

  it('is contained in every path each glob of the built-in rules matches', async () => {
    const rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
    const globs = [...new Set(rules.rules.flatMap((rule) => [...rule.paths.include, ...rule.paths.exclude])), 'src/**/*.{js,ts}', '**/seed*/**'];
    expect(globs.length).toBeGreaterThan(10);
    const paths = ['test/a.py', 'app/tests/x.py', 'migrations/0001.py', 'app/migrations/0001_x.py', 'conftest.py', 'a/b/conftest.py', 'src/a.test.ts', 'x.spec.js',
      'test_a.py', 'pkg/a_test.py', 'alembic/env.py', 'scripts/run.py', 'seeds/a.js', 'db/seed-users.js', 'src/lib/x.ts', '__tests__/a.js', 'app/models.py'];
    let matched = 0;
    for (const glob of globs) {
      const pattern = globToRegExp(glob);
      for (const file of paths.filter((candidate) => pattern.test(candidate))) {
        matched++;
        expect(file, glob).toContain(longestLiteral(glob));
      }
    }
    expect(matched).toBeGreaterThan(15);
  });
});
