import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FactsCache } from '../source/facts-cache.js';
import type { FileFacts } from '../source/facts.js';

/**
 * The facts cache on disk: one directory (what the action persists with actions/cache) holding
 * 256 JSON shards keyed by the first two hex digits of the cache key. A warm run of a 20,000-file
 * repository opens 256 files instead of 20,000, and a 20-file change rewrites at most 20 small
 * shards instead of the whole cache (serialising 40 MB of facts costs more than parsing 20 files).
 *
 * A shard that is rewritten keeps only the entries this run used: facts of old versions of
 * changed files drop out instead of piling up across runs. Shards nothing was added to are left
 * alone, so a warm run with no change writes nothing.
 */

const SHARD_FORMAT = 1;
const SHARD_COUNT = 256;

interface Shard {
  entries: Map<string, FileFacts>;
  /** The JSON of entries set with their text (from a parse worker): written as is. */
  serialized: Map<string, string>;
  used: Set<string>;
  dirty: boolean;
}

interface ShardFile {
  format: number;
  entries: Record<string, FileFacts>;
}

export function fsFactsCache(directory: string): FactsCache & { directory: string } {
  const shards = new Map<number, Shard>();

  const shardFile = (index: number) => path.join(directory, `facts-${index.toString(16).padStart(2, '0')}.json`);

  const shardFor = (key: string): Shard => {
    const index = (Number.parseInt(key.slice(0, 2), 16) || 0) % SHARD_COUNT;
    let shard = shards.get(index);
    if (!shard) {
      shard = { entries: readShard(shardFile(index)), serialized: new Map(), used: new Set(), dirty: false };
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
    set(key, facts, serialized) {
      const shard = shardFor(key);
      shard.entries.set(key, facts);
      if (serialized === undefined) shard.serialized.delete(key);
      else shard.serialized.set(key, serialized);
      shard.used.add(key);
      shard.dirty = true;
    },
    flush() {
      mkdirSync(directory, { recursive: true });
      for (const [index, shard] of shards) {
        if (!shard.dirty) continue;
        const file = shardFile(index);
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, shardText(shard));
        // Rename is atomic: a run killed mid-write leaves the previous shard, never half a file.
        renameSync(temporary, file);
        shard.dirty = false;
      }
    },
  };
}

/** The shard file as JSON.stringify would write a ShardFile of the used entries, reusing their JSON where known. */
function shardText(shard: Shard): string {
  const members: string[] = [];
  for (const key of shard.used) {
    const facts = shard.entries.get(key);
    if (facts) members.push(`${JSON.stringify(key)}:${shard.serialized.get(key) ?? JSON.stringify(facts)}`);
  }
  return `{"format":${SHARD_FORMAT},"entries":{${members.join(',')}}}`;
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
