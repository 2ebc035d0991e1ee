import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../config/load-config.js';
import { silentLogger } from '../core/logger.js';
import { memoryWorkspace } from '../core/workspace.js';
import { detectProjects } from '../detect/detect-projects.js';
import { buildSourceModel } from '../source/build-model.js';
import { grammarForPath } from '../source/grammars.js';
import { builtinRulesWorkspace } from './builtin-rules.js';
import { runSemanticChecks } from './evaluate.js';
import { parseExpectations, type Expectation } from './fixture-expectations.js';
import { loadRuleSet, type RuleSet } from './load-rules.js';
import { factsWithRules, readTree } from './testing.js';
import type { Rule } from './types.js';

/**
 * The one test of every rule pack: each rule in rules/<pack>/<name>.yml loads, is well formed, and
 * reports exactly the `expect:` lines of its fixture (rules/<pack>/<name>.<ext> for query rules, the
 * project rules/<pack>/<name>/ for semantic checks) and none of the `ok:` lines.
 */

const RULES_DIR = path.resolve(import.meta.dirname, '..', '..', 'rules');

function ruleFiles(): string[] {
  return readdirSync(RULES_DIR)
    .filter((pack) => statSync(path.join(RULES_DIR, pack)).isDirectory())
    .flatMap((pack) => readdirSync(path.join(RULES_DIR, pack)).filter((name) => /\.ya?ml$/.test(name)).map((name) => `${pack}/${name}`))
    .sort();
}

/** The fixture files of a rule: `<name>.<ext>` next to it, or every file of the `<name>/` project. */
function fixturesOf(ruleFile: string): { files: Record<string, string>; project: boolean } {
  const base = ruleFile.replace(/\.ya?ml$/, '');
  const dir = path.join(RULES_DIR, base);
  if (existsSync(dir) && statSync(dir).isDirectory()) return { files: readTree(dir), project: true };
  const pack = path.dirname(path.join(RULES_DIR, ruleFile));
  const name = path.basename(base);
  const files: Record<string, string> = {};
  for (const entry of readdirSync(pack)) {
    if (entry.startsWith(`${name}.`) && !/\.ya?ml$/.test(entry)) files[`rules/${path.dirname(ruleFile)}/${entry}`] = readFileSync(path.join(pack, entry), 'utf8');
  }
  return { files, project: false };
}

const lines = (findings: { line: number }[]): number[] => findings.map((finding) => finding.line).sort((a, b) => a - b);

function expectationsFor(rule: Rule, files: Record<string, string>): Map<string, Expectation[]> {
  const byFile = new Map<string, Expectation[]>();
  for (const [file, text] of Object.entries(files)) {
    const own = parseExpectations(text).filter((expectation) => expectation.ruleId === rule.id);
    if (own.length > 0) byFile.set(file, own);
  }
  return byFile;
}

let ruleSet: RuleSet;

beforeAll(async () => {
  ruleSet = await loadRuleSet({ builtin: builtinRulesWorkspace(RULES_DIR), config: defaultConfig(), validateBuiltinRules: true }, silentLogger);
});

describe('built-in rule packs', () => {
  it('load without problems', () => {
    expect(ruleSet.problems).toEqual([]);
    expect(ruleSet.rules.map((rule) => `${rule.id}.yml`).sort()).toEqual(ruleFiles().map((file) => file.replace(/\.yaml$/, '.yml')));
  });

  it('have unique ids that name their files, and say why and how to fix', () => {
    const ids = ruleSet.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleSet.rules) {
      expect(rule.source, rule.id).toBe(`rules/${rule.id}.yml`);
      expect(rule.why.length, `${rule.id} why`).toBeGreaterThan(40);
      expect(rule.fix.length, `${rule.id} fix`).toBeGreaterThan(20);
      expect(rule.title.length, `${rule.id} title`).toBeGreaterThan(5);
    }
  });

  for (const ruleFile of ruleFiles()) {
    const id = ruleFile.replace(/\.ya?ml$/, '');
    describe(id, () => {
      const rule = () => {
        const found = ruleSet.rules.find((candidate) => candidate.id === id);
        if (!found) throw new Error(`${id} did not load`);
        return found;
      };

      it('has a fixture with at least one expected finding and one near miss', () => {
        const { files } = fixturesOf(ruleFile);
        expect(Object.keys(files).length, `no fixture next to rules/${ruleFile}`).toBeGreaterThan(0);
        const all = [...expectationsFor(rule(), files).values()].flat();
        expect(all.some((expectation) => expectation.kind === 'expect'), 'no `expect:` line').toBe(true);
        expect(all.some((expectation) => expectation.kind === 'ok'), 'no `ok:` near miss').toBe(true);
      });

      it('reports exactly the expected lines of its fixture', async () => {
        const current = rule();
        const { files, project } = fixturesOf(ruleFile);
        const expectations = expectationsFor(current, files);
        const reported = new Map<string, { line: number }[]>();
        if (current.match) {
          expect(project, 'a query rule has file fixtures, not a project').toBe(false);
          const payload = { ...ruleSet.payload, rules: ruleSet.payload.rules.filter((entry) => entry.id === current.id) };
          for (const [file, text] of Object.entries(files)) {
            if (!grammarForPath(file)) continue;
            const facts = await factsWithRules(file, text, payload);
            reported.set(file, facts.findings);
          }
        } else {
          const workspace = memoryWorkspace(files);
          const config = files['.constraint-gate.yml'] ? parseConfig(files['.constraint-gate.yml'], '.constraint-gate.yml') : defaultConfig();
          // Data-access calls everywhere: the fixture's own config decides which files are routes.
          const perFileRules = { ...ruleSet.payload, rules: [], dataAccessPaths: ['**'] };
          const model = await buildSourceModel(workspace, { workers: 0, perFileRules });
          // The projects a real run would see: checks read project evidence (declared dependency
          // versions) and rules filtered by framework apply only to detected projects.
          const projects = project ? detectProjects({ workspace, files: model.files, overrides: config.projects }, silentLogger) : [];
          const only: RuleSet = { ...ruleSet, rules: [current] };
          for (const finding of runSemanticChecks(model, projects, only, config)) {
            reported.set(finding.file, [...(reported.get(finding.file) ?? []), finding]);
          }
        }
        for (const file of new Set([...reported.keys(), ...expectations.keys()])) {
          const wanted = (expectations.get(file) ?? []).filter((expectation) => expectation.kind === 'expect');
          const nearMisses = new Set((expectations.get(file) ?? []).filter((expectation) => expectation.kind === 'ok').map((expectation) => expectation.line));
          const got = reported.get(file) ?? [];
          expect(lines(got), `${file}: reported lines`).toEqual(lines(wanted));
          expect(got.filter((finding) => nearMisses.has(finding.line)), `${file}: near misses reported`).toEqual([]);
        }
      });
    });
  }
});
