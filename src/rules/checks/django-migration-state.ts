import type { DjangoMigrationStateFact, MigrationField, StateOperation } from './django-migration-facts.js';
import { COMPARED_OPTIONS, isRelationClass, type DjangoFieldSpec } from './django-model-facts.js';

/**
 * The migration state of one Django app, replayed from its migration files the way `migrate`
 * builds it, and compared with the models as the code declares them. Pure functions over facts.
 *
 * Where the replay cannot tell what a migration did (an operation it cannot read, a custom
 * operation, SeparateDatabaseAndState), the models concerned become `unknown` and are not
 * compared: the check stays quiet rather than guess.
 */

export interface ModelState {
  /** The name as created (`Book`); lookups are case-insensitive, as in Django. */
  name: string;
  fields: Map<string, MigrationField>;
  proxy: boolean;
  managed: boolean;
}

export type ModelEntry = ModelState | 'unknown' | 'absent';

export interface AppState {
  models: Map<string, ModelState | 'unknown' | 'absent'>;
  /** After an operation of unknown effect on the whole app, a model never seen may exist: it is `unknown`, not `absent`. */
  openEnded: boolean;
}

/** A model's state by name (any case). */
export function modelEntry(state: AppState, name: string): ModelEntry {
  return state.models.get(name.toLowerCase()) ?? (state.openEnded ? 'unknown' : 'absent');
}

/**
 * The order `migrate` applies one app's migrations in: dependencies within the app first, ties by
 * name. A squashed migration stands for the migrations it replaces when they are still present
 * (Django uses one or the other; both lead to the same state). Dependencies on other apps do not
 * matter: an app's operations only change that app's models.
 */
export function orderMigrations<T extends Pick<DjangoMigrationStateFact, 'name' | 'dependencies' | 'replaces'>>(
  migrations: readonly T[],
  labels: ReadonlySet<string>,
): T[] {
  const replacedBy = new Map<string, string>();
  for (const migration of migrations) {
    for (const replaced of migration.replaces) if (labels.has(replaced.app)) replacedBy.set(replaced.name, migration.name);
  }
  const kept = migrations.filter((migration) => !replacedBy.has(migration.name));
  const byName = new Map(kept.map((migration) => [migration.name, migration]));
  const waitingFor = new Map<string, Set<string>>();
  for (const migration of kept) {
    const own = migration.dependencies
      .filter((dependency) => labels.has(dependency.app))
      .map((dependency) => replacedBy.get(dependency.name) ?? dependency.name)
      .filter((name) => name !== migration.name && byName.has(name));
    waitingFor.set(migration.name, new Set(own));
  }
  const ordered: T[] = [];
  const done = new Set<string>();
  const names = [...byName.keys()].sort();
  while (ordered.length < kept.length) {
    // The first migration by name whose dependencies are applied; a cycle (a broken history) falls back to name order.
    const next = names.find((name) => !done.has(name) && [...waitingFor.get(name)!].every((dependency) => done.has(dependency))) ?? names.find((name) => !done.has(name))!;
    done.add(next);
    ordered.push(byName.get(next)!);
  }
  return ordered;
}

/** Replays migrations (already ordered) into the state of their app. A file that could not be read makes the whole app open-ended. */
export function replayMigrations(migrations: readonly Pick<DjangoMigrationStateFact, 'readable' | 'operations'>[]): AppState {
  const state: AppState = { models: new Map(), openEnded: false };
  for (const migration of migrations) {
    if (!migration.readable) {
      applyOperation(state, { kind: 'unknown', line: 0, operation: 'unreadable migration' });
      continue;
    }
    for (const operation of migration.operations) applyOperation(state, operation);
  }
  return state;
}

export function applyOperation(state: AppState, operation: StateOperation): void {
  const set = (name: string, entry: ModelState | 'unknown' | 'absent') => state.models.set(name.toLowerCase(), entry);
  const known = (name: string): ModelState | undefined => {
    const entry = modelEntry(state, name);
    if (entry === 'absent') set(name, 'unknown'); // The history changes a model it never created: something was missed.
    return typeof entry === 'object' ? entry : undefined;
  };
  switch (operation.kind) {
    case 'CreateModel':
      set(
        operation.model,
        operation.fields
          ? { name: operation.model, fields: new Map(operation.fields.map((field) => [field.name, field])), proxy: operation.proxy ?? false, managed: operation.managed ?? true }
          : 'unknown',
      );
      return;
    case 'DeleteModel':
      set(operation.model, 'absent');
      return;
    case 'RenameModel': {
      const entry = modelEntry(state, operation.model);
      set(operation.model, 'absent');
      set(operation.newName, typeof entry === 'object' ? { ...entry, name: operation.newName } : 'unknown');
      return;
    }
    case 'AddField':
    case 'AlterField':
      known(operation.model)?.fields.set(operation.field.name, operation.field);
      return;
    case 'RemoveField':
      known(operation.model)?.fields.delete(operation.field);
      return;
    case 'RenameField': {
      const model = known(operation.model);
      const field = model?.fields.get(operation.field);
      if (!model) return;
      if (!field) {
        set(operation.model, 'unknown');
        return;
      }
      model.fields.delete(operation.field);
      model.fields.set(operation.newName, { ...field, name: operation.newName });
      return;
    }
    case 'AlterModelOptions': {
      const model = known(operation.model);
      if (model) model.managed = operation.managed ?? true;
      return;
    }
    case 'unknown':
      if (operation.models) {
        for (const model of operation.models) set(model, 'unknown');
        return;
      }
      for (const name of state.models.keys()) state.models.set(name, 'unknown');
      state.openEnded = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison with the code

/** A field as the model declares it, with its class resolved to the name a migration would write. */
export interface DeclaredField {
  name: string;
  line: number;
  spec: DjangoFieldSpec;
  /** Last segment of the field class after import aliases: `CharField`. */
  fieldClass: string;
  /** Related model name after import aliases, for relations given as a bare name. */
  target?: string;
  /** The abstract base it comes from, when inherited. */
  inheritedFrom?: string;
}

export interface DeclaredModel {
  name: string;
  fields: DeclaredField[];
  /** Every other name the class body (or an abstract base) assigns: a state field of that name may be declared in a way not read here. */
  otherNames: ReadonlySet<string>;
  /** True when some fields may come from a base the check cannot see (a third-party base, a concrete parent's `_ptr`). */
  openFields: boolean;
}

export type Discrepancy =
  | { kind: 'missing-field'; field: DeclaredField }
  | { kind: 'changed-field'; field: DeclaredField; what: string; declared: string; migrated: string }
  | { kind: 'removed-field'; name: string };

/**
 * What `makemigrations` would have to write for this model, as far as the facts tell:
 *  - a declared field missing from the state (AddField);
 *  - a declared field whose class, related model or compared options differ (AlterField);
 *  - a state field no longer declared (RemoveField), unless the model's fields are open.
 * Compared options: `null`, `unique`, `primary_key` (absent means False on both sides) and
 * `max_length` (only when both sides give it); a value that is not a literal is not compared.
 * `renamedModels` are lower-case names of models renamed anywhere in the project: a relation may
 * still point to the old name in another app's state, so it is not compared.
 */
export function compareModel(declared: DeclaredModel, state: ModelState, renamedModels: ReadonlySet<string> = new Set()): Discrepancy[] {
  const found: Discrepancy[] = [];
  const declaredNames = new Set(declared.fields.map((field) => field.name));
  for (const field of declared.fields) {
    const migrated = state.fields.get(field.name);
    if (!migrated) {
      found.push({ kind: 'missing-field', field });
      continue;
    }
    if (!migrated.spec) continue;
    const migratedClass = migrated.spec.callee.split('.').pop()!;
    if (migratedClass !== field.fieldClass) {
      found.push({ kind: 'changed-field', field, what: 'class', declared: field.fieldClass, migrated: migratedClass });
      continue;
    }
    const target = compareTargets(declared.name, field, migrated.spec, renamedModels);
    if (target) {
      found.push({ kind: 'changed-field', field, what: 'related model', ...target });
      continue;
    }
    const option = compareOptions(field, migrated.spec);
    if (option) found.push({ kind: 'changed-field', field, ...option });
  }
  if (!declared.openFields) {
    const hasPrimaryKey = declared.fields.some((field) => field.spec.options.primary_key === 'True');
    for (const name of state.fields.keys()) {
      if (declaredNames.has(name) || declared.otherNames.has(name)) continue;
      // The implicit primary key: Django adds `id` unless a field is the primary key.
      if (name === 'id' && !hasPrimaryKey) continue;
      found.push({ kind: 'removed-field', name });
    }
  }
  return found;
}

function compareTargets(model: string, field: DeclaredField, migrated: DjangoFieldSpec, renamedModels: ReadonlySet<string>): { declared: string; migrated: string } | undefined {
  if (!isRelationClass(field.fieldClass)) return undefined;
  const declared = plainModelName(field.target ?? field.spec.to, model);
  const inState = plainModelName(migrated.to, model);
  if (!declared || !inState || renamedModels.has(inState) || renamedModels.has(declared)) return undefined;
  return declared === inState ? undefined : { declared, migrated: inState };
}

/** `catalog.Author` / `Author` / `self` -> `author`; undefined for anything that is not a plain model name (a setting, a call). */
function plainModelName(target: string | undefined, model: string): string | undefined {
  if (!target || target === '?' || target.startsWith('settings.')) return undefined;
  if (target === 'self') return model.toLowerCase();
  const segments = target.split('.');
  if (segments.length > 2) return undefined;
  return segments.at(-1)!.toLowerCase();
}

/** Fields whose deconstruct() drops or forces one of the compared options: no migration writes it as declared. */
const OPTION_EXCEPTIONS: Record<string, readonly string[]> = {
  unique: ['OneToOneField'],
  null: ['ManyToManyField', 'NullBooleanField'],
};

function compareOptions(field: DeclaredField, migrated: DjangoFieldSpec): { what: string; declared: string; migrated: string } | undefined {
  for (const option of COMPARED_OPTIONS) {
    if (OPTION_EXCEPTIONS[option]?.some((fieldClass) => field.fieldClass.endsWith(fieldClass))) continue;
    let declared = field.spec.options[option];
    let inState = migrated.options[option];
    if (declared === '?' || inState === '?') continue;
    if (option === 'max_length') {
      if (declared === undefined || inState === undefined) continue;
    } else {
      declared ??= 'False';
      inState ??= 'False';
    }
    if (declared !== inState) return { what: option, declared: `${option}=${declared}`, migrated: `${option}=${inState}` };
  }
  return undefined;
}
