import type { Finding } from '../core/types.js';
import type { FileFacts } from './facts.js';

/** One import statement, resolved where it points into the repository. */
export interface ImportEdge {
  from: string;
  /** Repository file the import resolves to; undefined for packages and unresolvable specifiers. */
  to?: string;
  specifier: string;
  line: number;
  names: string[];
  locals: string[];
  typeOnly: boolean;
  /** Top-level package name when the import names an installed package (`sqlalchemy`, `@prisma/client`). */
  package?: string;
}

export interface ImportGraph {
  edgesFrom(file: string): readonly ImportEdge[];
  edgesTo(file: string): readonly ImportEdge[];
  /** Resolves a specifier as written in `file` (Python dotted/relative or JS/TS path/alias). */
  resolve(file: string, specifier: string, level?: number): string | undefined;
}

export interface SourceModelStats {
  files: number;
  parsed: number;
  fromCache: number;
  skipped: number;
  lines: number;
  durationMs: number;
  /** Where the time went: reading, hashing and cache look-ups; parsing; building the import graph. */
  phases?: { readMs: number; parseMs: number; graphMs: number };
}

/** Everything the verifiers and the contract mapping know about the code of one run. */
export interface SourceModel {
  files: ReadonlyMap<string, FileFacts>;
  graph: ImportGraph;
  /** `note` findings about files that were skipped or only partly parsed. */
  notes: Finding[];
  stats: SourceModelStats;
}
