import type { Logger } from '../core/logger.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  multiple?: boolean;
  /** Shown in help as `--name <valueName>`. */
  valueName?: string;
}

export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export interface Invocation {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  io: CommandIO;
  logger: Logger;
  debug: boolean;
}

/** A CLI command: its own module in src/cli/commands/, listed in src/cli/commands/index.ts. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Paragraphs shown under the usage line in `--help`. */
  details?: string;
  options: Record<string, OptionSpec>;
  positionals?: { name: string; description: string }[];
  /** Returns the exit code: 0 passed, 1 gate failed, 2 usage or configuration error. */
  run(invocation: Invocation): Promise<number>;
}

export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;
