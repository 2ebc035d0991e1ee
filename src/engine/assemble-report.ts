import type { Config } from '../config/types.js';
import type { ChangeSet } from '../core/change.js';
import { countAddedLines } from '../core/change.js';
import { CATEGORIES, type Category, type ContractReport, type Finding, type Project, type Report, type RuleDescriptor } from '../core/types.js';
import { TOOL_VERSION } from '../core/version.js';
import { byLocation } from '../report/order.js';
import { evaluateGate } from '../score/gate.js';
import { computeScore } from '../score/score.js';

export const SKIPPED_CONTRACT: ContractReport = {
  status: 'skipped',
  reason: 'no contract configured',
  assertions: { passed: 0, failed: 0, total: 0 },
  passRate: null,
  operations: { total: 0, covered: 0, missing: 0 },
  perOperation: [],
};

export interface ReportParts {
  mode: Report['mode'];
  config: Config;
  projects: Project[];
  findings: Finding[];
  contract?: ContractReport;
  rules: RuleDescriptor[];
  change?: ChangeSet;
  /** Lines analysed, used as the size of an audit for the score. */
  analysedLines: number;
}

/** Puts the parts of a run together: summary, score and gate verdict are derived here and only here. */
export function assembleReport(parts: ReportParts): Report {
  const findings = [...parts.findings].sort(byLocation);
  const contract = parts.contract ?? SKIPPED_CONTRACT;
  const changedLines = parts.change ? countAddedLines(parts.change) : parts.analysedLines;
  const scoreDetails = computeScore({ findings, changedLines, contract });
  const gate = evaluateGate({
    findings,
    score: scoreDetails.score,
    failOn: parts.config.gate.failOn,
    minScore: parts.config.gate.minScore,
  });
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let known = 0;
  for (const finding of findings) {
    if (finding.baseline) {
      known++;
      continue;
    }
    byCategory[finding.category]++;
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else notes++;
  }
  const usedRules = new Set(findings.map((finding) => finding.ruleId));
  const report: Report = {
    version: '1',
    tool: { name: 'constraint-gate', version: TOOL_VERSION },
    mode: parts.mode,
    score: scoreDetails.score,
    passed: gate.passed,
    gate,
    scoreDetails,
    projects: parts.projects,
    findings,
    contract,
    rules: parts.rules.filter((rule) => usedRules.has(rule.id)).sort((a, b) => a.id.localeCompare(b.id)),
    summary: { errors, warnings, notes, known, byCategory },
  };
  if (parts.change) {
    report.change = {
      base: parts.change.base,
      head: parts.change.head,
      files: parts.change.files.length,
      addedLines: changedLines,
      aiAuthoredLines: parts.change.files.reduce((sum, file) => sum + (file.aiAuthoredLines?.length ?? 0), 0),
    };
  }
  return report;
}
