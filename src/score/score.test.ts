import { describe, expect, it } from 'vitest';
import type { ContractReport, Finding } from '../core/types.js';
import { computeScore } from './score.js';
import { evaluateGate } from './gate.js';

const skipped: ContractReport = {
  status: 'skipped',
  assertions: { passed: 0, failed: 0, total: 0 },
  passRate: null,
  operations: { total: 0, covered: 0, missing: 0 },
  perOperation: [],
};

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'x/y',
  category: 'data-layer',
  severity: 'error',
  file: 'a.py',
  line: 1,
  endLine: 1,
  message: 'm',
  aiAuthored: false,
  fingerprint: 'f',
  ...overrides,
});

describe('computeScore', () => {
  it('gives 100 to a clean change of any size', () => {
    expect(computeScore({ findings: [], changedLines: 10, contract: skipped }).score).toBe(100);
    expect(computeScore({ findings: [], changedLines: 100_000, contract: skipped }).score).toBe(100);
  });

  it('punishes one error in a small change more than one note in a large change', () => {
    const error = computeScore({ findings: [finding({})], changedLines: 20, contract: skipped });
    const note = computeScore({ findings: [finding({ severity: 'note' })], changedLines: 5000, contract: skipped });
    expect(error.score).toBeLessThan(note.score);
    expect(error.score).toBe(67);
    expect(note.score).toBe(100);
  });

  it('costs the same error less in a larger change, but never nothing', () => {
    const small = computeScore({ findings: [finding({})], changedLines: 50, contract: skipped }).structural;
    const large = computeScore({ findings: [finding({})], changedLines: 5000, contract: skipped }).structural;
    expect(large).toBeGreaterThan(small);
    expect(large).toBeLessThan(100);
  });

  it('ignores baseline findings', () => {
    expect(computeScore({ findings: [finding({ baseline: true })], changedLines: 10, contract: skipped }).score).toBe(100);
  });

  it('averages with the contract pass rate and zeroes the enforced rate on a verifier failure', () => {
    const contract: ContractReport = { ...skipped, status: 'failed', passRate: 80, assertions: { passed: 8, failed: 2, total: 10 } };
    const clean = computeScore({ findings: [], changedLines: 10, contract });
    expect(clean.score).toBe(90);
    expect(clean.enforcedPassRate).toBe(80);
    const broken = computeScore({ findings: [finding({ category: 'architecture' })], changedLines: 10, contract });
    expect(broken.enforcedPassRate).toBe(0);
    expect(broken.contract).toBe(80);
  });

  it('is deterministic', () => {
    const input = { findings: [finding({}), finding({ severity: 'warning' })], changedLines: 321, contract: skipped };
    expect(computeScore(input)).toEqual(computeScore(input));
  });
});

describe('evaluateGate', () => {
  const failOn = [{ category: 'data-layer' as const, severity: 'error' as const }];

  it('fails on a matching finding and says why in one line', () => {
    const verdict = evaluateGate({ findings: [finding({})], score: 67, failOn, minScore: 0 });
    expect(verdict).toEqual({ passed: false, reasons: ['1 error finding in data-layer (fail-on: data-layer:error)'] });
  });

  it('passes on warnings when only errors fail, and on baseline findings', () => {
    expect(evaluateGate({ findings: [finding({ severity: 'warning' })], score: 90, failOn, minScore: 0 }).passed).toBe(true);
    expect(evaluateGate({ findings: [finding({ baseline: true })], score: 90, failOn, minScore: 0 }).passed).toBe(true);
  });

  it('treats a severity threshold as "at least"', () => {
    const verdict = evaluateGate({ findings: [finding({ category: 'security' })], score: 90, failOn: [{ severity: 'warning' }], minScore: 0 });
    expect(verdict.passed).toBe(false);
  });

  it('fails below min-score', () => {
    expect(evaluateGate({ findings: [], score: 70, failOn, minScore: 80 }).reasons).toEqual(['score 70 is below min-score 80']);
  });
});
