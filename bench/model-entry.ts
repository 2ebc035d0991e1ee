// Benchmark entry that builds the source model of a repository and prints its stats as JSON.
// bench/run.mjs bundles it (with the parse worker next to it) so it runs like dist/ does.
import { buildSourceModel } from '../src/source/build-model.js';
import { fsFactsCache } from '../src/io/fs-facts-cache.js';
import { fsWorkspace } from '../src/io/fs-workspace.js';

const [repo, cacheDirectory, workers] = process.argv.slice(2);
if (!repo) throw new Error('usage: model.js <repo> [cache-dir|-] [workers]');
const started = performance.now();
const model = await buildSourceModel(fsWorkspace(repo), {
  cache: cacheDirectory && cacheDirectory !== '-' ? fsFactsCache(cacheDirectory) : undefined,
  ...(workers !== undefined ? { workers: Number(workers) } : {}),
});
let edges = 0;
let resolved = 0;
for (const file of model.files.keys()) {
  for (const edge of model.graph.edgesFrom(file)) {
    edges++;
    if (edge.to) resolved++;
  }
}
process.stdout.write(
  `${JSON.stringify({ ...model.stats, notes: model.notes.length, edges, resolved, totalMs: Math.round(performance.now() - started) })}\n`,
);
