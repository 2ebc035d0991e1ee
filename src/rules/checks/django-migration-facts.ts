import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { callArguments, calleeName, dottedName, lineOf, stringValue } from '../../source/python/syntax.js';
import { readFieldCall, type DjangoFieldSpec } from './django-model-facts.js';

/**
 * What each Django migration file does to the migration state (the models and fields Django
 * believes exist after it), gathered in the parse worker for the missing-migration check. The
 * shared `django-migrations` facts list operation names only; replaying the state needs the field
 * classes and options of CreateModel/AddField/AlterField, the `replaces` of squashed migrations,
 * and to know where the file could not be read.
 */
export const DJANGO_MIGRATION_STATE = 'django-migration-state';

export interface MigrationRef {
  app: string;
  name: string;
}

export interface DjangoMigrationStateFact {
  /** File name without `.py` (`0002_book_isbn`). */
  name: string;
  line: number;
  /** False when the file holds no Migration class whose `operations` is a list literal: its effect is unknown. */
  readable: boolean;
  dependencies: MigrationRef[];
  /** A squashed migration: the migrations it stands for. */
  replaces: MigrationRef[];
  operations: StateOperation[];
}

/** A field as a migration declares it; `spec` is absent when the value is not a field call (its class is unknown). */
export interface MigrationField {
  name: string;
  spec?: DjangoFieldSpec;
}

/**
 * The operations that change models or fields, in file order. Operations with no effect on them
 * (indexes, constraints, tables, RunPython, RunSQL without state operations...) are left out.
 * `unknown` stands for an operation whose effect cannot be read: on the models it names, or on the
 * whole app when it names none.
 */
export type StateOperation =
  | { kind: 'CreateModel'; line: number; model: string; fields?: MigrationField[]; proxy?: boolean; managed?: boolean }
  | { kind: 'DeleteModel'; line: number; model: string }
  | { kind: 'RenameModel'; line: number; model: string; newName: string }
  | { kind: 'AddField' | 'AlterField'; line: number; model: string; field: MigrationField }
  | { kind: 'RemoveField'; line: number; model: string; field: string }
  | { kind: 'RenameField'; line: number; model: string; field: string; newName: string }
  | { kind: 'AlterModelOptions'; line: number; model: string; managed?: boolean }
  | { kind: 'unknown'; line: number; operation: string; models?: string[] };

/** Operations that leave the models and their fields as they are (Django's own and django.contrib.postgres'). */
const NO_STATE_EFFECT = new Set([
  'RunPython',
  'AlterModelTable',
  'AlterModelTableComment',
  'AlterUniqueTogether',
  'AlterIndexTogether',
  'AlterOrderWithRespectTo',
  'AlterModelManagers',
  'AddIndex',
  'RemoveIndex',
  'RenameIndex',
  'AddConstraint',
  'RemoveConstraint',
  'AlterConstraint',
  'AddIndexConcurrently',
  'RemoveIndexConcurrently',
  'AddConstraintNotValid',
  'ValidateConstraint',
  'CreateExtension',
  'BloomExtension',
  'BtreeGinExtension',
  'BtreeGistExtension',
  'CITextExtension',
  'CryptoExtension',
  'HStoreExtension',
  'TrigramExtension',
  'UnaccentExtension',
  'CreateCollation',
  'RemoveCollation',
]);

export function addDjangoMigrationStateFacts(context: ExtractContext): void {
  const segments = context.path.split('/');
  if (segments.at(-2) !== 'migrations' || segments.at(-1) === '__init__.py' || !context.path.endsWith('.py')) return;
  context.facts.checkFacts[DJANGO_MIGRATION_STATE] = [readMigration(segments.at(-1)!.replace(/\.py$/, ''), context.root)];
}

export function readMigration(name: string, root: SyntaxNode): DjangoMigrationStateFact {
  const fact: DjangoMigrationStateFact = { name, line: 1, readable: false, dependencies: [], replaces: [], operations: [] };
  const migrationClass = root.namedChildren.find(
    (statement) => statement.type === 'class_definition' && (statement.childForFieldName('superclasses') ?? statement).namedChildren.some((base) => dottedName(base)?.split('.').pop() === 'Migration'),
  );
  const body = migrationClass?.childForFieldName('body');
  if (!migrationClass || !body) return fact;
  fact.line = lineOf(migrationClass);
  for (const statement of body.namedChildren) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const target = assignment.childForFieldName('left')?.text;
    const value = assignment.childForFieldName('right');
    if (!value) continue;
    if (target === 'dependencies') fact.dependencies = references(value);
    else if (target === 'replaces') fact.replaces = references(value);
    else if (target === 'operations') {
      if (value.type !== 'list') return fact;
      fact.operations = operationsOf(value);
      fact.readable = true;
    }
  }
  return fact;
}

/** `[("catalog", "0001_initial"), migrations.swappable_dependency(...)]`: the literal pairs. */
function references(list: SyntaxNode): MigrationRef[] {
  if (list.type !== 'list' && list.type !== 'tuple') return [];
  const found: MigrationRef[] = [];
  for (const element of list.namedChildren) {
    if (element.type !== 'tuple') continue;
    const [app, name] = element.namedChildren.map((part) => stringValue(part));
    if (app && name) found.push({ app, name });
  }
  return found;
}

function operationsOf(list: SyntaxNode): StateOperation[] {
  const operations: StateOperation[] = [];
  for (const element of list.namedChildren) {
    if (element.type === 'comment') continue;
    const operation = element.type === 'call' ? readOperation(element) : { kind: 'unknown' as const, line: lineOf(element), operation: element.text.slice(0, 40) };
    if (operation) operations.push(operation);
  }
  return operations;
}

function readOperation(call: SyntaxNode): StateOperation | undefined {
  const kind = calleeName(call)?.split('.').pop() ?? '?';
  const line = lineOf(call);
  const args = callArguments(call);
  const text = (keyword: string, index: number) => stringValue(args.keywords.get(keyword) ?? args.positional[index]);
  const unknown = (models?: (string | undefined)[]): StateOperation => {
    const names = models?.filter((model): model is string => model !== undefined);
    return names && names.length > 0 && names.length === models!.length ? { kind: 'unknown', line, operation: kind, models: names } : { kind: 'unknown', line, operation: kind };
  };
  if (NO_STATE_EFFECT.has(kind)) return undefined;
  switch (kind) {
    case 'CreateModel': {
      const model = text('name', 0);
      if (!model) return unknown();
      const operation: StateOperation = { kind, line, model };
      const fields = readFields(args.keywords.get('fields') ?? args.positional[1]);
      if (fields) operation.fields = fields;
      const options = dictionary(args.keywords.get('options') ?? args.positional[2]);
      if (options === undefined) return unknown([model]);
      if (options.get('proxy') === 'True') operation.proxy = true;
      const managed = options.get('managed');
      if (managed === 'False') operation.managed = false;
      else if (managed !== undefined && managed !== 'True') return unknown([model]);
      return operation;
    }
    case 'DeleteModel': {
      const model = text('name', 0);
      return model ? { kind, line, model } : unknown();
    }
    case 'RenameModel': {
      const model = text('old_name', 0);
      const newName = text('new_name', 1);
      return model && newName ? { kind, line, model, newName } : unknown([model]);
    }
    case 'AddField':
    case 'AlterField': {
      const model = text('model_name', 0);
      const name = text('name', 1);
      if (!model || !name) return unknown([model]);
      const value = args.keywords.get('field') ?? args.positional[2];
      const spec = value?.type === 'call' ? readFieldCall(value) : undefined;
      return { kind, line, model, field: spec ? { name, spec } : { name } };
    }
    case 'RemoveField': {
      const model = text('model_name', 0);
      const field = text('name', 1);
      return model && field ? { kind, line, model, field } : unknown([model]);
    }
    case 'RenameField': {
      const model = text('model_name', 0);
      const field = text('old_name', 1);
      const newName = text('new_name', 2);
      return model && field && newName ? { kind, line, model, field, newName } : unknown([model]);
    }
    case 'AlterModelOptions': {
      const model = text('name', 0);
      const options = dictionary(args.keywords.get('options') ?? args.positional[1]);
      if (!model || options === undefined) return unknown([model]);
      // The options listed replace the model's alterable options: `managed` left out means managed again.
      const managed = options.get('managed');
      if (managed !== undefined && managed !== 'True' && managed !== 'False') return unknown([model]);
      return managed === 'False' ? { kind, line, model, managed: false } : { kind, line, model };
    }
    case 'RunSQL': {
      const state = args.keywords.get('state_operations');
      return state ? unknown(modelsNamedIn(state)) : undefined;
    }
    case 'SeparateDatabaseAndState':
      return unknown(modelsNamedIn(args.keywords.get('state_operations') ?? args.positional[1]));
    default:
      // A custom operation: whatever it does, it is done to the model it names, if it names one.
      return unknown([text('model_name', 0) ?? text('name', 0)]);
  }
}

/** `[("id", models.AutoField(...)), ...]`; undefined when an element is not a (name, value) pair. */
function readFields(list: SyntaxNode | undefined): MigrationField[] | undefined {
  if (!list || list.type !== 'list') return undefined;
  const fields: MigrationField[] = [];
  for (const element of list.namedChildren) {
    if (element.type === 'comment') continue;
    const [nameNode, value] = element.type === 'tuple' ? element.namedChildren : [];
    const name = stringValue(nameNode);
    if (!name) return undefined;
    const spec = value?.type === 'call' ? readFieldCall(value) : undefined;
    fields.push(spec ? { name, spec } : { name });
  }
  return fields;
}

/** A dict literal with string keys, values as literal text; undefined when it is something else. Absent: an empty map. */
function dictionary(node: SyntaxNode | undefined): Map<string, string> | undefined {
  const entries = new Map<string, string>();
  if (!node) return entries;
  if (node.type !== 'dictionary') return undefined;
  for (const pair of node.namedChildren) {
    if (pair.type !== 'pair') return undefined;
    const key = stringValue(pair.childForFieldName('key'));
    const value = pair.childForFieldName('value');
    if (key === undefined || !value) return undefined;
    entries.set(key, value.text);
  }
  return entries;
}

/** The models the operations of a state_operations list name; [undefined] when one cannot be named. */
function modelsNamedIn(list: SyntaxNode | undefined): (string | undefined)[] {
  if (!list || list.type !== 'list') return [undefined];
  const models: (string | undefined)[] = [];
  for (const element of list.namedChildren) {
    if (element.type === 'comment') continue;
    if (element.type !== 'call') return [undefined];
    const args = callArguments(element);
    const kind = calleeName(element)?.split('.').pop();
    const key = kind === 'RenameModel' ? 'old_name' : args.keywords.has('model_name') ? 'model_name' : 'name';
    const model = stringValue(args.keywords.get(key) ?? args.positional[0]);
    models.push(model);
    if (kind === 'RenameModel') models.push(stringValue(args.keywords.get('new_name') ?? args.positional[1]));
  }
  return models;
}
