import { createHash } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import yaml from 'js-yaml';
import { Query } from 'web-tree-sitter';
import type { Config } from '../config/types.js';
import { closest, explainSchemaError } from '../config/schema-errors.js';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { RuleDescriptor } from '../core/types.js';
import { isWithin, type Workspace } from '../core/workspace.js';
import { locateYamlPath } from '../core/yaml-locate.js';
import { loadGrammar, type GrammarName } from '../source/grammars.js';
import { entryLayers } from './checks/architecture-support.js';
import { CHECKS } from './checks/index.js';
import { ruleSchema, type RuleFile, type RuleLanguage } from './rule-schema.js';
import type { FileRulePayload, PayloadRule, Rule, RuleProblem, SemanticCheck } from './types.js';

/** Bump when the matching semantics change, so cached per-file findings are recomputed. */
export const MATCH_ENGINE_VERSION = 2;

export interface RuleSet {
  /** Every loaded rule, disabled ones excluded, severities overridden by the config. */
  rules: Rule[];
  /** The tree-sitter rules as plain data for the parse workers (buildSourceModel's `perFileRules`). */
  payload: FileRulePayload;
  /** Changes whenever the per-file payload does: buildSourceModel's cache `salt`. */
  fingerprint: string;
  /** Rule files that could not be loaded, with positions; the other rules still run. */
  problems: RuleProblem[];
  /** Descriptors of every loaded rule, for the report and renderers. */
  descriptors: RuleDescriptor[];
}

export interface LoadRuleSetInput {
  /** The built-in packs: paths relative to the rules folder (`sqlalchemy/x.yml`). See builtinRulesWorkspace(). */
  builtin?: Workspace;
  /** The repository, for the custom rule folders of `config.rules.paths`. */
  workspace?: Workspace;
  config: Config;
  /**
   * Validate the built-in packs against the rule schema and compile their queries. Off at run
   * time: the test suite validates every built-in rule file, and doing it again costs each run the
   * schema compilation and half a second of query compilation. Custom rules are always validated.
   */
  validateBuiltinRules?: boolean;
  /** The checks rule files may name; the built-in registry by default. */
  checks?: ReadonlyMap<string, SemanticCheck>;
}

// Compiled on the first custom rule: a run with the built-in packs alone never pays for it.
let compiledRuleSchema: ValidateFunction | undefined;
const ruleSchemaValidator = (): ValidateFunction => (compiledRuleSchema ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(ruleSchema));

export const LANGUAGE_GRAMMARS: Record<RuleLanguage, GrammarName[]> = {
  python: ['python'],
  javascript: ['javascript'],
  typescript: ['typescript', 'tsx'],
};

export const isRuleFile = (path: string): boolean => /\.ya?ml$/.test(path);

/**
 * Loads the built-in packs and the custom rule folders, validates each file against the rule
 * schema, compiles its queries for each of its languages, and applies the config's `rules:`
 * section. A broken rule file becomes a problem with its position and is left out; an unknown
 * rule id in the config is a ConfigurationError, because the user's intent cannot be honoured.
 */
export async function loadRuleSet(input: LoadRuleSetInput, logger: Logger): Promise<RuleSet> {
  const checks = input.checks ?? CHECKS;
  const problems: RuleProblem[] = [];
  const loaded: Rule[] = [];
  const seenIds = new Map<string, string>();
  const knownIds = new Set<string>();

  const sources: { workspace: Workspace; dir: string; display: (path: string) => string; builtin: boolean }[] = [];
  if (input.builtin) sources.push({ workspace: input.builtin, dir: '.', display: (path) => `rules/${path}`, builtin: true });
  if (input.workspace) {
    for (const dir of input.config.rules.paths) {
      sources.push({ workspace: input.workspace, dir: dir.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.', display: (path) => path, builtin: false });
    }
  }

  for (const source of sources) {
    // Rule files sit exactly at `<pack>/<name>.yml`; deeper YAML belongs to fixture projects.
    const relativeTo = (path: string) => (source.dir === '.' ? path : path.slice(source.dir.length + 1));
    const files = source.workspace
      .listFiles()
      .filter((path) => isRuleFile(path) && isWithin(path, source.dir) && relativeTo(path).split('/').length === 2);
    if (!source.builtin && files.length === 0) {
      problems.push({ file: input.config.file ?? '.constraint-gate.yml', ...input.config.locate(['rules', 'paths']), message: `The rule folder \`${source.dir}\` holds no .yml rule files.` });
    }
    for (const path of files) {
      const text = source.workspace.readText(path);
      if (text === undefined) continue;
      const display = source.display(path);
      const expectedId = relativeTo(path).replace(/\.ya?ml$/, '');
      const rule = await loadRuleFile(text, display, expectedId, source.builtin, checks, problems, knownIds, !source.builtin || Boolean(input.validateBuiltinRules));
      if (!rule) continue;
      const previous = seenIds.get(rule.id);
      if (previous) {
        problems.push({ file: display, ...locateYamlPath(text, ['id']), message: `The rule id \`${rule.id}\` is already defined by ${previous}.` });
        continue;
      }
      seenIds.set(rule.id, display);
      loaded.push(rule);
    }
  }

  const rules = applyRuleConfig(loaded, knownIds, input.config);
  for (const problem of problems) logger.warn(`${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}: ${problem.message}`);
  const payload = toPayload(rules, input.config);
  return {
    rules,
    payload,
    fingerprint: createHash('sha1').update(`${MATCH_ENGINE_VERSION}\0${JSON.stringify(payload)}`).digest('hex').slice(0, 16),
    problems,
    descriptors: rules.map(({ id, title, category, severity, why, fix }) => ({ id, title, category, severity, why, fix })),
  };
}

async function loadRuleFile(
  text: string,
  file: string,
  expectedId: string,
  builtin: boolean,
  checks: ReadonlyMap<string, SemanticCheck>,
  problems: RuleProblem[],
  knownIds: Set<string>,
  validate: boolean,
): Promise<Rule | undefined> {
  let raw: unknown;
  try {
    raw = yaml.load(text, { filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      problems.push({ file, line: error.mark.line + 1, column: error.mark.column + 1, message: `YAML syntax error: ${error.reason}.` });
      return undefined;
    }
    throw error;
  }
  // Even a rule that fails to load keeps its id known, so the config may still mention it.
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') knownIds.add((raw as { id: string }).id);
  const at = (path: (string | number)[]) => ({ file, ...locateYamlPath(text, path) });
  const validateRule = validate ? ruleSchemaValidator() : undefined;
  if (validateRule && !validateRule(raw)) {
    const explained = explainSchemaError(validateRule.errors ?? [], raw, 'the rule');
    const first = explained[0];
    if (first) problems.push({ ...at(first.path), message: `Rule not loaded: ${first.message}`, ...(first.hint ? { hint: first.hint } : {}) });
    else problems.push({ file, line: 1, column: 1, message: 'Rule not loaded: it needs either `match` or `check`, not both.' });
    return undefined;
  }
  const data = raw as RuleFile;
  if (data.id !== expectedId) {
    problems.push({ ...at(['id']), message: `Rule not loaded: its id \`${data.id}\` does not match its file; expected \`${expectedId}\`.`, hint: 'A rule lives in `<pack>/<name>.yml` and its id is `<pack>/<name>`.' });
    return undefined;
  }
  if (data.check !== undefined) {
    const check = checks.get(data.check);
    if (!check) {
      const suggestion = closest(data.check, [...checks.keys()]);
      problems.push({ ...at(['check']), message: `Rule not loaded: there is no semantic check named \`${data.check}\`.`, hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Known checks: ${[...checks.keys()].join(', ')}.` });
      return undefined;
    }
    const unknown = Object.keys(data.params ?? {}).filter((key) => !(check.params ?? []).includes(key));
    if (unknown.length > 0) {
      problems.push({ ...at(['params', unknown[0]!]), message: `Rule not loaded: the check \`${check.name}\` takes no parameter \`${unknown[0]}\`.`, hint: `Its parameters: ${(check.params ?? []).join(', ') || 'none'}.` });
      return undefined;
    }
  }
  if (data.match && validate) {
    const problem = await compileProblem(data);
    if (problem) {
      problems.push({ ...at(['match', problem.key]), message: `Rule not loaded: ${problem.message}` });
      return undefined;
    }
  }
  return {
    id: data.id,
    title: data.title,
    category: data.category,
    severity: data.severity,
    why: data.why.trim(),
    fix: data.fix.trim(),
    languages: data.languages,
    frameworks: data.frameworks ?? [],
    orms: data.orms ?? [],
    message: data.message.trim(),
    paths: { include: data.paths?.include ?? [], exclude: data.paths?.exclude ?? [] },
    ...(data.match ? { match: data.match } : {}),
    ...(data.check ? { check: data.check } : {}),
    params: data.params ?? {},
    source: file,
    builtin,
  };
}

/** The first query of a rule that does not compile for one of its grammars, or lacks its required capture. */
async function compileProblem(data: RuleFile): Promise<{ key: string; message: string } | undefined> {
  const match = data.match!;
  if (!/@match\b/.test(match.query)) return { key: 'query', message: 'the query has no `@match` capture, so nothing would be reported.' };
  for (const key of ['inside', 'not-inside'] as const) {
    if (match[key] && !/@scope\b/.test(match[key])) return { key, message: `the \`${key}\` query needs a \`@scope\` capture: the node that must${key === 'inside' ? '' : ' not'} enclose the match.` };
  }
  for (const language of data.languages) {
    for (const grammar of LANGUAGE_GRAMMARS[language]) {
      const compiled = await loadGrammar(grammar);
      for (const key of QUERY_KEYS) {
        const source = match[key];
        if (!source) continue;
        try {
          new Query(compiled, source).delete();
        } catch (error) {
          const what = key === 'query' ? 'query' : `\`${key}\` query`;
          return { key, message: `the ${what} does not compile for ${grammar}: ${error instanceof Error ? error.message : String(error)}` };
        }
      }
    }
  }
  return undefined;
}

const QUERY_KEYS = ['query', 'inside', 'not-inside', 'has', 'not-has'] as const;

/** Disables and severity overrides from the config; an id the config names but no rule has is the user's error. */
function applyRuleConfig(rules: Rule[], knownIds: Set<string>, config: Config): Rule[] {
  const file = config.file ?? '.constraint-gate.yml';
  const ids = [...knownIds];
  const unknown = (id: string, path: (string | number)[]) => {
    const suggestion = closest(id, ids);
    return new ConfigurationError(`No rule has the id \`${id}\`.`, {
      position: { file, ...config.locate(path) },
      hint: suggestion ? `Did you mean \`${suggestion}\`? \`constraint-gate rules\` lists every rule.` : '`constraint-gate rules` lists every rule.',
    });
  };
  config.rules.disable.forEach((id, index) => {
    if (!knownIds.has(id)) throw unknown(id, ['rules', 'disable', index]);
  });
  for (const id of Object.keys(config.rules.severity)) {
    if (!knownIds.has(id)) throw unknown(id, ['rules', 'severity', id]);
  }
  const disabled = new Set(config.rules.disable);
  return rules
    .filter((rule) => !disabled.has(rule.id))
    .map((rule) => {
      const severity = config.rules.severity[rule.id];
      return severity ? { ...rule, severity } : rule;
    });
}

/** Globs of the entry layers (routes/handlers) of every declared architecture, when a rule reads their data-access calls. */
function dataAccessPaths(rules: Rule[], config: Config): string[] {
  if (!rules.some((rule) => rule.check !== undefined && CHECKS_READING_DATA_ACCESS.has(rule.check))) return [];
  const architectures = [config.constraints, ...config.projects.map((project) => project.constraints)].flatMap((constraints) =>
    constraints?.architecture ? [constraints.architecture.layers] : [],
  );
  const paths = architectures.flatMap((layers) => entryLayers(layers).flatMap((name) => layers[name]!.paths));
  return [...new Set(paths)].sort();
}

const CHECKS_READING_DATA_ACCESS = new Set(['route-data-access']);

function toPayload(rules: Rule[], config: Config): FileRulePayload {
  const payloadRules: PayloadRule[] = rules
    .filter((rule) => rule.match)
    .map((rule) => ({
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      message: rule.message,
      grammars: rule.languages.flatMap((language) => LANGUAGE_GRAMMARS[language]),
      include: rule.paths.include,
      exclude: rule.paths.exclude,
      match: rule.match!,
    }));
  const checks = [...new Set(rules.flatMap((rule) => (rule.check ? [rule.check] : [])))].sort();
  return { version: 1, rules: payloadRules, dataAccessPaths: dataAccessPaths(rules, config), checks };
}
