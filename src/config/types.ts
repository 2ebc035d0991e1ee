import type { Category, DatabaseEngine, Framework, Orm, Severity } from '../core/types.js';

export interface LayerDefinition {
  paths: string[];
  mayImport: string[];
}

/** `null` architecture means no architecture is declared. */
export interface Constraints {
  architecture: { preset: 'clean' | 'custom'; layers: Record<string, LayerDefinition> } | null;
  database: DatabaseEngine | null;
  orm: Exclude<Orm, 'raw-driver'> | null;
}

export interface ContractConfig {
  openapi?: string;
  collections: string[];
  start?: string;
  cwd?: string;
  env: Record<string, string>;
  baseUrl?: string;
  health?: string;
  globals: Record<string, string>;
  timeouts: { startMs: number; requestMs: number; totalMs: number };
}

export interface ProjectOverride {
  root: string;
  framework?: Framework;
  constraints?: Constraints;
  /** `false` when the project turns the contract off. */
  contract?: ContractConfig | false;
  paths?: { include: string[]; exclude: string[] };
}

export interface FailOnCondition {
  category?: Category;
  severity: Severity;
}

export interface Config {
  /** Where the config came from, for messages; undefined for the embedded defaults. */
  file?: string;
  constraints: Constraints;
  projects: ProjectOverride[];
  paths: { include: string[]; exclude: string[] };
  rules: { disable: string[]; severity: Record<string, Severity>; paths: string[] };
  baseline?: string;
  contract: ContractConfig | false | undefined;
  ai: { authors: string[]; trailers: string[]; labels: string[]; branches: string[] };
  scope: 'ai-authored' | 'changed' | 'all';
  gate: { failOn: FailOnCondition[]; minScore: number };
  cache?: string;
  /** Position of a key path in the config file, so later checks (unknown rule ids...) can point at it. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}
