/**
 * The edge the contract run drives: starting and stopping the app, running a collection, sending
 * one request. The real implementation is src/contract/live/ (execa, sockets, newman, files);
 * tests of the pure orchestration can pass a fake.
 */
import type { Exchange } from './exchange.js';
import type { GeneratedRequest } from './generate-requests.js';

export interface AppStartPlan {
  command: string;
  /** Absolute working directory. */
  cwd: string;
  env: Record<string, string>;
  /** Absolute URL polled until the app is ready. */
  healthUrl: string;
  /** With a configured health path the app is ready on 2xx; without one, on any HTTP answer (it is listening). */
  healthNeeds2xx: boolean;
  startTimeoutMs: number;
}

export type StartFailureKind = 'port-in-use' | 'exited' | 'health-timeout' | 'spawn-failed';

export type StartOutcome =
  | { ok: true; app: RunningApp }
  | { ok: false; kind: StartFailureKind; message: string; log: string[] };

export interface RunningApp {
  /** Everything the app wrote to stdout and stderr so far, by line. */
  logLines(): string[];
  /** Stops the app and its whole process tree; safe to call twice. */
  stop(): Promise<void>;
}

export interface CollectionRunOptions {
  globals: Record<string, string>;
  requestTimeoutMs: number;
}

export interface CollectionRun {
  exchanges: Exchange[];
  /** Variables (globals, environment, collection) as the run left them, e.g. a token a login request stored. */
  variables: Record<string, string>;
  /** Set when newman itself failed (not when assertions failed). */
  error?: string;
}

export interface ContractRuntime {
  startApp(plan: AppStartPlan): Promise<StartOutcome>;
  runCollection(collection: Record<string, unknown>, options: CollectionRunOptions, app: RunningApp): Promise<CollectionRun>;
  send(request: GeneratedRequest, timeoutMs: number, app: RunningApp): Promise<Exchange>;
  now(): number;
}
