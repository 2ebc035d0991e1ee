import type { Config, Constraints } from '../config/types.js';
import type { Finding, Project, RuleDescriptor } from '../core/types.js';
import type { GrammarName } from '../source/grammars.js';
import type { SourceModel } from '../source/model.js';
import type { RuleFile } from './rule-schema.js';

/** A loaded rule: the validated file plus where it came from and the effective severity. */
export interface Rule extends RuleDescriptor {
  languages: RuleFile['languages'];
  frameworks: NonNullable<RuleFile['frameworks']>;
  orms: NonNullable<RuleFile['orms']>;
  message: string;
  paths: { include: string[]; exclude: string[] };
  match?: NonNullable<RuleFile['match']>;
  check?: string;
  params: Record<string, unknown>;
  /** Display path of the rule file (`rules/sqlalchemy/x.yml` or the repository path of a custom rule). */
  source: string;
  builtin: boolean;
}

/**
 * The per-file rules as plain data, sent to the parse workers (structured clone) and hashed
 * into the parse cache key. Queries are compiled in the worker, once per grammar.
 */
export interface FileRulePayload {
  version: 1;
  rules: PayloadRule[];
  /** Globs (relative to some project root) of the files whose data-access calls a check needs; empty: none. */
  dataAccessPaths: string[];
  /** Names of the semantic checks some loaded rule uses: the worker gathers facts for these only. */
  checks: string[];
}

export interface PayloadRule {
  id: string;
  category: Rule['category'];
  severity: Rule['severity'];
  message: string;
  grammars: GrammarName[];
  include: string[];
  exclude: string[];
  match: NonNullable<Rule['match']>;
}

/** A finding in the rule engine before scoping: `scope: 'change'` marks findings about the change as a whole. */
export type RuleFinding = Finding & { scope?: 'change' };

/** What a semantic check receives besides the model and its project. */
export interface CheckContext {
  rule: Rule;
  config: Config;
  /** The project's effective constraints (its override, else the global ones). */
  constraints: Constraints;
  /** Every project of the run, so a check can tell which files belong to another (nested) project. */
  projects: readonly Project[];
  /** Repository-relative files of this project (nested projects excluded), sorted. */
  files: readonly string[];
  /**
   * False for a file where no finding of the run would be kept (in a `check` scoped to the change,
   * every file the change did not touch): a check may skip the work of reporting there. Findings
   * about the change as a whole (`scope: 'change'`) are kept wherever they point.
   */
  mayReport(file: string): boolean;
  /** Builds a finding of this rule with the usual defaults. */
  finding(at: { file: string; line: number; endLine?: number; message: string; scope?: 'change' }): RuleFinding;
}

export interface SemanticCheck {
  name: string;
  /** Keys `params` may carry; anything else is a load-time problem. */
  params?: readonly string[];
  run(model: SourceModel, project: Project, params: Record<string, unknown>, context: CheckContext): RuleFinding[];
}

/** A non-fatal problem met while loading rules: a broken file is reported and the rest still load. */
export interface RuleProblem {
  message: string;
  file: string;
  line?: number;
  column?: number;
  hint?: string;
}
