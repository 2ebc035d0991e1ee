import type { Config } from '../config/types.js';
import type { ChangeSet } from '../core/change.js';
import type { Logger } from '../core/logger.js';
import type { Report } from '../core/types.js';
import type { Workspace } from '../core/workspace.js';
import { assembleReport } from './assemble-report.js';

export interface AnalysisInput {
  workspace: Workspace;
  config: Config;
  mode: 'check' | 'audit';
  /** The change under review (`check`); findings are reported only where it lands. */
  change?: ChangeSet;
  logger: Logger;
}

/** The whole analysis of one run: source model, detection, verifiers, contract, score. Pure: no GitHub, no env. */
export async function analyse(input: AnalysisInput): Promise<Report> {
  return assembleReport({
    mode: input.mode,
    config: input.config,
    projects: [],
    findings: [],
    rules: [],
    ...(input.change ? { change: input.change } : {}),
    analysedLines: 0,
  });
}
