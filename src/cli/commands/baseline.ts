import path from 'node:path';
import { prepareRun } from '../../io/prepare-run.js';
import { analysePrepared } from '../../io/run-analysis.js';
import { writeOutput } from '../../io/write-output.js';
import { DEFAULT_BASELINE_FILE, writeBaseline } from '../../rules/baseline.js';
import { EXIT, type Command } from '../command.js';
import { cacheArgument, cacheOption, configOption, repoArgument, repoOption, stringValue } from '../options.js';

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'Record the current findings as known, so later runs report only new ones.',
  usage: 'baseline [<dir> | --repo <dir>] [--config <file>] [--output <file>]',
  details:
    'Audits the whole repository and writes every finding to the baseline file: config `baseline`, else\n' +
    `${DEFAULT_BASELINE_FILE} at the repository root. Later runs report known findings as notes that do not fail the gate.\n` +
    'Commit the file; run the command again to accept the findings present now.',
  options: {
    ...repoOption,
    ...configOption,
    output: { type: 'string', short: 'o', valueName: 'file', description: 'Where to write the baseline (default: config `baseline` or .constraint-gate-baseline.json).' },
    ...cacheOption,
  },
  positionals: [{ name: 'dir', description: 'Repository (same as --repo).' }],
  async run(invocation) {
    const configFile = stringValue(invocation, 'config');
    const prepared = await prepareRun({ repo: repoArgument(invocation), mode: 'audit', ...(configFile ? { configFile } : {}) });
    try {
      // Every finding, before the old baseline marks any: the new baseline replaces it whole.
      const { allFindings } = await analysePrepared(prepared, 'audit', invocation.logger, { ...cacheArgument(invocation), live: 'never', baseline: 'ignore' });
      const explicit = stringValue(invocation, 'output');
      const target = explicit ? path.resolve(invocation.io.cwd, explicit) : path.join(prepared.repository, prepared.config.baseline ?? DEFAULT_BASELINE_FILE);
      writeOutput(target, writeBaseline(allFindings));
      const shown = path.relative(invocation.io.cwd, target) || target;
      invocation.io.stderr(`Wrote ${allFindings.length} known finding${allFindings.length === 1 ? '' : 's'} to ${shown}.\n`);
      return EXIT.passed;
    } finally {
      prepared.dispose();
    }
  },
};
