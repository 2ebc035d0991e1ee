import { Worker } from 'node:worker_threads';
import type { GrammarName } from './grammars.js';
import type { FileLimits, SafeParseOutcome } from './parse-file.js';

/** What the main thread and parse-worker.ts exchange. */
export interface ParseWorkerSetup {
  limits?: FileLimits;
  perFileRules?: unknown;
  /** Grammars to load (and rule queries to compile) before the first batch arrives. */
  grammars?: GrammarName[];
}

export interface ParseJob {
  path: string;
  text: string;
  hash: string;
}

export interface ParseBatch {
  id: number;
  jobs: ParseJob[];
}

export interface ParseBatchResult {
  id: number;
  outcomes: SafeParseOutcome[];
}

/** Batches of about this much text keep message overhead low and the workers evenly loaded. */
const BATCH_CHARACTERS = 256 * 1024;
const BATCH_FILES = 64;

export function batchJobs(jobs: readonly ParseJob[]): ParseJob[][] {
  const batches: ParseJob[][] = [];
  let current: ParseJob[] = [];
  let characters = 0;
  for (const job of jobs) {
    current.push(job);
    characters += job.text.length;
    if (characters >= BATCH_CHARACTERS || current.length >= BATCH_FILES) {
      batches.push(current);
      current = [];
      characters = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Parses jobs on `workerCount` worker threads, handing the next batch to whichever worker is free.
 * Outcomes come back in job order. Rejects when a worker dies; the caller parses in-thread then.
 */
export async function parseInWorkers(
  script: URL,
  workerCount: number,
  jobs: readonly ParseJob[],
  setup: ParseWorkerSetup,
): Promise<SafeParseOutcome[]> {
  const pool = startParsePool(script, workerCount, setup);
  try {
    return await pool.parse(jobs);
  } finally {
    await pool.close();
  }
}

export interface ParsePool {
  /** Parses the jobs; call once. */
  parse(jobs: readonly ParseJob[]): Promise<SafeParseOutcome[]>;
  /** Stops the workers; always call it, parsed or not. */
  close(): Promise<void>;
}

/**
 * Starts the workers before their jobs are known: each loads its grammars and rule queries while
 * the main thread is still reading and hashing files, so that start-up is off the critical path.
 */
export function startParsePool(script: URL, workerCount: number, setup: ParseWorkerSetup): ParsePool {
  const workers: Worker[] = [];
  // A worker that fails before parse() is called fails the parse that follows.
  let early: Error | undefined;
  let onFailure: ((error: Error) => void) | undefined;
  let onExit: ((code: number) => void) | undefined;
  let onResult: ((worker: Worker, result: ParseBatchResult) => void) | undefined;
  for (let index = 0; index < Math.max(1, workerCount) && !early; index++) {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: setup satisfies ParseWorkerSetup });
    } catch (error) {
      early = error instanceof Error ? error : new Error(String(error));
      break;
    }
    workers.push(worker);
    worker.on('message', (result: ParseBatchResult) => onResult?.(worker, result));
    worker.on('error', (error) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (onFailure) onFailure(failure);
      else early ??= failure;
    });
    worker.on('exit', (code) => {
      if (onExit) onExit(code);
      else early ??= new Error(`parse worker exited with code ${code}`);
    });
  }
  let used = false;
  return {
    async parse(jobs) {
      if (used) throw new Error('a parse pool parses once');
      used = true;
      if (early) throw early;
      // Largest files first, so no worker is left with one big file at the end.
      const order = jobs.map((job, index) => ({ job, index })).sort((a, b) => b.job.text.length - a.job.text.length);
      const batches = batchJobs(order.map((entry) => entry.job));
      const batchOrigins: number[][] = [];
      let position = 0;
      for (const batch of batches) {
        batchOrigins.push(order.slice(position, position + batch.length).map((entry) => entry.index));
        position += batch.length;
      }
      const outcomes: SafeParseOutcome[] = new Array(jobs.length);
      let next = 0;
      await new Promise<void>((resolve, reject) => {
        let finished = 0;
        let settled = false;
        const fail = (error: Error) => {
          if (settled) return;
          settled = true;
          reject(error);
        };
        const feed = (worker: Worker) => {
          if (next >= batches.length) return;
          const id = next++;
          worker.postMessage({ id, jobs: batches[id]! } satisfies ParseBatch);
        };
        onFailure = fail;
        onExit = (code) => {
          if (!settled) fail(new Error(`parse worker exited with code ${code}`));
        };
        onResult = (worker, result) => {
          const origins = batchOrigins[result.id]!;
          result.outcomes.forEach((outcome, offset) => {
            outcomes[origins[offset]!] = outcome;
          });
          finished++;
          if (finished === batches.length) {
            settled = true;
            resolve();
          } else feed(worker);
        };
        if (batches.length === 0) resolve();
        for (const worker of workers) feed(worker);
      });
      return outcomes;
    },
    async close() {
      onExit = () => {};
      onFailure = () => {};
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
