// Writes docs/rules.md from the built-in rule packs (rules/*/*.yml); a test keeps it in sync.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'node_modules', '.cache', 'constraint-gate-rules-doc.mjs');
mkdirSync(path.dirname(out), { recursive: true });
await build({
  absWorkingDir: root,
  stdin: {
    contents: [
      "export { renderRuleCatalog } from './src/rules/catalog.ts';",
      "export { loadRuleSet } from './src/rules/load-rules.ts';",
      "export { builtinRulesWorkspace } from './src/rules/builtin-rules.ts';",
      "export { defaultConfig } from './src/config/load-config.ts';",
      "export { silentLogger } from './src/core/logger.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const lib = await import(out);
const ruleSet = await lib.loadRuleSet({ builtin: lib.builtinRulesWorkspace(path.join(root, 'rules')), config: lib.defaultConfig() }, lib.silentLogger);
rmSync(out);
if (ruleSet.problems.length > 0) {
  for (const problem of ruleSet.problems) console.error(`${problem.file}:${problem.line ?? 1}: ${problem.message}`);
  process.exit(1);
}
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs', 'rules.md'), lib.renderRuleCatalog(ruleSet.rules));
console.log(`wrote docs/rules.md (${ruleSet.rules.length} rules)`);
