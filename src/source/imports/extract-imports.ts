import type { ExtractContext } from '../extract.js';

// Placeholder until the extractor lands; replaced by its owner.
export function extractImports(_context: ExtractContext): void {}
