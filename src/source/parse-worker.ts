import { parentPort, workerData } from 'node:worker_threads';
import { parseFileSafely } from './parse-file.js';
import type { ParseBatch, ParseBatchResult, ParseWorkerSetup } from './parse-pool.js';

/**
 * Worker-thread entry (bundled to dist/parse-worker.js): parses the batches the main thread sends
 * and answers with plain facts. Trees never leave this thread.
 */
const setup = (workerData ?? {}) as ParseWorkerSetup;
const port = parentPort;
if (!port) throw new Error('parse-worker.ts must run in a worker thread');

port.on('message', async (batch: ParseBatch) => {
  const outcomes = [];
  for (const job of batch.jobs) {
    outcomes.push(await parseFileSafely(job.path, job.text, { hash: job.hash, limits: setup.limits, perFileRules: setup.perFileRules }));
  }
  port.postMessage({ id: batch.id, outcomes } satisfies ParseBatchResult);
});
