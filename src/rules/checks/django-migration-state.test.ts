import { describe, expect, it } from 'vitest';
import { readSyntaxTree } from '../../source/syntax-tree.js';
import { parserFor } from '../../source/grammars.js';
import { readMigration, type DjangoMigrationStateFact, type StateOperation } from './django-migration-facts.js';
import { compareModel, modelEntry, orderMigrations, replayMigrations, type DeclaredField, type ModelState } from './django-migration-state.js';

const code = (...lines: string[]) => `${lines.join('\n')}\n`;

async function migration(name: string, text: string): Promise<DjangoMigrationStateFact> {
  const parser = await parserFor('python');
  const tree = parser.parse(text)!;
  try {
    return readMigration(name, readSyntaxTree(tree, text));
  } finally {
    tree.delete();
  }
}

const fact = (name: string, operations: StateOperation[], dependencies: [string, string][] = [], replaces: [string, string][] = []): DjangoMigrationStateFact => ({
  name,
  line: 1,
  readable: true,
  dependencies: dependencies.map(([app, dependency]) => ({ app, name: dependency })),
  replaces: replaces.map(([app, replaced]) => ({ app, name: replaced })),
  operations,
});

const charField = (options: Record<string, string> = {}) => ({ callee: 'models.CharField', options });
const fieldsOf = (state: ReturnType<typeof replayMigrations>, model: string) => {
  const entry = modelEntry(state, model);
  return typeof entry === 'object' ? [...entry.fields.keys()] : entry;
};

describe('reading a migration file', () => {
  it('keeps field classes, compared options and relation targets of CreateModel, AddField and AlterField', async () => {
    const read = await migration(
      '0001_initial',
      code(
        'import django.db.models.deletion',
        'from django.conf import settings',
        'from django.db import migrations, models',
        '',
        'class Migration(migrations.Migration):',
        '    initial = True',
        '    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL), ("catalog", "0001_initial")]',
        '    operations = [',
        '        migrations.CreateModel(',
        '            name="Book",',
        '            fields=[',
        '                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),',
        '                ("title", models.CharField(max_length=MAX_TITLE, null=True)),',
        '                ("author", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="books", to="catalog.author")),',
        '                ("owner", models.ForeignKey(on_delete=models.CASCADE, to=settings.AUTH_USER_MODEL)),',
        '                ("tags", taggit.managers.TaggableManager(through="taggit.TaggedItem", to="taggit.Tag")),',
        '            ],',
        '            options={"ordering": ["title"], "managed": False},',
        '        ),',
        '        migrations.AddField(model_name="book", name="isbn", field=models.CharField(max_length=13, unique=True), preserve_default=False),',
        '        migrations.AlterField("book", "title", models.TextField()),',
        '        migrations.AddIndex(model_name="book", index=models.Index(fields=["title"], name="title_idx")),',
        '        migrations.RunPython(forwards, migrations.RunPython.noop),',
        '    ]',
      ),
    );
    expect(read.readable).toBe(true);
    expect(read.dependencies).toEqual([{ app: 'catalog', name: '0001_initial' }]);
    expect(read.operations).toEqual([
      {
        kind: 'CreateModel',
        line: 9,
        model: 'Book',
        managed: false,
        fields: [
          { name: 'id', spec: { callee: 'models.BigAutoField', options: { primary_key: 'True' } } },
          { name: 'title', spec: { callee: 'models.CharField', options: { null: 'True', max_length: '?' } } },
          { name: 'author', spec: { callee: 'models.ForeignKey', to: 'catalog.author', relatedName: 'books', options: {} } },
          { name: 'owner', spec: { callee: 'models.ForeignKey', to: 'settings.AUTH_USER_MODEL', options: {} } },
          { name: 'tags' },
        ],
      },
      { kind: 'AddField', line: 20, model: 'book', field: { name: 'isbn', spec: { callee: 'models.CharField', options: { unique: 'True', max_length: '13' } } } },
      { kind: 'AlterField', line: 21, model: 'book', field: { name: 'title', spec: { callee: 'models.TextField', options: {} } } },
    ]);
  });

  it('marks what it cannot read as unknown: a computed operations list, custom and state-only operations', async () => {
    const computed = await migration('0002_x', code('from django.db import migrations', 'class Migration(migrations.Migration):', '    operations = COMMON + [migrations.DeleteModel("Tag")]'));
    expect(computed.readable).toBe(false);
    const none = await migration('helpers', code('def forwards(apps, schema_editor):', '    pass'));
    expect(none.readable).toBe(false);

    const read = await migration(
      '0003_y',
      code(
        'from django.db import migrations, models',
        'from pgtrigger.migrations import AddTrigger',
        'class Migration(migrations.Migration):',
        '    replaces = [("shop", "0001_initial"), ("shop", "0002_auto")]',
        '    operations = [',
        '        AddTrigger(model_name="order", trigger=trigger),',
        '        CustomOperation(),',
        '        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel("Coupon"), migrations.RenameModel("Old", "New")]),',
        '        migrations.RunSQL("UPDATE x SET y = 1"),',
        '        migrations.RunSQL("ALTER TABLE ...", state_operations=[migrations.AddField("order", "z", models.IntegerField())]),',
        '        *EXTRA,',
        '    ]',
      ),
    );
    expect(read.replaces).toEqual([
      { app: 'shop', name: '0001_initial' },
      { app: 'shop', name: '0002_auto' },
    ]);
    expect(read.operations.map((operation) => (operation.kind === 'unknown' ? [operation.operation, operation.models ?? 'app'] : operation.kind))).toEqual([
      ['AddTrigger', ['order']],
      ['CustomOperation', 'app'],
      ['SeparateDatabaseAndState', ['Coupon', 'Old', 'New']],
      ['RunSQL', ['order']],
      ['*EXTRA', 'app'],
    ]);
  });
});

describe('ordering the migrations of an app', () => {
  it('applies dependencies first, whatever the names say, and ignores other apps', () => {
    const ordered = orderMigrations(
      [
        fact('0002_b', [], [['shop', '0001_a']]),
        fact('0001_a', [], [['users', '0005_z']]),
        fact('0002_merge', [], [['shop', '0003_c'], ['shop', '0002_b']]),
        fact('0003_c', [], [['shop', '0001_a']]),
      ],
      new Set(['shop']),
    );
    expect(ordered.map((entry) => entry.name)).toEqual(['0001_a', '0002_b', '0003_c', '0002_merge']);
  });

  it('uses a squashed migration instead of the ones it replaces', () => {
    const ordered = orderMigrations(
      [
        fact('0001_initial', []),
        fact('0002_more', [], [['shop', '0001_initial']]),
        fact('0001_squashed_0002_more', [], [], [['shop', '0001_initial'], ['shop', '0002_more']]),
        fact('0003_after', [], [['shop', '0002_more']]),
      ],
      new Set(['shop']),
    );
    expect(ordered.map((entry) => entry.name)).toEqual(['0001_squashed_0002_more', '0003_after']);
  });

  it('answers to an AppConfig label as well as the directory name', () => {
    const ordered = orderMigrations([fact('0002_b', [], [['store', '0001_a']]), fact('0001_a', [])], new Set(['shop', 'store']));
    expect(ordered.map((entry) => entry.name)).toEqual(['0001_a', '0002_b']);
  });
});

describe('replaying the state', () => {
  it('follows creations, field changes, renames and deletions', () => {
    const state = replayMigrations([
      fact('0001', [
        { kind: 'CreateModel', line: 1, model: 'Book', fields: [{ name: 'id' }, { name: 'title', spec: charField() }, { name: 'legacy' }] },
        { kind: 'CreateModel', line: 2, model: 'Coupon', fields: [] },
      ]),
      fact('0002', [
        { kind: 'AddField', line: 1, model: 'book', field: { name: 'isbn', spec: charField() } },
        { kind: 'RemoveField', line: 2, model: 'book', field: 'legacy' },
        { kind: 'RenameField', line: 3, model: 'book', field: 'title', newName: 'name' },
        { kind: 'RenameModel', line: 4, model: 'Book', newName: 'Work' },
        { kind: 'DeleteModel', line: 5, model: 'Coupon' },
      ]),
    ]);
    expect(fieldsOf(state, 'Work')).toEqual(['id', 'isbn', 'name']);
    expect(modelEntry(state, 'book')).toBe('absent');
    expect(modelEntry(state, 'coupon')).toBe('absent');
    expect(modelEntry(state, 'Author')).toBe('absent');
  });

  it('tracks managed through CreateModel and AlterModelOptions, whose options replace the old ones', () => {
    const state = replayMigrations([
      fact('0001', [{ kind: 'CreateModel', line: 1, model: 'Stock', fields: [], managed: false }]),
      fact('0002', [{ kind: 'CreateModel', line: 1, model: 'Feed', fields: [], managed: false }, { kind: 'AlterModelOptions', line: 2, model: 'stock' }]),
    ]);
    expect((modelEntry(state, 'Stock') as ModelState).managed).toBe(true);
    expect((modelEntry(state, 'Feed') as ModelState).managed).toBe(false);
  });

  it('makes the models an unreadable operation names unknown, and the whole app for one that names none', () => {
    const named = replayMigrations([
      fact('0001', [
        { kind: 'CreateModel', line: 1, model: 'Order', fields: [] },
        { kind: 'CreateModel', line: 2, model: 'Book', fields: [] },
        { kind: 'unknown', line: 3, operation: 'SeparateDatabaseAndState', models: ['order'] },
        { kind: 'AddField', line: 4, model: 'order', field: { name: 'total' } },
      ]),
    ]);
    expect(modelEntry(named, 'Order')).toBe('unknown');
    expect(fieldsOf(named, 'Book')).toEqual([]);
    expect(modelEntry(named, 'Shipment')).toBe('absent');

    const whole = replayMigrations([
      fact('0001', [{ kind: 'CreateModel', line: 1, model: 'Book', fields: [] }, { kind: 'unknown', line: 2, operation: 'CustomOperation' }]),
      fact('0002', [{ kind: 'CreateModel', line: 1, model: 'Tag', fields: [{ name: 'id' }] }]),
    ]);
    expect(modelEntry(whole, 'Book')).toBe('unknown');
    expect(modelEntry(whole, 'Shipment')).toBe('unknown');
    // A model created after the unknown operation is known again.
    expect(fieldsOf(whole, 'Tag')).toEqual(['id']);

    const unreadable = replayMigrations([fact('0001', [{ kind: 'CreateModel', line: 1, model: 'Book', fields: [] }]), { readable: false, operations: [] }]);
    expect(modelEntry(unreadable, 'Book')).toBe('unknown');
  });

  it('treats a change to a model the history never created as a gap in what it read', () => {
    const state = replayMigrations([fact('0001', [{ kind: 'AddField', line: 1, model: 'ghost', field: { name: 'x' } }])]);
    expect(modelEntry(state, 'Ghost')).toBe('unknown');
  });
});

describe('comparing the state with the model', () => {
  const declared = (name: string, spec: DeclaredField['spec'], extra: Partial<DeclaredField> = {}): DeclaredField => ({
    name,
    line: 10,
    spec,
    fieldClass: spec.callee.split('.').pop()!,
    ...extra,
  });
  const state = (fields: ModelState['fields']): ModelState => ({ name: 'Book', fields, proxy: false, managed: true });
  const migrated = (entries: [string, { callee: string; to?: string; options: Record<string, string> } | undefined][]) =>
    new Map(entries.map(([name, spec]) => [name, spec ? { name, spec } : { name }]));
  const summary = (found: ReturnType<typeof compareModel>) =>
    found.map((entry) => (entry.kind === 'removed-field' ? `removed ${entry.name}` : entry.kind === 'missing-field' ? `missing ${entry.field.name}` : `${entry.field.name}: ${entry.what}`));

  it('reports added, retyped, re-pointed and re-optioned fields, and removed ones', () => {
    const found = compareModel(
      {
        name: 'Book',
        fields: [
          declared('title', { callee: 'models.CharField', options: { max_length: '300' } }),
          declared('body', { callee: 'models.CharField', options: {} }),
          declared('author', { callee: 'models.ForeignKey', to: 'Writer', options: {} }),
          declared('isbn', { callee: 'models.CharField', options: { unique: 'True' } }),
          declared('pages', { callee: 'models.IntegerField', options: { null: 'True' } }),
          declared('added', { callee: 'models.DateField', options: {} }),
        ],
        otherNames: new Set(),
        openFields: false,
      },
      state(
        migrated([
          ['id', { callee: 'models.BigAutoField', options: { primary_key: 'True' } }],
          ['title', { callee: 'models.CharField', options: { max_length: '200' } }],
          ['body', { callee: 'models.TextField', options: {} }],
          ['author', { callee: 'models.ForeignKey', to: 'catalog.author', options: {} }],
          ['isbn', { callee: 'models.CharField', options: {} }],
          ['pages', { callee: 'models.IntegerField', options: {} }],
          ['legacy', { callee: 'models.TextField', options: {} }],
        ]),
      ),
    );
    expect(summary(found)).toEqual(['title: max_length', 'body: class', 'author: related model', 'isbn: unique', 'pages: null', 'missing added', 'removed legacy']);
  });

  it('leaves alone what it cannot compare reliably', () => {
    const found = compareModel(
      {
        name: 'Book',
        fields: [
          // EmailField writes max_length=254 into the migration even when the model leaves it out.
          declared('email', { callee: 'models.EmailField', options: {} }),
          declared('title', { callee: 'models.CharField', options: { max_length: '?' } }),
          declared('owner', { callee: 'models.ForeignKey', to: 'User', options: {} }),
          declared('parent', { callee: 'models.ForeignKey', to: 'self', options: {} }),
          declared('profile', { callee: 'models.OneToOneField', to: 'Profile', options: { unique: 'True' } }),
          declared('tags', { callee: 'models.ManyToManyField', to: 'Tag', options: { null: 'True' } }),
          declared('cover', { callee: 'models.ImageField', options: {} }),
          declared('shelf', { callee: 'models.ForeignKey', to: 'Shelf', options: {} }),
        ],
        otherNames: new Set(['objects', 'search_vector']),
        openFields: false,
      },
      state(
        migrated([
          ['id', { callee: 'models.BigAutoField', options: { primary_key: 'True' } }],
          ['email', { callee: 'models.EmailField', options: { max_length: '254' } }],
          ['title', { callee: 'models.CharField', options: { max_length: '120' } }],
          ['owner', { callee: 'models.ForeignKey', to: 'settings.AUTH_USER_MODEL', options: {} }],
          ['parent', { callee: 'models.ForeignKey', to: 'library.book', options: {} }],
          ['profile', { callee: 'models.OneToOneField', to: 'library.profile', options: {} }],
          ['tags', { callee: 'models.ManyToManyField', to: 'library.tag', options: {} }],
          ['cover', undefined],
          ['shelf', { callee: 'models.ForeignKey', to: 'library.oldshelf', options: {} }],
          ['search_vector', { callee: 'SearchVectorField', options: {} }],
        ]),
      ),
      new Set(['oldshelf']),
    );
    expect(summary(found)).toEqual([]);
  });

  it('keeps an explicit primary key apart from the implicit id, and open models from removals', () => {
    const model = { name: 'Book', fields: [declared('code', { callee: 'models.CharField', options: { primary_key: 'True' } })], otherNames: new Set<string>(), openFields: false };
    const history = state(migrated([['id', { callee: 'models.AutoField', options: { primary_key: 'True' } }], ['code', { callee: 'models.CharField', options: {} }]]));
    expect(summary(compareModel(model, history))).toEqual(['code: primary_key', 'removed id']);
    expect(summary(compareModel({ ...model, openFields: true }, history))).toEqual(['code: primary_key']);
  });
});
