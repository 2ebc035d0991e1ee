import { parseArgs } from 'node:util';
import { ConfigurationError, UsageError, describeError, isUserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { TOOL_VERSION } from '../core/version.js';
import { EXIT, type Command, type CommandIO } from './command.js';
import { COMMANDS } from './commands/index.js';
import { GLOBAL_OPTIONS, commandHelp, mainHelp } from './help.js';

function consoleLogger(io: CommandIO, debug: boolean): Logger {
  return {
    debug: (message) => debug && io.stderr(`debug: ${message}\n`),
    info: (message) => debug && io.stderr(`${message}\n`),
    warn: (message) => io.stderr(`warning: ${message}\n`),
    error: (message) => io.stderr(`error: ${message}\n`),
  };
}

function printError(io: CommandIO, error: unknown, debug: boolean): number {
  if (isUserError(error)) {
    io.stderr(`error: ${describeError(error)}\n`);
    const related = (error as ConfigurationError & { related?: unknown[] }).related ?? [];
    for (const other of related) io.stderr(`error: ${describeError(other)}\n`);
    if (error instanceof UsageError) io.stderr('Run with --help for usage.\n');
    return EXIT.usage;
  }
  io.stderr(`internal error: ${describeError(error)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr('Run again with --debug for details, and report it if it persists.\n');
  return EXIT.usage;
}

/** Parses argv, runs one command, and turns every error into a message and an exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CommandIO, commands: readonly Command[] = COMMANDS): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp(commands, TOOL_VERSION));
    return name ? EXIT.passed : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.passed;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`error: Unknown command \`${name}\`.\n\n${mainHelp(commands, TOOL_VERSION)}`);
    return EXIT.usage;
  }
  try {
    const options = { ...command.options, ...GLOBAL_OPTIONS };
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(describeError(error).replace(/^TypeError \[[A-Z_]+\]: /, ''));
    }
    if (parsed.values.help) {
      io.stdout(commandHelp(command));
      return EXIT.passed;
    }
    return await command.run({
      positionals: parsed.positionals,
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      io,
      logger: consoleLogger(io, debug),
      debug,
    });
  } catch (error) {
    return printError(io, error, debug);
  }
}
