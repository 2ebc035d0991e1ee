import { describe, expect, it } from 'vitest';
import { ruleFindings } from './sqlalchemy-fixture.js';

const RULE = 'sqlalchemy/uncommitted-write';

const db = (dependency: string[]) => ['from sqlalchemy.orm import sessionmaker', 'SessionLocal = sessionmaker()', '', ...dependency].join('\n');
const closingDependency = ['def get_db():', '    db = SessionLocal()', '    try:', '        yield db', '    finally:', '        db.close()'];

/** A route that adds without committing, plus one elsewhere that commits (the project's convention is explicit commits). */
const routes = [
  'from fastapi import APIRouter, Depends',
  'from .db import get_db',
  'router = APIRouter()',
  '',
  '@router.post("/notes")',
  'def add_note(body: str, db=Depends(get_db)):',
  '    db.add(Note(body=body))',
  '    return {}',
  '',
  '@router.post("/users")',
  'def add_user(db=Depends(get_db)):',
  '    db.add(User())',
  '    db.commit()',
].join('\n');

describe('sqlalchemy/uncommitted-write follows the project convention', () => {
  it('reports a route write when nothing on the request path commits', async () => {
    expect(await ruleFindings(RULE, { 'app/db.py': db(closingDependency), 'app/routes.py': routes })).toEqual(['app/routes.py:7']);
  });

  it('stays quiet when the session dependency commits after yield', async () => {
    const committing = ['def get_db():', '    db = SessionLocal()', '    try:', '        yield db', '        db.commit()', '    finally:', '        db.close()'];
    expect(await ruleFindings(RULE, { 'app/db.py': db(committing), 'app/routes.py': routes })).toEqual([]);
  });

  it('stays quiet when a middleware or an after-request hook registered by call commits', async () => {
    const middleware = [
      'from starlette.middleware.base import BaseHTTPMiddleware',
      'class CommitMiddleware(BaseHTTPMiddleware):',
      '    async def dispatch(self, request, call_next):',
      '        response = await call_next(request)',
      '        request.state.db.commit()',
      '        return response',
    ].join('\n');
    expect(await ruleFindings(RULE, { 'app/db.py': db(closingDependency), 'app/routes.py': routes, 'app/middleware.py': middleware })).toEqual([]);
    const hook = ['def commit_session(response):', '    db.session.commit()', '    return response', '', 'app.after_request(commit_session)'].join('\n');
    expect(await ruleFindings(RULE, { 'app/db.py': db(closingDependency), 'app/routes.py': routes, 'app/hooks.py': hook })).toEqual([]);
  });

  it('stays quiet when the project never commits explicitly, or autocommits', async () => {
    const noCommit = routes.replace('    db.commit()\n', '').replace(/\n {4}db\.commit\(\)$/, '');
    expect(await ruleFindings(RULE, { 'app/db.py': db(closingDependency), 'app/routes.py': noCommit })).toEqual([]);
    const autocommit = db(closingDependency).replace('sessionmaker()', 'sessionmaker(autocommit=True)');
    expect(await ruleFindings(RULE, { 'app/db.py': autocommit, 'app/routes.py': routes })).toEqual([]);
  });

  it('counts a commit behind a call with several possible targets, but reports writes only through certain calls', async () => {
    const services = [
      'class NoteService:',
      '    def save(self, db, note):',
      '        db.add(note)',
      '        db.commit()',
      '',
      'class AuditService:',
      '    def save(self, db, entry):',
      '        db.add(entry)',
    ].join('\n');
    const ambiguous = [
      'from fastapi import APIRouter, Depends',
      'from .db import get_db',
      'router = APIRouter()',
      '',
      '@router.post("/notes")',
      'def add_note(body: str, service=Depends(NoteService), db=Depends(get_db)):',
      '    service.save(db, Note(body=body))',
      '    return {}',
    ].join('\n');
    expect(await ruleFindings(RULE, { 'app/db.py': db(closingDependency), 'app/routes.py': ambiguous, 'app/services.py': services })).toEqual([]);
    const helper = [
      'from fastapi import APIRouter, Depends',
      'from .db import get_db',
      'from .notes import stage_note',
      'router = APIRouter()',
      '',
      '@router.post("/notes")',
      'def add_note(body: str, db=Depends(get_db)):',
      '    stage_note(db, body)',
      '    return {}',
    ].join('\n');
    const notes = ['def stage_note(db, body):', '    db.add(Note(body=body))', '', 'def save_all(db):', '    db.commit()'].join('\n');
    expect(await ruleFindings(RULE, { 'app/db.py': db(closingDependency), 'app/routes.py': helper, 'app/notes.py': notes })).toEqual(['app/notes.py:2']);
  });

  it('reports Flask-SQLAlchemy writes in a view whose request never commits', async () => {
    const views = [
      'from flask import Blueprint',
      'from .extensions import db',
      'bp = Blueprint("notes", __name__)',
      '',
      '@bp.post("/notes")',
      'def add_note():',
      '    db.session.add(Note(body="x"))',
      '    return {}',
      '',
      '@bp.post("/users")',
      'def add_user():',
      '    db.session.add(User())',
      '    db.session.commit()',
      '    return {}',
    ].join('\n');
    expect(await ruleFindings(RULE, { 'app/views.py': views })).toEqual(['app/views.py:7']);
    const teardown = 'SQLALCHEMY_COMMIT_ON_TEARDOWN = True\n';
    expect(await ruleFindings(RULE, { 'app/views.py': views, 'app/config.py': teardown })).toEqual([]);
  });

  it('does not take a context manager that commits for a bare session factory', async () => {
    const scope = [
      'from contextlib import contextmanager',
      'from sqlalchemy.orm import sessionmaker',
      'SessionLocal = sessionmaker()',
      '',
      '@contextmanager',
      'def session_scope():',
      '    session = SessionLocal()',
      '    try:',
      '        yield session',
      '        session.commit()',
      '    finally:',
      '        session.close()',
      '',
      'def import_notes(notes):',
      '    with session_scope() as session:',
      '        session.add_all(notes)',
      '',
      'def import_notes_lost(notes):',
      '    with SessionLocal() as session:',
      '        session.add_all(notes)',
    ].join('\n');
    expect(await ruleFindings(RULE, { 'jobs.py': scope })).toEqual(['jobs.py:20']);
  });
});
