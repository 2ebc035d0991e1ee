import type { ExtractContext } from '../extract.js';

// Placeholder until the extractor lands; replaced by its owner.
export function extractNodeFacts(_context: ExtractContext): void {}
