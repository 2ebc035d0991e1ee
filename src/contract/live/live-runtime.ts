/**
 * EDGE: the real ContractRuntime — child processes (app-process.ts), newman (newman-runner.ts)
 * and fetch (http-send.ts). Everything under src/contract/live/ is edge code; the rest of
 * src/contract/ is pure and receives this through the ContractRuntime interface.
 */
import type { ContractRuntime } from '../runtime.js';
import { startAppProcess, type AppProcessOptions } from './app-process.js';
import { sendGenerated } from './http-send.js';
import { runCollectionWithNewman } from './newman-runner.js';

export function liveRuntime(options: AppProcessOptions = {}): ContractRuntime {
  return {
    startApp: (plan) => startAppProcess(plan, options),
    runCollection: runCollectionWithNewman,
    send: sendGenerated,
    now: () => Date.now(),
  };
}
