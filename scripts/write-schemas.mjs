// Writes schemas/*.json from the TypeScript sources of truth (bundled on the fly with esbuild).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'node_modules', '.cache', 'constraint-gate-schemas.mjs');
mkdirSync(path.dirname(out), { recursive: true });
await build({ absWorkingDir: root, entryPoints: ['src/config/generated-schemas.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
const { GENERATED_SCHEMAS, serialiseSchema } = await import(out);
mkdirSync(path.join(root, 'schemas'), { recursive: true });
for (const [name, schema] of Object.entries(GENERATED_SCHEMAS)) {
  writeFileSync(path.join(root, 'schemas', name), serialiseSchema(schema));
  console.log(`wrote schemas/${name}`);
}
rmSync(out);
