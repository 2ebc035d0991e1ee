import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledAsset } from '../core/bundle-assets.js';
import type { Finding } from '../core/types.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../core/logger.js';
import type { Workspace } from '../core/workspace.js';
import type { FileFacts } from './facts.js';
import { factsCacheKey, type FactsCache } from './facts-cache.js';
import { buildImportGraph } from './imports/import-graph.js';
import type { SourceModel } from './model.js';
import {
  carriesFacts,
  DEFAULT_FILE_LIMITS,
  failedFileNote,
  parseFileSafely,
  contentHash,
  skippedFileNote,
  skipReasonFor,
  syntaxErrorNote,
  type FileLimits,
  type SafeParseOutcome,
} from './parse-file.js';
import { grammarForPath } from './grammars.js';
import { startParsePool, type ParseJob, type ParsePool } from './parse-pool.js';

export interface BuildSourceModelOptions {
  cache?: FactsCache;
  /** Mixed into every cache key; the rule engine passes its rule-set fingerprint. */
  salt?: string;
  /** Opaque, serialisable per-file rule set, handed to the per-file rule hook in each worker. */
  perFileRules?: unknown;
  logger?: Logger;
  /** Worker threads to parse with; 0 parses in this thread. Default: the machine's parallelism, capped. */
  workers?: number;
  /** The bundled worker entry; default `parse-worker.js` next to the running bundle. */
  workerScript?: URL;
  limits?: FileLimits;
  /**
   * Files to read before the others (the files a change under review touches): they are the
   * likely cache misses, so their parse starts while the rest of the cache is still being read.
   * Only the order of the work changes, never the model.
   */
  readFirst?: readonly string[];
}

/** More threads than this stop paying off: the main thread's reading and hashing becomes the bottleneck. */
const MAX_WORKERS = 8;
/** Below this much text to parse, starting workers (each loads the grammars) costs more than it saves. */
const IN_THREAD_CHARACTERS = 1024 * 1024;
/**
 * In a repository this large, read with a cache, one worker starts before the read even though
 * there may be little to parse (a warm `check`): it loads while the main thread reads the cache,
 * and parses the changed files in parallel with that read instead of after it.
 */
const OVERLAP_CANDIDATES = 2000;
const YIELD_EVERY_FILES = 256;

/**
 * Every code file of the workspace, parsed once (or taken from the cache when its content did not
 * change), plus the resolved import graph and `note` findings for files that were skipped or only
 * partly parsed.
 */
export async function buildSourceModel(workspace: Workspace, options: BuildSourceModelOptions = {}): Promise<SourceModel> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const limits = options.limits ?? DEFAULT_FILE_LIMITS;
  const allFiles = workspace.listFiles();
  const candidates = [...new Set(allFiles.filter(carriesFacts))];
  const salt = `${options.salt ?? ''}\u0000${buildFingerprint(options.workerScript ?? bundledWorkerScript())}`;

  const files = new Map<string, FileFacts>();
  const notes: Finding[] = [];
  const jobs: ParseJob[] = [];
  const keys = new Map<string, string>();
  let skipped = 0;
  let fromCache = 0;

  const takeCached = (path: string, cached: FileFacts, text?: string) => {
    fromCache++;
    files.set(path, cached);
    // The note quotes the first broken line: a file looked up by its id is read only to quote it.
    if (cached.syntaxErrors.length > 0) addSyntaxNote(cached, text ?? workspace.readText(path) ?? '', notes);
  };

  // Workers start as soon as there is enough to parse, and load while the rest is read.
  const pool = earlyPool(options, limits, candidates, jobs);
  let readDone = 0;
  let outcomes: SafeParseOutcome[];
  try {
    const order = readingOrder(candidates, options.readFirst);
    for (const [position, path] of order.paths.entries()) {
      if (position === order.firstCount) pool.flush();
      // Worker answers are taken (and the next batches handed out) only when this loop yields.
      if (position % YIELD_EVERY_FILES === YIELD_EVERY_FILES - 1) await new Promise((resolve) => setImmediate(resolve));
      // A content id known without reading (git's blob id of an unchanged file) finds the facts
      // of most files of a warm run: those are never read.
      const knownHash = options.cache ? workspace.contentId?.(path) : undefined;
      if (knownHash) {
        const cached = cachedFacts(options.cache!, path, knownHash, salt);
        if (cached) {
          takeCached(path, cached);
          continue;
        }
      }
      // Read first and ask for the size only when that fails: each call resolves the real path,
      // which is most of the cost of reading a small file.
      const text = workspace.readText(path);
      if (text === undefined) {
        if (workspace.size(path) === undefined) {
          // Missing, or a symbolic link leaving the repository: never followed, nothing to report.
          logger.debug(`source model: ${path} is not readable inside the repository; ignored`);
        } else {
          skipped++;
          notes.push(skippedFileNote(path, 'binary'));
        }
        continue;
      }
      const reason = skipReasonFor(path, text, limits);
      if (reason) {
        skipped++;
        notes.push(skippedFileNote(path, reason));
        continue;
      }
      const hash = knownHash ?? contentHash(text);
      const cached = options.cache && !knownHash ? cachedFacts(options.cache, path, hash, salt) : undefined;
      if (cached) {
        takeCached(path, cached, text);
        continue;
      }
      keys.set(path, factsCacheKey(path, hash, salt));
      const job = { path, text, hash };
      jobs.push(job);
      pool.add(job);
    }

    readDone = performance.now();
    outcomes = await parseJobs(jobs, options, limits, logger, pool.started());
  } finally {
    await pool.close();
  }
  let parsed = 0;
  outcomes.forEach((outcome, index) => {
    const job = jobs[index]!;
    if (outcome.kind === 'parsed') {
      parsed++;
      files.set(job.path, outcome.facts);
      options.cache?.set(keys.get(job.path)!, outcome.facts, outcome.serialized);
      addSyntaxNote(outcome.facts, job.text, notes);
    } else if (outcome.kind === 'skipped') {
      skipped++;
      notes.push(outcome.note);
    } else {
      skipped++;
      logger.warn(`source model: could not analyse ${job.path}: ${outcome.message.split('\n')[0]}`);
      logger.debug(outcome.message);
      notes.push(failedFileNote(job.path));
    }
  });
  options.cache?.flush?.();

  // Facts and notes in listing order, whichever came from the cache and whichever from a worker.
  const listed = new Map(candidates.map((path, index) => [path, index]));
  notes.sort((a, b) => (listed.get(a.file) ?? 0) - (listed.get(b.file) ?? 0));
  const ordered = new Map<string, FileFacts>();
  let lines = 0;
  for (const path of candidates) {
    const facts = files.get(path);
    if (!facts) continue;
    ordered.set(path, facts);
    lines += facts.lineCount;
  }
  const parseDone = performance.now();
  const graph = buildImportGraph(ordered, allFiles, (path) => workspace.readText(path));
  const finished = performance.now();
  const durationMs = Math.round(finished - started);
  const phases = { readMs: Math.round(readDone - started), parseMs: Math.round(parseDone - readDone), graphMs: Math.round(finished - parseDone) };
  logger.debug(
    `source model: ${ordered.size} files (${parsed} parsed, ${fromCache} cached, ${skipped} skipped), ${lines} lines in ${durationMs} ms ` +
      `(read ${phases.readMs} ms, parse ${phases.parseMs} ms, graph ${phases.graphMs} ms)`,
  );
  return {
    files: ordered,
    graph,
    notes,
    stats: { files: ordered.size, parsed, fromCache, skipped, lines, durationMs, phases },
  };
}

function readingOrder(candidates: readonly string[], first: readonly string[] | undefined): { paths: readonly string[]; firstCount: number } {
  if (!first || first.length === 0) return { paths: candidates, firstCount: 0 };
  const wanted = new Set(first);
  const firstPaths = candidates.filter((path) => wanted.has(path));
  return { paths: [...firstPaths, ...candidates.filter((path) => !wanted.has(path))], firstCount: firstPaths.length };
}

function cachedFacts(cache: FactsCache, path: string, hash: string, salt: string): FileFacts | undefined {
  const cached = cache.get(factsCacheKey(path, hash, salt));
  return cached && cached.path === path && cached.hash === hash ? cached : undefined;
}

function addSyntaxNote(facts: FileFacts, text: string, notes: Finding[]): void {
  const note = syntaxErrorNote(facts, text);
  if (note) notes.push(note);
}

/**
 * The worker pool, fed each job as the read finds it. All workers start (and compile the rule
 * queries) once the text to parse reaches IN_THREAD_CHARACTERS, or at the first job when the
 * caller set `workers`; in a large repository read with a cache one worker starts before the
 * read and the rest join if the text grows. A small run parses in the main thread.
 */
function earlyPool(options: BuildSourceModelOptions, limits: FileLimits, candidates: readonly string[], jobs: readonly ParseJob[]) {
  const workers = options.workers ?? Math.min(availableParallelism(), MAX_WORKERS);
  const script = options.workerScript ?? bundledWorkerScript();
  const threshold = options.workers !== undefined ? 1 : IN_THREAD_CHARACTERS;
  const grammars = () => [...new Set(candidates.map(grammarForPath).filter((grammar) => grammar !== undefined))];
  let pending = 0;
  let pool: ParsePool | undefined;
  // The single early worker loads grammars and compiles queries only as its files need them; a
  // pool started for a large parse warms up on every grammar.
  if (workers > 0 && script && options.cache && candidates.length >= OVERLAP_CANDIDATES) {
    pool = startParsePool(script, 1, { limits, perFileRules: options.perFileRules });
  }
  return {
    /** `job` is the last of `jobs`; a pool that starts now takes all of them. */
    add(job: ParseJob) {
      pending += job.text.length;
      if (workers <= 0 || !script) return;
      const large = pending >= threshold;
      if (!pool) {
        if (!large) return;
        pool = startParsePool(script, workers, { limits, perFileRules: options.perFileRules, grammars: grammars() });
        for (const queued of jobs) pool.add(queued);
        return;
      }
      if (large && pool.size < workers) pool.grow(workers - pool.size, { limits, perFileRules: options.perFileRules, grammars: grammars() });
      pool.add(job);
    },
    flush: () => pool?.flush(),
    started: () => pool,
    close: async () => pool?.close(),
  };
}

async function parseJobs(
  jobs: ParseJob[],
  options: BuildSourceModelOptions,
  limits: FileLimits,
  logger: Logger,
  pool: ParsePool | undefined,
): Promise<SafeParseOutcome[]> {
  if (pool) {
    try {
      return await pool.finish();
    } catch (error) {
      logger.warn(`source model: parse workers failed (${error instanceof Error ? error.message : String(error)}); parsing in the main thread`);
    }
  }
  const outcomes: SafeParseOutcome[] = [];
  for (const job of jobs) {
    outcomes.push(await parseFileSafely(job.path, job.text, { hash: job.hash, limits, perFileRules: options.perFileRules }));
  }
  return outcomes;
}

/**
 * A fingerprint of the extractor code: the hash of the bundled worker, which holds every extractor
 * and the per-file rule matcher. A new build then never reads facts an older build cached, even
 * when someone forgot to bump EXTRACTOR_VERSION. Empty when running from source.
 */
const fingerprints = new Map<string, string>();

function buildFingerprint(script: URL | undefined): string {
  if (!script) return '';
  let fingerprint = fingerprints.get(script.href);
  if (fingerprint === undefined) {
    try {
      fingerprint = createHash('sha1').update(readFileSync(fileURLToPath(script))).digest('hex').slice(0, 16);
    } catch {
      fingerprint = '';
    }
    fingerprints.set(script.href, fingerprint);
  }
  return fingerprint;
}

/** dist/parse-worker.js next to the running bundle; absent when running from source. */
function bundledWorkerScript(): URL | undefined {
  const script = bundledAsset(import.meta.url, 'parse-worker.js');
  return script ? pathToFileURL(script) : undefined;
}
