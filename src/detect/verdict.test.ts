import { describe, expect, it } from 'vitest';
import type { DatabaseEngine, Framework, Orm } from '../core/types.js';
import type { DatabaseSignal, DatabaseTier, FrameworkSignal, OrmSignal } from './signals.js';
import { decideDatabases, decideFramework, decideOrm } from './verdict.js';

const code = (framework: Framework, weight = 10, file = `${framework}.py`): FrameworkSignal => ({ framework, source: 'code', weight, evidence: { kind: 'import', subject: framework, file, detail: '' } });
const listed = (framework: Framework): FrameworkSignal => ({ framework, source: 'manifest', weight: 2, listsFramework: true, evidence: { kind: 'manifest', subject: framework, file: 'requirements.txt', detail: '' } });
const orm = (name: Orm, file: string, source: 'code' | 'manifest' = 'code'): OrmSignal => ({ orm: name, source, file, evidence: { kind: 'import', subject: name, file, detail: '' } });
const db = (engine: DatabaseEngine, tier: DatabaseTier): DatabaseSignal => ({ engine, tier, evidence: { kind: 'driver', subject: engine, file: 'x', detail: '' } });

describe('decideFramework', () => {
  it('takes the framework the code uses over one the manifest only lists', () => {
    const verdict = decideFramework([listed('flask'), listed('fastapi'), code('fastapi')]);
    expect(verdict.framework).toBe('fastapi');
    expect(verdict.candidates).toEqual([{ framework: 'fastapi', score: 12 }, { framework: 'flask', score: 2 }]);
  });

  it('is mixed when two frameworks are used in code and neither has twice the other\'s weight', () => {
    expect(decideFramework([code('flask'), code('flask', 10, 'b.py'), code('fastapi'), code('fastapi', 3, 'c.py')]).framework).toBe('mixed');
    expect(decideFramework([code('flask'), code('flask', 10, 'b.py'), code('fastapi')]).framework).toBe('flask');
  });

  it('falls back to the manifest only when no framework is used in code, and only for a single one', () => {
    expect(decideFramework([listed('koa')]).framework).toBe('koa');
    expect(decideFramework([listed('koa'), listed('express')]).framework).toBe('mixed');
    expect(decideFramework([]).framework).toBe('unknown');
    const devOnly: FrameworkSignal = { ...listed('express'), weight: 0.5, listsFramework: false };
    expect(decideFramework([devOnly]).framework).toBe('unknown');
  });
});

describe('decideOrm', () => {
  it('takes the ORM imported by the most files; SQLModel wins over the SQLAlchemy it is built on', () => {
    expect(decideOrm([orm('knex', 'a'), orm('prisma', 'b'), orm('prisma', 'c'), orm('raw-driver', 'd')])).toBe('prisma');
    expect(decideOrm([orm('sqlalchemy', 'a'), orm('sqlalchemy', 'b'), orm('sqlmodel', 'c')])).toBe('sqlmodel');
  });

  it('counts a file once per ORM', () => {
    expect(decideOrm([orm('knex', 'a'), orm('knex', 'a'), orm('knex', 'a'), orm('kysely', 'b'), orm('kysely', 'c')])).toBe('kysely');
  });

  it('reports raw-driver when only drivers are imported, and trusts a manifest only for a single ORM', () => {
    expect(decideOrm([orm('raw-driver', 'a'), orm('sequelize', 'package.json', 'manifest')])).toBe('raw-driver');
    expect(decideOrm([orm('sequelize', 'package.json', 'manifest')])).toBe('sequelize');
    expect(decideOrm([orm('sequelize', 'package.json', 'manifest'), orm('typeorm', 'package.json', 'manifest')])).toBeNull();
    expect(decideOrm([orm('raw-driver', 'package.json', 'manifest')])).toBeNull();
  });
});

describe('decideDatabases', () => {
  it('marks as default a literal URL or setting over an environment fallback, and lists every engine', () => {
    expect(decideDatabases([db('sqlite', 2), db('postgres', 1), db('mysql', 4)])).toEqual({
      database: 'postgres',
      databases: [{ engine: 'postgres', isDefault: true }, { engine: 'sqlite', isDefault: false }, { engine: 'mysql', isDefault: false }],
    });
  });

  it('uses the environment fallback when it is the strongest signal', () => {
    expect(decideDatabases([db('postgres', 4), db('sqlite', 2), db('postgres', 3)]).database).toBe('sqlite');
  });

  it('leaves no default when the strongest tier is split evenly, rather than guessing', () => {
    expect(decideDatabases([db('postgres', 3), db('mysql', 3)])).toEqual({
      database: null,
      databases: [{ engine: 'postgres', isDefault: false }, { engine: 'mysql', isDefault: false }],
    });
    expect(decideDatabases([db('postgres', 3), db('mysql', 3), db('mysql', 3)]).database).toBe('mysql');
  });

  it('is empty without signals', () => {
    expect(decideDatabases([])).toEqual({ database: null, databases: [] });
  });
});
