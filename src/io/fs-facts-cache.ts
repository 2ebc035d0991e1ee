import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FactsCache } from '../source/facts-cache.js';
import type { FileFacts } from '../source/facts.js';

/**
 * The facts cache on disk: one directory (what the action persists with actions/cache) holding
 * 16 JSON shards keyed by the first hex digit of the cache key. A handful of files loads in a few
 * reads on a warm run, where one file per source file would cost thousands of opens, and a small
 * change rewrites only the shards it touched.
 *
 * A shard that is rewritten keeps only the entries this run used: facts of old versions of
 * changed files drop out instead of piling up across runs. Shards nothing was added to are left
 * alone, so a warm run with no change writes nothing.
 */

const SHARD_FORMAT = 1;
const SHARD_COUNT = 16;

interface Shard {
  entries: Map<string, FileFacts>;
  used: Set<string>;
  dirty: boolean;
}

interface ShardFile {
  format: number;
  entries: Record<string, FileFacts>;
}

export function fsFactsCache(directory: string): FactsCache & { directory: string } {
  const shards = new Map<number, Shard>();

  const shardFile = (index: number) => path.join(directory, `facts-${index.toString(16)}.json`);

  const shardFor = (key: string): Shard => {
    const index = Number.parseInt(key[0] ?? '0', 16) % SHARD_COUNT || 0;
    let shard = shards.get(index);
    if (!shard) {
      shard = { entries: readShard(shardFile(index)), used: new Set(), dirty: false };
      shards.set(index, shard);
    }
    return shard;
  };

  return {
    directory,
    get(key) {
      const shard = shardFor(key);
      const facts = shard.entries.get(key);
      if (facts) shard.used.add(key);
      return facts;
    },
    set(key, facts) {
      const shard = shardFor(key);
      shard.entries.set(key, facts);
      shard.used.add(key);
      shard.dirty = true;
    },
    flush() {
      mkdirSync(directory, { recursive: true });
      for (const [index, shard] of shards) {
        if (!shard.dirty) continue;
        const kept: Record<string, FileFacts> = {};
        for (const key of shard.used) {
          const facts = shard.entries.get(key);
          if (facts) kept[key] = facts;
        }
        const file = shardFile(index);
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ format: SHARD_FORMAT, entries: kept } satisfies ShardFile));
        // Rename is atomic: a run killed mid-write leaves the previous shard, never half a file.
        renameSync(temporary, file);
        shard.dirty = false;
      }
    },
  };
}

function readShard(file: string): Map<string, FileFacts> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as ShardFile;
    if (parsed.format !== SHARD_FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) return new Map();
    return new Map(Object.entries(parsed.entries));
  } catch {
    // Missing or corrupt: a cold start for this shard, never an error.
    return new Map();
  }
}
