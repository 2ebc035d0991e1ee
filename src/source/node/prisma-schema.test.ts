import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPrismaFacts } from './prisma-schema.js';

describe('extractPrismaFacts', () => {
  it('reads models, fields, relations, maps and the datasource', () => {
    const schema = [
      'datasource db {',
      '  provider = "postgresql" // the production database',
      '  url      = env("DATABASE_URL")',
      '}',
      '',
      'model User {',
      '  id      Int     @id @default(autoincrement())',
      '  email   String  @unique @map("email_address")',
      '  // posts Post[] commented out stays out',
      '  posts   Post[]',
      '  profile Profile?',
      '  @@map("users")',
      '}',
      '',
      'model Post {',
      '  id       Int    @id',
      '  title    String?',
      '  authorId Int',
      '  author   User   @relation("Authored", fields: [authorId], references: [id])',
      '}',
      '',
      'model Profile {',
      '  userId Int  @unique',
      '  user   User @relation(fields: [userId], references: [id])',
      '  @@id([userId])',
      '}',
      '',
      'enum Role {',
      '  USER',
      '}',
    ].join('\n');
    const facts = extractPrismaFacts('prisma/schema.prisma', schema);
    expect(facts.database).toEqual([
      { engine: 'postgres', kind: 'dialect', subject: 'prisma', line: 2, detail: "Prisma datasource provider 'postgresql'" },
      { kind: 'settings', subject: 'DATABASE_URL', line: 3, detail: 'Prisma datasource url from the environment variable DATABASE_URL' },
    ]);
    expect(facts.models).toEqual([
      {
        name: 'User',
        line: 6,
        orm: 'prisma',
        table: 'users',
        fields: [
          { name: 'id', line: 7, type: 'Int', nullable: false, primaryKey: true },
          { name: 'email', line: 8, type: 'String', nullable: false, column: 'email_address' },
        ],
        relations: [
          { name: 'posts', line: 10, kind: 'has-many', target: 'Post' },
          { name: 'profile', line: 11, kind: 'has-one', target: 'Profile' },
        ],
      },
      {
        name: 'Post',
        line: 15,
        orm: 'prisma',
        fields: [
          { name: 'id', line: 16, type: 'Int', nullable: false, primaryKey: true },
          { name: 'title', line: 17, type: 'String', nullable: true },
          { name: 'authorId', line: 18, type: 'Int', nullable: false, foreignKey: 'User.author' },
        ],
        relations: [{ name: 'author', line: 19, kind: 'belongs-to', target: 'User', foreignKey: 'authorId', alias: 'Authored' }],
      },
      {
        name: 'Profile',
        line: 22,
        orm: 'prisma',
        fields: [{ name: 'userId', line: 23, type: 'Int', nullable: false, primaryKey: true, foreignKey: 'User.user' }],
        relations: [{ name: 'user', line: 24, kind: 'belongs-to', target: 'User', foreignKey: 'userId' }],
      },
    ]);
  });

  it('reads relations to models of another schema file', () => {
    const facts = extractPrismaFacts('prisma/schema/post.prisma', 'model Post {\n  id Int @id\n  tags String[]\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n  comments Comment[]\n}\n');
    expect(facts.models[0]?.relations.map((relation) => `${relation.kind} ${relation.target}`)).toEqual(['belongs-to User', 'has-many Comment']);
    expect(facts.models[0]?.fields.map((field) => `${field.name}:${field.type}`)).toEqual(['id:Int', 'tags:String[]', 'authorId:Int']);
  });

  it('reads a literal SQLite url', () => {
    const facts = extractPrismaFacts('schema.prisma', 'datasource db {\n  provider = "sqlite"\n  url = "file:./dev.db"\n}\n');
    expect(facts.database).toEqual([
      { engine: 'sqlite', kind: 'dialect', subject: 'prisma', line: 2, detail: "Prisma datasource provider 'sqlite'" },
      { engine: 'sqlite', kind: 'connection-url', subject: 'file', line: 3, detail: 'file:./dev.db' },
    ]);
  });

  it('reads the fastify-ts fixture schema', () => {
    const facts = extractPrismaFacts('test/apps/fastify-ts/prisma/schema.prisma', readFileSync('test/apps/fastify-ts/prisma/schema.prisma', 'utf8'));
    expect(facts.models.map((model) => `${model.name}->${model.table}: ${model.relations.map((relation) => `${relation.kind} ${relation.target}`).join(', ')}`)).toEqual([
      'Author->authors: has-many Book',
      'Book->books: belongs-to Author, has-many Review',
      'Review->reviews: belongs-to Book',
    ]);
    expect(facts.database[0]).toMatchObject({ engine: 'postgres', kind: 'dialect' });
  });
});
