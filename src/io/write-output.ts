import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';

export function writeOutput(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new ConfigurationError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}
