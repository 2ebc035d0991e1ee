// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the parse worker into dist/,
// with the assets they load at run time, so dist/ runs with no node_modules present.
//
//   node scripts/build.mjs [--outdir DIR]    # DIR (default dist/) for a scratch build, e.g. to profile
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { webTreeSitterFastPaths } from './web-tree-sitter-fast-paths.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const dist = path.resolve(root, options.outdir);
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const entries = [
  { in: 'src/action.ts', out: 'index' },
  { in: 'src/cli.ts', out: 'cli' },
  { in: 'src/source/parse-worker.ts', out: 'parse-worker' },
].filter((entry) => existsSync(path.join(root, entry.in)));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// postman-sandbox (under newman) loads its prebuilt bootcode and only falls back to compiling it
// with browserify/terser at run time; that fallback is never wanted in the bundle.
const skipSandboxLiveCompile = {
  name: 'skip-sandbox-live-compile',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/bundle$/ }, (args) =>
      /postman-sandbox[\\/]lib[\\/]bootcode\.js$/.test(args.importer) ? { path: 'sandbox-live-compile', namespace: 'stub' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "module.exports = { load() { throw new Error('postman-sandbox bootcode is missing from the bundle'); } };",
      loader: 'js',
    }));
  },
};

// One build with code splitting: the action, the CLI and the worker share one copy of the engine.
// Whitespace and syntax are minified to keep the committed bundle small; identifiers are kept so
// --debug stack traces stay readable.
await build({
  plugins: [skipSandboxLiveCompile, webTreeSitterFastPaths()],
  absWorkingDir: root,
  entryPoints: Object.fromEntries(entries.map((entry) => [entry.out, entry.in])),
  outdir: dist,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
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
// Only the rule files: their fixtures are for the test suite, not for the bundle.
if (existsSync(path.join(root, 'rules'))) {
  cpSync(path.join(root, 'rules'), path.join(dist, 'rules'), {
    recursive: true,
    filter: (source) => {
      const depth = path.relative(path.join(root, 'rules'), source).split(path.sep).length;
      return depth <= 1 ? statSync(source).isDirectory() || depth === 0 : depth === 2 && /\.ya?ml$/.test(source);
    },
  });
}
const shown = path.relative(root, dist) || '.';
console.log(`built ${entries.map((entry) => `${shown}/${entry.out}.js`).join(', ')} (version ${version})`);
