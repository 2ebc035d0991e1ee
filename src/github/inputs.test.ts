import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/load-config.js';
import { applyInputOverrides, readInputs } from './inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('reads defaults and overrides the gate and scope of the config', () => {
    const inputs = readInputs(reader({ 'fail-on': 'error, security:warning', 'min-score': '80', scope: 'ai-authored' }));
    expect(inputs).toMatchObject({ mode: 'auto', workingDirectory: '.', reportPath: 'constraint-gate-report.json', sarifPath: 'constraint-gate.sarif', allowUntrustedCode: false });
    const config = applyInputOverrides(defaultConfig(), inputs);
    expect(config.gate).toEqual({ failOn: [{ severity: 'error' }, { category: 'security', severity: 'warning' }], minScore: 80 });
    expect(config.scope).toBe('ai-authored');
    expect(applyInputOverrides(defaultConfig(), readInputs(reader({}))).gate).toEqual(defaultConfig().gate);
    expect(readInputs(reader({ 'fail-on': 'none' })).failOn).toEqual([]);
  });

  it.each([
    ['mode', 'deploy', /`mode` is `deploy`/],
    ['fail-on', 'errors', /`fail-on` is `errors`/],
    ['min-score', '120', /`min-score` is `120`/],
    ['scope', 'everything', /`scope` is `everything`/],
    ['allow-untrusted-code', 'yes', /`allow-untrusted-code`/],
  ])('rejects %s: %s', (name, value, message) => {
    expect(() => readInputs(reader({ [name]: value }))).toThrow(message);
  });
});
