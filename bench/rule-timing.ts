// Times each tree-sitter query rule over a corpus, in one thread (not part of `npm test`):
//
//   node bench/rule-timing.mjs bench/.corpus/large
//
// For every rule: how many files its literal pre-filter lets through, how many matches it has,
// and the milliseconds its queries take. Shows which rules a cold audit spends its time in.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../src/config/load-config.js';
import { silentLogger } from '../src/core/logger.js';
import { builtinRulesWorkspace } from '../src/rules/builtin-rules.js';
import { loadRuleSet } from '../src/rules/load-rules.js';
import { compileMatch } from '../src/rules/match-file.js';
import { grammarForPath, parserFor } from '../src/source/grammars.js';

const repo = process.argv[2];
if (!repo) throw new Error('usage: rule-timing <repo>');
const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(), config: defaultConfig() }, silentLogger);
const files = execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter((file) => grammarForPath(file));
const compiledByKey = new Map<string, ReturnType<typeof compileMatch>>();
const stats = new Map<string, { passed: number; matches: number; ms: number; filterMs: number }>();
let parseMs = 0;
for (const file of files) {
  const grammar = grammarForPath(file)!;
  const text = readFileSync(path.join(repo, file), 'utf8');
  const parser = await parserFor(grammar);
  let started = performance.now();
  const tree = parser.parse(text)!;
  parseMs += performance.now() - started;
  for (const rule of ruleSet.payload.rules) {
    if (!rule.grammars.includes(grammar)) continue;
    const key = `${rule.id} [${grammar}]`;
    const entry = stats.get(key) ?? { passed: 0, matches: 0, ms: 0, filterMs: 0 };
    stats.set(key, entry);
    const compiled = (compiledByKey.get(key) ?? compiledByKey.set(key, compileMatch(tree.language, rule.match)).get(key))!;
    started = performance.now();
    const passes = compiled.mayMatch((literal) => text.includes(literal));
    entry.filterMs += performance.now() - started;
    if (!passes) continue;
    entry.passed++;
    started = performance.now();
    entry.matches += compiled.query().matches(tree.rootNode).length;
    entry.ms += performance.now() - started;
  }
  tree.delete();
}
console.log(`${files.length} files, parse ${Math.round(parseMs)} ms`);
for (const [key, entry] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`${String(Math.round(entry.ms)).padStart(7)} ms  filter ${String(Math.round(entry.filterMs)).padStart(4)} ms  ${String(entry.passed).padStart(6)} files  ${String(entry.matches).padStart(6)} matches  ${key}`);
}
