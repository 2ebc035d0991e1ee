/**
 * The route shape the contract mapping reads. It mirrors `Route` from src/source/routes (composed
 * by `composeRoutes`); kept as a structural type here so the contract code depends only on the
 * fields it needs.
 */
export interface ContractRoute {
  method: string;
  /** Full path with every known prefix applied, in the framework's own template syntax. */
  path: string;
  /** True when part of the path could not be resolved statically (an unresolved prefix). */
  partial: boolean;
  framework: string;
  file: string;
  line: number;
  handler?: { file: string; line: number; name?: string };
}
