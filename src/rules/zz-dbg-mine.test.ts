import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { factsWithRules } from '/work/main/src/rules/testing.js';
it('dbg', async () => {
  const rule = yaml.load(readFileSync(process.env.RULE!, 'utf8')) as any;
  for (const variant of [rule.match, { query: rule.match.query }, { query: rule.match.query, inside: rule.match.inside }]) {
    const payload = { version: 1 as const, dataAccessPaths: [], rules: [{ id: rule.id, category: rule.category, severity: rule.severity, message: rule.message, grammars: ['javascript', 'typescript'] as any, include: [], exclude: [], match: variant }] };
    const facts = await factsWithRules(process.env.FIX!, readFileSync(process.env.FIX!, 'utf8'), payload);
    console.log(Object.keys(variant).join(','), facts.findings.map((f) => `${f.line}: ${f.message}`));
  }
});
