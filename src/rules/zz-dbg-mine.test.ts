import { it } from 'vitest';
import path from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { defaultConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import { buildSourceModel } from '../source/build-model.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { runSemanticChecks } from './evaluate.js';
import { loadRuleSet } from './load-rules.js';
function readTree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(full).isDirectory()) Object.assign(files, readTree(full, rel));
    else files[rel] = readFileSync(full, 'utf8');
  }
  return files;
}
it('dbg', async () => {
  const rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve('rules')), config: defaultConfig() }, silentLogger);
  const ids = process.env.IDS!.split(',');
  const files = readTree(process.env.DIR!);
  const model = await buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: { ...rules.payload, rules: [] } });
  const found = runSemanticChecks(model, [], { ...rules, rules: rules.rules.filter((r) => ids.includes(r.id)) }, defaultConfig());
  for (const f of found) console.log(`${f.ruleId} ${f.file}:${f.line} ${f.message}`);
});
