import type { Config } from '../config/types.js';
import type { ChangeSet } from '../core/change.js';
import type { Logger } from '../core/logger.js';
import type { ContractReport, Finding, Project, Report } from '../core/types.js';
import { isWithin, type Workspace } from '../core/workspace.js';
import { projectContract } from '../contract/defaults.js';
import { runContract } from '../contract/run-contract.js';
import type { ContractRuntime } from '../contract/runtime.js';
import { detectProjects } from '../detect/detect-projects.js';
import { DEFAULT_BASELINE_FILE, applyBaseline, assignFingerprints, parseBaseline } from '../rules/baseline.js';
import { evaluateRules, projectOf } from '../rules/evaluate.js';
import { loadRuleSet, type RuleSet } from '../rules/load-rules.js';
import { applySuppressions } from '../rules/suppressions.js';
import type { RuleFinding } from '../rules/types.js';
import { buildSourceModel } from '../source/build-model.js';
import type { FactsCache } from '../source/facts-cache.js';
import type { SourceModel } from '../source/model.js';
import { composeRoutes, type Route } from '../source/routes/compose-routes.js';
import { assembleReport } from './assemble-report.js';
import { applyAttributionScope } from './attribution-scope.js';
import { mergeContractReports } from './merge-contracts.js';

export interface AnalysisInput {
  workspace: Workspace;
  config: Config;
  mode: 'check' | 'audit';
  /** The change under review (`check`); findings are reported only where it lands. */
  change?: ChangeSet;
  logger: Logger;
  /** The built-in rule packs (the edge reads them from dist/rules or the repository's rules/). */
  builtinRules?: Workspace;
  cache?: FactsCache;
  /** The process edge for the contract live run. */
  contractRuntime?: ContractRuntime;
  /** `configured` (default): live run only where a start command is configured; `always`: also with inferred defaults. */
  liveContract?: 'configured' | 'always' | 'never';
  /** Parse worker threads (0 = in this thread); default: sized to the machine. */
  workers?: number;
  /** `ignore` when the run is about to write the baseline itself. */
  baseline?: 'apply' | 'ignore';
}

/** What a run knows besides the report, for `explain` and `baseline`. */
/** What the tool believes about the code before judging it: `detect`, `explain` and `contract` need no more. */
export interface Understanding {
  model: SourceModel;
  projects: Project[];
  /** Composed on first read: a run with no contract to check never pays for the routes table. */
  readonly routes: Route[];
  ruleSet: RuleSet;
}

export interface Analysis extends Understanding {
  report: Report;
  /** Every finding before scoping and the baseline, fingerprinted (what `baseline` writes). */
  allFindings: Finding[];
}

/** The whole analysis of one run: source model, detection, verifiers, contract, score. Pure: no GitHub, no env. */
export async function analyse(input: AnalysisInput): Promise<Report> {
  return (await analyseInDepth(input)).report;
}

/**
 * Parses (the per-file rules run in the same pass, so the cache holds the same entries as for an
 * audit), detects the projects, and composes the routes table when it is read.
 */
export async function understandCode(input: AnalysisInput): Promise<Understanding> {
  const { workspace, config, logger } = input;
  const ruleSet = await loadRuleSet({ ...(input.builtinRules ? { builtin: input.builtinRules } : {}), workspace, config }, logger);
  for (const problem of ruleSet.problems) {
    const where = `${problem.file}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}`;
    logger.warn(`${where}: ${problem.message}${problem.hint ? ` ${problem.hint}` : ''} (rule file skipped)`);
  }
  const model = await buildSourceModel(workspace, {
    ...(input.cache ? { cache: input.cache } : {}),
    salt: ruleSet.fingerprint,
    perFileRules: ruleSet.payload,
    logger,
    ...(input.workers !== undefined ? { workers: input.workers } : {}),
    ...(input.change ? { readFirst: input.change.files.map((file) => file.path) } : {}),
  });
  logger.info(
    `source model: ${model.stats.files} files (${model.stats.parsed} parsed, ${model.stats.fromCache} cached, ${model.stats.skipped} skipped), ${model.stats.lines} lines in ${Math.round(model.stats.durationMs)} ms`,
  );
  const projects = detectProjects(
    { workspace, files: model.files, overrides: config.projects, ...(config.file ? { configFile: config.file } : {}) },
    logger,
  );
  let routes: Route[] | undefined;
  return {
    model,
    projects,
    get routes() {
      return (routes ??= composeRoutes(model.files, model.graph));
    },
    ruleSet,
  };
}

export async function analyseInDepth(input: AnalysisInput): Promise<Analysis> {
  const { workspace, config, logger } = input;
  const understanding = await understandCode(input);
  const { model, projects, ruleSet } = understanding;

  // A check scoped to its change keeps findings in the changed files only: checks need not report elsewhere.
  const scopedToChange = input.mode === 'check' && input.change && config.scope !== 'all';
  const reportedFiles = scopedToChange ? new Set(input.change!.files.map((file) => file.path)) : undefined;
  const ruleFindings = evaluateRules(model, projects, ruleSet, config, reportedFiles ? { reportedFiles } : {});
  const { kept } = applySuppressions(ruleFindings, model);
  const contract = await runContracts(input, projects, () => understanding.routes);

  const everything: RuleFinding[] = [...kept, ...contract.findings, ...model.notes].map((finding) => ({
    ...finding,
    project: finding.project ?? projectOf(finding.file, projects)?.root,
  }));
  const fingerprinted = assignFingerprints(everything, (file) => workspace.readText(file));
  const scoped = applyAttributionScope(fingerprinted, input.change, input.mode === 'audit' ? 'all' : config.scope);
  const baseline = input.baseline === 'ignore' ? undefined : readBaseline(workspace, config, logger);
  const findings = baseline ? applyBaseline(scoped, baseline) : scoped;

  const report = assembleReport({
    mode: input.mode,
    config,
    projects,
    findings,
    contract: contract.report,
    rules: ruleSet.descriptors,
    ...(input.change ? { change: input.change } : {}),
    analysedLines: model.stats.lines,
  });
  return {
    report,
    model,
    projects,
    get routes() {
      return understanding.routes;
    },
    ruleSet,
    allFindings: fingerprinted.map(({ scope: _scope, ...finding }) => finding),
  };
}

function readBaseline(workspace: Workspace, config: Config, logger: Logger) {
  const file = config.baseline ?? DEFAULT_BASELINE_FILE;
  const text = workspace.readText(file);
  if (text === undefined) {
    if (config.baseline) logger.warn(`The baseline file ${file} does not exist yet; run \`constraint-gate baseline\` to write it.`);
    return undefined;
  }
  return parseBaseline(text, file);
}

/**
 * The contract of each project: its own `contract` section, else the top-level one, else what
 * the app's files tell (an OpenAPI document found in the project is checked statically).
 */
async function runContracts(
  input: AnalysisInput,
  projects: readonly Project[],
  routes: () => readonly Route[],
): Promise<{ report: ContractReport; findings: Finding[] }> {
  const reports: ContractReport[] = [];
  const findings: Finding[] = [];
  const live = input.liveContract ?? 'configured';
  for (const project of projects) {
    const inferStart = live === 'always' ? 'always' : live === 'configured' ? 'when-start-configured' : 'never';
    const contract = projectContract(input.config, input.workspace, project.root, project.framework, inferStart);
    if (!contract?.settings.openapi) continue;
    const { settings: config, configured } = contract;
    const runLive = live === 'always' || (live === 'configured' && Boolean(configured?.start));
    const outcome = await runContract({
      workspace: input.workspace,
      projectRoot: project.root,
      config,
      routes: routes().filter((route) => isWithin(route.file, project.root)),
      logger: input.logger,
      ...(input.config.file && configured ? { configLocation: { file: input.config.file, ...input.config.locate(['contract']) } } : {}),
      ...(runLive && input.contractRuntime ? { runtime: input.contractRuntime } : {}),
    });
    reports.push(outcome.report);
    findings.push(...outcome.findings);
  }
  return { report: mergeContractReports(reports), findings };
}
