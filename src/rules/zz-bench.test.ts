import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { it } from 'vitest';
import { defaultConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { emptyFacts } from '../source/facts.js';
import { extractFacts } from '../source/extract.js';
import { grammarForPath, parserFor } from '../source/grammars.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { loadRuleSet } from './load-rules.js';
import { matchFileRules } from './match-file.js';
import { collectDataAccessCalls } from './checks/data-access-facts.js';

it('bench', async () => {
  let t = performance.now();
  const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve('rules')), config: defaultConfig() }, silentLogger);
  console.log(`loadRuleSet ${(performance.now() - t).toFixed(0)} ms, ${ruleSet.rules.length} rules`);
  for (const [label, cwd, pattern] of [['python stdlib', '/usr/lib/python3.11', '**/*.py'], ['js node_modules', 'node_modules', '{express,newman,ajv,js-yaml,execa,@octokit}/**/*.js']] as const) {
    const files = fg.sync(pattern, { cwd, absolute: true }).slice(0, 600);
    if (files.length === 0) { console.log(label, 'no files'); continue; }
    let access = 0, parse = 0, extract = 0, match = 0, lines = 0, findings = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const grammar = grammarForPath(file)!;
      const parser = await parserFor(grammar);
      t = performance.now();
      const tree = parser.parse(text)!;
      parse += performance.now() - t;
      const facts = emptyFacts(file, grammar, '', 0);
      const context = { path: file, text, grammar, tree, root: tree.rootNode, facts };
      t = performance.now();
      extractFacts(context);
      extract += performance.now() - t;
      t = performance.now();
      matchFileRules(context, ruleSet.payload);
      match += performance.now() - t;
      t = performance.now();
      collectDataAccessCalls(context);
      access += performance.now() - t;
      lines += text.split('\n').length;
      findings += facts.findings.length;
      tree.delete();
    }
    console.log(`${label}: ${files.length} files, ${lines} lines; parse ${parse.toFixed(0)} ms, extractors ${extract.toFixed(0)} ms, rules ${match.toFixed(0)} ms (data-access alone ${access.toFixed(0)} ms); ${findings} findings`);
  }
}, 300_000);
