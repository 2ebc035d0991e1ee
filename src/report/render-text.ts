import type { Finding, Project, Report } from '../core/types.js';
import { byLocation } from './order.js';

function describeProject(project: Project): string {
  const parts = [
    project.framework,
    project.language === 'unknown' ? undefined : project.language,
    project.orm ? `orm ${project.orm}` : undefined,
    project.database ? `database ${project.databases.length > 1 ? project.databases.map((use) => use.engine + (use.isDefault ? '*' : '')).join('/') : project.database}` : undefined,
  ].filter(Boolean);
  return `${project.root}: ${parts.join(', ')}`;
}

function describeFinding(finding: Finding): string {
  const where = `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
  const tags = [finding.category, finding.baseline ? 'known' : undefined, finding.aiAuthored ? 'ai' : undefined].filter(Boolean).join(', ');
  return `${where}  ${finding.severity}  ${finding.message}  [${finding.ruleId}] (${tags})`;
}

/** Plain text for terminals and logs. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  lines.push(`constraint-gate ${report.tool.version} — ${report.mode}`);
  if (report.change) {
    lines.push(`change ${report.change.base.slice(0, 12)}..${report.change.head.slice(0, 12)}: ${report.change.files} files, ${report.change.addedLines} added or modified lines`);
  }
  lines.push('');
  lines.push(report.projects.length === 0 ? 'No backend project found.' : 'Projects:');
  for (const project of report.projects) lines.push(`  ${describeProject(project)}`);
  lines.push('');
  if (report.findings.length === 0) lines.push('No findings.');
  else {
    lines.push('Findings:');
    for (const finding of [...report.findings].sort(byLocation)) lines.push(`  ${describeFinding(finding)}`);
  }
  if (report.contract.status !== 'skipped') {
    const rate = report.contract.passRate === null ? 'n/a' : `${report.contract.passRate}%`;
    lines.push('');
    lines.push(`Contract: ${report.contract.status}, A% ${rate} (${report.contract.assertions.passed}/${report.contract.assertions.total} assertions), ${report.contract.operations.covered}/${report.contract.operations.total} operations covered`);
  }
  const { errors, warnings, notes, known } = report.summary;
  lines.push('');
  lines.push(`${errors} errors, ${warnings} warnings, ${notes} notes${known ? `, ${known} known (baseline)` : ''}. Score ${report.score}/100.`);
  lines.push(report.passed ? 'Gate passed.' : `Gate failed: ${report.gate.reasons.join('; ')}.`);
  return `${lines.join('\n')}\n`;
}
