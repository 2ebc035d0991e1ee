import { describe, expect, it } from 'vitest';
import { parseFileToFacts } from '../parse-file.js';
import type { FileFacts } from '../facts.js';
import { SEQUELIZE_ASSOCIATIONS } from './conventions.js';

async function factsOf(path: string, lines: string[]): Promise<FileFacts> {
  const outcome = await parseFileToFacts(path, lines.join('\n') + '\n');
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  expect(outcome.facts.syntaxErrors).toEqual([]);
  return outcome.facts;
}

describe('Sequelize models set up inside the class', () => {
  it('names a model initialised with this.init() or super.init() in a static method after its class', async () => {
    const facts = await factsOf('src/models/user.js', [
      "const { Model, DataTypes } = require('sequelize');",
      'class User extends Model {', // 2
      '  static initModel(sequelize) {',
      '    return this.init({ email: DataTypes.STRING }, { sequelize, tableName: "users" });',
      '  }',
      '}',
      'module.exports = class Post extends Model {', // 7
      '  static init(sequelize) {',
      '    return super.init({ title: DataTypes.STRING }, { sequelize });',
      '  }',
      '};',
    ]);
    expect(facts.models.map((model) => [model.name, model.line, model.table, model.fields.map((field) => field.name)])).toEqual([
      ['User', 2, 'users', ['email']],
      ['Post', 7, undefined, ['title']],
    ]);
  });
});

describe('Sequelize associations', () => {
  it('keeps the alias and foreign key unknown when the options are a variable, spread in or computed', async () => {
    const facts = await factsOf('src/models/index.js', [
      "const { User, Post, Tag, Comment } = require('./all');",
      'const opts = { as: "posts" };',
      'User.hasMany(Post, opts);', // 3
      "Post.belongsTo(User, { ...defaults, as: 'author' });",
      'Post.hasMany(Comment, { as: aliasFor(Comment) });',
      'Post.belongsToMany(Tag);', // 6: no options at all, both known to be the defaults
    ]);
    expect(facts.checkFacts[SEQUELIZE_ASSOCIATIONS]).toEqual([
      { source: 'User', target: 'Post', kind: 'has-many', aliasUnknown: true, foreignKeyUnknown: true, line: 3 },
      { source: 'Post', target: 'User', kind: 'belongs-to', alias: 'author', foreignKeyUnknown: true, line: 4 },
      { source: 'Post', target: 'Comment', kind: 'has-many', aliasUnknown: true, line: 5 },
      { source: 'Post', target: 'Tag', kind: 'many-to-many', line: 6 },
    ]);
  });

  it('reads this.belongsTo() in a static method as an association of the enclosing class', async () => {
    const facts = await factsOf('src/models/comment.ts', [
      "import { Model } from 'sequelize';",
      'export class Comment extends Model {',
      '  static associate(models: any) {',
      "    this.belongsTo(models.Post, { as: 'post', foreignKey: 'postId' });",
      '  }',
      '}',
    ]);
    expect(facts.checkFacts[SEQUELIZE_ASSOCIATIONS]).toEqual([{ source: 'Comment', target: 'Post', kind: 'belongs-to', alias: 'post', foreignKey: 'postId', line: 4 }]);
  });
});
