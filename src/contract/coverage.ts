/**
 * Static coverage: every OpenAPI operation matched to a route the source model found, with
 * nothing running. Runs in every check and audit.
 */
import type { Finding } from '../core/types.js';
import { contractFinding } from './findings.js';
import { operationLabel, type SpecOperation } from './operations.js';
import { structuralKey } from './path-template.js';
import type { ContractRoute } from './route.js';

export interface CoverageResult {
  /** The prefix the code adds in front of the spec's paths (`/api` when the spec has no server base path). */
  codePrefix: string;
  /** The route serving each covered operation, keyed by `operationLabel`. */
  routeOf: Map<string, ContractRoute>;
  operations: { total: number; covered: number; missing: number };
  findings: Finding[];
}

/** Routes that answer every method (`app.all`, Django views with no method restriction). */
const ANY_METHOD = new Set(['ANY', 'ALL', '*']);
const IGNORED_METHODS = new Set(['HEAD', 'OPTIONS', 'USE', ...ANY_METHOD]);

export function checkCoverage(specFile: string, operations: readonly SpecOperation[], routes: readonly ContractRoute[]): CoverageResult {
  const codePrefix = inferCodePrefix(operations, routes);
  const keyOf = (operation: SpecOperation) => structuralKey(codePrefix + operation.fullPath);
  const exact = routes.filter((route) => !route.partial);
  const findings: Finding[] = [];
  const routeOf = new Map<string, ContractRoute>();
  const matchedRoutes = new Set<ContractRoute>();
  let covered = 0;

  for (const operation of operations) {
    const key = keyOf(operation);
    const samePath = exact.filter((route) => structuralKey(route.path) === key);
    const served = samePath.find((route) => route.method.toUpperCase() === operation.method)
      ?? samePath.find((route) => ANY_METHOD.has(route.method.toUpperCase()))
      ?? routes.find((route) => route.partial && route.method.toUpperCase() === operation.method && endsWithKey(structuralKey(route.path), structuralKey(operation.path)));
    const label = operationLabel(operation);
    if (served) {
      covered++;
      routeOf.set(label, served);
      matchedRoutes.add(served);
      continue;
    }
    const otherMethods = samePath.filter((route) => !IGNORED_METHODS.has(route.method.toUpperCase()));
    if (otherMethods.length > 0) {
      const methods = [...new Set(otherMethods.map((route) => route.method.toUpperCase()))].sort().join(', ');
      const where = otherMethods[0]!;
      findings.push(contractFinding(
        'contract/method-mismatch', 'error', specFile, operation.specLine,
        `The contract declares ${label}, but the code serves ${methods} for that path (${where.file}:${where.line}) and no ${operation.method}.`,
        label,
      ));
    } else {
      findings.push(contractFinding(
        'contract/operation-not-implemented', 'error', specFile, operation.specLine,
        `The contract declares ${label}, but no route in the code serves it.`,
        label,
      ));
    }
  }

  const apiPrefix = structuralKey(codePrefix + (operations[0] ? operations[0].fullPath.slice(0, operations[0].fullPath.length - operations[0].path.length) : ''));
  const declared = new Set(operations.map((operation) => `${operation.method} ${keyOf(operation)}`));
  for (const route of exact) {
    const method = route.method.toUpperCase();
    if (IGNORED_METHODS.has(method) || matchedRoutes.has(route)) continue;
    const key = structuralKey(route.path);
    if (!isUnder(key, apiPrefix) || declared.has(`${method} ${key}`)) continue;
    findings.push(contractFinding(
      'contract/route-not-in-spec', 'warning', route.file, route.line,
      `The route ${method} ${route.path} is under the API prefix${apiPrefix === '/' ? '' : ` ${apiPrefix}`} but the contract (${specFile}) does not declare it.`,
      `${method} ${key}`,
    ));
  }

  return { codePrefix, routeOf, operations: { total: operations.length, covered, missing: operations.length - covered }, findings };
}

/**
 * The spec may list `/users` while the code mounts everything under `/api` (Conduit's spec has no
 * servers entry). The prefix that lines up the most operations with routes wins; none when the
 * spec's own paths already match best.
 */
export function inferCodePrefix(operations: readonly SpecOperation[], routes: readonly ContractRoute[]): string {
  const votes = new Map<string, number>();
  for (const operation of operations) {
    const opKey = structuralKey(operation.fullPath);
    const prefixes = new Set<string>();
    for (const route of routes) {
      if (route.partial) continue;
      const routeKey = structuralKey(route.path);
      if (endsWithKey(routeKey, opKey)) prefixes.add(routeKey.slice(0, routeKey.length - (opKey === '/' ? 0 : opKey.length)).replace(/\/$/, ''));
    }
    for (const prefix of prefixes) votes.set(prefix, (votes.get(prefix) ?? 0) + 1);
  }
  let best = '';
  let bestVotes = votes.get('') ?? 0;
  for (const [prefix, count] of votes) {
    if (count > bestVotes) {
      best = prefix;
      bestVotes = count;
    }
  }
  return best;
}

/** Keys start with `/`, so a plain `endsWith` already falls on a segment boundary. */
function endsWithKey(key: string, suffix: string): boolean {
  return suffix === '/' || key.endsWith(suffix);
}

function isUnder(key: string, prefix: string): boolean {
  return prefix === '/' || key === prefix || key.startsWith(`${prefix}/`);
}
