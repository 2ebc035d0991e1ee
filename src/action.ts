import * as core from '@actions/core';
import { analyse } from './engine/analyse.js';
import { describeError, isUserError } from './core/errors.js';
import type { Logger } from './core/logger.js';
import { prepareRun } from './io/prepare-run.js';
import { writeOutput } from './io/write-output.js';
import { renderReport } from './report/index.js';
import { renderMarkdown } from './report/render-markdown.js';

const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};

/** The action's entry: one run(), one try/catch that turns errors into a failed step. */
export async function run(): Promise<void> {
  try {
    const mode = core.getInput('mode') || 'audit';
    if (mode !== 'check' && mode !== 'audit') throw new Error(`Unsupported mode \`${mode}\`.`);
    const configFile = core.getInput('config');
    const prepared = await prepareRun({
      repo: core.getInput('working-directory') || process.cwd(),
      mode,
      ...(configFile ? { configFile } : {}),
      ...(core.getInput('base') ? { base: core.getInput('base') } : {}),
      ...(core.getInput('head') ? { head: core.getInput('head') } : {}),
    });
    try {
      const report = await analyse({
        workspace: prepared.workspace,
        config: prepared.config,
        mode,
        ...(prepared.change ? { change: prepared.change } : {}),
        logger: actionsLogger,
      });
      const reportPath = core.getInput('report-path') || 'constraint-gate-report.json';
      writeOutput(reportPath, renderReport(report, 'json'));
      core.setOutput('score', String(report.score));
      core.setOutput('passed', String(report.passed));
      core.setOutput('findings', String(report.findings.length));
      core.setOutput('errors', String(report.summary.errors));
      core.setOutput('report', reportPath);
      await core.summary.addRaw(renderMarkdown(report)).write();
      if (!report.passed) core.setFailed(`constraint-gate failed: ${report.gate.reasons.join('; ')}`);
    } finally {
      prepared.dispose();
    }
  } catch (error) {
    core.setFailed(isUserError(error) ? describeError(error) : `internal error: ${describeError(error)}`);
  }
}

await run();
