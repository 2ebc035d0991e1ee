// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the parse worker into dist/,
// with the assets they load at run time, so dist/ runs with no node_modules present.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const entries = [
  { in: 'src/action.ts', out: 'index' },
  { in: 'src/cli.ts', out: 'cli' },
  { in: 'src/source/parse-worker.ts', out: 'parse-worker' },
].filter((entry) => existsSync(path.join(root, entry.in)));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

for (const entry of entries) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry.in],
    outfile: `dist/${entry.out}.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    define: { __CONSTRAINT_GATE_VERSION__: JSON.stringify(version) },
    // Bundled CommonJS dependencies still call require() and read __dirname.
    banner: {
      js: [
        "import { createRequire as __cgCreateRequire } from 'node:module';",
        "import { fileURLToPath as __cgFileURLToPath } from 'node:url';",
        "import { dirname as __cgDirname } from 'node:path';",
        'const require = __cgCreateRequire(import.meta.url);',
        'const __filename = __cgFileURLToPath(import.meta.url);',
        'const __dirname = __cgDirname(__filename);',
      ].join('\n'),
    },
  });
}

const wasm = path.join(dist, 'wasm');
mkdirSync(wasm, { recursive: true });
for (const file of [
  'web-tree-sitter/tree-sitter.wasm',
  'tree-sitter-python/tree-sitter-python.wasm',
  'tree-sitter-javascript/tree-sitter-javascript.wasm',
  'tree-sitter-typescript/tree-sitter-typescript.wasm',
  'tree-sitter-typescript/tree-sitter-tsx.wasm',
]) {
  cpSync(require.resolve(file), path.join(wasm, path.basename(file)));
}
if (existsSync(path.join(root, 'rules'))) {
  cpSync(path.join(root, 'rules'), path.join(dist, 'rules'), { recursive: true });
}
console.log(`built ${entries.map((entry) => `dist/${entry.out}.js`).join(', ')} (version ${version})`);
