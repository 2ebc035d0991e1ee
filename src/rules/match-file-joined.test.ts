import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { grammarForPath } from '../source/grammars.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { loadRuleSet } from './load-rules.js';
import { GRAMMAR_QUERY_AFTER_FILES, JOIN_AFTER_FILES } from './match-file.js';
import { factsWithRules } from './testing.js';

/**
 * matchFileRules runs the query rules that may match a file through one query: each rule's own
 * query on the first files of a grammar, then the grammar's query of all rules, and a candidate
 * set's own joined query once the set is frequent. Over every source file of every built-in rule's
 * fixtures (which hold the matches and near misses of many rules), each way must report exactly
 * what each rule reports when it runs alone, in order.
 */

const RULES_DIR = path.resolve(import.meta.dirname, '..', '..', 'rules');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return grammarForPath(full) ? [full] : [];
  });
}

describe('joined query rules', () => {
  it('report on every fixture what each rule reports alone', async () => {
    const ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(), config: defaultConfig() }, silentLogger);
    const files = sourceFiles(RULES_DIR);
    expect(files.length).toBeGreaterThan(10);
    let findings = 0;
    for (const file of files) {
      const relative = path.relative(RULES_DIR, file);
      const text = readFileSync(file, 'utf8');
      const alone = [];
      for (const rule of ruleSet.payload.rules) alone.push(...(await factsWithRules(relative, text, { ...ruleSet.payload, rules: [rule] })).findings);
      // Rounds 1 to JOIN_AFTER_FILES - 1 of the first files run each rule's query, of the later files
      // the grammar's query (GRAMMAR_QUERY_AFTER_FILES files of a grammar in); the last round the set's own.
      for (let round = 1; round <= JOIN_AFTER_FILES; round++) {
        const joined = (await factsWithRules(relative, text, ruleSet.payload)).findings;
        expect(joined, `${relative}, file ${round} of its kind`).toEqual(alone);
        if (round === JOIN_AFTER_FILES) findings += joined.length;
      }
    }
    // The fixtures are full of matches: a comparison of empty lists would prove nothing.
    expect(findings).toBeGreaterThan(50);
    expect(files.length * (JOIN_AFTER_FILES - 1)).toBeGreaterThan(2 * GRAMMAR_QUERY_AFTER_FILES);
  });
});
