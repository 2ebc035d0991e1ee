import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../core/errors.js';
import type { Finding, Project } from '../core/types.js';
import { applyBaseline, assignFingerprints, parseBaseline, writeBaseline } from './baseline.js';
import { fakeModel } from './checks/model-fixture.js';
import { collectFileFindings, projectOf } from './evaluate.js';
import type { RuleSet } from './load-rules.js';
import { addedLinesByFile, scopeFindings } from './scope.js';
import { applySuppressions } from './suppressions.js';
import type { Rule, RuleFinding } from './types.js';

const finding = (file: string, line: number, extra: Partial<RuleFinding> = {}): RuleFinding => ({
  ruleId: 'pack/rule',
  category: 'security',
  severity: 'error',
  file,
  line,
  endLine: line,
  message: 'm',
  aiAuthored: false,
  fingerprint: '',
  ...extra,
});

describe('scopeFindings', () => {
  const findings = [finding('a.py', 3), finding('a.py', 5, { endLine: 7 }), finding('b.py', 1), finding('.constraint-gate.yml', 2, { scope: 'change' })];
  const added = addedLinesByFile([{ path: 'a.py', addedLines: [3, 6] }]);

  it('keeps in a check the findings on added lines (any line of a multi-line one) and those about the whole change', () => {
    expect(scopeFindings(findings, 'check', added).map((kept) => `${kept.file}:${kept.line}`)).toEqual(['a.py:3', 'a.py:5', '.constraint-gate.yml:2']);
  });

  it('keeps everything in an audit, and hands back plain report findings', () => {
    const all = scopeFindings(findings, 'audit', new Map());
    expect(all).toHaveLength(4);
    expect(all.filter((kept) => 'scope' in kept)).toEqual([]);
  });
});

describe('applySuppressions', () => {
  it('drops findings covered by an ignore of their rule (or its pack) on their line', () => {
    const model = fakeModel({
      'a.py': { suppressions: [{ ruleId: 'pack/rule', line: 3, commentLine: 2, reason: 'r' }, { ruleId: 'other/*', line: 5, commentLine: 5 }] },
    });
    const findings = [finding('a.py', 3), finding('a.py', 4), finding('a.py', 5), finding('a.py', 5, { ruleId: 'other/x' }), finding('b.py', 3)];
    const result = applySuppressions(findings, model);
    expect(result.suppressed).toBe(2);
    expect(result.kept.map((kept) => `${kept.ruleId}@${kept.file}:${kept.line}`)).toEqual(['pack/rule@a.py:4', 'pack/rule@a.py:5', 'pack/rule@b.py:3']);
  });
});

describe('fingerprints and baseline', () => {
  const text = 'import os\nquery(f"{x}")\n\nquery(f"{x}")\n';
  const moved = '# a new first line\nimport os\n\nquery( f"{x}" )\n\nquery(f"{x}")\n';

  it('hash the code, ignore whitespace and line numbers, and count identical occurrences', () => {
    const before = assignFingerprints([finding('a.py', 2), finding('a.py', 4)], () => text);
    expect(before[0]!.fingerprint).not.toBe(before[1]!.fingerprint);
    expect(before[0]!.fingerprint.split(':')[0]).toBe(before[1]!.fingerprint.split(':')[0]);
    const after = assignFingerprints([finding('a.py', 4), finding('a.py', 6)], () => moved);
    expect(after.map((entry) => entry.fingerprint)).toEqual(before.map((entry) => entry.fingerprint));
    const otherRule = assignFingerprints([finding('a.py', 2, { ruleId: 'pack/other' })], () => text);
    expect(otherRule[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
  });

  it('fall back to the message where there is no code, and add it outside code files', () => {
    const [one] = assignFingerprints([finding('.constraint-gate.yml', 1, { message: 'layer `services` missing' })], () => undefined);
    const [two] = assignFingerprints([finding('.constraint-gate.yml', 1, { message: 'layer `models` missing' })], () => undefined);
    expect(one!.fingerprint).not.toBe(two!.fingerprint);
    const config = 'constraints:\n  architecture: clean\n';
    const both = assignFingerprints(
      [finding('.constraint-gate.yml', 2, { message: 'layer `services` missing' }), finding('.constraint-gate.yml', 2, { message: 'layer `models` missing' })],
      () => config,
    );
    const [onlyModels] = assignFingerprints([finding('.constraint-gate.yml', 2, { message: 'layer `models` missing' })], () => config);
    expect(onlyModels!.fingerprint).toBe(both[1]!.fingerprint);
  });

  it('mark known findings as baseline notes, one finding per entry, and leave new ones alone', () => {
    const known = assignFingerprints([finding('a.py', 2)], () => text);
    const baseline = parseBaseline(writeBaseline(known), '.constraint-gate-baseline.json');
    expect(baseline.findings).toEqual([{ ruleId: 'pack/rule', file: 'a.py', fingerprint: known[0]!.fingerprint, line: 2, message: 'm' }]);
    const now = assignFingerprints([finding('a.py', 4), finding('a.py', 6), finding('b.py', 1)], (file) => (file === 'a.py' ? moved : 'x = 1\n'));
    const applied = applyBaseline(now as Finding[], baseline);
    expect(applied.map((entry) => [entry.line, entry.severity, entry.baseline ?? false])).toEqual([
      [4, 'note', true],
      [6, 'error', false],
      [1, 'error', false],
    ]);
  });

  it('reject a file that is not a baseline, as a configuration error', () => {
    expect(() => parseBaseline('{ nope', 'b.json')).toThrow(ConfigurationError);
    expect(() => parseBaseline('{"version": 2, "findings": []}', 'b.json')).toThrow(/does not look like/);
  });
});

describe('per-file findings', () => {
  const project = (root: string, framework: Project['framework'], orm: Project['orm']): Project => ({
    root, framework, language: 'python', orm, database: null, databases: [], candidates: [], evidence: [],
  });
  const rule = (id: string, extra: Partial<Rule>): Rule => ({
    id, title: 't', category: 'data-layer', severity: 'warning', why: 'w', fix: 'f', languages: ['python'], frameworks: [], orms: [],
    message: 'm', paths: { include: [], exclude: [] }, match: { query: '(x) @match' }, params: {}, source: `rules/${id}.yml`, builtin: true, ...extra,
  });

  it('belong to the deepest project and survive only where the rule applies, with the configured severity', () => {
    const projects = [project('.', 'flask', 'sqlalchemy'), project('svc', 'django', 'django')];
    expect(projectOf('svc/app/x.py', projects)!.root).toBe('svc');
    expect(projectOf('app/x.py', projects)!.root).toBe('.');
    const model = fakeModel({
      'app/x.py': { findings: [finding('app/x.py', 1, { ruleId: 'p/sqlalchemy-only' }), finding('app/x.py', 2, { ruleId: 'p/disabled' })] },
      'svc/y.py': { findings: [finding('svc/y.py', 1, { ruleId: 'p/sqlalchemy-only' }), finding('svc/y.py', 2, { ruleId: 'p/any' })] },
    });
    const ruleSet = { rules: [rule('p/sqlalchemy-only', { orms: ['sqlalchemy'] }), rule('p/any', { severity: 'note' })] } as RuleSet;
    expect(collectFileFindings(model, projects, ruleSet).map((kept) => [kept.file, kept.line, kept.severity, kept.project])).toEqual([
      ['app/x.py', 1, 'warning', '.'],
      ['svc/y.py', 2, 'note', 'svc'],
    ]);
  });
});
