import { Ajv } from 'ajv';
import type { Report } from '../core/types.js';
import { ConfigurationError } from '../core/errors.js';
import { reportSchema } from '../report/report-schema.js';

/** Reports larger than this are refused before parsing. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile<Report>(reportSchema);

/**
 * `@name` and `#123` in untrusted text would ping people and link issues once posted in a comment:
 * a word joiner after the sign keeps the text readable and inert.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/([@#])(?=[A-Za-z0-9_])/g, '$1\u2060');
}

function neutraliseReport(report: Report): Report {
  return {
    ...report,
    gate: { ...report.gate, reasons: report.gate.reasons.map(neutraliseMentions) },
    findings: report.findings.map((finding) => ({ ...finding, message: neutraliseMentions(finding.message) })),
    rules: report.rules.map((rule) => ({
      ...rule,
      title: neutraliseMentions(rule.title),
      why: neutraliseMentions(rule.why),
      fix: neutraliseMentions(rule.fix),
    })),
    contract: { ...report.contract, ...(report.contract.reason ? { reason: neutraliseMentions(report.contract.reason) } : {}) },
  };
}

/**
 * Reads a report written by an unprivileged run (a fork's PR) as untrusted data: it must match
 * the report schema (paths confined to the repository, bounded sizes), and its free text is made
 * inert. The markdown renderers escape it again when they put it in tables.
 */
export function parseUntrustedReport(text: string, source: string): Report {
  if (Buffer.byteLength(text) > MAX_REPORT_BYTES) {
    throw new ConfigurationError(`The report ${source} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The report ${source} is not valid JSON: ${(error as Error).message}`, {
      hint: 'Publish the file the check run wrote (its `report` output), uploaded with actions/upload-artifact.',
    });
  }
  if (!validate(value)) {
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
      .join('; ');
    throw new ConfigurationError(`The report ${source} does not match the report schema: ${problems}.`, {
      hint: 'It must be the JSON report of the same constraint-gate version; nothing was posted.',
    });
  }
  return neutraliseReport(value);
}
