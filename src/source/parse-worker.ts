import { parentPort, workerData } from 'node:worker_threads';
import { prepareFileRules } from '../rules/match-file.js';
import type { FileRulePayload } from '../rules/types.js';
import { parserFor } from './grammars.js';
import { parseFileSafely } from './parse-file.js';
import { toWire, type ParseBatch, type ParseBatchResult, type ParseWorkerSetup } from './parse-pool.js';

/**
 * Worker-thread entry (bundled to dist/parse-worker.js): parses the batches the main thread sends
 * and answers with plain facts. Trees never leave this thread.
 */
const setup = (workerData ?? {}) as ParseWorkerSetup;
const port = parentPort;
if (!port) throw new Error('parse-worker.ts must run in a worker thread');

/** Grammars and rule queries loaded while the main thread still reads files (see startParsePool). */
async function warmUp(): Promise<void> {
  for (const grammar of setup.grammars ?? []) {
    try {
      const parser = await parserFor(grammar);
      if (parser.language) prepareFileRules(setup.perFileRules as FileRulePayload | undefined, grammar, parser.language);
    } catch {
      // The first file of this grammar meets the same error and reports it.
    }
  }
}
const ready = warmUp();

port.on('message', async (batch: ParseBatch) => {
  await ready;
  const outcomes = [];
  for (const job of batch.jobs) {
    outcomes.push(toWire(await parseFileSafely(job.path, job.text, { hash: job.hash, limits: setup.limits, perFileRules: setup.perFileRules })));
  }
  port.postMessage({ id: batch.id, outcomes } satisfies ParseBatchResult);
});
