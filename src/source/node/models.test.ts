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

describe('Sequelize', () => {
  it('reads sequelize.define with attribute options and a table name', async () => {
    const facts = await factsOf('models/user.js', [
      "const { DataTypes } = require('sequelize');",
      "module.exports = (sequelize) => sequelize.define('User', {",
      '  id: { type: DataTypes.INTEGER, primaryKey: true },',
      '  email: { type: DataTypes.STRING(120), allowNull: false, field: "email_address" },',
      '  bio: DataTypes.TEXT,',
      "  orgId: { type: DataTypes.INTEGER, references: { model: 'orgs', key: 'id' } },",
      "}, { tableName: 'users' });",
    ]);
    expect(facts.models).toEqual([
      {
        name: 'User',
        line: 2,
        orm: 'sequelize',
        table: 'users',
        fields: [
          { name: 'id', line: 3, type: 'INTEGER', primaryKey: true },
          { name: 'email', line: 4, type: 'STRING', column: 'email_address', nullable: false },
          { name: 'bio', line: 5, type: 'TEXT' },
          { name: 'orgId', line: 6, type: 'INTEGER', foreignKey: 'orgs.id' },
        ],
        relations: [],
      },
    ]);
  });

  it('reads Model.init classes and joins same-file associations to them', async () => {
    const facts = await factsOf('models/order.ts', [
      "import { DataTypes, Model } from 'sequelize';",
      "import { sequelize } from '../db';",
      "import { User } from './user';",
      'export class Order extends Model {}',
      'Order.init({ total: DataTypes.DECIMAL }, { sequelize, tableName: "orders" });', // 5
      "Order.belongsTo(User, { as: 'customer', foreignKey: 'customerId' });",
    ]);
    expect(facts.models).toEqual([
      {
        name: 'Order',
        line: 4,
        orm: 'sequelize',
        table: 'orders',
        fields: [{ name: 'total', line: 5, type: 'DECIMAL' }],
        relations: [{ name: 'customer', line: 6, kind: 'belongs-to', target: 'User', alias: 'customer', foreignKey: 'customerId' }],
      },
    ]);
    expect(facts.checkFacts[SEQUELIZE_ASSOCIATIONS]).toEqual([{ source: 'Order', target: 'User', kind: 'belongs-to', alias: 'customer', foreignKey: 'customerId', line: 6 }]);
  });

  it('records associations declared apart from their models, including associate(models) with this', async () => {
    const facts = await factsOf('models/index.js', [
      "const { User, Post, Tag, PostTag } = require('./all');",
      "User.hasMany(Post, { as: 'posts', foreignKey: { name: 'authorId' } });",
      'Post.belongsToMany(Tag, { through: PostTag });',
      "Post.belongsToMany(User, { through: 'likes', as: { singular: 'liker', plural: 'likers' } });",
      'class Comment extends Object {',
      '  static associate(models) {', // 6
      '    this.belongsTo(models.Post);',
      "    this.hasOne(models.Flag, { as: 'flag' });",
      '  }',
      '}',
      "bookshelfModel.hasMany('Post');", // strings are not Sequelize models
    ]);
    expect(facts.checkFacts[SEQUELIZE_ASSOCIATIONS]).toEqual([
      { source: 'User', target: 'Post', kind: 'has-many', alias: 'posts', foreignKey: 'authorId', line: 2 },
      { source: 'Post', target: 'Tag', kind: 'many-to-many', through: 'PostTag', line: 3 },
      { source: 'Post', target: 'User', kind: 'many-to-many', alias: 'likers', through: 'likes', line: 4 },
      { source: 'Comment', target: 'Post', kind: 'belongs-to', line: 7 },
      { source: 'Comment', target: 'Flag', kind: 'has-one', alias: 'flag', line: 8 },
    ]);
    expect(facts.models).toEqual([]);
  });

  it('does not take other define() calls for models', async () => {
    const facts = await factsOf('src/x.js', ["customElements.define('my-el', { connectedCallback() {} });", "Object.define('x', {});"]);
    expect(facts.models).toEqual([]);
  });
});

describe('decorated entities', () => {
  it('reads TypeORM entities with columns and relations', async () => {
    const facts = await factsOf('src/entities/post.ts', [
      "import { Entity, PrimaryGeneratedColumn, Column, ManyToOne, OneToMany, ManyToMany, JoinColumn, JoinTable } from 'typeorm';",
      "import { User } from './user';",
      "@Entity('posts')",
      'export class Post {',
      '  @PrimaryGeneratedColumn() id!: number;', // 5
      "  @Column({ type: 'varchar', nullable: true, name: 'post_title' }) title?: string;",
      '  @Column() body!: string;',
      '  @ManyToOne(() => User, (user) => user.posts, { eager: true })',
      "  @JoinColumn({ name: 'author_id' })",
      '  author!: User;', // 10
      '  @OneToMany(() => Comment, (comment) => comment.post) comments!: Promise<Comment[]>;',
      "  @ManyToMany(() => Tag) @JoinTable({ name: 'post_tags' }) tags!: Tag[];",
      '}',
      'class NotAnEntity { @Column() x!: number; }',
    ]);
    expect(facts.models).toEqual([
      {
        name: 'Post',
        line: 3,
        orm: 'typeorm',
        table: 'posts',
        fields: [
          { name: 'id', line: 5, type: 'number', primaryKey: true },
          { name: 'title', line: 6, type: 'varchar', column: 'post_title', nullable: true },
          { name: 'body', line: 7, type: 'string' },
        ],
        relations: [
          { name: 'author', line: 8, kind: 'belongs-to', target: 'User', lazy: 'eager', foreignKey: 'author_id' },
          { name: 'comments', line: 11, kind: 'has-many', target: 'Comment', lazy: 'lazy' },
          { name: 'tags', line: 12, kind: 'many-to-many', target: 'Tag', through: 'post_tags' },
        ],
      },
    ]);
  });

  it('reads sequelize-typescript and MikroORM entities', async () => {
    const sequelize = await factsOf('src/models/team.ts', [
      "import { Table, Column, Model, ForeignKey, BelongsTo, DataType } from 'sequelize-typescript';",
      "@Table({ tableName: 'teams' })",
      'export class Team extends Model {',
      '  @Column(DataType.STRING) name!: string;',
      '  @ForeignKey(() => Org) @Column orgId!: number;',
      '  @BelongsTo(() => Org) org!: Org;',
      '}',
    ]);
    expect(sequelize.models).toEqual([
      {
        name: 'Team',
        line: 2,
        orm: 'sequelize',
        table: 'teams',
        fields: [
          { name: 'name', line: 4, type: 'STRING' },
          { name: 'orgId', line: 5, type: 'number', foreignKey: 'Org' },
        ],
        relations: [{ name: 'org', line: 6, kind: 'belongs-to', target: 'Org' }],
      },
    ]);

    const mikro = await factsOf('src/book.entity.ts', [
      "import { Entity, PrimaryKey, Property, ManyToOne } from '@mikro-orm/core';",
      '@Entity()',
      'export class Book {',
      '  @PrimaryKey() id!: number;',
      '  @Property({ nullable: true }) title?: string;',
      '  @ManyToOne(() => Author) author!: Author;',
      '}',
    ]);
    expect(mikro.models[0]).toMatchObject({ name: 'Book', orm: 'mikro-orm', fields: [{ name: 'id', primaryKey: true }, { name: 'title', nullable: true }], relations: [{ name: 'author', kind: 'belongs-to', target: 'Author' }] });
  });
});

describe('Mongoose', () => {
  it('reads schemas, refs and collection names through model()', async () => {
    const facts = await factsOf('models/post.js', [
      "const mongoose = require('mongoose');",
      'const { Schema } = mongoose;',
      'const postSchema = new Schema({',
      '  title: { type: String, required: true },',
      '  tags: [String],', // 5
      "  author: { type: Schema.Types.ObjectId, ref: 'User' },",
      "  likes: [{ type: mongoose.Schema.Types.ObjectId, ref: 'User' }],",
      "}, { collection: 'blog_posts' });",
      "module.exports = mongoose.model('Post', postSchema);",
    ]);
    expect(facts.models).toEqual([
      {
        name: 'Post',
        line: 9,
        orm: 'mongoose',
        table: 'blog_posts',
        fields: [
          { name: 'title', line: 4, type: 'String', nullable: false },
          { name: 'tags', line: 5, type: 'String[]' },
          { name: 'author', line: 6, type: 'ObjectId', foreignKey: 'User._id' },
          { name: 'likes', line: 7, type: 'ObjectId[]', foreignKey: 'User._id' },
        ],
        relations: [
          { name: 'author', line: 6, kind: 'belongs-to', target: 'User', foreignKey: 'author' },
          { name: 'likes', line: 7, kind: 'has-many', target: 'User', foreignKey: 'likes' },
        ],
      },
    ]);
  });

  it('needs mongoose to be imported', async () => {
    const facts = await factsOf('src/x.js', ['const s = new Schema({ a: String });', "const M = db.model('M', s);"]);
    expect(facts.models).toEqual([]);
  });
});

describe('Drizzle', () => {
  it('reads tables, columns, not-null, primary keys and references', async () => {
    const facts = await factsOf('src/db/schema.ts', [
      "import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';",
      "export const users = pgTable('users', {",
      "  id: serial('id').primaryKey(),",
      "  name: text('name'),",
      '});',
      "export const posts = pgTable('posts', {",
      "  id: serial('id').primaryKey(),",
      "  authorId: integer('author_id').notNull().references(() => users.id),",
      '});',
    ]);
    expect(facts.models.map((model) => [model.name, model.table, model.fields.map((field) => `${field.name}:${field.type}:${field.column}${field.primaryKey ? ':pk' : ''}${field.nullable ? ':null' : ''}${field.foreignKey ? `:fk=${field.foreignKey}` : ''}`), model.relations.map((relation) => `${relation.kind}:${relation.target}`)])).toEqual([
      ['users', 'users', ['id:serial:id:pk', 'name:text:name:null'], []],
      ['posts', 'posts', ['id:serial:id:pk', 'authorId:integer:author_id:fk=users.id'], ['belongs-to:users']],
    ]);
  });
});
