import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES, defaultConfig, parseConfig } from '../config/load-config.js';
import type { Config } from '../config/types.js';
import { ConfigurationError } from '../core/errors.js';

/**
 * Reads the config: the explicit file when given (it must exist), else `.constraint-gate.yml`
 * at the repository root, else the embedded defaults. Paths in messages are repository-relative.
 */
export function readConfig(repositoryRoot: string, explicit?: string): Config {
  const candidates = explicit ? [path.resolve(explicit)] : CONFIG_FILE_NAMES.map((name) => path.join(repositoryRoot, name));
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) {
    if (explicit) throw new ConfigurationError(`The config file ${explicit} does not exist.`);
    return defaultConfig();
  }
  if (!statSync(file).isFile()) throw new ConfigurationError(`The config path ${file} is not a file.`);
  const display = path.relative(repositoryRoot, file).split(path.sep).join('/');
  return parseConfig(readFileSync(file, 'utf8'), display.startsWith('..') ? file : display);
}

export function ensureDirectory(dir: string): string {
  const absolute = path.resolve(dir);
  if (!existsSync(absolute)) throw new ConfigurationError(`The repository ${dir} does not exist.`);
  if (!statSync(absolute).isDirectory()) throw new ConfigurationError(`The repository path ${dir} is not a directory.`);
  return absolute;
}
