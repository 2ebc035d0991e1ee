import { CATEGORIES, DATABASES, FRAMEWORKS, ORMS, SEVERITIES } from '../core/types.js';

/**
 * JSON Schema of the JSON report (src/core/types.ts `Report`). `mode: publish` validates the
 * report artifact of an unprivileged run against it before posting anything, so it is strict
 * where text reaches GitHub: paths stay inside the repository, rule ids are plain, sizes bounded.
 * `schemas/report.schema.json` is generated from it (`npm run schemas`).
 */

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const count = { type: 'integer', minimum: 0 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const sha = { type: 'string', pattern: '^[0-9a-f]{7,64}$' } as const;

/** Repository-relative, `/`-separated, no `..` segment, not absolute, no control characters. */
export const REPOSITORY_PATH_PATTERN = '^(?![/\\\\])(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\u0000-\\u001f\\\\]+$';
const repositoryPath = { type: 'string', minLength: 1, maxLength: 1024, pattern: REPOSITORY_PATH_PATTERN } as const;
const ruleId = { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9][A-Za-z0-9._/@:-]*$' } as const;
const line = { type: 'integer', minimum: 1 } as const;

const finding = {
  type: 'object',
  required: ['ruleId', 'category', 'severity', 'file', 'line', 'endLine', 'message', 'aiAuthored', 'fingerprint'],
  properties: {
    ruleId,
    category: { enum: CATEGORIES },
    severity: { enum: SEVERITIES },
    file: repositoryPath,
    line,
    endLine: line,
    column: line,
    endColumn: line,
    message: text(4000),
    aiAuthored: { type: 'boolean' },
    fingerprint: { type: 'string', minLength: 1, maxLength: 200 },
    project: { type: 'string', maxLength: 1024, anyOf: [{ const: '.' }, { pattern: REPOSITORY_PATH_PATTERN }] },
    baseline: { type: 'boolean' },
  },
} as const;

const evidence = {
  type: 'object',
  required: ['kind', 'subject', 'file', 'detail'],
  properties: {
    kind: { enum: ['manifest', 'import', 'entry-point', 'config', 'connection-url', 'driver', 'schema', 'layout'] },
    subject: text(500),
    file: { type: 'string', maxLength: 1024 },
    line,
    detail: text(2000),
    version: text(200),
  },
} as const;

const project = {
  type: 'object',
  required: ['root', 'framework', 'language', 'orm', 'database'],
  properties: {
    root: { type: 'string', maxLength: 1024, anyOf: [{ const: '.' }, { pattern: REPOSITORY_PATH_PATTERN }] },
    framework: { enum: [...FRAMEWORKS, 'unknown', 'mixed'] },
    language: { enum: ['python', 'javascript', 'typescript', 'unknown'] },
    orm: { enum: [...ORMS, null] },
    database: { enum: [...DATABASES, null] },
    databases: {
      type: 'array',
      maxItems: 20,
      items: { type: 'object', required: ['engine', 'isDefault'], properties: { engine: { enum: DATABASES }, isDefault: { type: 'boolean' } } },
    },
    candidates: {
      type: 'array',
      maxItems: 20,
      items: { type: 'object', required: ['framework', 'score'], properties: { framework: { enum: FRAMEWORKS }, score: { type: 'number' } } },
    },
    evidence: { type: 'array', maxItems: 1000, items: evidence },
  },
} as const;

const assertions = {
  type: 'object',
  required: ['passed', 'failed'],
  properties: { passed: count, failed: count, total: count },
} as const;

const contract = {
  type: 'object',
  required: ['status', 'assertions', 'passRate', 'operations', 'perOperation'],
  properties: {
    status: { enum: ['passed', 'failed', 'error', 'skipped'] },
    reason: text(2000),
    assertions,
    passRate: { anyOf: [percent, { type: 'null' }] },
    operations: { type: 'object', required: ['total', 'covered', 'missing'], properties: { total: count, covered: count, missing: count } },
    perOperation: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['method', 'path', 'requests', 'assertions', 'schemaViolations'],
        properties: {
          method: text(20),
          path: text(2000),
          requests: count,
          assertions,
          schemaViolations: count,
          firstFailure: {
            type: 'object',
            properties: { request: text(4000), expected: text(4000), actual: text(4000), log: { type: 'array', maxItems: 200, items: text(4000) } },
          },
          handler: { type: 'object', required: ['file', 'line'], properties: { file: repositoryPath, line } },
        },
      },
    },
    durationMs: { type: 'number', minimum: 0 },
  },
} as const;

const rule = {
  type: 'object',
  required: ['id', 'title', 'category', 'severity', 'why', 'fix'],
  properties: {
    id: ruleId,
    title: text(500),
    category: { enum: CATEGORIES },
    severity: { enum: SEVERITIES },
    why: text(8000),
    fix: text(8000),
  },
} as const;

export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/constraint-gate/constraint-gate/schemas/report.schema.json',
  title: 'constraint-gate report',
  description: 'The JSON report of one constraint-gate run (`--format json`, the action\'s `report` output).',
  type: 'object',
  required: ['version', 'tool', 'mode', 'score', 'passed', 'gate', 'scoreDetails', 'projects', 'findings', 'contract', 'rules', 'summary'],
  properties: {
    version: { const: '1' },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { const: 'constraint-gate' }, version: text(100) },
    },
    mode: { enum: ['check', 'audit'] },
    score: percent,
    passed: { type: 'boolean' },
    gate: {
      type: 'object',
      required: ['passed', 'reasons'],
      properties: { passed: { type: 'boolean' }, reasons: { type: 'array', maxItems: 100, items: text(1000) } },
    },
    scoreDetails: {
      type: 'object',
      required: ['score', 'structural', 'contract', 'enforcedPassRate', 'changedLines', 'penalty'],
      properties: {
        score: percent,
        structural: percent,
        contract: { anyOf: [percent, { type: 'null' }] },
        enforcedPassRate: { anyOf: [percent, { type: 'null' }] },
        changedLines: count,
        penalty: { type: 'number', minimum: 0 },
      },
    },
    change: {
      type: 'object',
      required: ['base', 'head', 'files', 'addedLines', 'aiAuthoredLines'],
      properties: { base: sha, head: sha, files: count, addedLines: count, aiAuthoredLines: count },
    },
    projects: { type: 'array', maxItems: 200, items: project },
    findings: { type: 'array', maxItems: 100_000, items: finding },
    contract,
    rules: { type: 'array', maxItems: 5000, items: rule },
    summary: {
      type: 'object',
      required: ['errors', 'warnings', 'notes', 'known', 'byCategory'],
      properties: {
        errors: count,
        warnings: count,
        notes: count,
        known: count,
        byCategory: {
          type: 'object',
          required: [...CATEGORIES],
          additionalProperties: false,
          properties: Object.fromEntries(CATEGORIES.map((category) => [category, count])),
        },
      },
    },
  },
} as const;
