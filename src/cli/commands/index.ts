import type { Command } from '../command.js';
import { auditCommand, checkCommand } from './analysis-commands.js';
import { baselineCommand } from './baseline.js';
import { contractCommand } from './contract.js';
import { detectCommand } from './detect.js';
import { explainCommand } from './explain.js';
import { rulesCommand } from './rules.js';

/** Every CLI command, in the order `--help` lists them. Add a command by adding its module here. */
export const COMMANDS: readonly Command[] = [detectCommand, checkCommand, auditCommand, explainCommand, contractCommand, rulesCommand, baselineCommand];
