import type { Config, Constraints } from '../config/types.js';
import type { Project } from '../core/types.js';
import { isWithin } from '../core/workspace.js';
import type { FactsGrammar } from '../source/facts.js';
import { globToRegExp } from '../source/layers.js';
import type { SourceModel } from '../source/model.js';
import { CHECKS } from './checks/index.js';
import type { RuleSet } from './load-rules.js';
import type { CheckContext, Rule, RuleFinding, SemanticCheck } from './types.js';

/**
 * The main-thread half of the rule engine: per-file findings the workers left in the facts, kept
 * where their rule applies to the file's project, plus the semantic checks run on the whole model.
 * Order of the pipeline for the engine:
 *
 *   evaluateRules -> applySuppressions -> scopeFindings -> assignFingerprints -> applyBaseline
 */
export function evaluateRules(
  model: SourceModel,
  projects: readonly Project[],
  ruleSet: RuleSet,
  config: Config,
  options: SemanticCheckOptions = {},
): RuleFinding[] {
  return [...collectFileFindings(model, projects, ruleSet), ...runSemanticChecks(model, projects, ruleSet, config, options)];
}

export interface SemanticCheckOptions {
  /** The only files whose findings the run keeps (a `check` scoped to its change); all when absent. */
  reportedFiles?: ReadonlySet<string>;
  checks?: ReadonlyMap<string, SemanticCheck>;
}

/** The project a file belongs to: the deepest root that contains it. */
export function projectOf(file: string, projects: readonly Project[]): Project | undefined {
  let best: Project | undefined;
  for (const project of projects) {
    if (isWithin(file, project.root) && (!best || project.root.length > best.root.length || best.root === '.')) best = project;
  }
  return best;
}

const GRAMMAR_LANGUAGE: Partial<Record<FactsGrammar, Rule['languages'][number]>> = {
  python: 'python',
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'typescript',
};

/** Whether a rule's `frameworks`/`orms` filters admit a project (no filter admits every project). */
export function ruleAppliesTo(rule: Rule, project: Project | undefined): boolean {
  if (rule.frameworks.length > 0 && !(project && (rule.frameworks as string[]).includes(project.framework))) return false;
  if (rule.orms.length > 0 && !(project?.orm && (rule.orms as string[]).includes(project.orm))) return false;
  return true;
}

export function collectFileFindings(model: SourceModel, projects: readonly Project[], ruleSet: RuleSet): RuleFinding[] {
  const rules = new Map(ruleSet.rules.filter((rule) => rule.match).map((rule) => [rule.id, rule]));
  const findings: RuleFinding[] = [];
  for (const [file, facts] of model.files) {
    if (facts.findings.length === 0) continue;
    const project = projectOf(file, projects);
    for (const finding of facts.findings) {
      const rule = rules.get(finding.ruleId);
      if (!rule || !ruleAppliesTo(rule, project)) continue;
      findings.push({ ...finding, severity: rule.severity, ...(project ? { project: project.root } : {}) });
    }
  }
  return findings;
}

/** Runs every `check:` rule once per project it applies to. */
export function runSemanticChecks(
  model: SourceModel,
  projects: readonly Project[],
  ruleSet: RuleSet,
  config: Config,
  options: SemanticCheckOptions = {},
): RuleFinding[] {
  const checks = options.checks ?? CHECKS;
  const reported = options.reportedFiles;
  const mayReport = reported ? (file: string) => reported.has(file) : () => true;
  const targets = projects.length > 0 ? projects : [wholeRepository()];
  const filesByProject = new Map<string, string[]>(targets.map((project) => [project.root, []]));
  for (const file of model.files.keys()) {
    const project = projectOf(file, targets);
    if (project) filesByProject.get(project.root)!.push(file);
  }
  const findings: RuleFinding[] = [];
  // Most check rules share their paths and languages (the default test exclusions): each distinct
  // filter runs its globs over a project's files once, not once per rule (20,000 files x 20 rules).
  const filesFor = memoizedFileFilter(model, filesByProject);
  for (const rule of ruleSet.rules) {
    if (!rule.check) continue;
    const check = checks.get(rule.check);
    if (!check) continue;
    for (const project of targets) {
      if (!ruleAppliesTo(rule, project)) continue;
      const files = filesFor(rule, project.root);
      const context: CheckContext = {
        rule,
        config,
        constraints: constraintsFor(project, config),
        projects: targets,
        files,
        mayReport,
        finding: (at) => ({
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity,
          file: at.file,
          line: at.line,
          endLine: at.endLine ?? at.line,
          message: at.message,
          aiAuthored: false,
          fingerprint: '',
          project: project.root,
          ...(at.scope ? { scope: at.scope } : {}),
        }),
      };
      findings.push(...check.run(model, project, rule.params, context));
    }
  }
  return findings;
}

/** A project's own constraints when it declares them, else the repository-wide ones. */
export function constraintsFor(project: Project, config: Config): Constraints {
  return config.projects.find((override) => override.root === project.root)?.constraints ?? config.constraints;
}

function languageAdmits(rule: Rule, model: SourceModel, file: string): boolean {
  const language = GRAMMAR_LANGUAGE[model.files.get(file)?.grammar ?? 'prisma'];
  return language === undefined || rule.languages.includes(language);
}

function memoizedFileFilter(model: SourceModel, filesByProject: ReadonlyMap<string, string[]>): (rule: Rule, root: string) => string[] {
  // Rules share a handful of globs (the test exclusions) in several combinations: each glob is
  // tried once on each file of a project, each combination is a union of those answers, and the
  // languages are filtered last (20,000 files x 8 path filters x 8 globs was most of a `check`).
  const globMatches = new Map<string, Set<string>>();
  const matching = (root: string, glob: string): Set<string> => {
    const key = `${root}\u0000${glob}`;
    let matches = globMatches.get(key);
    if (!matches) {
      const pattern = globToRegExp(glob);
      const literal = longestLiteral(glob);
      matches = new Set(filesByProject.get(root)!.filter((file) => file.includes(literal) && pattern.test(file)));
      globMatches.set(key, matches);
    }
    return matches;
  };
  const byPaths = new Map<string, string[]>();
  const memo = new Map<string, string[]>();
  return (rule, root) => {
    const pathsKey = JSON.stringify([root, rule.paths.include, rule.paths.exclude]);
    const key = JSON.stringify([pathsKey, rule.languages]);
    let files = memo.get(key);
    if (!files) {
      let inPaths = byPaths.get(pathsKey);
      if (!inPaths) {
        const include = rule.paths.include.map((glob) => matching(root, glob));
        const exclude = rule.paths.exclude.map((glob) => matching(root, glob));
        inPaths = filesByProject
          .get(root)!
          .filter((file) => (include.length === 0 || include.some((set) => set.has(file))) && !exclude.some((set) => set.has(file)));
        byPaths.set(pathsKey, inPaths);
      }
      files = inPaths.filter((file) => languageAdmits(rule, model, file));
      memo.set(key, files);
    }
    // A copy: a check may sort or extend its list.
    return [...files];
  };
}

/**
 * The longest run of characters a path must contain to match the glob (a cheap test before the
 * pattern). Alternatives (`{a,b}`, `[ab]`) are optional text, so only what comes before them counts;
 * slashes are trimmed since a leading double-star segment may stand for nothing.
 */
export function longestLiteral(glob: string): string {
  const fixed = glob.split(/[{[]/)[0]!;
  return fixed
    .split(/[*?]/)
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

function wholeRepository(): Project {
  return { root: '.', framework: 'unknown', language: 'unknown', orm: null, database: null, databases: [], candidates: [], evidence: [] };
}
