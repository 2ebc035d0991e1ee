import { Worker } from 'node:worker_threads';
import type { FileLimits, SafeParseOutcome } from './parse-file.js';

/** What the main thread and parse-worker.ts exchange. */
export interface ParseWorkerSetup {
  limits?: FileLimits;
  perFileRules?: unknown;
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
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const feed = (worker: Worker) => {
        if (next >= batches.length) return;
        const id = next++;
        worker.postMessage({ id, jobs: batches[id]! } satisfies ParseBatch);
      };
      const count = Math.max(1, Math.min(workerCount, batches.length));
      for (let index = 0; index < count; index++) {
        const worker = new Worker(script, { workerData: setup satisfies ParseWorkerSetup });
        workers.push(worker);
        worker.on('message', (result: ParseBatchResult) => {
          const origins = batchOrigins[result.id]!;
          result.outcomes.forEach((outcome, offset) => {
            outcomes[origins[offset]!] = outcome;
          });
          finished++;
          if (finished === batches.length) {
            settled = true;
            resolve();
          } else feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (!settled) fail(new Error(`parse worker exited with code ${code}`));
        });
        feed(worker);
      }
      if (batches.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
