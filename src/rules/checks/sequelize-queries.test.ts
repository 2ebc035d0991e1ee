import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/load-config.js';
import { silentLogger } from '../../core/logger.js';
import { memoryWorkspace } from '../../core/workspace.js';
import { buildSourceModel } from '../../source/build-model.js';
import { builtinRulesWorkspace } from '../builtin-rules.js';
import { runSemanticChecks } from '../evaluate.js';
import { loadRuleSet, type RuleSet } from '../load-rules.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadRuleSet({ builtin: builtinRulesWorkspace(path.resolve(import.meta.dirname, '..', '..', '..', 'rules')), config: defaultConfig() }, silentLogger);
});

async function findings(id: string, files: Record<string, string>) {
  const model = await buildSourceModel(memoryWorkspace(files), { workers: 0, perFileRules: { ...rules.payload, rules: [] } });
  return runSemanticChecks(model, [], { ...rules, rules: rules.rules.filter((rule) => rule.id === id) }, defaultConfig());
}

const models = `
const User = sequelize.define('User', { email: DataTypes.STRING });
const Post = sequelize.define('Post', { title: DataTypes.STRING });
User.hasMany(Post, { as: 'posts' });
Post.belongsTo(User);
module.exports = { User, Post };
`;

describe('sequelize/include-alias-mismatch', () => {
  it('names the known associations and the alias Sequelize needs', async () => {
    const found = await findings('sequelize/include-alias-mismatch', {
      'models.js': models,
      'q.js': `User.findAll({ include: [{ model: Post, as: 'post' }] });\nUser.findAll({ include: [Post] });\nPost.findAll({ include: ['User', { model: User, as: 'User' }] });\n`,
    });
    expect(found.map((finding) => [finding.line, finding.message])).toEqual([
      [1, expect.stringMatching(/^User has no association aliased 'post' \(its associations: 'posts'\)/)],
      [2, expect.stringMatching(/^Post is associated to User using an alias; the include needs `as: 'posts'`/)],
    ]);
  });

  it('stays quiet when a model is defined twice under one name or its associations are unknown', async () => {
    const found = await findings('sequelize/include-alias-mismatch', {
      'a.js': models,
      'b.js': `const User = sequelize.define('User', { name: DataTypes.STRING });\n`,
      'c.js': `const Tag = sequelize.define('Tag', { label: DataTypes.STRING });\nUser.findAll({ include: [{ model: Post, as: 'x' }] });\nTag.findAll({ include: [Post] });\n`,
    });
    expect(found).toEqual([]);
  });
});

describe('sequelize/unknown-attribute', () => {
  it('tells a casing mismatch from an unknown name', async () => {
    const found = await findings('sequelize/unknown-attribute', {
      'models.js': models,
      'q.js': `Post.findAll({ where: { userId: 1, UserId: 1, titel: 'x' } });\n`,
    });
    expect(found.map((finding) => finding.message)).toEqual([
      '`userId` in `where` differs in case from the attribute `UserId` of Post.',
      '`titel` in `where` is not an attribute of Post.',
    ]);
  });

  it('reads explicit foreign keys and primary keys', async () => {
    const found = await findings('sequelize/unknown-attribute', {
      'models.js': `const Account = sequelize.define('Account', { uuid: { type: DataTypes.UUID, primaryKey: true } });\nconst Order = sequelize.define('Order', { total: DataTypes.INTEGER });\nOrder.belongsTo(Account, { as: 'buyer', foreignKey: 'buyer_uuid' });\n`,
      'q.js': `Order.findAll({ where: { buyer_uuid: 1 }, attributes: ['total', 'buyerId'] });\nAccount.findAll({ where: { id: 1, uuid: 2 } });\n`,
    });
    expect(found.map((finding) => `${finding.line}: ${finding.message}`)).toEqual([
      '1: `buyerId` in `attributes` is not an attribute of Order.',
      '2: `id` in `where` is not an attribute of Account.',
    ]);
  });
});

describe('sequelize/transaction-not-passed', () => {
  const service = `async function run() {\n  await sequelize.transaction(async (t) => {\n    await User.create({ email: 'a' });\n  });\n}\n`;

  it('reports a model query without the transaction', async () => {
    const found = await findings('sequelize/transaction-not-passed', { 'models.js': models, 'service.js': service });
    expect(found.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['service.js:3']);
    expect(found[0]!.message).toMatch(/^`User.create\(\)` runs while a transaction is open/);
  });

  it('stays quiet when CLS carries the transaction (useCLS or Sequelize 7)', async () => {
    const cls = await findings('sequelize/transaction-not-passed', {
      'models.js': models,
      'service.js': service,
      'db.js': `const { Sequelize } = require('sequelize');\nconst cls = require('cls-hooked');\nSequelize.useCLS(cls.createNamespace('app'));\n`,
    });
    expect(cls).toEqual([]);
    const v7 = await findings('sequelize/transaction-not-passed', { 'models.js': `import { Sequelize } from '@sequelize/core';\n${models}`, 'service.js': service });
    expect(v7).toEqual([]);
  });
});

describe('sequelize/unknown-attribute with open definitions', () => {
  it('says nothing about a model whose attributes are spread in', async () => {
    const found = await findings('sequelize/unknown-attribute', {
      'models.js': `const BASE = { createdBy: DataTypes.STRING };\nclass Doc extends Model {\n  static setup(sequelize) { this.init({ ...BASE, title: DataTypes.STRING }, { sequelize }); }\n}\nconst Note = sequelize.define('Note', { ...BASE, body: DataTypes.TEXT });\n`,
      'q.js': `Doc.findAll({ where: { createdBy: 'a' } });\nNote.findAll({ where: { createdBy: 'a', bdy: 1 } });\n`,
    });
    expect(found).toEqual([]);
  });
});

describe('sequelize-cli models (factory functions with associate)', () => {
  const files = {
    'models/user.js': `module.exports = (sequelize, DataTypes) => {\n  const User = sequelize.define('User', { email: DataTypes.STRING }, { underscored: true });\n  User.associate = (models) => {\n    User.hasMany(models.Post, { as: 'posts', foreignKey: 'authorId' });\n  };\n  return User;\n};\n`,
    'models/post.js': `module.exports = (sequelize, DataTypes) => {\n  const Post = sequelize.define('Post', { title: DataTypes.STRING });\n  Post.associate = (models) => {\n    Post.belongsTo(models.User, { as: 'author', foreignKey: 'authorId' });\n  };\n  return Post;\n};\n`,
    'routes/users.js': `const db = require('../models');\nasync function list() {\n  await db.User.findAll({ include: [{ model: db.Post, as: 'posts', where: { author_id: 1 } }], order: [['created_at', 'DESC']] });\n  await db.User.findAll({ include: [{ model: db.Post, as: 'articles' }] });\n  await db.Post.findAll({ where: { authr_id: 1 } });\n}\n`,
  };

  it('joins models, associations and queries through the models object', async () => {
    expect((await findings('sequelize/include-alias-mismatch', files)).map((finding) => `${finding.file}:${finding.line}`)).toEqual(['routes/users.js:4']);
    expect((await findings('sequelize/unknown-attribute', files)).map((finding) => `${finding.file}:${finding.line}`)).toEqual(['routes/users.js:5']);
  });
});

describe('associations whose options are not written out', () => {
  const classModels = `class User extends Model {\n  static initModel(sequelize) { return this.init({ email: DataTypes.STRING }, { sequelize }); }\n}\nclass Post extends Model {\n  static initModel(sequelize) { return this.init({ title: DataTypes.STRING }, { sequelize }); }\n}\n`;

  it('resolves models initialised with this.init() by their class name', async () => {
    const found = await findings('sequelize/include-alias-mismatch', {
      'models.js': `${classModels}User.hasMany(Post, { as: 'posts' });\n`,
      'q.js': `User.findAll({ include: [Post] });\n`,
    });
    expect(found.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['q.js:1']);
  });

  it('stays quiet for the pair when the options are a variable, and still checks the other pairs', async () => {
    const found = await findings('sequelize/include-alias-mismatch', {
      'models.js': `${classModels}const Tag = sequelize.define('Tag', { label: DataTypes.STRING });\nconst postOptions = { as: 'posts', foreignKey: 'authorId' };\nUser.hasMany(Post, postOptions);\nUser.hasMany(Tag, { as: 'tags' });\n`,
      'q.js': `User.findAll({ include: [Post] });\nUser.findAll({ include: [{ model: Post, as: 'articles' }] });\nUser.findAll({ include: [Tag] });\n`,
    });
    expect(found.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['q.js:3']);
  });

  it('does not call a foreign key unknown when the association that adds it hides its name', async () => {
    const found = await findings('sequelize/unknown-attribute', {
      'models.js': `${classModels}Post.belongsTo(User, postOptions);\n`,
      'q.js': `Post.findAll({ where: { authorId: 1 } });\nUser.findAll({ where: { emial: 'a' } });\n`,
    });
    expect(found.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['q.js:2']);
  });
});
