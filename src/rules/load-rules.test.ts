import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../config/load-config.js';
import { ConfigurationError } from '../core/errors.js';
import { memoryLogger, silentLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import { loadRuleSet } from './load-rules.js';

const rule = (id: string, extra = '') => `id: ${id}
title: A test rule
category: security
severity: warning
languages: [python]
message: found {{name}}
why: Because it is a test of the loader.
fix: Write something else.
${extra}`;

const query = 'match:\n  query: |\n    (call function: (identifier) @name) @match\n';

describe('loadRuleSet', () => {
  it('loads valid rules and reports broken files with positions while the rest still load', async () => {
    const logger = memoryLogger();
    const builtin = memoryWorkspace({
      'pack/good.yml': rule('pack/good', query),
      'pack/syntax.yml': 'id: pack/syntax\ntitle: [unclosed\n',
      'pack/schema.yml': rule('pack/schema', `${query}severity: fatal\n`).replace('severity: warning\n', ''),
      'pack/renamed.yml': rule('pack/other-name', query),
      'pack/bad-query.yml': rule('pack/bad-query', 'match:\n  query: (no_such_node) @match\n'),
      'pack/no-capture.yml': rule('pack/no-capture', 'match:\n  query: (call) @call\n'),
      'pack/no-check.yml': rule('pack/no-check', 'check: layer-import\n'),
      'pack/both.yml': rule('pack/both', `${query}check: layer-imports\n`),
      'pack/fixture/.constraint-gate.yml': 'constraints: {}\n',
    });
    const ruleSet = await loadRuleSet({ builtin, config: defaultConfig(), validateBuiltinRules: true }, logger);
    expect(ruleSet.rules.map((loaded) => loaded.id)).toEqual(['pack/good']);
    const byFile = Object.fromEntries(ruleSet.problems.map((problem) => [problem.file, problem]));
    expect(Object.keys(byFile).sort()).toEqual(
      ['bad-query', 'both', 'no-capture', 'no-check', 'renamed', 'schema', 'syntax'].map((name) => `rules/pack/${name}.yml`),
    );
    expect(byFile['rules/pack/syntax.yml']).toMatchObject({ line: 3, message: expect.stringMatching(/YAML syntax error/) });
    expect(byFile['rules/pack/schema.yml']).toMatchObject({ line: 11, message: expect.stringMatching(/`severity` must be one of/) });
    expect(byFile['rules/pack/renamed.yml']).toMatchObject({ line: 1, message: expect.stringMatching(/expected `pack\/renamed`/) });
    expect(byFile['rules/pack/bad-query.yml']).toMatchObject({ line: 10, message: expect.stringMatching(/does not compile for python/) });
    expect(byFile['rules/pack/no-capture.yml']!.message).toMatch(/`@match`/);
    expect(byFile['rules/pack/no-check.yml']).toMatchObject({ line: 9, hint: 'Did you mean `layer-imports`?' });
    expect(logger.messages.filter((message) => message.level === 'warn')).toHaveLength(7);
  });

  it('compiles payload rules per grammar of their languages and fingerprints the payload', async () => {
    const everywhere = 'match:\n  query: (identifier) @name @match\n';
    const builtin = memoryWorkspace({ 'pack/good.yml': rule('pack/good', everywhere).replace('[python]', '[python, typescript]') });
    const first = await loadRuleSet({ builtin, config: defaultConfig() }, silentLogger);
    expect(first.payload.rules[0]!.grammars).toEqual(['python', 'typescript', 'tsx']);
    const again = await loadRuleSet({ builtin, config: defaultConfig() }, silentLogger);
    expect(again.fingerprint).toBe(first.fingerprint);
    const louder = await loadRuleSet({ builtin, config: parseConfig('rules:\n  severity:\n    pack/good: error\n', 'c.yml') }, silentLogger);
    expect(louder.rules[0]!.severity).toBe('error');
    expect(louder.fingerprint).not.toBe(first.fingerprint);
  });

  it('asks the workers for data-access calls only in the entry layers of declared architectures', async () => {
    const builtin = memoryWorkspace({ 'architecture/route-accesses-data-directly.yml': rule('architecture/route-accesses-data-directly', 'check: route-data-access\n') });
    const none = await loadRuleSet({ builtin, config: defaultConfig() }, silentLogger);
    expect(none.payload.dataAccessPaths).toEqual([]);
    const custom = parseConfig('constraints:\n  architecture:\n    layers:\n      web: { paths: ["src/web/**"], may-import: [core] }\n      core: { paths: ["src/core/**"] }\n', 'c.yml');
    const declared = await loadRuleSet({ builtin, config: custom }, silentLogger);
    expect(declared.payload.dataAccessPaths).toEqual(['src/web/**']);
    expect(declared.fingerprint).not.toBe(none.fingerprint);
  });

  it('applies `rules.disable` and rejects unknown ids in the config at their line', async () => {
    const builtin = memoryWorkspace({ 'pack/good.yml': rule('pack/good', query), 'pack/other.yml': rule('pack/other', query) });
    const disabled = await loadRuleSet({ builtin, config: parseConfig('rules:\n  disable: [pack/good]\n', 'c.yml') }, silentLogger);
    expect(disabled.rules.map((loaded) => loaded.id)).toEqual(['pack/other']);
    expect(disabled.payload.rules.map((loaded) => loaded.id)).toEqual(['pack/other']);

    const config = parseConfig('rules:\n  disable:\n    - pack/good\n    - pack/gods\n', '.constraint-gate.yml');
    const error = await loadRuleSet({ builtin, config }, silentLogger).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).position).toEqual({ file: '.constraint-gate.yml', line: 4, column: 5 });
    expect((error as ConfigurationError).hint).toMatch(/Did you mean `pack\/good`/);

    const severity = parseConfig('rules:\n  severity:\n    nope/rule: note\n', '.constraint-gate.yml');
    await expect(loadRuleSet({ builtin, config: severity }, silentLogger)).rejects.toThrow(/No rule has the id `nope\/rule`/);
  });

  it('loads custom packs from the folders in `rules.paths`, and reports duplicates', async () => {
    const builtin = memoryWorkspace({ 'pack/good.yml': rule('pack/good', query) });
    const workspace = memoryWorkspace({
      'tools/rules/team/no-run.yml': rule('team/no-run', query),
      'tools/rules/pack/good.yml': rule('pack/good', query),
      'app/main.py': 'run()\n',
    });
    const config = parseConfig('rules:\n  paths: [tools/rules]\n', 'c.yml');
    const ruleSet = await loadRuleSet({ builtin, workspace, config }, silentLogger);
    expect(ruleSet.rules.map((loaded) => [loaded.id, loaded.source, loaded.builtin])).toEqual([
      ['pack/good', 'rules/pack/good.yml', true],
      ['team/no-run', 'tools/rules/team/no-run.yml', false],
    ]);
    expect(ruleSet.problems).toEqual([expect.objectContaining({ file: 'tools/rules/pack/good.yml', message: expect.stringMatching(/already defined by rules\/pack\/good.yml/) })]);
  });

  it('compiles custom rule queries on every run, built-in ones only when asked (the test suite does)', async () => {
    const broken = 'match:\n  query: |\n    (no_such_node) @match\n';
    const builtin = memoryWorkspace({ 'pack/broken.yml': rule('pack/broken', broken) });
    const workspace = memoryWorkspace({ 'tools/rules/team/broken.yml': rule('team/broken', broken) });
    const config = parseConfig('rules:\n  paths: [tools/rules]\n', 'c.yml');
    const atRunTime = await loadRuleSet({ builtin, workspace, config }, silentLogger);
    expect(atRunTime.problems.map((problem) => problem.file)).toEqual(['tools/rules/team/broken.yml']);
    const inTests = await loadRuleSet({ builtin, workspace, config, validateBuiltinRules: true }, silentLogger);
    expect(inTests.problems.map((problem) => problem.file).sort()).toEqual(['rules/pack/broken.yml', 'tools/rules/team/broken.yml']);
  });
});
