import { describe, expect, it } from 'vitest';
import { ruleFindings } from './sqlalchemy-fixture.js';

const UNMAPPED = 'sqlalchemy/query-of-unmapped-class';
const OPERATOR = 'sqlalchemy/dialect-operator-on-generic-type';

describe('sqlalchemy/query-of-unmapped-class', () => {
  it('follows Pydantic inheritance across files, and leaves mapped and unknown classes alone', async () => {
    const schemas = 'from pydantic import BaseModel\n\nclass Base(BaseModel):\n    id: int\n';
    const more = 'from app.schemas import Base\nfrom app.orm import Mixin\n\nclass UserOut(Base):\n    name: str\n\nclass Mixed(Base, Mixin):\n    pass\n';
    const queries = [
      'from sqlalchemy import select',
      'from app.more import UserOut, Mixed',
      'from app.models import User',
      '',
      'def f(db):',
      '    return db.scalars(select(UserOut)).all(), select(Mixed), select(User), select(Unknown)',
    ].join('\n');
    const models = 'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\nclass Base(DeclarativeBase):\n    pass\n\nclass User(Base):\n    __tablename__ = "users"\n    id: Mapped[int] = mapped_column(primary_key=True)\n';
    expect(await ruleFindings(UNMAPPED, { 'app/schemas.py': schemas, 'app/more.py': more, 'app/models.py': models, 'app/queries.py': queries })).toEqual(['app/queries.py:6']);
  });

  it('leaves dataclasses mapped by a registry decorator alone', async () => {
    const code = [
      'from dataclasses import dataclass',
      'from sqlalchemy import select',
      'from sqlalchemy.orm import registry',
      'reg = registry()',
      '',
      '@reg.mapped',
      '@dataclass',
      'class Mapped:',
      '    id: int',
      '',
      '@dataclass(frozen=True)',
      'class Plain:',
      '    id: int',
      '',
      'def f():',
      '    return select(Mapped), select(Plain)',
    ].join('\n');
    expect(await ruleFindings(UNMAPPED, { 'app.py': code })).toEqual(['app.py:16']);
  });
});

describe('sqlalchemy/dialect-operator-on-generic-type', () => {
  const query = 'from app.models import Post\n\ndef f():\n    return Post.tags.contains(["a"])\n';

  it.each([
    ['Flask-SQLAlchemy db.ARRAY', 'from app.ext import db\n\nclass Post(db.Model):\n    __tablename__ = "posts"\n    tags = db.Column(db.ARRAY(db.String))\n', ['app/use.py:4']],
    ['SQLModel sa_column', 'from sqlalchemy import ARRAY, Column, String\nfrom sqlmodel import Field, SQLModel\n\nclass Post(SQLModel, table=True):\n    id: int = Field(primary_key=True)\n    tags: list[str] = Field(sa_column=Column(ARRAY(String)))\n', ['app/use.py:4']],
    ['an aliased PostgreSQL ARRAY', 'from sqlalchemy import Column, String\nfrom sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY\nfrom sqlalchemy.orm import DeclarativeBase\n\nclass Base(DeclarativeBase):\n    pass\n\nclass Post(Base):\n    __tablename__ = "posts"\n    tags = Column(PG_ARRAY(String))\n', []],
    ['a type of unknown origin', 'from sqlalchemy import Column\nfrom app.types import ARRAY\nfrom sqlalchemy.orm import DeclarativeBase\n\nclass Base(DeclarativeBase):\n    pass\n\nclass Post(Base):\n    __tablename__ = "posts"\n    tags = Column(ARRAY(str))\n', []],
  ])('%s', async (_name, models, expected) => {
    expect(await ruleFindings(OPERATOR, { 'app/models.py': models, 'app/use.py': query })).toEqual(expected);
  });
});
