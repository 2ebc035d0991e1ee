import { describe, expect, it } from 'vitest';
import { pythonContext } from './sqlalchemy-fixture.js';
import { collectSessionFacts, type SessionFunctionFact } from './sqlalchemy-session-facts.js';

async function functions(lines: string[]): Promise<Map<string, SessionFunctionFact>> {
  const { context, dispose } = await pythonContext(lines.join('\n'));
  try {
    return new Map(collectSessionFacts(context).functions.map((fn) => [fn.name, fn]));
  } finally {
    dispose();
  }
}

const header = ['from sqlalchemy import select', 'from sqlalchemy.orm import Session, joinedload, selectinload', 'from .db import SessionLocal', ''];

/** Each read as `variable.attribute@line` with the binding it reads, flattened for comparison. */
function reads(fn: SessionFunctionFact | undefined): string[] {
  return (fn?.reads ?? []).map((read) => `${read.variable}.${read.attribute}@${read.line}${read.closed ? ' closed' : ''}`);
}

describe('what a session call hands back', () => {
  it('follows statements, results and method chains to the loaded class and shape', async () => {
    const fns = await functions([
      ...header,
      'async def load(session, db: Session):',
      '    stmt = select(User).where(User.id == 1)',
      '    stmt = stmt.options(selectinload(User.posts).joinedload(Post.tags))',
      '    result = await session.execute(stmt)',
      '    one = result.scalar_one()',
      '    many = (await session.scalars(select(Order))).all()',
      '    legacy = db.query(Item).options(joinedload("parts")).first()',
      '    flask = Book.query.filter_by(title="x").all()',
      '    got = await session.get(User, 1, options=[selectinload(User.roles)])',
      '    rows = db.execute(select(User, Order)).all()',
      '    print(one.posts, many, legacy.parts, flask, got.roles, rows)',
    ]);
    const loads = fns.get('load')!.bindings!.filter((binding) => binding.kind === 'load');
    expect(loads.map((load) => (load.kind === 'load' ? [load.model, load.shape, (load.eager ?? []).join(','), load.awaited === true] : []))).toEqual([
      ['User', 'one', 'posts,tags', true],
      ['Item', 'one', 'parts', false],
      ['User', 'one', 'roles', true],
    ]);
    expect(reads(fns.get('load'))).toEqual(['one.posts@15', 'legacy.parts@15', 'got.roles@15']);
  });

  it('treats options it cannot read as loading everything, and lazyload()/defaultload() as loading nothing', async () => {
    const fns = await functions([
      ...header,
      'def load(db, opts):',
      '    a = db.scalars(select(User).options(*opts)).first()',
      '    b = db.scalars(select(User).options(selectinload("*"))).first()',
      '    c = db.scalars(select(User).options(lazyload(User.posts), defaultload(User.orders).selectinload(Order.items))).first()',
      '    d = db.scalars(select(User).options(my_options())).first()',
      '    return a.x, b.x, c.x, d.x',
    ]);
    const loads = fns.get('load')!.bindings!.filter((binding) => binding.kind === 'load');
    expect(loads.map((load) => (load.kind === 'load' ? `${(load.eager ?? []).join(',')}|${load.eagerAll === true}` : ''))).toEqual(['|true', '|true', 'items|false', '|true']);
  });
});

describe('when the loading session is closed', () => {
  it('marks reads after a with block or close(), and returns from inside them', async () => {
    const fns = await functions([
      ...header,
      'def in_with(user_id):',
      '    with SessionLocal() as s:',
      '        user = s.get(User, user_id)',
      '        inside = user.posts',
      '    after = user.posts',
      '    return user',
      '',
      'def with_finally():',
      '    s = SessionLocal()',
      '    try:',
      '        return s.scalars(select(User)).all()',
      '    finally:',
      '        s.close()',
      '',
      'def caller_owns(db: Session):',
      '    return db.get(User, 1)',
      '',
      'def begin_block():',
      '    with SessionLocal() as s, s.begin():',
      '        return s.get(User, 1)',
    ]);
    expect(reads(fns.get('in_with'))).toEqual(['user.posts@8', 'user.posts@9 closed']);
    expect(fns.get('in_with')!.returns).toEqual([{ binding: 0, closed: true }]);
    // Read while open: loaded for whoever gets the object.
    expect(fns.get('in_with')!.bindings![0]).toMatchObject({ kind: 'load', touched: ['posts'] });
    expect(fns.get('with_finally')!.returns).toEqual([{ binding: 0, closed: true }]);
    expect(fns.get('caller_owns')!.returns).toEqual([{ binding: 0 }]);
    expect(fns.get('begin_block')!.returns).toEqual([{ binding: 0, closed: true }]);
  });

  it('records refresh(obj, [...]) and awaitable_attrs as loading the attribute before later reads', async () => {
    const fns = await functions([
      ...header,
      'async def f(session):',
      '    user = await session.get(User, 1)',
      '    await session.refresh(user, ["orders"])',
      '    posts = await user.awaitable_attrs.posts',
      '    return user.posts, user.orders, user.roles',
    ]);
    expect(reads(fns.get('f'))).toEqual(['user.roles@9']);
  });
});

describe('attribute reads', () => {
  it('reads loop elements and call results, but not assignments, lambdas, nested functions, strings or comments', async () => {
    const fns = await functions([
      ...header,
      'from .crud import get_user',
      'def f(db):',
      '    users = db.scalars(select(User)).all()',
      '    # users.posts in a comment',
      '    label = "é — users.posts in a string"',
      '    for user in users:',
      '        user.posts = []',
      '        print(user.orders)',
      '    sorted(users, key=lambda user: user.posts)',
      '    def inner():',
      '        return user.friends',
      '    other = get_user(1)',
      '    return [u.posts for u in users], other.items',
    ]);
    expect(reads(fns.get('f'))).toEqual(['user.orders@12', 'u.posts@17', 'other.items@17']);
    const call = fns.get('f')!.bindings!.find((binding) => binding.kind === 'call');
    expect(call).toEqual({ kind: 'call', callee: 'get_user' });
  });

  it('binds no call result of a bare name this file neither defines nor imports: it cannot lead to a project function', async () => {
    const fns = await functions([...header, 'def f(db):', '    other = fetch_user(1)', '    return other.items']);
    expect(fns.get('f')).toBeUndefined();
  });
});

describe('writes, commits and calls', () => {
  it('tells sessions opened here from sessions received, and whether the local unit commits', async () => {
    const fns = await functions([
      'from sqlalchemy.orm import Session',
      'from .db import SessionLocal',
      '',
      'def local_lost(items):',
      '    with SessionLocal() as s:',
      '        s.add_all(items)',
      '',
      'def local_passed(items, save):',
      '    with Session(engine) as s:',
      '        s.add_all(items)',
      '        save(s)',
      '',
      'def local_begin(item):',
      '    with SessionLocal.begin() as s:',
      '        s.add(item)',
      '',
      'def received(db: Session, item, seen):',
      '    db.add(item)',
      '    seen.add(item)',
      '    db.delete("http://x")',
    ]);
    expect(fns.get('local_lost')!.writes).toEqual([{ line: 6, method: 'add_all', session: 's', local: { factory: 'SessionLocal', sqlalchemy: false, committed: false } }]);
    expect(fns.get('local_passed')!.writes![0]!.local).toEqual({ factory: 'Session', sqlalchemy: true, committed: true });
    expect(fns.get('local_begin')!.writes![0]!.local).toMatchObject({ committed: true });
    expect(fns.get('received')!.writes).toEqual([{ line: 18, method: 'add', session: 'db' }]);
  });

  it('flags routes, hooks and committing generators, and lists project calls including Depends targets', async () => {
    const fns = await functions([
      'from fastapi import Depends',
      'from . import crud',
      'from .auth import login_required',
      'def get_db():',
      '    db = SessionLocal()',
      '    try:',
      '        yield db',
      '        db.commit()',
      '    finally:',
      '        db.close()',
      '',
      '@router.post("/users")',
      '@login_required',
      'def create(db=Depends(get_db)):',
      '    user = crud.create_user(db)',
      '    print(len(user.name))',
      '    return UserRepo(db).save(user)',
      '',
      '@app.after_request',
      'def commit_after(response):',
      '    db.session.commit()',
      '    return response',
      '',
      'def audited():',
      '    audit(get_db())',
    ]);
    expect(fns.get('get_db')).toMatchObject({ generator: true, commits: true });
    expect(fns.get('create')).toMatchObject({ route: true, calls: ['login_required', 'get_db', 'crud.create_user', '.save'] });
    // `audit` is neither defined nor imported here: a bare call the index could never follow.
    expect(fns.get('audited')).toEqual({ name: 'audited', line: 24, calls: ['get_db'] });
    expect(fns.get('create')!.commits).toBeUndefined();
    expect(fns.get('commit_after')).toMatchObject({ hook: true, commits: true });
  });
});
