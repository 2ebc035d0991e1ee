/**
 * The contract check of one project: static coverage always, then (when asked) a live run that
 * starts the app, runs the collections, probes the operations they missed and stops the app
 * whatever happens. Every failure mode ends as findings and a report, never as a throw.
 */
import type { ContractConfig } from '../config/types.js';
import type { Logger } from '../core/logger.js';
import type { ContractReport, Finding } from '../core/types.js';
import { joinPath, type Workspace } from '../core/workspace.js';
import { accountExchanges, totals, type OperationAccount } from './accounting.js';
import { authorizationTemplate, loadCollection, resolveTemplate, type LoadedCollection } from './collection.js';
import { checkCoverage, type CoverageResult } from './coverage.js';
import type { Exchange } from './exchange.js';
import { contractFinding } from './findings.js';
import { generateRequest } from './generate-requests.js';
import { maskSecrets, secretsOf, truncate } from './mask.js';
import { listOperations, operationLabel, type SpecOperation } from './operations.js';
import type { ContractRoute } from './route.js';
import { ResponseChecker } from './response-check.js';
import type { ContractRuntime, RunningApp, StartFailureKind } from './runtime.js';
import { loadSpec, type LoadedSpec } from './spec.js';

export interface ContractInput {
  workspace: Workspace;
  /** Repository-relative project root; the configuration's paths are relative to it. */
  projectRoot: string;
  config: ContractConfig;
  /**
   * Routes from the source model. Without them the static coverage is not checked (no findings
   * about unimplemented operations) and `operations.covered` counts the operations the live run
   * exercised instead.
   */
  routes?: readonly ContractRoute[];
  logger: Logger;
  /** Where `contract:` sits in the configuration file, for findings about starting the app. */
  configLocation?: { file: string; line: number };
  /** The edge for the live run; without it only the static coverage runs. */
  runtime?: ContractRuntime;
}

export interface ContractOutcome {
  report: ContractReport;
  findings: Finding[];
}

export interface StaticContract {
  spec: LoadedSpec;
  operations: SpecOperation[];
  coverage: CoverageResult;
}

export async function runContract(input: ContractInput): Promise<ContractOutcome> {
  const { config, workspace } = input;
  if (!config.openapi) return { report: emptyReport('skipped', 'no OpenAPI document configured or found', null), findings: [] };
  const specFile = joinPath(input.projectRoot, config.openapi);
  const loaded = await loadSpec(workspace, specFile);
  if (!loaded.ok) return { report: emptyReport('error', loaded.findings[0]!.message, 0), findings: loaded.findings };
  const operations = listOperations(loaded.spec);
  const coverage = input.routes
    ? checkCoverage(specFile, operations, input.routes)
    : { codePrefix: '', routeOf: new Map<string, ContractRoute>(), operations: { total: operations.length, covered: 0, missing: 0 }, findings: [] };
  const findings = [...coverage.findings];
  const base: ContractReport = {
    ...emptyReport('skipped', '', null),
    operations: coverage.operations,
  };
  if (!input.runtime) return { report: { ...base, reason: 'live run not requested (static coverage only)' }, findings };
  if (!config.start) return { report: { ...base, reason: 'no start command configured or inferred' }, findings };
  if (!config.baseUrl) return { report: { ...base, reason: 'no base-url configured or inferred' }, findings };

  const collections: LoadedCollection[] = [];
  for (const file of config.collections) {
    const result = loadCollection(workspace, joinPath(input.projectRoot, file));
    if (!result.ok) return { report: { ...base, status: 'error', reason: result.finding.message, passRate: 0 }, findings: [...findings, result.finding] };
    collections.push(result.loaded);
  }
  const live = await runLive(input, { spec: loaded.spec, operations, coverage }, collections);
  return { report: live.report, findings: [...findings, ...live.findings] };
}

async function runLive(input: ContractInput, contract: StaticContract, collections: LoadedCollection[]): Promise<ContractOutcome> {
  const runtime = input.runtime!;
  const { config, logger } = input;
  const started = runtime.now();
  const secrets = secretsOf(config.env, config.globals);
  const where = input.configLocation ?? { file: contract.spec.file, line: 1 };
  const baseUrl = config.baseUrl!.replace(/\/+$/, '');
  const healthUrl = config.health ? new URL(config.health, `${baseUrl}/`).toString() : `${baseUrl}/`;

  const start = await runtime.startApp({
    command: config.start!,
    cwd: joinPath(input.workspace.root, joinPath(input.projectRoot, config.cwd ?? '.')),
    env: config.env,
    healthUrl,
    healthNeeds2xx: config.health !== undefined,
    startTimeoutMs: config.timeouts.startMs,
  });
  if (!start.ok) {
    const excerpt = start.log.slice(-12).map((line) => maskSecrets(line, secrets));
    const finding = contractFinding(
      START_RULES[start.kind], 'error', where.file, where.line,
      `${maskSecrets(start.message, secrets)}${excerpt.length > 0 ? `\nApp log (last lines):\n${excerpt.join('\n')}` : ' The app wrote nothing to its log.'}`,
      `${START_RULES[start.kind]} ${config.start}`,
    );
    return { report: { ...emptyReport('error', finding.message.split('\n')[0]!, 0), operations: contract.coverage.operations, durationMs: runtime.now() - started }, findings: [finding] };
  }

  const app = start.app;
  const exchanges: Exchange[] = [];
  const findings: Finding[] = [];
  let timedOut = false;
  let aborted = false;
  const timer = setTimeout(() => {
    timedOut = true;
    logger.warn(`contract run exceeded ${config.timeouts.totalMs} ms; stopping the app`);
    void app.stop();
  }, config.timeouts.totalMs);
  try {
    const variables: Record<string, string> = {};
    let authorization: string | undefined;
    for (const { file, collection } of collections) {
      if (timedOut) break;
      const globals = { baseUrl, ...config.globals };
      const run = await runtime.runCollection(collection, { globals, requestTimeoutMs: config.timeouts.requestMs }, app);
      exchanges.push(...run.exchanges);
      Object.assign(variables, run.variables);
      if (run.error) {
        findings.push(contractFinding('contract/collection-invalid', 'error', joinPath(input.projectRoot, file), 1, `newman could not run the collection: ${truncate(maskSecrets(run.error, secrets), 300)}`, `${file} newman`));
      }
      const template = authorizationTemplate(collection);
      authorization = (template && resolveTemplate(template, variables)) ?? authorization;
    }
    if (!timedOut) {
      const exercised = new Set(accountExchanges({ ...accountingBase(contract, exchanges, app, secrets) }).filter((result) => result.requests > 0).map((result) => result.label));
      for (const operation of contract.operations) {
        if (timedOut) break;
        if (exercised.has(operationLabel(operation))) continue;
        const request = generateRequest(operation, { baseUrl, codePrefix: contract.coverage.codePrefix, ...(authorization ? { authorization } : {}) });
        exchanges.push(await runtime.send(request, config.timeouts.requestMs, app));
      }
    }
  } catch (error) {
    // An internal failure of the run (newman, the network stack) is reported like any other result.
    const message = error instanceof Error ? error.message : String(error);
    findings.push(contractFinding('contract/run-failed', 'error', where.file, where.line, `The contract run stopped early: ${truncate(maskSecrets(message, secrets), 300)}`, 'run-failed'));
    aborted = true;
  } finally {
    clearTimeout(timer);
    await app.stop();
  }
  if (timedOut) {
    findings.push(contractFinding('contract/run-timeout', 'error', where.file, where.line, `The contract run took longer than the total timeout (${config.timeouts.totalMs} ms); the app was stopped and the remaining requests count as failed.`, 'run-timeout'));
  }

  const results = accountExchanges(accountingBase(contract, exchanges, app, secrets));
  findings.push(...failureFindings(results, contract, secrets));
  const sum = totals(results);
  const failed = sum.failed > 0 || timedOut || aborted;
  const exercised = results.filter((result) => result.label && result.requests > 0).length;
  const report: ContractReport = {
    status: failed ? 'failed' : 'passed',
    reason: failed ? `${sum.failed} of ${sum.total} assertions failed` : `all ${sum.total} assertions passed`,
    assertions: { passed: sum.passed, failed: sum.failed, total: sum.total },
    passRate: timedOut || aborted ? 0 : sum.passRate,
    operations: input.routes ? contract.coverage.operations : { total: contract.operations.length, covered: exercised, missing: contract.operations.length - exercised },
    perOperation: results.map(({ label: _label, ...result }) => result),
    durationMs: runtime.now() - started,
  };
  return { report, findings };
}

const START_RULES: Record<StartFailureKind, string> = {
  'port-in-use': 'contract/port-in-use',
  exited: 'contract/app-exited',
  'health-timeout': 'contract/app-not-ready',
  'spawn-failed': 'contract/app-exited',
};

function accountingBase(contract: StaticContract, exchanges: readonly Exchange[], app: RunningApp, secrets: string[]) {
  return {
    operations: contract.operations,
    exchanges,
    checker: checkerFor(contract.spec),
    codePrefix: contract.coverage.codePrefix,
    logLines: app.logLines(),
    secrets,
  };
}

const checkers = new WeakMap<LoadedSpec, ResponseChecker>();
function checkerFor(spec: LoadedSpec): ResponseChecker {
  let checker = checkers.get(spec);
  if (!checker) {
    checker = new ResponseChecker(spec.version);
    checkers.set(spec, checker);
  }
  return checker;
}

/** One finding per failing operation, at the handler that serves it (the spec line when no route serves it). */
export function failureFindings(results: OperationAccount[], contract: StaticContract, secrets: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    if (!result.firstFailure || !result.label) continue;
    const operation = contract.operations.find((candidate) => operationLabel(candidate) === result.label);
    const route = contract.coverage.routeOf.get(result.label);
    const file = route ? route.handler?.file ?? route.file : contract.spec.file;
    const line = route ? route.handler?.line ?? route.line : operation?.specLine ?? 1;
    if (route) result.handler = { file, line };
    const { request, expected, actual } = result.firstFailure;
    const total = result.assertions.passed + result.assertions.failed;
    findings.push(contractFinding(
      'contract/operation-failed', 'error', file, line,
      maskSecrets(`${result.label} failed ${result.assertions.failed} of ${total} assertions. First failure: ${request} expected ${expected}; got ${actual}.`, secrets),
      `${result.label} failed`,
    ));
  }
  return findings;
}

function emptyReport(status: ContractReport['status'], reason: string, passRate: number | null): ContractReport {
  return {
    status,
    ...(reason ? { reason } : {}),
    assertions: { passed: 0, failed: 0, total: 0 },
    passRate,
    operations: { total: 0, covered: 0, missing: 0 },
    perOperation: [],
  };
}
