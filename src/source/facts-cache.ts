import crypto from 'node:crypto';
import { EXTRACTOR_VERSION } from './extract.js';
import type { FileFacts } from './facts.js';

/**
 * Where facts of unchanged files come from on a warm run. The core only sees this interface;
 * the file-system implementation (src/io/fs-facts-cache.ts) is chosen at the edge.
 */
export interface FactsCache {
  get(key: string): FileFacts | undefined;
  /** `serialized`, when given, is `JSON.stringify(facts)` made elsewhere (in a parse worker). */
  set(key: string, facts: FileFacts, serialized?: string): void;
  /** Persists what was set; called once at the end of a model build. */
  flush?(): void;
}

/**
 * The cache key of one file's facts. The path is part of it (not only the content hash): facts
 * carry their path, and per-file rules can be scoped by path, so two identical `__init__.py`
 * files must not share an entry. `salt` is the rule engine's rule-set fingerprint.
 */
export function factsCacheKey(path: string, contentHash: string, salt = ''): string {
  return sha1Hex(`${EXTRACTOR_VERSION}\u0000${salt}\u0000${path}\u0000${contentHash}`);
}

export function memoryFactsCache(): FactsCache & { entries: Map<string, FileFacts> } {
  const entries = new Map<string, FileFacts>();
  return {
    entries,
    get: (key) => entries.get(key),
    set: (key, facts) => void entries.set(key, facts),
  };
}

/**
 * A warm run computes one key per file (20,000 on the bench corpus): the one-shot `crypto.hash`
 * (Node 20.12 and later) costs half of a Hash object per call. Both give the same digest.
 */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : (text) => crypto.createHash('sha1').update(text).digest('hex');
