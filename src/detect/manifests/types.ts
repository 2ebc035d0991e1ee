import type { Ecosystem } from '../catalog.js';

/** One dependency a manifest declares. */
export interface DeclaredDependency {
  ecosystem: Ecosystem;
  /** Normalised name: PEP 503 for Python distributions, the package name for npm. */
  name: string;
  /** `runtime` for what the app needs to run; `dev` for test, lint and build-only groups. */
  scope: 'runtime' | 'dev';
  /** The version range as written (`^4.19.2`), where the manifest gives one (package.json). */
  version?: string;
  file: string;
  line: number;
}

/** A command or module a manifest says starts the app (`scripts.start`, `[project.scripts]`, `main`). */
export interface DeclaredEntry {
  file: string;
  line: number;
  /** The command line or module reference as written. */
  command: string;
}

export interface Manifest {
  file: string;
  kind: 'requirements' | 'pyproject' | 'setup-cfg' | 'setup-py' | 'pipfile' | 'package-json';
  dependencies: DeclaredDependency[];
  entries: DeclaredEntry[];
  /** package.json only: the `name` field. */
  packageName?: string;
  /** package.json only: a workspace root (`workspaces` field). */
  workspaces?: boolean;
  /** Problems a user can fix (unparsable JSON...), reported as warnings, never thrown. */
  problems: string[];
}

/** Group names that hold tooling rather than what the app runs with. */
export function isDevGroupName(name: string): boolean {
  return /(^|[-_.])(dev|develop|development|test|tests|testing|lint|docs?|typing|types|ci|qa)($|[-_.])/i.test(name);
}
