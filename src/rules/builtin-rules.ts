import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledAsset } from '../core/bundle-assets.js';
import { memoryWorkspace, type Workspace } from '../core/workspace.js';

/**
 * The built-in rule packs, read once like the grammar wasm files: `rules/` next to the bundle
 * (dist/rules, copied by scripts/build.mjs), else the repository's root `rules/` when running
 * from source. Only the rule files are read; fixtures stay on disk.
 */
export function builtinRulesDirectory(): string {
  const bundled = bundledAsset(import.meta.url, 'rules');
  if (bundled && statSync(bundled).isDirectory()) return bundled;
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
}

export function builtinRulesWorkspace(directory = builtinRulesDirectory()): Workspace {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (/\.ya?ml$/.test(entry.name)) files[relative] = readFileSync(path.join(dir, entry.name), 'utf8');
    }
  };
  walk(directory, '');
  return memoryWorkspace(files, directory);
}
