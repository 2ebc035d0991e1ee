import { UsageError } from '../core/errors.js';
import { writeOutput } from '../io/write-output.js';
import { FORMATS, isFormat, type Format } from '../report/index.js';
import type { Invocation, OptionSpec } from './command.js';

export const repoOption: Record<string, OptionSpec> = {
  repo: { type: 'string', valueName: 'dir', description: 'Repository to analyse (default: the current directory).' },
};

export const configOption: Record<string, OptionSpec> = {
  config: { type: 'string', valueName: 'file', description: 'Config file (default: .constraint-gate.yml at the repository root, if present).' },
};

export const outputOptions: Record<string, OptionSpec> = {
  format: { type: 'string', valueName: FORMATS.join('|'), description: 'Report format (default: text).' },
  output: { type: 'string', short: 'o', valueName: 'file', description: 'Write the report to a file instead of stdout.' },
};

export const cacheOption: Record<string, OptionSpec> = {
  cache: { type: 'string', valueName: 'dir', description: 'Parse cache folder kept across runs (default: config `cache`, else none).' },
  'no-cache': { type: 'boolean', description: 'Do not read or write the parse cache.' },
};

export function stringValue(invocation: Invocation, name: string): string | undefined {
  const value = invocation.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--repo DIR`, or the single positional argument, or the current directory. */
export function repoArgument(invocation: Invocation): string {
  const flag = stringValue(invocation, 'repo');
  if (flag && invocation.positionals.length > 0) throw new UsageError('Give the repository either as --repo or as an argument, not both.');
  if (invocation.positionals.length > 1) throw new UsageError(`Unexpected arguments: ${invocation.positionals.slice(1).join(' ')}`);
  return flag ?? invocation.positionals[0] ?? invocation.io.cwd;
}

export function formatArgument(invocation: Invocation, fallback: Format = 'text'): Format {
  const value = stringValue(invocation, 'format') ?? fallback;
  if (!isFormat(value)) throw new UsageError(`Unknown format \`${value}\`; use one of ${FORMATS.join(', ')}.`);
  return value;
}

/** `--no-cache` turns the parse cache off, `--cache DIR` picks its folder; otherwise the config decides. */
export function cacheArgument(invocation: Invocation): { cacheDir?: string | false } {
  if (invocation.values['no-cache']) return { cacheDir: false };
  const dir = stringValue(invocation, 'cache');
  return dir ? { cacheDir: dir } : {};
}

/** For commands that print their own data (not a report): text or JSON, to stdout or a file. */
export const textOrJsonOptions: Record<string, OptionSpec> = {
  format: { type: 'string', valueName: 'text|json', description: 'Output format (default: text).' },
  output: { type: 'string', short: 'o', valueName: 'file', description: 'Write to a file instead of stdout.' },
};

export function textOrJsonFormat(invocation: Invocation, command: string): 'text' | 'json' {
  const format = stringValue(invocation, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`\`${command}\` prints text or json, not \`${format}\`.`);
  return format;
}

/** Writes a command's result where `--output` says, else to stdout. */
export function emit(invocation: Invocation, text: string): void {
  const output = stringValue(invocation, 'output');
  if (output) writeOutput(output, text);
  else invocation.io.stdout(text);
}
