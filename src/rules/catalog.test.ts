import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { defaultConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { renderRuleCatalog } from './catalog.js';
import { loadRuleSet } from './load-rules.js';

it('docs/rules.md lists every built-in rule (run `node scripts/write-rules-doc.mjs` after changing a rule)', async () => {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(path.join(root, 'rules')), config: defaultConfig() }, silentLogger);
  const catalog = renderRuleCatalog(ruleSet.rules);
  for (const rule of ruleSet.rules) expect(catalog).toContain(`### ${rule.id}`);
  expect(readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8')).toBe(catalog);
});
