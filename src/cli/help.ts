import type { Command, OptionSpec } from './command.js';

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'Show help.' },
  debug: { type: 'boolean', description: 'Show debug output and stack traces of internal errors.' },
};

function optionLines(options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : ''}`;
    return [flag, spec.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

export function commandHelp(command: Command): string {
  const lines = [`Usage: constraint-gate ${command.usage}`, '', command.summary];
  if (command.details) lines.push('', command.details);
  if (command.positionals?.length) {
    lines.push('', 'Arguments:');
    const width = Math.max(...command.positionals.map((positional) => positional.name.length));
    for (const positional of command.positionals) lines.push(`  ${positional.name.padEnd(width)}  ${positional.description}`);
  }
  lines.push('', 'Options:', ...optionLines({ ...command.options, ...GLOBAL_OPTIONS }));
  return `${lines.join('\n')}\n`;
}

export function mainHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `constraint-gate ${version} — gate pull requests to Python and Node backends on structural constraints, data-layer rules and API contracts.`,
    '',
    'Usage: constraint-gate <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `constraint-gate <command> --help` for the options of a command.',
    'Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error.',
    '',
  ].join('\n');
}
