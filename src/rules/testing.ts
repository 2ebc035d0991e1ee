import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractContext } from '../source/extract.js';
import { emptyFacts, type FileFacts } from '../source/facts.js';
import { grammarForPath, parserFor } from '../source/grammars.js';
import { matchFileRules } from './match-file.js';
import type { FileRulePayload } from './types.js';

/**
 * Test support: facts of one file with the rule engine's per-file pass, parsed directly.
 * Used by the rule fixtures and the per-file rule tests.
 */
export async function factsWithRules(path: string, text: string, payload?: FileRulePayload): Promise<FileFacts> {
  const grammar = grammarForPath(path);
  if (!grammar) throw new Error(`no grammar for ${path}`);
  const parser = await parserFor(grammar);
  const tree = parser.parse(text)!;
  const facts = emptyFacts(path, grammar, '', text.split('\n').length);
  try {
    matchFileRules(extractContext({ path, text, grammar, tree, facts }), payload);
  } finally {
    tree.delete();
  }
  return facts;
}

/** Test support: every file under a fixture directory, by path relative to it. */
export function readTree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, readTree(path.join(dir, entry.name), relative));
    else files[relative] = readFileSync(path.join(dir, entry.name), 'utf8');
  }
  return files;
}
