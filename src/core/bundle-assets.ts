import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a file shipped beside the bundle (`dist/wasm/…`, `dist/rules`, `dist/parse-worker.js`) is,
 * seen from the module asking: entry files sit in dist/, shared code in dist/chunks/. Returns
 * undefined when running from source, where callers fall back to node_modules or the repository.
 */
export function bundledAsset(moduleUrl: string, relative: string): string | undefined {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const distRoot = path.basename(here) === 'chunks' ? path.dirname(here) : here;
  const candidate = path.join(distRoot, relative);
  return existsSync(candidate) ? candidate : undefined;
}
