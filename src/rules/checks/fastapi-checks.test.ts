import { describe, expect, it } from 'vitest';
import type { Project } from '../../core/types.js';
import { findingsOf } from './django-check-testing.js';

const code = (...lines: string[]) => `${lines.join('\n')}\n`;
const project = (framework: Project['framework']): Project => ({ root: '.', framework, language: 'python', orm: null, database: null, databases: [], candidates: [], evidence: [] });

describe('fastapi/blocking-call-in-async-endpoint', () => {
  const files = {
    'app/__init__.py': '',
    'app/deps.py': code('import time', 'async def get_settings():', '    time.sleep(1)', '    return {}'),
    'app/main.py': code(
      'from fastapi import Depends, FastAPI',
      'import app.deps',
      'api = FastAPI()',
      '@api.get("/")',
      'async def index(settings=Depends(app.deps.get_settings)):',
      '    return settings',
    ),
  };

  it('follows Depends() through a module import to the async dependency', async () => {
    expect((await findingsOf('fastapi/blocking-call-in-async-endpoint', files)).at).toEqual(['app/deps.py:3']);
  });

  it('runs in FastAPI projects only, as the frameworks filter of a query rule would', async () => {
    expect((await findingsOf('fastapi/blocking-call-in-async-endpoint', files, [project('fastapi')])).at).toEqual(['app/deps.py:3']);
    expect((await findingsOf('fastapi/blocking-call-in-async-endpoint', files, [project('flask')])).at).toEqual([]);
  });
});

describe('fastapi/orm-model-as-schema', () => {
  it('follows re-exports, looks inside Annotated bodies, and leaves other endpoints alone', async () => {
    const { at } = await findingsOf('fastapi/orm-model-as-schema', {
      'app/__init__.py': '',
      'app/models/__init__.py': code('from .user import User'),
      'app/models/user.py': code(
        'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column',
        'class Base(DeclarativeBase):',
        '    pass',
        'class User(Base):',
        '    __tablename__ = "users"',
        '    id: Mapped[int] = mapped_column(primary_key=True)',
      ),
      'app/main.py': code(
        'from typing import Annotated',
        'from fastapi import Body, FastAPI',
        'from app.models import User',
        'api = FastAPI()',
        '@api.put("/users/{user_id}")',
        'def update(user_id: int, user: Annotated[User, Body(embed=True)]):',
        '    return None',
        '@api.get("/raw", response_model=None)',
        'def raw() -> User:',
        '    return None',
      ),
    });
    expect(at).toEqual(['app/main.py:6']);
  });
});

describe('fastapi schema-use facts', () => {
  it('keep only names the file imports or defines: builtins such as int or dict can never be an ORM model', async () => {
    const { pythonContext } = await import('./sqlalchemy-fixture.js');
    const { addFastapiSchemaFacts, FASTAPI_SCHEMA_USES } = await import('./fastapi-schema-facts.js');
    const { context, dispose } = await pythonContext(
      code(
        'from fastapi import APIRouter',
        'from .models import User',
        'router = APIRouter()',
        'class Local: ...',
        '@router.post("/users/{user_id}", response_model=User)',
        'def update(user_id: int, body: dict, local: Local, other: Unknown): ...',
      ),
    );
    try {
      (await import('../../source/definitions/extract-definitions.js')).extractDefinitions(context);
      addFastapiSchemaFacts(context);
      const uses = (context.facts.checkFacts[FASTAPI_SCHEMA_USES] ?? []) as { name: string }[];
      expect(uses.map((use) => use.name)).toEqual(['User', 'Local']);
    } finally {
      dispose();
    }
  });
});
