import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { ContractConfig } from '../../src/config/types.js';
import { silentLogger } from '../../src/core/logger.js';
import { isListening, trackedGroups } from '../../src/contract/live/app-process.js';
import { liveRuntime } from '../../src/contract/live/live-runtime.js';
import { runContract, type ContractOutcome } from '../../src/contract/run-contract.js';
import { fsWorkspace } from '../../src/io/fs-workspace.js';
import { freePort } from './free-port.js';
import { routesOf } from './source-routes.js';

/**
 * Temporary folders and ports of a live-contract test file, checked when the file ends: no
 * process group the runtime started may survive, no port may still be bound.
 */
export function liveResources(): { folder(prefix: string): string; port(): Promise<number> } {
  const temps: string[] = [];
  const ports: number[] = [];
  afterAll(async () => {
    expect(trackedGroups()).toEqual([]);
    for (const port of ports) expect(await isListening('127.0.0.1', port)).toBe(false);
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });
  return {
    folder(prefix) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      temps.push(dir);
      return dir;
    },
    async port() {
      const port = await freePort();
      ports.push(port);
      return port;
    },
  };
}

export interface FixtureRun {
  breaks?: string[];
  /** Rewrites the app's main file before the run (e.g. to delete a route). */
  edit?: (source: string) => string;
}

/**
 * Runs the contract of a fixture app copied into a temporary folder: static coverage from its
 * real routes, then the live run with the real runtime.
 */
export function fixtureContract(options: {
  fixture: string;
  mainFile: string;
  skip: RegExp;
  config: (dir: string, port: number, breaks: string[]) => ContractConfig;
}): (run?: FixtureRun) => Promise<{ outcome: ContractOutcome; dir: string }> {
  const resources = liveResources();
  return async (run = {}) => {
    const dir = resources.folder('cg-fixture-');
    cpSync(options.fixture, dir, { recursive: true, filter: (source) => !options.skip.test(source) });
    const main = join(dir, options.mainFile);
    if (run.edit) writeFileSync(main, run.edit(readFileSync(main, 'utf8')));
    const port = await resources.port();
    const outcome = await runContract({
      workspace: fsWorkspace(dir),
      projectRoot: '.',
      config: options.config(dir, port, run.breaks ?? []),
      routes: await routesOf(dir),
      logger: silentLogger,
      runtime: liveRuntime({ logDir: dir }),
    });
    return { outcome, dir };
  };
}
