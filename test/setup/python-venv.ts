/**
 * The Python the fixture apps run on: a virtualenv at test/.venv (git-ignored), created with
 * `python3 -m venv` and filled from the fixtures' requirements.txt with pip from PyPI. Reused
 * while the requirements are unchanged (a marker file holds their hash); a lock folder keeps two
 * test files from installing at once.
 */
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const VENV_DIR = join(REPOSITORY_ROOT, 'test/.venv');

export async function ensurePythonVenv(requirementFiles: readonly string[]): Promise<string> {
  const python = join(VENV_DIR, 'bin/python');
  const requirements = requirementFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  const wanted = createHash('sha1').update(requirements).digest('hex');
  const marker = join(VENV_DIR, '.constraint-gate-requirements');
  if (existsSync(python) && existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return python;

  const lock = `${VENV_DIR}.lock`;
  await acquire(lock);
  try {
    if (existsSync(python) && existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return python;
    if (!existsSync(python)) await execa('python3', ['-m', 'venv', VENV_DIR]);
    await execa(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...requirementFiles.flatMap((file) => ['-r', file])]);
    writeFileSync(marker, wanted);
    return python;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function acquire(lock: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}; remove it if no test run is installing.`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}
