/**
 * The one report object every part of a run contributes to and every renderer reads.
 * Its JSON form is public (see README "Report format"): change it only by adding fields.
 */

export const CATEGORIES = ['architecture', 'database', 'orm', 'data-layer', 'framework', 'contract', 'security'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FRAMEWORKS = ['flask', 'fastapi', 'django', 'aiohttp', 'express', 'fastify', 'hono', 'koa'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const ORMS = [
  'sqlalchemy', 'sqlmodel', 'django', 'tortoise', 'peewee',
  'sequelize', 'prisma', 'typeorm', 'drizzle', 'knex', 'kysely', 'mikro-orm', 'mongoose',
  'raw-driver', 'none',
] as const;
export type Orm = (typeof ORMS)[number];

export const DATABASES = ['sqlite', 'postgres', 'mysql', 'mongodb'] as const;
export type DatabaseEngine = (typeof DATABASES)[number];

export type Language = 'python' | 'javascript' | 'typescript';

/** Why a project was classified the way it was: one fact with where it was seen. */
export interface Evidence {
  kind: 'manifest' | 'import' | 'entry-point' | 'config' | 'connection-url' | 'driver' | 'schema' | 'layout';
  /** What the fact points at, e.g. `fastapi` or `postgres`. */
  subject: string;
  file: string;
  line?: number;
  detail: string;
  /** Manifest evidence of a framework's own package: the version range it declares, as written (`^4.19.2`). */
  version?: string;
}

export interface DatabaseUse {
  engine: DatabaseEngine;
  /** The engine the app uses when nothing overrides it (the default of an env lookup, the settings value). */
  isDefault: boolean;
}

export interface Project {
  /** Repository-relative directory with `/` separators; `.` for the repository root. */
  root: string;
  /** `unknown` when no backend framework was found, `mixed` when several compete with no clear winner. */
  framework: Framework | 'unknown' | 'mixed';
  language: Language | 'unknown';
  /** The data layer in use; `null` when none was seen. */
  orm: Orm | null;
  /** The default database engine; `null` when none was seen. */
  database: DatabaseEngine | null;
  databases: DatabaseUse[];
  /** Other frameworks seen with weaker evidence, so a reader can tell why `mixed` or a verdict was reached. */
  candidates: { framework: Framework; score: number }[];
  evidence: Evidence[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Repository-relative path with `/` separators. */
  file: string;
  line: number;
  endLine: number;
  column?: number;
  endColumn?: number;
  message: string;
  /** True when the finding lands on a line an AI-authored commit wrote (in `audit`, false unless attribution ran). */
  aiAuthored: boolean;
  /** Stable across unrelated edits: rule id + whitespace-insensitive hash of the code at the location. */
  fingerprint: string;
  /** Root of the project the finding belongs to, when it belongs to one. */
  project?: string;
  /** Present when the finding matched the baseline: it is reported but does not fail the gate. */
  baseline?: boolean;
}

/** What a renderer needs to describe a rule (SARIF help, the markdown table, `rules <id>`). */
export interface RuleDescriptor {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  why: string;
  fix: string;
}

export type ContractStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface OperationResult {
  method: string;
  path: string;
  requests: number;
  assertions: { passed: number; failed: number };
  schemaViolations: number;
  firstFailure?: { request: string; expected: string; actual: string; log?: string[] };
  handler?: { file: string; line: number };
}

export interface ContractReport {
  status: ContractStatus;
  /** One sentence on why the status is what it is (e.g. why the run was skipped). */
  reason?: string;
  assertions: { passed: number; failed: number; total: number };
  /** Assertion pass rate 0-100 (A%); null when nothing ran. */
  passRate: number | null;
  operations: { total: number; covered: number; missing: number };
  perOperation: OperationResult[];
  durationMs?: number;
}

export interface ScoreBreakdown {
  /** 0-100, the constraint-compliance score. */
  score: number;
  structural: number;
  /** Contract A% when contract tests ran. */
  contract: number | null;
  /** The study's figure: A% zeroed when any declared-constraint verifier failed; null when nothing ran. */
  enforcedPassRate: number | null;
  changedLines: number;
  penalty: number;
}

export interface ChangeSummary {
  base: string;
  head: string;
  files: number;
  addedLines: number;
  aiAuthoredLines: number;
}

export interface GateVerdict {
  passed: boolean;
  /** One line per reason the gate failed; empty when it passed. */
  reasons: string[];
}

export interface Report {
  /** Version of the report format, not of the tool. */
  version: '1';
  tool: { name: 'constraint-gate'; version: string };
  mode: 'check' | 'audit';
  score: number;
  passed: boolean;
  gate: GateVerdict;
  scoreDetails: ScoreBreakdown;
  change?: ChangeSummary;
  projects: Project[];
  findings: Finding[];
  contract: ContractReport;
  rules: RuleDescriptor[];
  summary: {
    errors: number;
    warnings: number;
    notes: number;
    known: number;
    byCategory: Record<Category, number>;
  };
}
