import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { detectProjects } from '../../detect/detect-projects.js';
import { buildSourceModel } from '../../source/build-model.js';
import type { FileFacts } from '../../source/facts.js';
import type { SourceModel } from '../../source/model.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { readTree } from '../testing.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';
import { DATA_CALLS, DATA_LOOPS } from './data-call-facts.js';
import { EXPRESS_ASYNC_HANDLERS } from './express-handler-facts.js';
import { EXPRESS_DOUBLE_SENDS } from './express-response-facts.js';
import { FASTIFY_BODYLESS_ROUTES } from './fastify-body-facts.js';
import { FASTIFY_REPLY } from './fastify-reply-facts.js';
import { KOA_CONTEXT } from './koa-context-facts.js';
import { REQUEST_SQL } from './node-request-sql-facts.js';
import { INTERPOLATED_SQL } from './node-sql-facts.js';
import { SEQUELIZE_QUERIES, SEQUELIZE_TRANSACTION_CALLS } from './sequelize-query-facts.js';

/**
 * A `check` scoped to its change keeps the findings of the files it touched: the Node checks skip
 * the other files' own facts (calls, handlers, queries) and still read what those files tell about
 * the rest (handles, models, associations, exported error handlers). Run over the rule fixtures.
 */

const RULES_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'rules');
const NODE_PACKS = ['node-data', 'node-sql', 'sequelize', 'prisma', 'express', 'fastify', 'koa', 'hono'];
/** Facts about a file's own code that only its findings come from. */
const PER_FILE_KEYS = [DATA_CALLS, DATA_LOOPS, INTERPOLATED_SQL, REQUEST_SQL, EXPRESS_ASYNC_HANDLERS, EXPRESS_DOUBLE_SENDS, FASTIFY_REPLY, FASTIFY_BODYLESS_ROUTES, KOA_CONTEXT, SEQUELIZE_QUERIES, SEQUELIZE_TRANSACTION_CALLS];

/** The model with every read of a per-file check fact recorded as `file key`. */
function recordingReads(model: SourceModel, reads: Set<string>): SourceModel {
  const files = new Map<string, FileFacts>();
  for (const [file, facts] of model.files) {
    const checkFacts = new Proxy(facts.checkFacts, {
      get(target, key, receiver) {
        if (typeof key === 'string' && PER_FILE_KEYS.includes(key)) reads.add(`${file} ${key}`);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    files.set(file, { ...facts, checkFacts });
  }
  return { ...model, files };
}

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadRuleSet({ builtin: builtinRulesWorkspace(RULES_DIR), config: defaultConfig() }, silentLogger);
});

const fixtures = NODE_PACKS.flatMap((pack) =>
  readdirSync(path.join(RULES_DIR, pack))
    .filter((name) => statSync(path.join(RULES_DIR, pack, name)).isDirectory() && existsSync(path.join(RULES_DIR, pack, `${name}.yml`)))
    .map((name) => `${pack}/${name}`),
);

describe('Node checks in a check scoped to a change', () => {
  it('cover a fixture of every Node pack that has semantic checks', () => {
    expect(new Set(fixtures.map((id) => id.split('/')[0]))).toEqual(new Set(['node-data', 'node-sql', 'sequelize', 'prisma', 'express', 'fastify', 'koa', 'hono']));
  });

  for (const id of fixtures) {
    it(`${id}: reports in the changed files what an unscoped run reports there, without reading the others' own facts`, async () => {
      const rule = rules.rules.find((candidate) => candidate.id === id)!;
      expect(rule.check, `${id} is a semantic check`).toBeDefined();
      const files = readTree(path.join(RULES_DIR, id));
      const workspace = memoryWorkspace(files);
      const config = files['.constraint-gate.yml'] ? parseConfig(files['.constraint-gate.yml'], '.constraint-gate.yml') : defaultConfig();
      const built = await buildSourceModel(workspace, { workers: 0, perFileRules: { ...rules.payload, rules: [] } });
      const projects = detectProjects({ workspace, files: built.files, overrides: config.projects }, silentLogger);
      const only: RuleSet = { ...rules, rules: [rule] };

      const everything = runSemanticChecks(built, projects, only, config);
      const withFindings = [...new Set(everything.map((finding) => finding.file))].sort();
      expect(withFindings.length, `${id} has findings in its fixture`).toBeGreaterThan(0);
      // Every other file with findings, and one source file without any.
      const quiet = [...built.files.keys()].sort().find((file) => /\.[cm]?[jt]s$/.test(file) && !withFindings.includes(file));
      const changed = new Set([...withFindings.filter((_, index) => index % 2 === 0), ...(quiet ? [quiet] : [])]);

      const reads = new Set<string>();
      const scoped = runSemanticChecks(recordingReads(built, reads), projects, only, config, { reportedFiles: changed });
      const key = (finding: { file: string; line: number; message: string }) => `${finding.file}:${finding.line} ${finding.message}`;
      expect(scoped.map(key).sort()).toEqual(everything.filter((finding) => changed.has(finding.file)).map(key).sort());
      expect([...reads].filter((read) => !changed.has(read.slice(0, read.indexOf(' '))))).toEqual([]);
    });
  }
});
