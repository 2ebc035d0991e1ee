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
      { name: 'em', line: 7, from: { name: 'source', method: 'transaction' }, parameter: true },
      { name: 'manager', line: 5, from: { name: 'source', method: 'manager' } },
      { name: 'repo', line: 6, kind: 'typeorm-repository', parameter: true },
      { name: 'knex', line: 6, kind: 'knex', parameter: true },
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

describe('knex handed out by a module or typed in JSDoc', () => {
  it('records a getter export of another module and JSDoc-typed parameters as handles', async () => {
    const facts = await checkFacts(
      'db/index.js',
      [
        'let connection;',
        "Object.defineProperty(exports, 'knex', { get() { connection = connection || require('./connection'); return connection; } });",
        'module.exports.other = { get pool() { return pool; } };',
        "/** @param {import('knex').Knex} deps.knex @param {import('knex').Knex.QueryBuilder} query */",
        'function make({ knex }, query) {}',
      ].join('\n'),
    );
    expect(facts[DATA_HANDLES]).toEqual([
      { name: 'knex', line: 2, module: './connection' },
      { name: 'pool', line: 3, from: { name: 'pool', method: '' } },
      { name: 'knex', line: 4, kind: 'knex', parameter: true },
    ]);
  });

  it('does not take the functions of a module for handles because some of its parameters are typed as one', async () => {
    const found = await findings('node-data/missing-await', {
      'src/utils.js': "/** @param {import('knex').Knex} connection */\nexports.addIndex = async (connection, table) => connection.schema.table(table, () => {});\n",
      'src/migration.js': "const { addIndex } = require('./utils');\nexports.up = () => addIndex('posts').then((done) => done).length;\nexports.down = () => addIndex('tags').length;\n",
    });
    expect(found).toEqual([]);
  });

  it("resolves `db.knex(...)` and `db.knex.raw(...)` through the module's getter, and nothing else of that module", async () => {
    const found = await findings('node-data/missing-await', {
      'src/data/db/connection.js': "const knex = require('knex');\nmodule.exports = knex({ client: 'pg' });\n",
      'src/data/db/index.js': "let c;\nObject.defineProperty(exports, 'knex', { get: () => (c = c || require('./connection')) });\nexports.ready = () => Promise.resolve(true);\n",
      'src/use.js': [
        "const db = require('./data/db');",
        "async function a() { return db.knex('posts').first().title; }",
        "async function b() { return db.knex.raw('select 1').rows; }",
        "async function c() { return db.ready().then((ok) => ok).length; }",
      ].join('\n'),
    });
    expect(found).toEqual([
      'src/use.js:2 `db.knex()…first()` returns a promise (knex), but the code reads `.title` of it without `await`.',
      'src/use.js:3 `db.knex.raw()` returns a promise (knex), but the code reads `.rows` of it without `await`.',
    ]);
  });
});
