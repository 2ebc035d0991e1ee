import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pythonFacts } from './test-helpers.js';

const fixture = (app: string, file: string) => pythonFacts(file, readFileSync(`test/apps/${app}/${file}`, 'utf8'));

describe('SQLAlchemy models', () => {
  it('reads 2.0 typed models: Mapped types, optional columns, foreign keys, column names, relationships and lazy', async () => {
    const facts = await fixture('fastapi-src-layout', 'src/shop/models/order.py');
    expect(facts.models).toEqual([
      {
        name: 'Order',
        line: 14,
        orm: 'sqlalchemy',
        table: 'orders',
        fields: [
          { name: 'id', line: 17, type: 'int', primaryKey: true },
          { name: 'customer_id', line: 18, type: 'int', foreignKey: 'customers.id' },
          { name: 'created_at', line: 19, type: 'datetime' },
          { name: 'note', line: 20, type: 'str', nullable: true },
        ],
        relations: [
          { name: 'customer', line: 21, kind: 'relationship', target: 'Customer', alias: 'orders' },
          { name: 'items', line: 22, kind: 'has-many', target: 'OrderItem', alias: 'order', lazy: 'raise' },
        ],
      },
      {
        name: 'OrderItem',
        line: 25,
        orm: 'sqlalchemy',
        table: 'order_items',
        fields: [
          { name: 'id', line: 28, type: 'int', primaryKey: true },
          { name: 'order_id', line: 29, type: 'int', foreignKey: 'orders.id' },
          { name: 'sku', line: 30, type: 'str', column: 'product_sku' },
          { name: 'quantity', line: 31, type: 'int' },
          { name: 'unit_price', line: 32, type: 'Decimal' },
        ],
        relations: [{ name: 'order', line: 33, kind: 'relationship', target: 'Order', alias: 'items' }],
      },
    ]);
  });

  it('reads X | None as nullable and list[...] as has-many, and skips the declarative base', async () => {
    const customer = await fixture('fastapi-src-layout', 'src/shop/models/customer.py');
    expect(customer.models.map((model) => model.fields.map((field) => `${field.name}:${field.type}${field.nullable ? '?' : ''}`))).toEqual([['id:int', 'email:str', 'name:str?']]);
    expect(customer.models[0]?.relations).toEqual([{ name: 'orders', line: 18, kind: 'has-many', target: 'Order', alias: 'customer', lazy: 'selectin' }]);
    expect((await fixture('fastapi-src-layout', 'src/shop/models/base.py')).models).toEqual([]);
  });

  it('reads 1.x Column models of Flask-SQLAlchemy, whose db comes from a local module', async () => {
    const facts = await fixture('flask-factory', 'blog/models.py');
    expect(facts.models.map((model) => ({ name: model.name, table: model.table, orm: model.orm }))).toEqual([
      { name: 'User', table: 'users', orm: 'sqlalchemy' },
      { name: 'Post', table: 'posts', orm: 'sqlalchemy' },
    ]);
    expect(facts.models[1]?.fields).toEqual([
      { name: 'id', line: 21, type: 'Integer', primaryKey: true },
      { name: 'title', line: 22, type: 'String', nullable: false },
      { name: 'body', line: 23, type: 'Text', nullable: false },
      { name: 'created_at', line: 24, type: 'DateTime' },
      { name: 'author_id', line: 25, type: 'Integer', foreignKey: 'users.id', nullable: false },
    ]);
    expect(facts.models[0]?.relations).toEqual([{ name: 'posts', line: 12, kind: 'relationship', target: 'Post', alias: 'author', lazy: 'select' }]);
  });

  it('reads a backref() call as the alias and secondary= as many-to-many', async () => {
    const facts = await pythonFacts(
      'app/models.py',
      [
        'from sqlalchemy import Column, ForeignKey, Integer, Table',
        'from sqlalchemy.orm import backref, declarative_base, relationship',
        'Base = declarative_base()',
        'class Post(Base):',
        '    __tablename__ = "posts"',
        '    id = Column(Integer, primary_key=True)',
        '    user_id = Column(Integer, ForeignKey("users.id"))',
        '    user = relationship("User", backref=backref("posts", lazy="dynamic"))',
        '    tags = relationship("Tag", secondary=post_tags, lazy="joined")',
      ].join('\n'),
    );
    expect(facts.models[0]?.relations).toEqual([
      { name: 'user', line: 8, kind: 'relationship', target: 'User', alias: 'posts' },
      { name: 'tags', line: 9, kind: 'many-to-many', target: 'Tag', lazy: 'joined', through: 'post_tags' },
    ]);
  });

  it('reads SQLModel table classes and ignores SQLModel schemas and pydantic models', async () => {
    const facts = await pythonFacts(
      'app/models.py',
      [
        'from sqlmodel import Field, Relationship, SQLModel',
        'from pydantic import BaseModel',
        'class HeroBase(SQLModel):',
        '    name: str',
        'class Team(SQLModel, table=True):',
        '    id: int | None = Field(default=None, primary_key=True)',
        '    name: str',
        '    heroes: list["Hero"] = Relationship(back_populates="team")',
        'class Hero(HeroBase, SQLModel, table=True):',
        '    id: int | None = Field(default=None, primary_key=True)',
        '    team_id: int | None = Field(default=None, foreign_key="team.id")',
        '    team: Team | None = Relationship(back_populates="heroes")',
        'class HeroOut(BaseModel):',
        '    id: int = Field(...)',
      ].join('\n'),
    );
    expect(facts.models).toEqual([
      {
        name: 'Team',
        line: 5,
        orm: 'sqlmodel',
        fields: [
          { name: 'id', line: 6, type: 'int', primaryKey: true, nullable: true },
          { name: 'name', line: 7, type: 'str' },
        ],
        relations: [{ name: 'heroes', line: 8, kind: 'has-many', target: 'Hero', alias: 'team' }],
      },
      {
        name: 'Hero',
        line: 9,
        orm: 'sqlmodel',
        fields: [
          { name: 'id', line: 10, type: 'int', primaryKey: true, nullable: true },
          { name: 'team_id', line: 11, type: 'int', foreignKey: 'team.id', nullable: true },
        ],
        relations: [{ name: 'team', line: 12, kind: 'relationship', target: 'Team', alias: 'heroes' }],
      },
    ]);
  });
});

describe('Django models', () => {
  it('reads fields, ForeignKey/ManyToMany relations with related_name, and Meta.db_table', async () => {
    const facts = await fixture('django-multiapp', 'catalog/models.py');
    expect(facts.models).toEqual([
      {
        name: 'Author',
        line: 4,
        orm: 'django',
        fields: [
          { name: 'name', line: 5, type: 'CharField' },
          { name: 'born', line: 6, type: 'DateField', nullable: true },
        ],
        relations: [],
      },
      { name: 'Tag', line: 12, orm: 'django', fields: [{ name: 'label', line: 13, type: 'SlugField' }], relations: [] },
      {
        name: 'Book',
        line: 16,
        orm: 'django',
        table: 'catalog_books',
        fields: [
          { name: 'title', line: 17, type: 'CharField' },
          { name: 'isbn', line: 18, type: 'CharField' },
          { name: 'author', line: 19, type: 'ForeignKey', column: 'author_id', foreignKey: 'Author' },
          { name: 'published', line: 21, type: 'DateField', nullable: true },
        ],
        relations: [
          { name: 'author', line: 19, kind: 'foreign-key', target: 'Author', alias: 'books' },
          { name: 'tags', line: 20, kind: 'many-to-many', target: 'Tag', alias: 'books' },
        ],
      },
    ]);
  });

  it('reads OneToOneField to the user model and foreign keys to models of another app', async () => {
    const facts = await fixture('django-multiapp', 'members/models.py');
    expect(facts.models.map((model) => model.relations.map((relation) => `${model.name}.${relation.name} ${relation.kind} ${relation.target} (${relation.alias})`))).toEqual([
      ['Member.user one-to-one settings.AUTH_USER_MODEL (membership)'],
      ['Loan.member foreign-key Member (loans)', 'Loan.book foreign-key Book (loans)'],
    ]);
  });

  it('needs django.db: a class named like a model elsewhere is not one', async () => {
    const facts = await pythonFacts('x.py', 'class Book(models.Model):\n    title = models.CharField()\n');
    expect(facts.models).toEqual([]);
  });
});
