import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from './extract.js';
import { factsCacheKey } from './facts-cache.js';

describe('factsCacheKey', () => {
  it('is the SHA-1 of version, salt, path and content hash, so caches written by earlier builds stay valid', () => {
    const expected = createHash('sha1').update(`${EXTRACTOR_VERSION}\u0000rules-1\u0000app/main.py\u0000839170684f9cd89f8b51d6e84443c539878c93df`).digest('hex');
    expect(factsCacheKey('app/main.py', '839170684f9cd89f8b51d6e84443c539878c93df', 'rules-1')).toBe(expected);
    expect(factsCacheKey('app/ünï.py', 'x')).toBe(createHash('sha1').update(`${EXTRACTOR_VERSION}\u0000\u0000app/ünï.py\u0000x`).digest('hex'));
  });

  it('differs by path for identical contents', () => {
    expect(factsCacheKey('a/__init__.py', 'same')).not.toBe(factsCacheKey('b/__init__.py', 'same'));
  });
});
