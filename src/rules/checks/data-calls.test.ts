import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { buildSourceModel } from '../../source/build-model.js';
import { parseFileToFacts } from '../../source/parse-file.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';
import { DATA_CALLS, DATA_HANDLES } from './data-call-facts.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
});

async function findings(id: string, files: Record<string, string>): Promise<string[]> {
  const model = await buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: { ...rules.payload, rules: [] } });
  return runSemanticChecks(model, [], { ...rules, rules: rules.rules.filter((rule) => rule.id === id) }, defaultConfig()).map((finding) => `${finding.file}:${finding.line} ${finding.message}`);
}

async function checkFacts(file: string, text: string) {
  const outcome = await parseFileToFacts(file, text, { perFileRules: { ...rules.payload, rules: [] } });
  if (outcome.kind !== 'parsed') throw new Error(outcome.kind);
  return outcome.facts.checkFacts;
}

describe('data-call facts', () => {
  it('records a chain once, from its receiver to its outermost call, with how the whole chain is used', async () => {
    const facts = await checkFacts('a.js', `const db = require('./db');\nasync function f() {\n  const one = await db('users').where({ id: 1 }).first();\n  return db.select('id').from('users').then((rows) => rows);\n}\n`);
    expect(facts[DATA_CALLS]).toEqual([
      { line: 3, receiver: 'db', method: '', chain: ['where', 'first'], awaited: true, callback: false },
      // What is returned is the `.then()` chain, not the query.
      { line: 4, receiver: 'db', method: 'select', chain: ['from'], awaited: false, callback: false },
    ]);
  });

  it('records handles created, typed and made from other handles', async () => {
    const facts = await checkFacts(
      'a.ts',
      [
        "import { DataSource, Repository } from 'typeorm';",
        "import type { Knex } from 'knex';",
        'export const source = new DataSource({});',
        'const users = source.getRepository(User);',
        'const manager = source.manager;',
        'class S { constructor(private repo: Repository<User>, private knex: Knex) {} }',
        'source.transaction(async (em) => em.save(x));',
      ].join('\n'),
    );
    expect(facts[DATA_HANDLES]).toEqual([
      { name: 'source', line: 3, kind: 'typeorm-datasource' },
      { name: 'users', line: 4, from: { name: 'source', method: 'getRepository' } },
      { name: 'em', line: 7, from: { name: 'source', method: 'transaction' } },
      { name: 'manager', line: 5, from: { name: 'source', method: 'manager' } },
      { name: 'repo', line: 6, kind: 'typeorm-repository' },
      { name: 'knex', line: 6, kind: 'knex' },
    ]);
  });
});

describe('node-data/missing-await across libraries', () => {
  it('resolves a repository made in one file from a data source made in another', async () => {
    const found = await findings('node-data/missing-await', {
      'src/data-source.ts': `import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres' });\n`,
      'src/repos.ts': `import { AppDataSource } from './data-source';\nexport const userRepo = AppDataSource.getRepository('User');\n`,
      'src/use.ts': `import { userRepo } from './repos';\nexport function n() { return userRepo.count().toFixed(0); }\nexport function m() { return userRepo.create({}).id; }\n`,
    });
    expect(found).toEqual(['src/use.ts:2 `userRepo.count()` returns a promise (typeorm), but the code calls `.toFixed()` on it without `await`.']);
  });

  it('knows knex handles held by an instance, and leaves Sequelize 4 Bluebird chains and Mongoose cursors alone', async () => {
    const found = await findings('node-data/missing-await', {
      'src/repo.ts': `import type { Knex } from 'knex';\nexport class Repo {\n  constructor(private readonly knex: Knex) {}\n  names() { return this.knex('users').pluck('name').length; }\n}\n`,
      'src/models.js': `const { Sequelize, DataTypes } = require('sequelize');\nconst mongoose = require('mongoose');\nconst sequelize = new Sequelize('sqlite::memory:');\nconst User = sequelize.define('User', { name: DataTypes.STRING });\nconst Note = mongoose.model('Note', new mongoose.Schema({}));\nUser.findOrCreate({ where: { name: 'a' } }).spread((user) => user);\nNote.find().cursor().on('data', console.log);\nmodule.exports = { User, Note };\n`,
    });
    expect(found).toEqual(['src/repo.ts:4 `knex()…pluck()` returns a promise (knex), but the code reads `.length` of it without `await`.']);
  });
});
