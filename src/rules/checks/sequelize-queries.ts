import type { ModelFact } from '../../source/facts.js';
import type { SequelizeAssociationFact } from '../../source/node/conventions.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { SEQUELIZE_CLS, SEQUELIZE_TRANSACTION_CALLS, type ClsFact, type IncludeFact, type NameAt, type QueryShape, type TransactionCallFact } from './sequelize-query-facts.js';
import { defaultAliases, foreignKeysOn, sequelizeQueries, sequelizeSchema, type SequelizeSchema } from './sequelize-schema.js';

/**
 * What an `include` entry resolves to, the way Sequelize resolves it at query time
 * (Model.getAssociationForAlias): with `as`, the association of that alias (an association
 * without `as` answers to its default name); without `as`, the one association to the target
 * that has no alias. `problem` says why Sequelize would throw SequelizeEagerLoadingError;
 * `target` is the model the entry loads, when known, for checking its nested parts.
 */
interface ResolvedInclude {
  problem?: string;
  target?: ModelFact;
}

function resolveInclude(parent: ModelFact, entry: IncludeFact, schema: SequelizeSchema): ResolvedInclude | undefined {
  const target = schema.resolve(entry.model);
  if (entry.model !== undefined && !target) return undefined;
  const associations = schema.associationsOf(parent);
  // No association found, or fewer than the model's own relations (decorators, dynamic code): we do not know them all.
  if (associations.length === 0 || parent.relations.length > associations.length) return { ...(target ? { target } : {}) };
  const targetOf = (association: SequelizeAssociationFact) => schema.resolve(association.target);
  const unresolved = associations.some((association) => !targetOf(association));
  const reaches = (association: SequelizeAssociationFact) => (target ? targetOf(association) === target || association.target === entry.model : true);
  // An association whose options this code cannot read may carry any alias: say nothing about that pair.
  if (associations.some((association) => association.aliasUnknown && reaches(association))) return target ? { target } : {};
  const known = associations.map((association) => (association.alias ? `'${association.alias}'` : `${association.target} (no alias)`)).join(', ');

  if (entry.alias !== undefined) {
    const alias = entry.alias.toLowerCase();
    const named = associations.filter((association) =>
      association.alias !== undefined
        ? association.alias === entry.alias
        : defaultAliases(targetOf(association)?.name ?? association.target, association.kind).some((name) => name.toLowerCase() === alias),
    );
    if (named.length === 0) {
      if (unresolved) return { ...(target ? { target } : {}) };
      return { problem: `${parent.name} has no association aliased '${entry.alias}' (its associations: ${known}).`, ...(target ? { target } : {}) };
    }
    const matched = named.find(reaches);
    if (!matched) {
      const other = named[0]!;
      return { problem: `The association '${entry.alias}' of ${parent.name} loads ${other.target}, not ${entry.model}.`, ...(target ? { target } : {}) };
    }
    const loaded = target ?? targetOf(matched);
    return loaded ? { target: loaded } : {};
  }

  const toTarget = associations.filter(reaches);
  if (toTarget.length === 0) {
    if (unresolved) return { target: target! };
    return { problem: `${entry.model} is not associated to ${parent.name} (its associations: ${known}).`, target: target! };
  }
  if (toTarget.every((association) => association.alias !== undefined)) {
    const aliases = toTarget.map((association) => `'${association.alias}'`).join(' or ');
    return { problem: `${entry.model} is associated to ${parent.name} using an alias; the include needs \`as: ${aliases}\`.`, target: target! };
  }
  return { target: target! };
}

/** Walks the includes of a query (depth first), with the model each entry is included from. */
function walkIncludes(parent: ModelFact, includes: readonly IncludeFact[], schema: SequelizeSchema, visit: (parent: ModelFact, entry: IncludeFact, resolved: ResolvedInclude) => void): void {
  for (const entry of includes) {
    const resolved = resolveInclude(parent, entry, schema);
    if (!resolved) continue;
    visit(parent, entry, resolved);
    if (resolved.target && !resolved.problem) walkIncludes(resolved.target, entry.includes, schema, visit);
  }
}

/**
 * `include` entries that match no association between the two models: Sequelize throws
 * SequelizeEagerLoadingError when the query runs. The associations are joined across files.
 */
export const sequelizeIncludeAlias: SemanticCheck = {
  name: 'sequelize-include-alias',
  run(model, _project, _params, context) {
    const queries = sequelizeQueries(model, context.files, (file) => context.mayReport(file));
    if (queries.length === 0) return [];
    const schema = sequelizeSchema(model, context.files);
    const findings: RuleFinding[] = [];
    for (const { file, query } of queries) {
      const source = schema.resolve(query.model);
      if (!source) continue;
      walkIncludes(source, query.includes, schema, (_parent, entry, resolved) => {
        if (resolved.problem) findings.push(context.finding({ file, line: entry.line, message: `${resolved.problem} Sequelize throws SequelizeEagerLoadingError for this include.` }));
      });
    }
    return findings;
  },
};

const TIMESTAMPS = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'created_at', 'updated_at', 'deleted_at'];

/** Attribute names a model answers to: its fields (and their columns), timestamps, association foreign keys. */
function attributesOf(fact: ModelFact, schema: SequelizeSchema): Set<string> {
  const names = new Set<string>();
  for (const field of fact.fields) {
    names.add(field.name);
    if (field.column) names.add(field.column);
  }
  // Sequelize adds `id` only when no attribute is the primary key.
  for (const name of TIMESTAMPS) if (name !== 'id' || !fact.fields.some((field) => field.primaryKey)) names.add(name);
  for (const name of schema.timestampsOf(fact)) names.add(name);
  for (const key of foreignKeysOn(fact, schema)) names.add(key);
  // Names Sequelize does not know reach the SQL as column names: the snake_case columns of
  // `underscored: true` models (`user_id` for `userId`) work there.
  for (const name of [...names]) names.add(snakeCase(name));
  return names;
}

/**
 * `attributes`, `where` keys and `order` columns naming no attribute of the queried (or included)
 * model. The database rejects the unknown column; a name differing only in case (`userId` for the
 * default foreign key `UserId`) fails on PostgreSQL, where quoted identifiers are case-sensitive.
 */
export const sequelizeUnknownAttribute: SemanticCheck = {
  name: 'sequelize-unknown-attribute',
  run(model, _project, _params, context) {
    const queries = sequelizeQueries(model, context.files, (file) => context.mayReport(file));
    if (queries.length === 0) return [];
    const schema = sequelizeSchema(model, context.files);
    const cache = new Map<ModelFact, Set<string>>();
    const known = (fact: ModelFact) => {
      let names = cache.get(fact);
      if (!names) cache.set(fact, (names = attributesOf(fact, schema)));
      return names;
    };
    const findings: RuleFinding[] = [];
    const check = (file: string, fact: ModelFact, shape: QueryShape) => {
      if (fact.fields.length === 0 || schema.isOpen(fact)) return;
      const names = known(fact);
      const report = (entry: NameAt, where: string) => {
        if (names.has(entry.name)) return;
        const sameButCase = [...names].find((name) => name.toLowerCase() === entry.name.toLowerCase());
        const message = sameButCase
          ? `\`${entry.name}\` in ${where} differs in case from the attribute \`${sameButCase}\` of ${fact.name}.`
          : `\`${entry.name}\` in ${where} is not an attribute of ${fact.name}.`;
        findings.push(context.finding({ file, line: entry.line, message }));
      };
      for (const entry of shape.attributes) report(entry, '`attributes`');
      for (const entry of shape.where) report(entry, '`where`');
      for (const entry of shape.order) report(entry, '`order`');
    };
    for (const { file, query } of queries) {
      const source = schema.resolve(query.model);
      if (!source) continue;
      check(file, source, query);
      walkIncludes(source, query.includes, schema, (_parent, entry, resolved) => {
        if (resolved.target && !resolved.problem) check(file, resolved.target, entry);
      });
    }
    return findings;
  },
};

/**
 * Queries run while a transaction is open that do not pass it: without CLS, Sequelize runs them
 * on another pooled connection, outside the transaction.
 */
export const sequelizeTransactionNotPassed: SemanticCheck = {
  name: 'sequelize-transaction-not-passed',
  run(model, _project, _params, context) {
    // The calls of the files a finding may go to first: with none, the other files need no reading.
    const open = context.files.filter((file) => context.mayReport(file)).map((file) => ({ file, calls: (model.files.get(file)?.checkFacts[SEQUELIZE_TRANSACTION_CALLS] ?? []) as TransactionCallFact[] }));
    if (!open.some(({ calls }) => calls.length > 0)) return [];
    if (context.files.some((file) => ((model.files.get(file)?.checkFacts[SEQUELIZE_CLS] ?? []) as ClsFact[]).length > 0)) return [];
    const schema = sequelizeSchema(model, context.files);
    const findings: RuleFinding[] = [];
    for (const { file, calls } of open) {
      const seen = new Set<number>();
      for (const call of calls) {
        if (call.passesTransaction || seen.has(call.line)) continue;
        const onModel = call.method !== 'query' && schema.resolve(call.receiver) !== undefined;
        const rawQuery = call.method === 'query' && call.receiver === call.transactionOwner;
        if (!onModel && !rawQuery) continue;
        seen.add(call.line);
        findings.push(
          context.finding({
            file,
            line: call.line,
            message: `\`${call.receiver}.${call.method}()\` runs while a transaction is open but does not pass \`{ transaction }\`: it runs outside the transaction, on another connection.`,
          }),
        );
      }
    }
    return findings;
  },
};

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
