import { reportSchema } from '../report/report-schema.js';
import { ruleSchema } from '../rules/rule-schema.js';
import { configSchema } from './schema.js';

/**
 * The JSON Schema files shipped in `schemas/` for editors, by file name. Other schema owners
 * (rules, report) add theirs here; `npm run schemas` writes them and a test keeps them in sync.
 */
export const GENERATED_SCHEMAS: Record<string, unknown> = {
  'config.schema.json': configSchema,
  'report.schema.json': reportSchema,
  'rule.schema.json': ruleSchema,
};

export function serialiseSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
