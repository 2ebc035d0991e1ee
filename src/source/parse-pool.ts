import { Worker } from 'node:worker_threads';
import type { GrammarName } from './grammars.js';
import type { FileFacts } from './facts.js';
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
  outcomes: WireOutcome[];
}

/**
 * Parsed facts cross the thread boundary as JSON text: the worker's JSON.stringify and the main
 * thread's JSON.parse cost about half of structured cloning the same objects, and the cache then
 * writes the text as it came instead of serialising every fact again at the end of the run.
 */
export type WireOutcome = Exclude<SafeParseOutcome, { kind: 'parsed' }> | { kind: 'parsed-json'; json: string };

export function toWire(outcome: SafeParseOutcome): WireOutcome {
  return outcome.kind === 'parsed' ? { kind: 'parsed-json', json: JSON.stringify(outcome.facts) } : outcome;
}

export function fromWire(outcome: WireOutcome): SafeParseOutcome {
  return outcome.kind === 'parsed-json' ? { kind: 'parsed', facts: JSON.parse(outcome.json) as FileFacts, serialized: outcome.json } : outcome;
}

/**
 * A parse worker makes millions of short-lived objects (a JavaScript object per tree node it
 * reads); a young generation larger than V8's default collects them in fewer scavenges (measured:
 * a quarter less garbage-collection time per worker on the 1M-line benchmark).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

/** Batches of about this much text keep message overhead low and the workers evenly loaded. */
const BATCH_CHARACTERS = 256 * 1024;
const BATCH_FILES = 64;

export interface ParsePool {
  /**
   * Queues a job as soon as the caller knows it: batches go to the workers while the caller is
   * still reading (files, or the cache shards that tell which files changed).
   */
  add(job: ParseJob): void;
  /** Sends the jobs added so far to a free worker without waiting for a full batch. */
  flush(): void;
  /** The outcomes of every added job, in the order they were added; call once, after the last add. */
  finish(): Promise<SafeParseOutcome[]>;
  /** Workers started so far. */
  readonly size: number;
  /** Starts `count` more workers (a run that turned out bigger than it looked when the pool started). */
  grow(count: number, setup: ParseWorkerSetup): void;
  /** Stops the workers; always call it, finished or not. */
  close(): Promise<void>;
}

/**
 * Starts the workers before their jobs are known: each loads its grammars (and, with
 * `setup.grammars`, compiles the rule queries) while the main thread is still reading, so that
 * start-up is off the critical path. A batch is handed to whichever worker is free.
 * finish() rejects when a worker dies; the caller then parses in its own thread.
 */
export function startParsePool(script: URL, workerCount: number, setup: ParseWorkerSetup): ParsePool {
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const batches: ParseJob[][] = [];
  const outcomes: SafeParseOutcome[] = [];
  let current: ParseJob[] = [];
  let currentCharacters = 0;
  let added = 0;
  let sent = 0;
  let received = 0;
  let failure: Error | undefined;
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  /** Where each batch's outcomes go: the index of its first job. */
  const batchStarts = new Map<number, number>();
  let nextJobIndex = 0;
  let closed = false;
  let finished = false;

  const fail = (error: Error) => {
    failure ??= error;
    settle?.reject(failure);
    settle = undefined;
  };
  // A worker with nothing to do takes what is queued, even a part batch (a worker that answers
  // finds one): while the workers are busy, batches fill.
  const dispatch = () => {
    while (!failure && idle.length > 0 && (sent < batches.length || current.length > 0)) {
      if (sent === batches.length) closeBatch();
      const id = sent++;
      const jobs = batches[id]!;
      batchStarts.set(id, nextJobIndex);
      nextJobIndex += jobs.length;
      idle.pop()!.postMessage({ id, jobs } satisfies ParseBatch);
    }
  };
  const closeBatch = () => {
    if (current.length === 0) return;
    batches.push(current);
    current = [];
    currentCharacters = 0;
  };
  const settleIfDone = () => {
    if (finished && !failure && received === added) {
      settle?.resolve();
      settle = undefined;
    }
  };

  const spawn = (workerSetup: ParseWorkerSetup) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: workerSetup satisfies ParseWorkerSetup, resourceLimits: WORKER_LIMITS });
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    workers.push(worker);
    idle.push(worker);
    worker.on('message', (result: ParseBatchResult) => {
      const start = batchStarts.get(result.id)!;
      result.outcomes.forEach((outcome, offset) => {
        outcomes[start + offset] = fromWire(outcome);
      });
      received += result.outcomes.length;
      idle.push(worker);
      dispatch();
      settleIfDone();
    });
    worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => {
      if (!closed) fail(new Error(`parse worker exited with code ${code}`));
    });
  };
  for (let index = 0; index < Math.max(1, workerCount) && !failure; index++) spawn(setup);

  const pool: ParsePool = {
    add(job) {
      if (finished) throw new Error('a parse pool takes no jobs after finish()');
      added++;
      current.push(job);
      currentCharacters += job.text.length;
      if (currentCharacters >= BATCH_CHARACTERS || current.length >= BATCH_FILES) {
        closeBatch();
        dispatch();
      }
    },
    flush() {
      closeBatch();
      dispatch();
    },
    async finish() {
      if (finished) throw new Error('a parse pool parses once');
      finished = true;
      closeBatch();
      dispatch();
      if (failure) throw failure;
      if (received < added) {
        await new Promise<void>((resolve, reject) => {
          settle = { resolve, reject };
          settleIfDone();
        });
      }
      return outcomes;
    },
    get size() {
      return workers.length;
    },
    grow(count, workerSetup) {
      for (let index = 0; index < count && !failure && !finished; index++) spawn(workerSetup);
      dispatch();
    },
    async close() {
      closed = true;
      settle = undefined;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
  return pool;
}
