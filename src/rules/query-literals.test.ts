import { beforeAll, describe, expect, it } from 'vitest';
import { Query, type Language } from 'web-tree-sitter';
import { defaultConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { parserFor, type GrammarName } from '../source/grammars.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { loadRuleSet, type RuleSet } from './load-rules.js';
import { queryLiterals } from './query-literals.js';
import { requiredLiterals } from './regex-literals.js';

/**
 * What the compiled query says, for comparison: the pattern ranges and capture quantifiers
 * tree-sitter reports, with the predicates of each pattern read from its own text.
 */
function compiledLiterals(language: Language, source: string): string[][][] {
  const query = new Query(language, source);
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0' };
  const quoted = (text: string) => text.slice(1, -1).replace(/\\(.)/gs, (_, char: string) => escapes[char] ?? char);
  const patterns: string[][][] = [];
  for (let index = 0; index < query.patternCount(); index++) {
    const text = source.slice(query.startIndexForPattern(index), query.endIndexForPattern(index));
    const always = (capture: string) => [3, 4].includes(query.captureQuantifiers[index]?.[query.captureNames.indexOf(capture)] ?? 0);
    const sets: string[][] = [];
    for (const match of text.matchAll(/\(#(eq|any-of|match)\?\s+@([\w.-]+)((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g)) {
      if (!always(match[2]!)) continue;
      const values = [...match[3]!.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((value) => quoted(value[0]));
      if (match[1] === 'match') sets.push(...requiredLiterals(values[0]!));
      else sets.push(values);
    }
    patterns.push(sets);
  }
  return patterns;
}

describe('queryLiterals', () => {
  it('reads the required texts of each pattern', () => {
    expect(queryLiterals('((call function: (identifier) @fn) @match (#eq? @fn "text"))')).toEqual([[['text']]]);
    expect(queryLiterals('(call function: (attribute attribute: (identifier) @m (#any-of? @m "execute" "exec_driver_sql"))) @match')).toEqual([
      [['execute', 'exec_driver_sql']],
    ]);
    // Two patterns; the second one's capture may be missing, so its predicate requires nothing.
    expect(queryLiterals('((identifier) @a (#eq? @a "alpha"))\n((call (identifier)? @b) (#eq? @b "beta"))')).toEqual([[['alpha']], []]);
    // In one branch of an alternation the capture may be missing; in every branch it is not.
    expect(queryLiterals('([ ((identifier) @a) (string) ] @match (#eq? @a "alpha"))')).toEqual([[]]);
    expect(queryLiterals('([ ((identifier) @a) (call (identifier) @a) ] @match (#eq? @a "alpha"))')).toEqual([[['alpha']]]);
    expect(queryLiterals('((identifier) @a (#match? @a "^session\\\\.(execute|scalars)$"))')).toEqual([[['session.execute', 'session.scalars']]]);
    // A comment with parentheses and a string with a quote do not confuse the reader.
    expect(queryLiterals('; not (a pattern\n((string) @s (#eq? @s "say \\"hi\\""))')).toEqual([[['say "hi"']]]);
    expect(queryLiterals('((identifier) @a')).toBeUndefined();
  });

  describe('agrees with the compiled query on every built-in rule', () => {
    let ruleSet: RuleSet;
    beforeAll(async () => {
      ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(), config: defaultConfig() }, silentLogger);
    });

    it.each(['python', 'typescript', 'javascript'] satisfies GrammarName[])('%s', async (grammar) => {
      const language = (await parserFor(grammar)).language!;
      let compared = 0;
      let required = 0;
      for (const rule of ruleSet.payload.rules.filter((candidate) => candidate.grammars.includes(grammar))) {
        for (const source of [rule.match.query, rule.match.inside, rule.match.has]) {
          if (!source) continue;
          const read = queryLiterals(source);
          expect(read, `${rule.id}: ${source}`).toEqual(compiledLiterals(language, source));
          compared++;
          required += read!.filter((sets) => sets.length > 0).length;
        }
      }
      expect(compared).toBeGreaterThan(3);
      // The comparison is worth something only if patterns do require texts.
      expect(required).toBeGreaterThan(3);
    });
  });
});
