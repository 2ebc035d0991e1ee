import type { ModelFact } from '../../source/facts.js';
import type { SourceModel } from '../../source/model.js';
import { SEQUELIZE_ASSOCIATIONS, type SequelizeAssociationFact } from '../../source/node/conventions.js';
import { SEQUELIZE_MODEL_BINDINGS, SEQUELIZE_OPEN_MODELS, SEQUELIZE_QUERIES, SEQUELIZE_TIMESTAMP_NAMES, type SequelizeModelBinding, type SequelizeQueryFact, type TimestampNamesFact } from './sequelize-query-facts.js';

/**
 * The Sequelize models of one project joined across files: models by name, the names code uses
 * for them (`const User = sequelize.define('user', ...)` makes `User` a name of model 'user'), and
 * the associations each model is the source of. A name that stays ambiguous (two models defined
 * with it) resolves to nothing, so the checks stay quiet rather than guess.
 */
export interface SequelizeSchema {
  /** The model a name as written in code refers to. */
  resolve(name: string | undefined): ModelFact | undefined;
  /** Associations whose source is this model. */
  associationsOf(model: ModelFact): SequelizeAssociationFact[];
  /** hasOne/hasMany associations whose target is this model (they put a foreign key on it), with their source. */
  keyedTo(model: ModelFact): { source: ModelFact; association: SequelizeAssociationFact }[];
  /**
   * Whether the model's attributes are not all known: its definition spreads them in or passes a
   * variable, or an association whose foreign key this code does not spell out adds one to it.
   */
  isOpen(model: ModelFact): boolean;
  /** Timestamp attributes renamed for this model, in its own options or in the `define` defaults of `new Sequelize(...)`. */
  timestampsOf(model: ModelFact): string[];
}

const schemas = new WeakMap<SourceModel, Map<string, SequelizeSchema>>();

/**
 * One schema per model and file list: the Sequelize checks and the data-call classifier of one
 * run share it rather than each joining every file's models again.
 */
export function sequelizeSchema(model: SourceModel, files: readonly string[]): SequelizeSchema {
  const byFiles = schemas.get(model) ?? new Map<string, SequelizeSchema>();
  schemas.set(model, byFiles);
  const key = files.join('\n');
  let shared = byFiles.get(key);
  if (!shared) byFiles.set(key, (shared = joinSchema(model, files)));
  return shared;
}

/** The finder queries of the files `from` admits (those a check may report in). */
export function sequelizeQueries(model: SourceModel, files: readonly string[], from: (file: string) => boolean): { file: string; query: SequelizeQueryFact }[] {
  return files.filter(from).flatMap((file) => ((model.files.get(file)?.checkFacts[SEQUELIZE_QUERIES] ?? []) as SequelizeQueryFact[]).map((query) => ({ file, query })));
}

function joinSchema(model: SourceModel, files: readonly string[]): SequelizeSchema {
  const byName = new Map<string, ModelFact | null>();
  const add = (name: string, fact: ModelFact | null) => {
    const known = byName.get(name);
    byName.set(name, known === undefined || known === fact ? fact : null);
  };
  const bindings: SequelizeModelBinding[] = [];
  const associations: SequelizeAssociationFact[] = [];
  const open = new Set<string>();
  const renamed: TimestampNamesFact[] = [];
  for (const file of files) {
    const facts = model.files.get(file);
    if (!facts) continue;
    for (const fact of facts.models) if (fact.orm === 'sequelize') add(fact.name, fact);
    bindings.push(...((facts.checkFacts[SEQUELIZE_MODEL_BINDINGS] ?? []) as SequelizeModelBinding[]));
    associations.push(...((facts.checkFacts[SEQUELIZE_ASSOCIATIONS] ?? []) as SequelizeAssociationFact[]));
    for (const name of (facts.checkFacts[SEQUELIZE_OPEN_MODELS] ?? []) as string[]) open.add(name);
    renamed.push(...((facts.checkFacts[SEQUELIZE_TIMESTAMP_NAMES] ?? []) as TimestampNamesFact[]));
  }
  for (const binding of bindings) {
    const target = byName.get(binding.model);
    if (target && !byName.has(binding.variable)) add(binding.variable, target);
    else if (target && byName.get(binding.variable) !== target) byName.set(binding.variable, null);
  }
  const resolve = (name: string | undefined) => (name === undefined ? undefined : (byName.get(name) ?? undefined));

  const bySource = new Map<ModelFact, SequelizeAssociationFact[]>();
  const seen = new Set<string>();
  for (const association of associations) {
    const source = resolve(association.source);
    if (!source) continue;
    const key = `${source.name}\0${association.target}\0${association.alias ?? (association.aliasUnknown ? '?' : '')}\0${association.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bySource.set(source, [...(bySource.get(source) ?? []), association]);
  }
  // The model an association with an unreadable foreign key puts that key on.
  const unknownKeys = new Set<ModelFact>();
  for (const association of associations) {
    if (!association.foreignKeyUnknown) continue;
    const holder = association.kind === 'belongs-to' ? resolve(association.source) : association.kind === 'many-to-many' ? resolve(association.through) : resolve(association.target);
    if (holder) unknownKeys.add(holder);
  }
  // Built from the associations once: asking every model for its associations per queried model
  // grows with the square of the models (seconds on a project with a few thousand).
  const keyed = new Map<ModelFact, { source: ModelFact; association: SequelizeAssociationFact }[]>();
  for (const [source, list] of bySource) {
    for (const association of list) {
      if (association.kind !== 'has-many' && association.kind !== 'has-one') continue;
      const target = resolve(association.target);
      if (target) keyed.set(target, [...(keyed.get(target) ?? []), { source, association }]);
    }
  }
  const everyModel = renamed.filter((fact) => fact.model === undefined).flatMap((fact) => fact.names);
  const timestampsOf = (fact: ModelFact) => [...everyModel, ...renamed.filter((entry) => entry.model !== undefined && resolve(entry.model) === fact).flatMap((entry) => entry.names)];
  return { resolve, associationsOf: (fact) => bySource.get(fact) ?? [], keyedTo: (fact) => keyed.get(fact) ?? [], isOpen: (fact) => open.has(fact.name) || unknownKeys.has(fact), timestampsOf };
}

/**
 * The name Sequelize gives an association without `as`: the target's plural for hasMany and
 * belongsToMany, its singular otherwise. Sequelize inflects with its own library; these are the
 * spellings that inflection produces for regular nouns, compared without case.
 */
export function defaultAliases(target: string, kind: SequelizeAssociationFact['kind']): string[] {
  const singular = target;
  if (kind === 'belongs-to' || kind === 'has-one') return [singular, singular.replace(/s$/, '')];
  return [singular, `${singular}s`, `${singular}es`, singular.replace(/y$/, 'ies'), singular.replace(/s$/, '')];
}

/**
 * The foreign key attributes associations add to a model, with Sequelize's default names when no
 * `foreignKey` is given: belongsTo puts `<as or Target>Id` on its source, hasOne/hasMany put
 * `<Source>Id` on the target (camelised: `User` -> `UserId`, `author` -> `authorId`).
 */
export function foreignKeysOn(fact: ModelFact, schema: SequelizeSchema): string[] {
  const keys: string[] = [];
  for (const association of schema.associationsOf(fact)) {
    if (association.kind !== 'belongs-to') continue;
    if (association.foreignKey) keys.push(association.foreignKey);
    else keys.push(...singulars(association.alias ?? schema.resolve(association.target)?.name ?? association.target).map((name) => `${name}Id`));
  }
  for (const { source, association } of schema.keyedTo(fact)) {
    if (association.foreignKey) keys.push(association.foreignKey);
    else keys.push(...singulars(source.name).map((name) => `${name}Id`));
  }
  return keys;
}

/** A model name and, for a plural one (`define('users')`), the singular Sequelize derives from it. */
function singulars(name: string): string[] {
  if (/ies$/.test(name)) return [name, name.replace(/ies$/, 'y')];
  if (/s$/.test(name) && !/ss$/.test(name)) return [name, name.slice(0, -1)];
  return [name];
}
