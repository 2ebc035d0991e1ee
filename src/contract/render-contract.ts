/** The `contract` command's text output: one line per operation, then the findings. Pure. */
import type { ContractReport, Finding } from '../core/types.js';

export function renderContractText(report: ContractReport, findings: readonly Finding[]): string {
  const lines: string[] = [];
  const rate = report.passRate === null ? 'n/a' : `${report.passRate}%`;
  lines.push(`Contract: ${report.status}${report.reason ? ` (${report.reason})` : ''}`);
  lines.push(`  A% ${rate}: ${report.assertions.passed} of ${report.assertions.total} assertions passed`);
  lines.push(`  operations: ${report.operations.total} declared, ${report.operations.covered} covered, ${report.operations.missing} missing`);
  if (report.durationMs !== undefined) lines.push(`  took ${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.perOperation.length > 0) {
    lines.push('');
    const width = Math.max(...report.perOperation.map((result) => `${result.method} ${result.path}`.length));
    for (const result of report.perOperation) {
      const mark = result.requests === 0 ? '-' : result.assertions.failed > 0 ? '✗' : '✓';
      const label = `${result.method} ${result.path}`.padEnd(width);
      const schema = result.schemaViolations > 0 ? `, ${result.schemaViolations} schema violation(s)` : '';
      lines.push(`  ${mark} ${label}  ${result.requests} req, ${result.assertions.passed} passed, ${result.assertions.failed} failed${schema}`);
      if (result.firstFailure) {
        lines.push(`      ${result.firstFailure.request}`);
        lines.push(`      expected: ${result.firstFailure.expected}`);
        lines.push(`      actual:   ${result.firstFailure.actual}`);
        for (const line of result.firstFailure.log ?? []) lines.push(`      | ${line}`);
      }
    }
  }
  if (findings.length > 0) {
    lines.push('');
    for (const finding of findings) {
      const [first, ...rest] = finding.message.split('\n');
      lines.push(`${finding.file}:${finding.line}: ${finding.severity} ${finding.ruleId}: ${first}`);
      for (const line of rest) lines.push(`    ${line}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
