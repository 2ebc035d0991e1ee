import { describe, expect, it } from 'vitest';
import { findingsOf } from './django-check-testing.js';

const RULE = 'django/model-change-without-migration';
const code = (...lines: string[]) => `${lines.join('\n')}\n`;

const initial = code(
  'from django.db import migrations, models',
  'class Migration(migrations.Migration):',
  '    initial = True',
  '    dependencies = []',
  '    operations = [',
  '        migrations.CreateModel(name="Book", fields=[("id", models.BigAutoField(primary_key=True)), ("title", models.CharField(max_length=200))]),',
  '    ]',
);

describe('django/model-change-without-migration', () => {
  it('stays quiet on a history with a squashed migration, a renamed model and an AppConfig label', async () => {
    const { at } = await findingsOf(RULE, {
      'library/__init__.py': '',
      'library/apps.py': code('from django.apps import AppConfig', 'class LibraryConfig(AppConfig):', '    name = "library"', '    label = "books"'),
      'library/models.py': code('from django.db import models', 'class Work(models.Model):', '    title = models.CharField(max_length=200)', '    isbn = models.CharField(max_length=13)'),
      'library/migrations/__init__.py': '',
      'library/migrations/0001_initial.py': initial,
      'library/migrations/0002_isbn.py': code(
        'from django.db import migrations, models',
        'class Migration(migrations.Migration):',
        '    dependencies = [("books", "0001_initial")]',
        '    operations = [migrations.AddField("book", "isbn", models.CharField(max_length=13))]',
      ),
      'library/migrations/0001_squashed_0002_isbn.py': code(
        'from django.db import migrations, models',
        'class Migration(migrations.Migration):',
        '    replaces = [("books", "0001_initial"), ("books", "0002_isbn")]',
        '    operations = [',
        '        migrations.CreateModel(name="Book", fields=[("id", models.BigAutoField(primary_key=True)), ("title", models.CharField(max_length=200)), ("isbn", models.CharField(max_length=13))]),',
        '    ]',
      ),
      'library/migrations/0003_rename.py': code(
        'from django.db import migrations',
        'class Migration(migrations.Migration):',
        '    dependencies = [("books", "0002_isbn")]',
        '    operations = [migrations.RenameModel(old_name="Book", new_name="Work")]',
      ),
    });
    expect(at).toEqual([]);
  });

  it('reports the model a new migration history never created, and stays quiet without Django models', async () => {
    const { at, findings } = await findingsOf(RULE, {
      'library/__init__.py': '',
      'library/models.py': code('from django.db import models', 'class Book(models.Model):', '    title = models.CharField(max_length=200)', 'class Loan(models.Model):', '    due = models.DateField()'),
      'library/migrations/__init__.py': '',
      'library/migrations/0001_initial.py': initial,
    });
    expect(at).toEqual(['library/models.py:4']);
    expect(findings[0]!.message).toMatch(/creates the model `Loan`/);
    const plain = await findingsOf(RULE, { 'app/models.py': code('class Book:', '    title = "x"') });
    expect(plain.at).toEqual([]);
  });

  it('leaves an app alone when MIGRATION_MODULES is computed, and models outside a models module', async () => {
    const files = {
      'blog/__init__.py': '',
      'blog/models.py': code('from django.db import models', 'class Post(models.Model):', '    title = models.CharField(max_length=200)'),
      'blog/admin_extras.py': code('from django.db import models', 'class Note(models.Model):', '    body = models.TextField()'),
    };
    expect((await findingsOf(RULE, files)).at).toEqual(['blog/models.py:2']);
    const disabled = { ...files, 'site/settings.py': code('INSTALLED_APPS = ["blog"]', 'MIGRATION_MODULES = DisableMigrations()') };
    expect((await findingsOf(RULE, disabled)).at).toEqual([]);
  });
});
