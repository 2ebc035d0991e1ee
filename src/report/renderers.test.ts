import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/load-config.js';
import type { Finding, RuleDescriptor } from '../core/types.js';
import { assembleReport } from '../engine/assemble-report.js';
import { FORMATS, renderReport } from './index.js';
import { SARIF_RESULT_LIMIT } from './render-sarif.js';

const rule: RuleDescriptor = {
  id: 'sqlalchemy/joined-eager-load-without-unique',
  title: 'joinedload of a collection read without unique()',
  category: 'data-layer',
  severity: 'error',
  why: 'SQLAlchemy raises InvalidRequestError for joined eager loads of collections without unique().',
  fix: 'Call `.unique()` on the result: `session.execute(stmt).unique().scalar_one()`.',
};

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: rule.id,
  category: 'data-layer',
  severity: 'error',
  file: 'app/repositories/orders.py',
  line: 42,
  endLine: 43,
  column: 16,
  message: 'scalar_one() after joinedload(Order.items) without unique()',
  aiAuthored: true,
  fingerprint: 'abc123',
  project: '.',
  ...overrides,
});

function sampleReport(findings: Finding[]) {
  return assembleReport({
    mode: 'check',
    config: defaultConfig(),
    projects: [{ root: '.', framework: 'fastapi', language: 'python', orm: 'sqlalchemy', database: 'postgres', databases: [{ engine: 'postgres', isDefault: true }], candidates: [], evidence: [] }],
    findings,
    rules: [rule],
    change: { base: 'a'.repeat(40), head: 'b'.repeat(40), files: [{ path: 'app/repositories/orders.py', status: 'modified', addedLines: [42, 43], aiAuthoredLines: [42] }] },
    analysedLines: 1000,
  });
}

const report = sampleReport([
  finding({}),
  finding({ ruleId: 'architecture/forbidden-layer-import', category: 'architecture', severity: 'warning', file: 'app/routes/orders.py', line: 3, endLine: 3, message: 'routes imports repositories | directly', aiAuthored: false, fingerprint: 'def456' }),
]);

function sarifValidator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The official schema is draft-04; without `$schema` and with `$id` it reads as draft-07 (it uses no draft-04-only keyword).
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // One of its patterns (`language`) is only valid without the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('renderers', () => {
  it('put rule id, category, severity, location and message of every finding in every format', () => {
    for (const format of FORMATS) {
      const text = renderReport(report, format);
      for (const entry of report.findings) {
        expect(text, format).toContain(entry.ruleId);
        if (format !== 'sarif') expect(text, format).toContain(entry.category);
        expect(text, format).toContain(entry.file);
        expect(text, format).toMatch(new RegExp(`${entry.line}\\b`));
      }
      expect(text, format).toMatch(/error/);
      expect(text, format).toMatch(/warning/);
    }
  });

  it('writes the JSON report with the documented shape', () => {
    const parsed = JSON.parse(renderReport(report, 'json'));
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['version', 'score', 'passed', 'projects', 'findings', 'contract']));
    expect(parsed.findings[0]).toEqual(expect.objectContaining({ ruleId: expect.any(String), category: expect.any(String), severity: expect.any(String), file: expect.any(String), line: expect.any(Number), endLine: expect.any(Number), message: expect.any(String), aiAuthored: expect.any(Boolean) }));
    expect(parsed.passed).toBe(false);
    expect(parsed.gate.reasons).toEqual(['1 error finding in data-layer (fail-on: data-layer:error)']);
  });

  it('writes SARIF 2.1.0 that the official schema accepts, with rule help and fingerprints', () => {
    const validate = sarifValidator();
    const sarif = JSON.parse(renderReport(report, 'sarif'));
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...sarif, runs: [{ ...sarif.runs[0], results: [{ ...sarif.runs[0].results[0], level: 'fatal' }] }] })).toBe(false);
    const run = sarif.runs[0];
    expect(sarif.runs).toHaveLength(1);
    const described = run.tool.driver.rules.find((entry: { id: string }) => entry.id === rule.id);
    expect(described.help.text).toContain('InvalidRequestError');
    expect(described.help.markdown).toContain('**Fix:**');
    expect(run.results[0]).toMatchObject({ ruleId: rule.id, level: 'error', partialFingerprints: { 'constraintGate/v1': 'abc123' } });
    expect(run.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'app/repositories/orders.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 42, endLine: 43, startColumn: 16 } });
  });

  it('caps SARIF at the code-scanning limit, most severe first, and says what it left out', () => {
    const many = Array.from({ length: SARIF_RESULT_LIMIT + 5 }, (_, index) => finding({ severity: index === SARIF_RESULT_LIMIT + 4 ? 'error' : 'note', line: index + 1, endLine: index + 1, fingerprint: `f${index}` }));
    const sarif = JSON.parse(renderReport(sampleReport(many), 'sarif'));
    expect(sarif.runs[0].results).toHaveLength(SARIF_RESULT_LIMIT);
    expect(sarif.runs[0].results[0].level).toBe('error');
    expect(sarif.runs[0].properties).toMatchObject({ omittedResults: 5 });
    expect(sarifValidator()(sarif)).toBe(true);
  });

  it('escapes table cells in markdown and links lines when given a base', () => {
    const markdown = renderReport(report, 'markdown');
    expect(markdown).toContain('routes imports repositories \\| directly');
    expect(markdown).toMatch(/^## constraint-gate: ❌ failed — score \d+\/100/);
  });
});
