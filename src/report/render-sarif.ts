import type { Finding, Report, RuleDescriptor, Severity } from '../core/types.js';
import { byImportance } from './order.js';

/** GitHub code scanning accepts at most this many results per run. */
export const SARIF_RESULT_LIMIT = 5000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', note: '2.0' };

function ruleDescriptors(report: Report): RuleDescriptor[] {
  const known = new Map(report.rules.map((rule) => [rule.id, rule]));
  for (const finding of report.findings) {
    if (!known.has(finding.ruleId)) {
      known.set(finding.ruleId, {
        id: finding.ruleId,
        title: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        why: '',
        fix: '',
      });
    }
  }
  return [...known.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function sarifRule(rule: RuleDescriptor) {
  const markdown = [rule.why && `**Why:** ${rule.why}`, rule.fix && `**Fix:** ${rule.fix}`].filter(Boolean).join('\n\n');
  return {
    id: rule.id,
    name: rule.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ? next.toUpperCase() : '')),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why || rule.title },
    help: { text: [rule.why, rule.fix].filter(Boolean).join('\n\n') || rule.title, markdown: markdown || rule.title },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [rule.category, ...(rule.category === 'security' ? ['security'] : [])],
      ...(rule.category === 'security' ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
    },
  };
}

function sarifResult(finding: Finding, ruleIndex: number) {
  const region: Record<string, number> = { startLine: finding.line, endLine: Math.max(finding.endLine, finding.line) };
  if (finding.column) region.startColumn = finding.column;
  if (finding.endColumn) region.endColumn = finding.endColumn;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { 'constraintGate/v1': finding.fingerprint },
    ...(finding.baseline ? { baselineState: 'unchanged' } : {}),
    properties: { category: finding.category, aiAuthored: finding.aiAuthored, ...(finding.project ? { project: finding.project } : {}) },
  };
}

/** SARIF 2.1.0: one run, rules with help text, results with partialFingerprints for code scanning. */
export function renderSarif(report: Report): string {
  const rules = ruleDescriptors(report);
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const findings = [...report.findings].sort(byImportance).slice(0, SARIF_RESULT_LIMIT);
  const omitted = report.findings.length - findings.length;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'constraint-gate',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/constraint-gate/constraint-gate',
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: `constraint-gate/${report.mode}/` },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => sarifResult(finding, index.get(finding.ruleId)!)),
        properties: {
          score: report.score,
          passed: report.passed,
          ...(omitted > 0 ? { omittedResults: omitted, note: `${omitted} more findings: see the JSON report.` } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
