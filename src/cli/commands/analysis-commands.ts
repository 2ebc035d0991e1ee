import { renderReport } from '../../report/index.js';
import { prepareRun } from '../../io/prepare-run.js';
import { analysePrepared } from '../../io/run-analysis.js';
import { EXIT, type Command, type Invocation } from '../command.js';
import { cacheArgument, cacheOption, configOption, emit, formatArgument, outputOptions, repoArgument, repoOption, stringValue } from '../options.js';

async function runAnalysisCommand(invocation: Invocation, mode: 'check' | 'audit'): Promise<number> {
  const format = formatArgument(invocation);
  const base = stringValue(invocation, 'base');
  const head = stringValue(invocation, 'head');
  const configFile = stringValue(invocation, 'config');
  const prepared = await prepareRun({
    repo: repoArgument(invocation),
    mode,
    ...(configFile ? { configFile } : {}),
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
  });
  try {
    const { report } = await analysePrepared(prepared, mode, invocation.logger, cacheArgument(invocation));
    const text = renderReport(report, format);
    emit(invocation, text);
    return report.passed ? EXIT.passed : EXIT.failed;
  } finally {
    prepared.dispose();
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Analyse what changed between two git refs and gate on it.',
  usage: 'check [--repo <dir>] [--base <ref>] [--head <ref>] [options]',
  details:
    'Findings are computed on the whole project but reported only on the lines the change added or modified.\n' +
    'The base defaults to the merge-base of the head with the default branch; the head defaults to HEAD.',
  options: {
    ...repoOption,
    base: { type: 'string', valueName: 'ref', description: 'Base ref (default: merge-base with the default branch).' },
    head: { type: 'string', valueName: 'ref', description: 'Head ref (default: HEAD).' },
    ...configOption,
    ...outputOptions,
    ...cacheOption,
  },
  positionals: [{ name: 'dir', description: 'Repository (same as --repo).' }],
  run: (invocation) => runAnalysisCommand(invocation, 'check'),
};

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Analyse the whole repository and gate on it.',
  usage: 'audit [<dir> | --repo <dir>] [options]',
  options: { ...repoOption, ...configOption, ...outputOptions, ...cacheOption },
  positionals: [{ name: 'dir', description: 'Repository (same as --repo).' }],
  run: (invocation) => runAnalysisCommand(invocation, 'audit'),
};
