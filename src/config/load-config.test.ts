import { describe, expect, it } from 'vitest';
import { ConfigurationError, describeError } from '../core/errors.js';
import { parseConfig } from './load-config.js';

function problemsOf(text: string): string[] {
  try {
    parseConfig(text, '.constraint-gate.yml');
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const related = (error as ConfigurationError & { related?: ConfigurationError[] }).related ?? [];
    return [error, ...related].map((entry) => describeError(entry));
  }
  return [];
}

describe('parseConfig', () => {
  it('accepts an empty file as the defaults', () => {
    const config = parseConfig('', '.constraint-gate.yml');
    expect(config.constraints).toEqual({ architecture: null, database: null, orm: null });
    expect(config.scope).toBe('changed');
    expect(config.gate.failOn.map((condition) => condition.category)).toEqual(['data-layer', 'database', 'orm', 'architecture', 'contract']);
  });

  it('normalises the clean preset, custom layers and contract durations', () => {
    const config = parseConfig(
      [
        'constraints:',
        '  architecture:',
        '    layers:',
        '      api: { paths: ["app/api/**"], may-import: [core] }',
        '      core: { paths: ["app/core/**"] }',
        '  database: postgres',
        '  orm: sqlalchemy',
        'contract:',
        '  openapi: openapi.yml',
        '  timeouts: { start: 90s, request: 500ms }',
        'gate: { fail-on: [error, security:warning], min-score: 70 }',
      ].join('\n'),
      'c.yml',
    );
    expect(config.constraints.architecture).toEqual({
      preset: 'custom',
      layers: { api: { paths: ['app/api/**'], mayImport: ['core'] }, core: { paths: ['app/core/**'], mayImport: [] } },
    });
    expect(config.constraints.database).toBe('postgres');
    expect(config.contract && config.contract.timeouts).toEqual({ startMs: 90_000, requestMs: 500, totalMs: 600_000 });
    expect(config.gate).toEqual({ failOn: [{ severity: 'error' }, { category: 'security', severity: 'warning' }], minScore: 70 });
    expect(parseConfig('constraints: { architecture: clean }', 'c.yml').constraints.architecture?.preset).toBe('clean');
    expect(parseConfig('contract: off', 'c.yml').contract).toBe(false);
  });

  it('reports a YAML syntax error with line and column', () => {
    expect(problemsOf('constraints:\n  orm: [\n')[0]).toMatch(/^\.constraint-gate\.yml:3:1: YAML syntax error/);
  });

  it('reports unknown keys, wrong types and unknown enum values at their lines, with suggestions', () => {
    const problems = problemsOf('constraints:\n  orm: sqlalchemyy\n  architecture: 3\nrulez: {}\npaths:\n  include: src\n');
    expect(problems).toEqual([
      expect.stringMatching(/^\.constraint-gate\.yml:2:3: `constraints\.orm` must be one of .*got `sqlalchemyy`\.\n {2}Did you mean `sqlalchemy`\?$/s),
      expect.stringMatching(/^\.constraint-gate\.yml:3:3: `constraints\.architecture` must be .*not a number\./),
      expect.stringMatching(/^\.constraint-gate\.yml:4:1: Unknown key `rulez`\.\n {2}Did you mean `rules`\?/),
      expect.stringMatching(/^\.constraint-gate\.yml:6:3: `paths\.include` must be a list, not a string\./),
    ]);
  });

  it('rejects a layer that may import an undeclared layer', () => {
    const problems = problemsOf('constraints:\n  architecture:\n    layers:\n      api:\n        paths: [a]\n        may-import: [nope]\n');
    expect(problems[0]).toMatch(/^\.constraint-gate\.yml:6:9: Layer `api` may import `nope`, which is not a declared layer\./);
  });

  it('rejects an invalid fail-on condition and a duplicate project root', () => {
    expect(problemsOf('gate: { fail-on: [fatal] }')[0]).toMatch(/`gate\.fail-on\.0` has the value `fatal`/);
    expect(problemsOf('projects:\n  - root: api\n  - root: ./api/\n')[0]).toMatch(/^\.constraint-gate\.yml:3:5: The project root `api` is listed twice/);
  });
});
