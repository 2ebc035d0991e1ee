import { it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { defaultConfig, parseConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import { buildSourceModel } from '../source/build-model.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { evaluateRules } from './evaluate.js';
import { loadRuleSet } from './load-rules.js';

it('app', async () => {
  for (const dir of process.env.DIRS!.split(',')) {
    const files: Record<string, string> = {};
    for (const name of await fg(['**/*'], { cwd: dir, dot: true, ignore: ['**/node_modules/**'] })) files[name] = readFileSync(path.join(dir, name), 'utf8');
    const config = files['.constraint-gate.yml'] ? parseConfig(files['.constraint-gate.yml'], '.constraint-gate.yml') : defaultConfig();
    const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve('rules')), config }, silentLogger);
    const model = await buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: ruleSet.payload });
    for (const f of evaluateRules(model, [], ruleSet, config)) console.log(`FOUND ${dir} ${f.ruleId} ${f.file}:${f.line} ${f.message}`);
  }
}, 600_000);
