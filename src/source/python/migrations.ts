import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts } from '../facts.js';
import { callArguments, calleeName, dottedName, lineOf, stringValue } from './syntax.js';
import { ALEMBIC_MIGRATIONS, DJANGO_MIGRATIONS } from './conventions.js';

/**
 * Schema migrations, for the missing-migration check: Django `migrations/NNNN_*.py` files and
 * Alembic revisions in `versions/`. One entry per file, listing its operations by model/table.
 */

export interface DjangoMigrationFact {
  /** The Django app, taken from the folder that holds `migrations/`. */
  app?: string;
  /** File name without `.py` (`0002_book_isbn`). */
  name: string;
  line: number;
  dependencies: { app: string; name: string }[];
  operations: { kind: string; line: number; model?: string; field?: string; fields?: string[]; newName?: string }[];
}

export interface AlembicRevisionFact {
  revision?: string;
  downRevision?: string | string[];
  line: number;
  operations: { kind: string; line: number; table?: string; column?: string }[];
}

export function extractMigrations(path: string, root: SyntaxNode, facts: FileFacts): void {
  const segments = path.split('/');
  const folder = segments.at(-2);
  if (folder === 'migrations') {
    const migration = djangoMigration(segments, root);
    if (migration) (facts.checkFacts[DJANGO_MIGRATIONS] ??= []).push(migration);
  } else if (folder === 'versions') {
    const revision = alembicRevision(root);
    if (revision) (facts.checkFacts[ALEMBIC_MIGRATIONS] ??= []).push(revision);
  }
}

const FIELD_OPERATIONS = new Set(['AddField', 'RemoveField', 'AlterField']);

function djangoMigration(segments: string[], root: SyntaxNode): DjangoMigrationFact | undefined {
  const migrationClass = root.descendantsOfType('class_definition').find((definition) => {
    const superclasses = definition.childForFieldName('superclasses');
    return superclasses !== null && superclasses.namedChildren.some((base) => dottedName(base)?.endsWith('Migration'));
  });
  if (!migrationClass) return undefined;
  const fileName = segments.at(-1) ?? '';
  const migration: DjangoMigrationFact = {
    ...(segments.length >= 3 ? { app: segments.at(-3)! } : {}),
    name: fileName.replace(/\.py$/, ''),
    line: lineOf(migrationClass),
    dependencies: [],
    operations: [],
  };
  const body = migrationClass.childForFieldName('body');
  for (const statement of body ? body.namedChildren : []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    const target = assignment?.childForFieldName('left')?.text;
    const value = assignment?.childForFieldName('right');
    if (!value || value.type !== 'list') continue;
    if (target === 'dependencies') {
      for (const element of value.namedChildren) {
        if (element.type !== 'tuple') continue;
        const [app, name] = element.namedChildren.map((part) => stringValue(part));
        if (app && name) migration.dependencies.push({ app, name });
      }
    } else if (target === 'operations') {
      for (const element of value.namedChildren) {
        if (element.type !== 'call') continue;
        const kind = calleeName(element)?.split('.').pop();
        if (kind) migration.operations.push(djangoOperation(kind, element));
      }
    }
  }
  return migration;
}

function djangoOperation(kind: string, call: SyntaxNode): DjangoMigrationFact['operations'][number] {
  const args = callArguments(call);
  const keyword = (name: string, index: number) => stringValue(args.keywords.get(name) ?? args.positional[index]);
  const operation: DjangoMigrationFact['operations'][number] = { kind, line: lineOf(call) };
  if (kind === 'CreateModel' || kind === 'DeleteModel') {
    const model = keyword('name', 0);
    if (model) operation.model = model;
    const fields = args.keywords.get('fields') ?? args.positional[1];
    if (kind === 'CreateModel' && fields?.type === 'list') {
      operation.fields = fields.namedChildren
        .map((field) => (field.type === 'tuple' ? stringValue(field.namedChildren[0]) : undefined))
        .filter((name): name is string => name !== undefined);
    }
  } else if (FIELD_OPERATIONS.has(kind) || kind === 'RenameField') {
    const model = keyword('model_name', 0);
    if (model) operation.model = model;
    const field = kind === 'RenameField' ? keyword('old_name', 1) : keyword('name', 1);
    if (field) operation.field = field;
    if (kind === 'RenameField') {
      const newName = keyword('new_name', 2);
      if (newName) operation.newName = newName;
    }
  } else if (kind === 'RenameModel') {
    const model = keyword('old_name', 0);
    if (model) operation.model = model;
    const newName = keyword('new_name', 1);
    if (newName) operation.newName = newName;
  } else {
    const model = keyword('model_name', 0) ?? keyword('name', 0);
    if (model) operation.model = model;
  }
  return operation;
}

const ALEMBIC_TABLE_OPERATIONS = new Set(['create_table', 'drop_table', 'rename_table']);
const ALEMBIC_COLUMN_OPERATIONS = new Set(['add_column', 'drop_column', 'alter_column']);

function alembicRevision(root: SyntaxNode): AlembicRevisionFact | undefined {
  let revision: string | undefined;
  let downRevision: string | string[] | undefined;
  let line = 0;
  for (const statement of root.namedChildren) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const target = assignment.childForFieldName('left')?.text;
    const value = assignment.childForFieldName('right');
    if (target === 'revision') {
      revision = stringValue(value);
      line = lineOf(assignment);
    } else if (target === 'down_revision' && value) {
      downRevision = stringValue(value) ?? (value.type === 'tuple' ? value.namedChildren.map((part) => stringValue(part) ?? part.text) : undefined);
    }
  }
  if (revision === undefined) return undefined;
  const operations: AlembicRevisionFact['operations'] = [];
  const upgrade = root.namedChildren
    .map((statement) => (statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement))
    .find((definition) => definition?.type === 'function_definition' && definition.childForFieldName('name')?.text === 'upgrade');
  for (const call of upgrade ? upgrade.descendantsOfType('call') : []) {
    const callee = calleeName(call);
    const kind = callee?.split('.').pop();
    if (!callee?.startsWith('op.') && !callee?.startsWith('batch_op.')) continue;
    if (!kind) continue;
    const args = callArguments(call);
    const operation: AlembicRevisionFact['operations'][number] = { kind, line: lineOf(call) };
    if (ALEMBIC_TABLE_OPERATIONS.has(kind) || ALEMBIC_COLUMN_OPERATIONS.has(kind)) {
      const table = stringValue(args.positional[0] ?? args.keywords.get('table_name'));
      if (table && !callee.startsWith('batch_op.')) operation.table = table;
    }
    if (ALEMBIC_COLUMN_OPERATIONS.has(kind)) {
      const columnArgument = callee.startsWith('batch_op.') ? args.positional[0] : args.positional[1];
      const column =
        stringValue(columnArgument) ??
        (columnArgument?.type === 'call' ? stringValue(callArguments(columnArgument).positional[0]) : undefined);
      if (column) operation.column = column;
    }
    operations.push(operation);
  }
  return { ...(revision ? { revision } : {}), ...(downRevision !== undefined ? { downRevision } : {}), line, operations };
}
