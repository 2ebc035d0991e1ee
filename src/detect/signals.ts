import type { DatabaseEngine, Evidence, Framework, Orm } from '../core/types.js';

/** One piece of framework evidence with the weight it adds to that framework's score. */
export interface FrameworkSignal {
  framework: Framework;
  /** Imports and entry points are what the code does; a manifest only says what is installed. */
  source: 'code' | 'manifest';
  weight: number;
  /** Manifest signals only: a runtime dependency on the framework itself (not an extension, not dev). */
  listsFramework?: boolean;
  evidence: Evidence;
}

export interface OrmSignal {
  orm: Orm;
  source: 'code' | 'manifest';
  /** The importing file for code signals, so a file counts once per ORM. */
  file: string;
  evidence: Evidence;
}

/**
 * How strongly a signal says which engine the app runs on when nothing overrides it:
 * 1 a literal connection URL, settings value, dialect or Prisma datasource; 2 the fallback of an
 * environment lookup; 3 a driver the code imports; 4 a driver the manifest lists.
 */
export type DatabaseTier = 1 | 2 | 3 | 4;

export interface DatabaseSignal {
  engine: DatabaseEngine;
  tier: DatabaseTier;
  evidence: Evidence;
}

/** Weights: an import in the project's own code outweighs any number of manifest lines. */
export const WEIGHTS = {
  importCore: 10,
  importExtension: 3,
  entryPoint: 15,
  manifestCore: 2,
  manifestExtension: 1,
  manifestDev: 0.5,
} as const;

/** A verdict needs the leader's code evidence to be at least this many times the runner-up's. */
export const DOMINANCE = 2;
