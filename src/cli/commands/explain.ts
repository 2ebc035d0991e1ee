import { explainProjects } from '../../engine/explain.js';
import { prepareRun } from '../../io/prepare-run.js';
import { understandPrepared } from '../../io/run-analysis.js';
import { renderExplainText } from '../../report/render-explain.js';
import { EXIT, type Command } from '../command.js';
import { cacheArgument, cacheOption, configOption, emit, repoArgument, repoOption, stringValue, textOrJsonFormat, textOrJsonOptions } from '../options.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Show what the tool believes about the code: routes, layers, models and database evidence per project.',
  usage: 'explain [<dir> | --repo <dir>] [--format text|json] [--output <file>]',
  options: {
    ...repoOption,
    ...configOption,
    ...textOrJsonOptions,
    ...cacheOption,
  },
  positionals: [{ name: 'dir', description: 'Repository (same as --repo).' }],
  async run(invocation) {
    const format = textOrJsonFormat(invocation, 'explain');
    const configFile = stringValue(invocation, 'config');
    const prepared = await prepareRun({ repo: repoArgument(invocation), mode: 'audit', ...(configFile ? { configFile } : {}) });
    const analysis = await understandPrepared(prepared, invocation.logger, cacheArgument(invocation));
    const explanations = explainProjects(analysis.model, analysis.projects, analysis.routes, prepared.config);
    const text = format === 'json' ? `${JSON.stringify({ projects: explanations }, null, 2)}\n` : renderExplainText(explanations);
    emit(invocation, text);
    return EXIT.passed;
  },
};
