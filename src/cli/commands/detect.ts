import type { Project } from '../../core/types.js';
import { prepareRun } from '../../io/prepare-run.js';
import { understandPrepared } from '../../io/run-analysis.js';
import { EXIT, type Command } from '../command.js';
import { cacheArgument, cacheOption, configOption, emit, repoArgument, repoOption, stringValue, textOrJsonFormat, textOrJsonOptions } from '../options.js';

function projectsAsText(projects: Project[]): string {
  if (projects.length === 0) return 'No backend project found.\n';
  const lines: string[] = [];
  for (const project of projects) {
    lines.push(`${project.root}`);
    lines.push(`  framework: ${project.framework}`);
    lines.push(`  language:  ${project.language}`);
    lines.push(`  orm:       ${project.orm ?? 'none seen'}`);
    const databases = project.databases.map((use) => `${use.engine}${use.isDefault && project.databases.length > 1 ? ' (default)' : ''}`);
    lines.push(`  database:  ${databases.length ? databases.join(', ') : 'none seen'}`);
    if (project.evidence.length) {
      lines.push('  evidence:');
      for (const evidence of project.evidence) {
        lines.push(`    - ${evidence.subject}: ${evidence.detail} (${evidence.file}${evidence.line ? `:${evidence.line}` : ''})`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export const detectCommand: Command = {
  name: 'detect',
  summary: 'List the backend projects found in the repository: framework, language, ORM, database and evidence.',
  usage: 'detect [<dir> | --repo <dir>] [--format text|json] [--output <file>]',
  options: {
    ...repoOption,
    ...configOption,
    ...textOrJsonOptions,
    ...cacheOption,
  },
  positionals: [{ name: 'dir', description: 'Repository (same as --repo).' }],
  async run(invocation) {
    const format = textOrJsonFormat(invocation, 'detect');
    const configFile = stringValue(invocation, 'config');
    const prepared = await prepareRun({ repo: repoArgument(invocation), mode: 'audit', ...(configFile ? { configFile } : {}) });
    const { projects } = await understandPrepared(prepared, invocation.logger, cacheArgument(invocation));
    const text = format === 'json' ? `${JSON.stringify({ projects }, null, 2)}\n` : projectsAsText(projects);
    emit(invocation, text);
    return EXIT.passed;
  },
};
