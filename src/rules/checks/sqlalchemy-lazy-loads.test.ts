import { describe, expect, it } from 'vitest';
import { ruleFindings } from './sqlalchemy-fixture.js';

const DETACHED = 'sqlalchemy/lazy-load-on-detached-instance';
const ASYNC = 'sqlalchemy/lazy-load-in-async-session';
const LOOP = 'sqlalchemy/lazy-load-in-loop';

const models = [
  'from sqlalchemy import ForeignKey',
  'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship',
  'class Base(DeclarativeBase):',
  '    pass',
  'class User(Base):',
  '    __tablename__ = "users"',
  '    id: Mapped[int] = mapped_column(primary_key=True)',
  '    posts: Mapped[list["Post"]] = relationship()',
  'class Post(Base):',
  '    __tablename__ = "posts"',
  '    id: Mapped[int] = mapped_column(primary_key=True)',
  '    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))',
].join('\n');

const repository = [
  'from app.db import SessionLocal',
  'from app.models import User',
  'def fetch_user(user_id):',
  '    with SessionLocal() as session:',
  '        return session.get(User, user_id)',
].join('\n');

describe('following returned objects across files', () => {
  it('resolves callers through aliases, module imports and package re-exports', async () => {
    const files = {
      'app/__init__.py': '',
      'app/models.py': models,
      'app/repo/__init__.py': 'from .users import fetch_user\n',
      'app/repo/users.py': repository,
      'app/a.py': 'from app.repo import fetch_user as load\n\ndef f():\n    user = load(1)\n    return user.posts\n',
      'app/b.py': 'from app.repo import users\n\ndef g():\n    user = users.fetch_user(1)\n    return user.posts\n',
    };
    expect(await ruleFindings(DETACHED, files)).toEqual(['app/a.py:5', 'app/b.py:5']);
  });

  it('goes through a service that passes the object on, and stops at functions that call themselves', async () => {
    const service = 'from app.repo import fetch_user\n\ndef current(user_id):\n    user = fetch_user(user_id)\n    return user\n\ndef loop(n):\n    return loop(n)\n';
    const route = 'from app.service import current, loop\n\ndef view():\n    user = current(1)\n    other = loop(2)\n    return user.posts, other.posts\n';
    const files = { 'app/__init__.py': '', 'app/models.py': models, 'app/repo.py': repository, 'app/service.py': service, 'app/route.py': route };
    expect(await ruleFindings(DETACHED, files)).toEqual(['app/route.py:6']);
  });

  it('resolves self.method() to the method of the same class, decorated or not', async () => {
    const service = [
      'from app.db import SessionLocal',
      'from app.models import User',
      'class Users:',
      '    @staticmethod',
      '    def _load(user_id):',
      '        with SessionLocal() as session:',
      '            return session.get(User, user_id)',
      '    def titles(self, user_id):',
      '        user = self._load(user_id)',
      '        return user.posts',
      'class Other:',
      '    def _load(self, user_id):',
      '        return None',
      '    def titles(self, user_id):',
      '        user = self._load(user_id)',
      '        return user.posts',
    ].join('\n');
    expect(await ruleFindings(DETACHED, { 'app/models.py': models, 'app/service.py': service })).toEqual(['app/service.py:10']);
  });

  it('leaves a method alone when several classes define one of that name', async () => {
    const repositories = [
      'from app.models import User',
      'class UserRepository:',
      '    async def find(self, user_id):',
      '        return await self.session.get(User, user_id)',
      'class CacheRepository:',
      '    async def find(self, key):',
      '        return await self.cache.get(key)',
    ].join('\n');
    const route = 'async def view(repo):\n    user = await repo.find(1)\n    return user.posts\n';
    expect(await ruleFindings(ASYNC, { 'app/models.py': models, 'app/repositories.py': repositories, 'app/route.py': route })).toEqual([]);
    const single = repositories.split('\n').slice(0, 4).join('\n');
    expect(await ruleFindings(ASYNC, { 'app/models.py': models, 'app/repositories.py': single, 'app/route.py': route })).toEqual(['app/route.py:3']);
  });
});

describe('how the relationship is declared', () => {
  it('reads SQLModel relationships made eager through sa_relationship_kwargs or sa_relationship', async () => {
    const sqlmodel = (options: string) =>
      [
        'from sqlmodel import Field, Relationship, SQLModel',
        'from sqlalchemy.orm import relationship',
        'class Team(SQLModel, table=True):',
        '    id: int | None = Field(default=None, primary_key=True)',
        `    heroes: list["Hero"] = Relationship(${options})`,
        'class Hero(SQLModel, table=True):',
        '    id: int | None = Field(default=None, primary_key=True)',
        '    team_id: int | None = Field(default=None, foreign_key="team.id")',
      ].join('\n');
    const route = 'from sqlmodel import select\nfrom app.models import Team\n\nasync def view(session):\n    teams = (await session.exec(select(Team))).all()\n    return [len(team.heroes) for team in teams]\n';
    expect(await ruleFindings(ASYNC, { 'app/models.py': sqlmodel('back_populates="team"'), 'app/route.py': route })).toEqual(['app/route.py:6']);
    expect(await ruleFindings(ASYNC, { 'app/models.py': sqlmodel('sa_relationship_kwargs={"lazy": "selectin"}'), 'app/route.py': route })).toEqual([]);
    expect(await ruleFindings(ASYNC, { 'app/models.py': sqlmodel('sa_relationship=relationship(lazy="joined")'), 'app/route.py': route })).toEqual([]);
  });

  it('reads a relationship of the model the file imports, not of another model with that name', async () => {
    const other = models.replace('posts: Mapped[list["Post"]] = relationship()', 'posts: Mapped[list["Post"]] = relationship(lazy="selectin")');
    const loop = 'from sqlalchemy import select\nfrom app.models import User\n\ndef view(db):\n    users = db.scalars(select(User)).all()\n    return [len(user.posts) for user in users]\n';
    expect(await ruleFindings(LOOP, { 'app/models.py': models, 'legacy/models.py': other, 'app/view.py': loop })).toEqual(['app/view.py:6']);
    expect(await ruleFindings(LOOP, { 'app/models.py': other, 'legacy/models.py': models, 'app/view.py': loop })).toEqual([]);
  });
});
