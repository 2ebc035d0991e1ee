import type { ContractReport, ContractStatus } from '../core/types.js';
import { SKIPPED_CONTRACT } from './assemble-report.js';

const STATUS_ORDER: ContractStatus[] = ['skipped', 'passed', 'failed', 'error'];

/** One contract report for the run from one per project: counts add up, the worst status wins. */
export function mergeContractReports(reports: readonly ContractReport[]): ContractReport {
  if (reports.length === 0) return SKIPPED_CONTRACT;
  if (reports.length === 1) return reports[0]!;
  const status = reports.reduce<ContractStatus>(
    (worst, report) => (STATUS_ORDER.indexOf(report.status) > STATUS_ORDER.indexOf(worst) ? report.status : worst),
    'skipped',
  );
  const assertions = { passed: 0, failed: 0, total: 0 };
  const operations = { total: 0, covered: 0, missing: 0 };
  let ran = false;
  let durationMs = 0;
  for (const report of reports) {
    assertions.passed += report.assertions.passed;
    assertions.failed += report.assertions.failed;
    assertions.total += report.assertions.total;
    operations.total += report.operations.total;
    operations.covered += report.operations.covered;
    operations.missing += report.operations.missing;
    ran ||= report.passRate !== null;
    durationMs += report.durationMs ?? 0;
  }
  const merged: ContractReport = {
    status,
    assertions,
    passRate: !ran ? null : assertions.total === 0 ? 0 : Math.round((1000 * assertions.passed) / assertions.total) / 10,
    operations,
    perOperation: reports.flatMap((report) => report.perOperation),
  };
  const reasons = reports.map((report) => report.reason).filter(Boolean);
  if (reasons.length) merged.reason = [...new Set(reasons)].join('; ');
  if (durationMs) merged.durationMs = durationMs;
  return merged;
}
