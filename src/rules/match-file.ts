import { Query, type Language, type Node, type QueryMatch } from 'web-tree-sitter';
import type { ExtractContext } from '../source/extract.js';
import type { GrammarName } from '../source/grammars.js';
import type { SuppressionFact } from '../source/facts.js';
import { globToRegExp } from '../source/layers.js';
import { queryLiterals } from './query-literals.js';
import { collectDataAccessCalls } from './checks/data-access-facts.js';
import { addCheckFacts } from './checks/check-facts.js';
import type { FileRulePayload, PayloadRule, RuleFinding } from './types.js';

/**
 * The rule engine's part of the single parse, run in the parse worker after the fact extractors:
 *
 *   matchFileRules(context, ruleSet.payload)
 *
 * where `ruleSet` comes from `loadRuleSet` in the main thread and `payload` reached the worker as
 * plain data (buildSourceModel's `perFileRules`). It fills, on `context.facts`:
 *  - `findings`: matches of the tree-sitter query rules (fingerprints are assigned later, in the
 *    main thread, once every finding of a file is known);
 *  - `suppressions`: `constraint-gate: ignore <rule-id>[, <rule-id>] -- <reason>` comments;
 *  - `checkFacts['data-access']`: calls that read or write the database, for the architecture check,
 *    in the files of the entry layers the payload names (always an array, empty elsewhere).
 * With no payload (a model built without rules) it records only the suppressions.
 */
export function matchFileRules(context: ExtractContext, payload?: FileRulePayload): void {
  extractSuppressions(context);
  context.facts.checkFacts['data-access'] = collectsDataAccess(payload, context.path) ? collectDataAccessCalls(context) : [];
  if (!payload) return;
  addCheckFacts(context, payload.checks);
  const candidates: number[] = [];
  // Rules share literals (`execute`, `session`...): each is searched for once per file.
  const searched = new Map<string, boolean>();
  const contains = (literal: string) => {
    let found = searched.get(literal);
    if (found === undefined) {
      found = context.text.includes(literal);
      searched.set(literal, found);
    }
    return found;
  };
  for (const { index, compiled, paths } of rulesForGrammar(payload, context.grammar, context.tree.language)) {
    if (paths && !paths(context.path)) continue;
    if (compiled.mayMatch(contains)) candidates.push(index);
  }
  if (candidates.length === 0) return;
  const matches = matchesByRule(payload, candidates, context);
  candidates.forEach((index, position) => {
    context.facts.findings.push(...runQueryRule(payload.rules[index]!, context, matches[position]!));
  });
}

/**
 * Data-access calls matter only in the entry layers (routes/handlers) of a declared architecture;
 * the payload names their globs. A glob is relative to a project root the worker does not know,
 * so it is tried against every suffix of the path. Without a payload nothing needs them.
 */
function collectsDataAccess(payload: FileRulePayload | undefined, file: string): boolean {
  if (!payload || payload.dataAccessPaths.length === 0) return false;
  const patterns = payload.dataAccessPaths.map(cachedGlob);
  const segments = file.split('/');
  for (let start = 0; start < segments.length; start++) {
    const suffix = segments.slice(start).join('/');
    if (patterns.some((pattern) => pattern.test(suffix))) return true;
  }
  return false;
}

const globs = new Map<string, RegExp>();
function cachedGlob(glob: string): RegExp {
  let pattern = globs.get(glob);
  if (!pattern) {
    pattern = globToRegExp(glob);
    globs.set(glob, pattern);
  }
  return pattern;
}

// ---------------------------------------------------------------------------------------------
// Query rules

interface CompiledMatch {
  /** Compiled on first use: a file whose text rules the rule out never needs it. */
  query: () => Query;
  /** Cheap text test: false when no pattern of the query can match the text `contains` searches (see queryLiterals). */
  mayMatch: (contains: (literal: string) => boolean) => boolean;
  inside?: () => Query;
  notInside?: () => Query;
  has?: () => Query;
  notHas?: () => Query;
}

/** Queries compiled per worker, by rule object and grammar; a changed rule is a new object and compiles anew. */
const compiled = new WeakMap<PayloadRule, Map<string, CompiledMatch>>();

/** A rule of one grammar as every file of that grammar meets it: its queries and its path filter. */
interface GrammarRule {
  index: number;
  compiled: CompiledMatch;
  /** Absent when the rule applies to every path. */
  paths?: (file: string) => boolean;
}

/** Per worker, by payload and grammar: the rule loop runs for every file, its set-up once. */
const grammarRules = new WeakMap<FileRulePayload, Map<GrammarName, GrammarRule[]>>();

function rulesForGrammar(payload: FileRulePayload, grammar: GrammarName, language: Language): GrammarRule[] {
  let byGrammar = grammarRules.get(payload);
  if (!byGrammar) grammarRules.set(payload, (byGrammar = new Map()));
  let rules = byGrammar.get(grammar);
  if (!rules) {
    rules = [];
    payload.rules.forEach((rule, index) => {
      if (!rule.grammars.includes(grammar)) return;
      const entry: GrammarRule = { index, compiled: compiledForGrammar(rule, grammar, language) };
      if (rule.include.length > 0 || rule.exclude.length > 0) entry.paths = pathFilter(rule);
      rules!.push(entry);
    });
    byGrammar.set(grammar, rules);
  }
  return rules;
}

function pathFilter(rule: PayloadRule): (file: string) => boolean {
  const include = rule.include.map(cachedGlob);
  const exclude = rule.exclude.map(cachedGlob);
  return (file) => (include.length === 0 || include.some((pattern) => pattern.test(file))) && !exclude.some((pattern) => pattern.test(file));
}

/**
 * A rule's queries for one language, each compiled on first use (a query that does not compile
 * throws the tree-sitter error there; loadRuleSet has compiled every custom query once already).
 */
export function compileMatch(language: Language, match: PayloadRule['match']): CompiledMatch {
  const result: CompiledMatch = { query: lazyQuery(language, match.query), mayMatch: () => true };
  if (match.inside) result.inside = lazyQuery(language, match.inside);
  if (match['not-inside']) result.notInside = lazyQuery(language, match['not-inside']);
  if (match.has) result.has = lazyQuery(language, match.has);
  if (match['not-has']) result.notHas = lazyQuery(language, match['not-has']);
  // A finding needs a match of the query, a scope of `inside` around it and a match of `has` within
  // it: each of the three must be able to match somewhere in the file's text.
  const tests = [match.query, match.inside, match.has]
    .filter((source): source is string => source !== undefined)
    .map(queryLiterals)
    .filter((patterns): patterns is string[][][] => patterns !== undefined && patterns.length > 0 && !patterns.some((sets) => sets.length === 0));
  result.mayMatch = (contains) =>
    tests.every((patterns) => patterns.some((sets) => sets.every((alternatives) => alternatives.some(contains))));
  return result;
}

function lazyQuery(language: Language, source: string): () => Query {
  let query: Query | undefined;
  return () => (query ??= new Query(language, source));
}

function compiledFor(rule: PayloadRule, context: ExtractContext): CompiledMatch {
  return compiledForGrammar(rule, context.grammar, context.tree.language);
}

function compiledForGrammar(rule: PayloadRule, grammar: GrammarName, language: Language): CompiledMatch {
  // The payload's rule objects live as long as the run (worker data), so they key the cache
  // directly; serialising the match for a key on every file cost more than most queries.
  let byGrammar = compiled.get(rule);
  if (!byGrammar) {
    byGrammar = new Map();
    compiled.set(rule, byGrammar);
  }
  let entry = byGrammar.get(grammar);
  if (!entry) {
    entry = compileMatch(language, rule.match);
    byGrammar.set(grammar, entry);
  }
  return entry;
}

/**
 * Compiles the payload's queries for a grammar ahead of the first file, so a parse worker does it
 * while the main thread is still reading files. Only a warm-up: a query that fails is left to fail
 * where a file needs it.
 */
export function prepareFileRules(payload: FileRulePayload | undefined, grammar: GrammarName, language: Language): void {
  for (const rule of payload?.rules ?? []) {
    if (!rule.grammars.includes(grammar)) continue;
    try {
      const compiled = compiledForGrammar(rule, grammar, language);
      for (const query of [compiled.query, compiled.inside, compiled.has]) query?.();
    } catch {
      // Reported by loadRuleSet; the file that meets it reports it again.
    }
  }
}

/** Several rules' queries joined into one, so the tree is walked once, not once per rule. */
interface CombinedQuery {
  query: Query;
  /** For each pattern of the joined query, the index of its rule in the payload. */
  ruleOfPattern: number[];
}

/**
 * Joined queries per worker, by payload, grammar and candidate set; files of one kind share a
 * candidate set. A number counts the files that met a set before it was worth joining.
 */
const combined = new WeakMap<FileRulePayload, Map<string, CombinedQuery | null | number>>();

/**
 * Files with one candidate set before that set's own joined query is compiled. Compiling a joined
 * query costs about as much as compiling its parts again, which only a frequent set wins back (the
 * files of one kind in a large repository); until then the set's files run the grammar's query of
 * all rules, compiled once per worker, and keep the candidates' matches. Real code meets many
 * sets a few times each: compiling a query per set cost mlflow's audit a fifth of its time.
 */
export const JOIN_AFTER_FILES = 10;

/**
 * Files of a grammar with several candidate rules, and no joined query of their own yet, before
 * the grammar's query of all rules is compiled (it costs a quarter of a second): a run that parses
 * a few files, or whose files fall into a few frequent sets, never compiles it.
 */
export const GRAMMAR_QUERY_AFTER_FILES = 20;

/** The grammar's query of every rule (null when the rules do not join), or how many files asked so far. */
const grammarQueries = new WeakMap<FileRulePayload, Map<GrammarName, CombinedQuery | null | number>>();

function grammarQuery(payload: FileRulePayload, grammar: GrammarName, language: Language): CombinedQuery | null {
  let byGrammar = grammarQueries.get(payload);
  if (!byGrammar) grammarQueries.set(payload, (byGrammar = new Map()));
  const known = byGrammar.get(grammar) ?? 0;
  if (typeof known !== 'number') return known;
  if (known + 1 < GRAMMAR_QUERY_AFTER_FILES) {
    byGrammar.set(grammar, known + 1);
    return null;
  }
  const query = joinQueries(payload, rulesForGrammar(payload, grammar, language).map((rule) => rule.index), grammar, language);
  byGrammar.set(grammar, query);
  return query;
}

/**
 * Each candidate rule's query matches on the file, in the order its own query would return them.
 * Tree-sitter keeps the patterns of a query independent (predicates, captures and the order of
 * a pattern's matches do not depend on the other patterns), so the joined query's matches, split
 * by pattern, are each rule's own matches; only the walk of the tree is shared.
 */
function matchesByRule(payload: FileRulePayload, candidates: number[], context: ExtractContext): QueryMatch[][] {
  const single = (index: number) => compiledFor(payload.rules[index]!, context).query().matches(context.queryRoot);
  if (candidates.length === 1) return [single(candidates[0]!)];
  let byKey = combined.get(payload);
  if (!byKey) {
    byKey = new Map();
    combined.set(payload, byKey);
  }
  const key = `${context.grammar}\0${candidates.join(',')}`;
  let joined: CombinedQuery | null | number = byKey.get(key) ?? 0;
  if (typeof joined === 'number') {
    joined = joined + 1 < JOIN_AFTER_FILES ? joined + 1 : joinQueries(payload, candidates, context.grammar, context.tree.language);
    byKey.set(key, joined);
  }
  const query = typeof joined === 'number' || !joined ? grammarQuery(payload, context.grammar, context.tree.language) : joined;
  if (!query) return candidates.map(single);
  // The grammar's query also matches rules the text ruled out: only the candidates' matches are kept.
  const position = new Map(candidates.map((index, at) => [index, at]));
  const result: QueryMatch[][] = candidates.map(() => []);
  for (const match of query.query.matches(context.queryRoot)) {
    const at = position.get(query.ruleOfPattern[match.patternIndex]!);
    if (at !== undefined) result[at]!.push(match);
  }
  return result;
}

function joinQueries(payload: FileRulePayload, candidates: number[], grammar: GrammarName, language: Language): CombinedQuery | null {
  const ruleOfPattern: number[] = [];
  try {
    for (const index of candidates) {
      const count = compiledForGrammar(payload.rules[index]!, grammar, language).query().patternCount();
      for (let pattern = 0; pattern < count; pattern++) ruleOfPattern.push(index);
    }
    const query = new Query(language, candidates.map((index) => payload.rules[index]!.match.query).join('\n'));
    // Each rule's query compiled alone; joined, they must keep their patterns one for one.
    return query.patternCount() === ruleOfPattern.length ? { query, ruleOfPattern } : null;
  } catch {
    return null;
  }
}

function runQueryRule(rule: PayloadRule, context: ExtractContext, matches: QueryMatch[]): RuleFinding[] {
  const queries = compiledFor(rule, context);
  const findings: RuleFinding[] = [];
  const seen = new Set<number>();
  // `@scope` nodes of the relational queries, found once per file and rule.
  const scopes = (query: (() => Query) | undefined): Set<number> | undefined =>
    query ? new Set(query().captures(context.queryRoot).filter((capture) => capture.name === 'scope').map((capture) => capture.node.id)) : undefined;
  let insideScopes: Set<number> | undefined;
  let notInsideScopes: Set<number> | undefined;
  for (const match of matches) {
    const target = match.captures.find((capture) => capture.name === 'match')?.node;
    if (!target || seen.has(target.id)) continue;
    if (queries.inside) {
      insideScopes ??= scopes(queries.inside)!;
      if (!hasEnclosing(target, insideScopes)) continue;
    }
    if (queries.notInside) {
      notInsideScopes ??= scopes(queries.notInside)!;
      if (hasEnclosing(target, notInsideScopes)) continue;
    }
    if (queries.has && queries.has().matches(target).length === 0) continue;
    if (queries.notHas && queries.notHas().matches(target).length > 0) continue;
    seen.add(target.id);
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      file: context.path,
      line: target.startPosition.row + 1,
      endLine: target.endPosition.row + 1,
      column: target.startPosition.column + 1,
      endColumn: target.endPosition.column + 1,
      message: interpolate(rule.message, match),
      aiAuthored: false,
      fingerprint: '',
    });
  }
  return findings;
}

function hasEnclosing(node: Node, scopes: Set<number>): boolean {
  for (let current: Node | null = node; current; current = current.parent) {
    if (scopes.has(current.id)) return true;
  }
  return false;
}

/** `{{name}}` -> the first line of the text captured as `@name` (kept short); unknown names stay as written. */
export function interpolate(message: string, match: QueryMatch): string {
  return message.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const node = match.captures.find((capture) => capture.name === name)?.node;
    if (!node) return whole;
    const firstLine = node.text.split('\n')[0]!.trim();
    return firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine;
  });
}

// ---------------------------------------------------------------------------------------------
// Suppressions

const SUPPRESSION = /constraint-gate:\s*ignore\s+([a-z0-9/*-]+(?:\s*,\s*[a-z0-9/*-]+)*)(?:\s*--\s*(.*?))?\s*(?:\*\/)?\s*$/i;
const commentQueries = new Map<Language, Query>();

/**
 * A suppression on a line with code applies to that line; on a line of its own it applies to the
 * next line that is neither blank nor another comment (so several suppressions can be stacked).
 */
function extractSuppressions(context: ExtractContext): void {
  if (!context.text.includes('constraint-gate:')) return;
  let query = commentQueries.get(context.tree.language);
  if (!query) {
    query = new Query(context.tree.language, '(comment) @comment');
    commentQueries.set(context.tree.language, query);
  }
  const lines = context.text.split('\n');
  const commentRows = new Set<number>();
  const comments = query.captures(context.queryRoot).map((capture) => capture.node);
  for (const comment of comments) {
    for (let row = comment.startPosition.row; row <= comment.endPosition.row; row++) {
      const line = lines[row] ?? '';
      // A row is a comment row when nothing but this comment sits on it.
      if (row > comment.startPosition.row || line.slice(0, comment.startPosition.column).trim() === '') commentRows.add(row);
    }
  }
  for (const comment of comments) {
    const parsed = parseSuppression(comment.text);
    if (!parsed) continue;
    const commentRow = comment.startPosition.row;
    const ownLine = (lines[commentRow] ?? '').slice(0, comment.startPosition.column).trim() === '';
    let target = commentRow;
    if (ownLine) {
      target = comment.endPosition.row + 1;
      while (target < lines.length && (lines[target]!.trim() === '' || commentRows.has(target))) target++;
    }
    for (const ruleId of parsed.ruleIds) {
      const fact: SuppressionFact = { ruleId, line: target + 1, commentLine: commentRow + 1 };
      if (parsed.reason) fact.reason = parsed.reason;
      context.facts.suppressions.push(fact);
    }
  }
}

/** The rule ids and reason of a suppression comment's text, or undefined when it is not one. */
export function parseSuppression(text: string): { ruleIds: string[]; reason?: string } | undefined {
  const body = text.replace(/^\s*(#|\/\/|\/\*+)\s*/, '');
  const match = SUPPRESSION.exec(body);
  if (!match) return undefined;
  const ruleIds = match[1]!.split(',').map((id) => id.trim()).filter(Boolean);
  const reason = match[2]?.replace(/\*\/\s*$/, '').trim();
  return reason ? { ruleIds, reason } : { ruleIds };
}
