/**
 * Assertion accounting: which operation each request exercised, how many assertions passed and
 * failed (the response-schema check counts as one assertion per response), and the first failure
 * with what was expected, what came back and the server log around it.
 */
import type { OperationResult } from '../core/types.js';
import type { Exchange } from './exchange.js';
import { operationLabel, type SpecOperation } from './operations.js';
import { matchScore } from './path-template.js';
import type { ResponseChecker } from './response-check.js';
import { maskSecrets, truncate } from './mask.js';

export const SCHEMA_CHECK_NAME = 'response matches the OpenAPI operation';

export interface AccountingInput {
  operations: readonly SpecOperation[];
  exchanges: readonly Exchange[];
  checker: ResponseChecker;
  /** Prefix the code adds before the spec's paths (see inferCodePrefix). */
  codePrefix: string;
  logLines: readonly string[];
  /** Values that must never appear in the report (env values, tokens). */
  secrets: readonly string[];
}

export interface OperationAccount extends OperationResult {
  /** `operationLabel` of the spec operation; absent for requests no operation matches. */
  label?: string;
}

export function accountExchanges(input: AccountingInput): OperationAccount[] {
  const secrets = [...input.secrets, ...input.exchanges.flatMap((exchange) => exchange.secretsSent)];
  const results = new Map<string, OperationAccount>();
  for (const operation of input.operations) {
    results.set(operationLabel(operation), {
      label: operationLabel(operation),
      method: operation.method,
      path: operation.fullPath,
      requests: 0,
      assertions: { passed: 0, failed: 0 },
      schemaViolations: 0,
    });
  }
  input.exchanges.forEach((exchange, index) => {
    const operation = matchOperation(input.operations, exchange, input.codePrefix);
    const path = pathOf(exchange.url);
    const key = operation ? operationLabel(operation) : `${exchange.method.toUpperCase()} ${path}`;
    let result = results.get(key);
    if (!result) {
      result = { method: exchange.method.toUpperCase(), path, requests: 0, assertions: { passed: 0, failed: 0 }, schemaViolations: 0 };
      results.set(key, result);
    }
    result.requests++;
    const failures: { expected: string }[] = [];
    for (const assertion of exchange.assertions) {
      if (assertion.passed) result.assertions.passed++;
      else {
        result.assertions.failed++;
        failures.push({ expected: assertion.message ? `${assertion.name} (${assertion.message})` : assertion.name });
      }
    }
    if (operation) {
      const violations = exchange.response ? input.checker.check(operation, exchange.response).violations : [`a response (${exchange.error ?? 'none came back'})`];
      if (violations.length === 0) result.assertions.passed++;
      else {
        result.assertions.failed++;
        if (exchange.response) result.schemaViolations++;
        failures.push({ expected: exchange.response ? `${SCHEMA_CHECK_NAME}: ${violations.join('; ')}` : violations[0]! });
      }
    } else if (exchange.error) {
      result.assertions.failed++;
      failures.push({ expected: `a response (${exchange.error})` });
    }
    if (failures.length > 0 && !result.firstFailure) {
      const log = logExcerpt(input.logLines, settledRange(input.exchanges, index, input.logLines.length)).map((line) => maskSecrets(stripAnsi(line), secrets));
      result.firstFailure = {
        request: maskSecrets(`${exchange.name}: ${exchange.method.toUpperCase()} ${exchange.url}`, secrets),
        expected: maskSecrets(truncate(failures[0]!.expected, 400), secrets),
        actual: maskSecrets(describeActual(exchange), secrets),
        ...(log.length > 0 ? { log } : {}),
      };
    }
  });
  return [...results.values()];
}

/** The spec operation a request exercised: same method, best structural path fit, with or without the code prefix. */
export function matchOperation(operations: readonly SpecOperation[], exchange: Pick<Exchange, 'method' | 'url'>, codePrefix: string): SpecOperation | undefined {
  const method = exchange.method.toUpperCase();
  const path = pathOf(exchange.url);
  let best: SpecOperation | undefined;
  let bestScore = -1;
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const score = Math.max(matchScore(codePrefix + operation.fullPath, path), matchScore(operation.fullPath, path), suffixScore(operation.fullPath, path));
    if (score > bestScore) {
      best = operation;
      bestScore = score;
    }
  }
  return best;
}

/** When the base URL carries a prefix neither the spec nor the code model knows (a proxy mount), match the tail. */
function suffixScore(template: string, path: string): number {
  const wanted = template.split('/').filter(Boolean).length;
  const parts = path.split('/').filter(Boolean);
  if (parts.length <= wanted) return -1;
  const score = matchScore(template, `/${parts.slice(parts.length - wanted).join('/')}`);
  return score < 0 ? -1 : score - 0.5;
}

export function pathOf(url: string): string {
  const withoutOrigin = url.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '');
  const path = withoutOrigin.split(/[?#]/)[0] ?? '/';
  return path.startsWith('/') ? path : `/${path}`;
}

function describeActual(exchange: Exchange): string {
  if (!exchange.response) return `no response: ${exchange.error ?? 'unknown error'}`;
  const type = exchange.response.headers['content-type'];
  const body = exchange.response.body.trim();
  return `status ${exchange.response.status}${type ? ` (${type.split(';')[0]})` : ''}${body ? `, body ${truncate(body.replace(/\s+/g, ' '), 300)}` : ', empty body'}`;
}

/**
 * A server may write a traceback a moment after the response left, so a request's log reaches up
 * to where the next request's starts (to the end of the log for the last one).
 */
function settledRange(exchanges: readonly Exchange[], index: number, logLength: number): [number, number] | undefined {
  const range = exchanges[index]!.logRange;
  if (!range) return undefined;
  const next = exchanges.slice(index + 1).find((exchange) => exchange.logRange)?.logRange;
  return [range[0], Math.max(range[1], next ? next[0] : logLength)];
}

function stripAnsi(line: string): string {
  return line.replace(/\u001b\[[0-9;]*m/g, '');
}

/** A few lines before the request and the lines written while it ran, so a traceback is visible. */
export function logExcerpt(lines: readonly string[], range: [number, number] | undefined, before = 2, maxLines = 25): string[] {
  if (!range) return [];
  const start = Math.max(0, range[0] - before);
  const end = Math.min(lines.length, Math.max(range[1], range[0]));
  const excerpt = lines.slice(start, end);
  return excerpt.length > maxLines ? [...excerpt.slice(0, 5), '…', ...excerpt.slice(-(maxLines - 6))] : excerpt;
}

/** A% over a set of operation results; null when no assertion ran. */
export function totals(results: readonly OperationResult[]): { passed: number; failed: number; total: number; passRate: number | null } {
  const passed = results.reduce((sum, result) => sum + result.assertions.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.assertions.failed, 0);
  const total = passed + failed;
  return { passed, failed, total, passRate: total === 0 ? null : Math.round((passed / total) * 10_000) / 100 };
}
