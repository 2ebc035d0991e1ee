import path from 'node:path';
import { lazyLiveRuntime } from './lazy-live-runtime.js';
import type { Logger } from '../core/logger.js';
import { analyseInDepth, understandCode, type Analysis, type AnalysisInput, type Understanding } from '../engine/analyse.js';
import { builtinRulesWorkspace } from '../rules/builtin-rules.js';
import { fsFactsCache } from './fs-facts-cache.js';
import type { PreparedRun } from './prepare-run.js';

export interface RunOptions {
  /** Parse cache folder; `false` turns the cache off; undefined uses the config's `cache`. */
  cacheDir?: string | false;
  live?: AnalysisInput['liveContract'];
  workers?: number;
  baseline?: AnalysisInput['baseline'];
}

/** Runs the pure analysis with the edge services it needs: built-in rules, the disk cache, the process runtime. */
export function analysePrepared(prepared: PreparedRun, mode: 'check' | 'audit', logger: Logger, options: RunOptions = {}): Promise<Analysis> {
  return analyseInDepth(analysisInput(prepared, mode, logger, options));
}

/** The model, projects and routes only, for commands that show what the tool believes (no verdict). */
export function understandPrepared(prepared: PreparedRun, logger: Logger, options: Pick<RunOptions, 'cacheDir' | 'workers'> = {}): Promise<Understanding> {
  return understandCode(analysisInput(prepared, 'audit', logger, { ...options, live: 'never' }));
}

function analysisInput(prepared: PreparedRun, mode: 'check' | 'audit', logger: Logger, options: RunOptions): AnalysisInput {
  const configured = prepared.config.cache ? path.resolve(prepared.repository, prepared.config.cache) : undefined;
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? configured);
  return {
    workspace: prepared.workspace,
    config: prepared.config,
    mode,
    ...(prepared.change ? { change: prepared.change } : {}),
    logger,
    builtinRules: builtinRulesWorkspace(),
    ...(cacheDir ? { cache: fsFactsCache(cacheDir) } : {}),
    contractRuntime: lazyLiveRuntime(),
    ...(options.live ? { liveContract: options.live } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.baseline ? { baseline: options.baseline } : {}),
  };
}
