import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pythonFacts } from './test-helpers.js';

const code = (...lines: string[]) => `${lines.join('\n')}\n`;
const fixture = (app: string, file: string) => pythonFacts(file, readFileSync(`test/apps/${app}/${file}`, 'utf8'));

describe('migrations', () => {
  it('lists the operations of a Django migration with models and fields', async () => {
    const facts = await fixture('django-multiapp', 'catalog/migrations/0002_book_isbn_published.py');
    expect(facts.checkFacts['django-migrations']).toEqual([
      {
        app: 'catalog',
        name: '0002_book_isbn_published',
        line: 4,
        dependencies: [{ app: 'catalog', name: '0001_initial' }],
        operations: [
          { kind: 'AddField', line: 10, model: 'book', field: 'isbn' },
          { kind: 'AddField', line: 16, model: 'book', field: 'published' },
        ],
      },
    ]);
    const initial = await fixture('django-multiapp', 'catalog/migrations/0001_initial.py');
    expect((initial.checkFacts['django-migrations']?.[0] as { operations: unknown[] }).operations).toEqual([
      { kind: 'CreateModel', line: 11, model: 'Author', fields: ['id', 'name', 'born'] },
      { kind: 'CreateModel', line: 19, model: 'Tag', fields: ['id', 'label'] },
      { kind: 'CreateModel', line: 26, model: 'Book', fields: ['id', 'title', 'author', 'tags'] },
    ]);
  });

  it('reads RemoveField, AlterField, RenameField and DeleteModel', async () => {
    const facts = await pythonFacts(
      'shop/migrations/0007_cleanup.py',
      code(
        'from django.db import migrations, models',
        'class Migration(migrations.Migration):',
        '    dependencies = [("shop", "0006_auto")]',
        '    operations = [',
        '        migrations.RemoveField(model_name="order", name="legacy"),',
        '        migrations.AlterField("order", "total", models.DecimalField(max_digits=10, decimal_places=2)),',
        '        migrations.RenameField(model_name="order", old_name="cust", new_name="customer"),',
        '        migrations.DeleteModel(name="Coupon"),',
        '        migrations.RunPython(forwards),',
        '    ]',
      ),
    );
    expect((facts.checkFacts['django-migrations']?.[0] as { operations: unknown[] }).operations).toEqual([
      { kind: 'RemoveField', line: 5, model: 'order', field: 'legacy' },
      { kind: 'AlterField', line: 6, model: 'order', field: 'total' },
      { kind: 'RenameField', line: 7, model: 'order', field: 'cust', newName: 'customer' },
      { kind: 'DeleteModel', line: 8, model: 'Coupon' },
      { kind: 'RunPython', line: 9 },
    ]);
  });

  it('flags Alembic revisions with their upgrade operations, and ignores files outside migration folders', async () => {
    const facts = await pythonFacts(
      'alembic/versions/3f2a_add_email.py',
      code(
        '"""add email"""',
        'from alembic import op',
        'import sqlalchemy as sa',
        'revision = "3f2a"',
        'down_revision = "1c9b"',
        'def upgrade():',
        '    op.add_column("users", sa.Column("email", sa.String(255), nullable=True))',
        '    op.create_table("audit", sa.Column("id", sa.Integer, primary_key=True))',
        '    with op.batch_alter_table("orders") as batch_op:',
        '        batch_op.drop_column("legacy")',
        'def downgrade():',
        '    op.drop_column("users", "email")',
      ),
    );
    expect(facts.checkFacts['alembic-migrations']).toEqual([
      {
        revision: '3f2a',
        downRevision: '1c9b',
        line: 4,
        operations: [
          { kind: 'add_column', line: 7, table: 'users', column: 'email' },
          { kind: 'create_table', line: 8, table: 'audit' },
          { kind: 'batch_alter_table', line: 9 },
          { kind: 'drop_column', line: 10, column: 'legacy' },
        ],
      },
    ]);
    const elsewhere = await pythonFacts('app/revision.py', 'revision = "3f2a"\n');
    expect(elsewhere.checkFacts['alembic-migrations']).toBeUndefined();
  });
});

describe('database evidence', () => {
  it('reads connection URLs, marks getenv fallbacks as defaults, and redacts passwords', async () => {
    const facts = await pythonFacts(
      'app/db.py',
      code(
        '"""Connects to postgresql://docs:example@host/db, as documented."""',
        'import os',
        '# engine = create_engine("mysql+pymysql://root@localhost/old")',
        'from sqlalchemy import create_engine',
        'import asyncpg',
        'DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./app.db")',
        'REPLICA = os.environ.get("REPLICA_URL", default="postgresql+psycopg://ro:secret@replica/app")',
        'engine = create_engine("postgresql+asyncpg://app:hunter2@db:5432/app")',
        'MONGO = "mongodb+srv://cluster.example.net/app"',
      ),
    );
    expect(facts.database).toEqual([
      { kind: 'orm-import', subject: 'sqlalchemy', line: 4, detail: 'imports sqlalchemy' },
      { engine: 'postgres', kind: 'driver-import', subject: 'asyncpg', line: 5, detail: 'imports asyncpg' },
      { engine: 'sqlite', kind: 'env-default', subject: 'sqlite', line: 6, isDefault: true, detail: 'sqlite:///./app.db' },
      { engine: 'postgres', kind: 'env-default', subject: 'postgresql+psycopg', line: 7, isDefault: true, detail: 'postgresql+psycopg://ro:***@replica/app' },
      { engine: 'postgres', kind: 'connection-url', subject: 'postgresql+asyncpg', line: 8, detail: 'postgresql+asyncpg://app:***@db:5432/app' },
      { engine: 'postgres', kind: 'dialect', subject: 'create_engine', line: 8, detail: '"postgresql+asyncpg://app:***@db:5432/app"' },
      { engine: 'mongodb', kind: 'connection-url', subject: 'mongodb+srv', line: 9, detail: 'mongodb+srv://cluster.example.net/app' },
    ]);
  });

  it('reads django-environ and dj-database-url fallbacks and URL.create dialects', async () => {
    const facts = await pythonFacts(
      'proj/settings.py',
      code(
        'import dj_database_url, environ',
        'env = environ.Env()',
        'DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///db.sqlite3")}',
        'REPLICA = dj_database_url.config(default="mysql://ro@replica/app")',
        'url = URL.create(drivername="postgresql+psycopg2", username="app", host="db")',
      ),
    );
    expect(facts.database.map((fact) => `${fact.kind} ${fact.subject} ${fact.engine ?? '-'}${fact.isDefault ? ' default' : ''}`)).toEqual([
      'env-default sqlite sqlite default',
      'env-default mysql mysql default',
      'dialect postgresql+psycopg2 postgres',
    ]);
  });

  it('reads drivers of every engine and Django DATABASES engines', async () => {
    const drivers = await pythonFacts('a.py', code('import psycopg2', 'import aiosqlite, sqlite3', 'import MySQLdb', 'from motor.motor_asyncio import AsyncIOMotorClient', 'import pymongo', 'import aiomysql'));
    expect(drivers.database.map((fact) => `${fact.subject}:${fact.engine}`)).toEqual(['psycopg2:postgres', 'aiosqlite:sqlite', 'sqlite3:sqlite', 'MySQLdb:mysql', 'motor:mongodb', 'pymongo:mongodb', 'aiomysql:mysql']);
    const settings = await fixture('django-multiapp', 'library/settings.py');
    expect(settings.database).toEqual([{ engine: 'postgres', kind: 'settings', subject: 'DATABASES.ENGINE', line: 47, detail: 'django.db.backends.postgresql' }]);
  });
});

describe('view facts', () => {
  it('records class views by their handler methods and function views by method decorators', async () => {
    const facts = await pythonFacts(
      'app/views.py',
      code(
        'from django.views import View',
        'from django.views.decorators.http import require_POST, require_http_methods',
        'from rest_framework.decorators import api_view, action',
        'from rest_framework import viewsets',
        'class Orders(View):',
        '    def get(self, request): ...',
        '    def post(self, request): ...',
        '    def helper(self): ...',
        '@require_POST',
        'def submit(request): ...',
        '@require_http_methods(["GET", "put"])',
        'def edit(request): ...',
        '@api_view(["DELETE"])',
        'def drop(request): ...',
        'class Tags(viewsets.GenericViewSet):',
        '    def list(self, request): ...',
        '    @action(detail=False, methods=["get"], url_path="top-ten")',
        '    def top(self, request): ...',
        'class Repository:',
        '    def get(self, key): ...',
        'def plain(request): ...',
      ),
    );
    expect(facts.checkFacts['python-views']).toEqual([
      { name: 'Orders', line: 5, kind: 'class', bases: ['View'], handlers: [{ name: 'get', line: 6 }, { name: 'post', line: 7 }], actions: [] },
      { name: 'submit', line: 10, kind: 'function', bases: [], methods: ['POST'], handlers: [], actions: [] },
      { name: 'edit', line: 12, kind: 'function', bases: [], methods: ['GET', 'PUT'], handlers: [], actions: [] },
      { name: 'drop', line: 14, kind: 'function', bases: [], methods: ['DELETE'], handlers: [], actions: [] },
      {
        name: 'Tags',
        line: 15,
        kind: 'class',
        bases: ['viewsets.GenericViewSet'],
        handlers: [{ name: 'list', line: 16 }],
        actions: [{ name: 'top', line: 18, detail: false, methods: ['GET'], urlPath: 'top-ten' }],
      },
    ]);
  });
});

describe('string constants', () => {
  it('keeps path-like constants for prefixes and never secrets, URLs or prose', async () => {
    const facts = await pythonFacts(
      'app/settings.py',
      code(
        'API_PREFIX = "/api/v1"',
        'EMPTY = ""',
        'SECRET_KEY = "django-insecure-4/2x"',
        'DATABASE_URL = "postgresql://u:p@h/db"',
        'GREETING = "hello world / again"',
        'NAME = "shop"',
        'V2 = API_PREFIX + "/v2"',
        'class Settings:',
        '    ADMIN_PREFIX: str = "/admin"',
      ),
    );
    expect(facts.checkFacts['python-constants']).toEqual([
      { name: 'API_PREFIX', line: 1, value: '/api/v1' },
      { name: 'EMPTY', line: 2, value: '' },
      { name: 'V2', line: 7, reference: 'API_PREFIX', text: 'API_PREFIX + "/v2"' },
      { name: 'ADMIN_PREFIX', line: 9, container: 'Settings', value: '/admin' },
    ]);
  });
});
