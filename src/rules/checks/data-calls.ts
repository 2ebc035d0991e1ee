import type { SourceModel } from '../../source/model.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { DATA_CALLS, DATA_HANDLES, DATA_LOOPS, type DataCallFact, type DataHandleFact, type DataLoopFact, type HandleKind, type Misuse } from './data-call-facts.js';
import { sequelizeSchema, type SequelizeSchema } from './sequelize-schema.js';

/**
 * Which recorded call chains are database calls that return a promise, decided from what their
 * receiver is rather than from method names alone: a Sequelize model (joined across files), a
 * Prisma client, a `pg` pool or client, a `mysql2/promise` pool or connection, a Mongoose model, a
 * TypeORM data source, entity manager or repository, a knex or Kysely instance, created in the
 * file, typed as one, made from another handle (`pool.connect()`, `getRepository(User)`, a
 * transaction callback's parameter), or imported from the project file that does one of these.
 */
export type Library = 'sequelize' | 'prisma' | 'pg' | 'mysql2' | 'mongoose' | 'typeorm' | 'knex' | 'kysely';

export interface DataCall {
  library: Library;
  /**
   * Index in `[method, ...chain]` of the call whose result is the promise. Plain promises
   * (Sequelize, drivers, TypeORM repositories) end there, so any method called on them is a
   * misuse; builders (knex, Kysely, Mongoose queries, Prisma's fluent API) end the chain.
   */
  promiseAt: number;
  /** Builders are used through variables on purpose (`query.where(...)` before `await query`). */
  builder: boolean;
}

const SEQUELIZE_METHODS = new Set([
  'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'create', 'bulkCreate', 'update', 'destroy', 'upsert',
  'count', 'increment', 'decrement', 'max', 'min', 'sum',
]);
const PRISMA_DELEGATE_METHODS = new Set([
  'findMany', 'findUnique', 'findFirst', 'findUniqueOrThrow', 'findFirstOrThrow', 'create', 'createMany', 'update', 'updateMany',
  'delete', 'deleteMany', 'upsert', 'count', 'aggregate', 'groupBy',
]);
const PRISMA_CLIENT_METHODS = new Set(['$queryRaw', '$executeRaw', '$queryRawUnsafe', '$executeRawUnsafe', '$transaction']);
const MONGOOSE_METHODS = new Set([
  'find', 'findOne', 'findById', 'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete', 'countDocuments',
  'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'exists', 'create', 'insertMany', 'aggregate',
]);
/** Query methods that hand back something other than a thenable query. */
const MONGOOSE_NOT_PROMISE = new Set(['cursor', 'stream', 'watch', 'getFilter', 'getQuery', 'getOptions']);
/** TypeORM repository and entity manager methods that return promises (`create` and `merge` do not). */
const TYPEORM_METHODS = new Set([
  'find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy', 'findByIds',
  'save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'softRemove', 'restore', 'recover', 'count', 'countBy',
  'exist', 'exists', 'existsBy', 'sum', 'average', 'minimum', 'maximum', 'increment', 'decrement', 'query', 'clear', 'preload',
]);
const TYPEORM_REPOSITORY_GETTERS = new Set(['getRepository', 'getTreeRepository', 'getMongoRepository']);
const TYPEORM_BUILDER_ENDS = new Set(['getMany', 'getOne', 'getOneOrFail', 'getRawMany', 'getRawOne', 'getCount', 'getManyAndCount', 'getExists', 'execute', 'stream']);
/** Knex builder methods that give SQL text, a stream or a callback instead of a thenable. */
const KNEX_NOT_PROMISE = new Set(['toString', 'toSQL', 'toQuery', 'stream', 'pipe', 'asCallback', 'fn', 'ref', 'client']);
const KYSELY_ENDS = new Set(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow']);
const ARRAY_METHODS = new Set(['map', 'forEach', 'filter', 'reduce', 'some', 'every', 'includes', 'join', 'flatMap', 'find', 'findIndex', 'indexOf', 'at', 'slice', 'sort', 'push', 'entries', 'keys', 'values']);
/** Sequelize 4 returned Bluebird promises, which have these: `findOrCreate(...).spread(...)` was how it was written then. */
const BLUEBIRD_METHODS = new Set(['spread', 'tap', 'map', 'each', 'reduce', 'filter', 'mapSeries', 'asCallback', 'nodeify', 'thenReturn', 'return', 'delay', 'timeout', 'done', 'get', 'all']);

/** What a handle made from another one holds: `pool.connect()` of a pg pool is a pg client... */
const DERIVED: Record<string, Partial<Record<HandleKind, HandleKind>>> = {
  connect: { pg: 'pg' },
  getConnection: { 'mysql2-promise': 'mysql2-promise' },
  promise: { 'mysql2-callback': 'mysql2-promise' },
  getRepository: { 'typeorm-datasource': 'typeorm-repository', 'typeorm-manager': 'typeorm-repository' },
  getTreeRepository: { 'typeorm-datasource': 'typeorm-repository', 'typeorm-manager': 'typeorm-repository' },
  getMongoRepository: { 'typeorm-datasource': 'typeorm-repository', 'typeorm-manager': 'typeorm-repository' },
  manager: { 'typeorm-datasource': 'typeorm-manager' },
  transaction: { knex: 'knex', prisma: 'prisma', kysely: 'kysely', 'typeorm-datasource': 'typeorm-manager', 'typeorm-manager': 'typeorm-manager' },
  $extends: { prisma: 'prisma' },
};

export interface Classifier {
  classify(file: string, call: DataCallFact): DataCall | undefined;
}

const classifiers = new WeakMap<SourceModel, Map<string, Classifier>>();

/**
 * One classifier per model and file list: missing-await, query-in-loop and the Hono check of one
 * run share it, with what it has resolved so far.
 */
export function classifier(model: SourceModel, files: readonly string[]): Classifier {
  const byFiles = classifiers.get(model) ?? new Map<string, Classifier>();
  classifiers.set(model, byFiles);
  const key = files.join('\n');
  let shared = byFiles.get(key);
  if (!shared) byFiles.set(key, (shared = newClassifier(model, files)));
  return shared;
}

function newClassifier(model: SourceModel, files: readonly string[]): Classifier {
  // Read from every file on first use only: a scoped run whose files hold no candidate call never needs them.
  let schemaOnce: SequelizeSchema | undefined;
  const schema = () => (schemaOnce ??= sequelizeSchema(model, files));
  let prismaOnce: boolean | undefined;
  const projectUsesPrisma = () => (prismaOnce ??= files.some((file) => model.files.get(file)?.imports.some((fact) => fact.specifier === '@prisma/client' && !fact.typeOnly)));
  const handlesOf = (file: string) => (model.files.get(file)?.checkFacts[DATA_HANDLES] ?? []) as DataHandleFact[];
  const kindsMemo = new Map<string, Map<string, HandleKind>>();
  const resolving = new Set<string>();

  /** Every handle of a file with what it resolves to. */
  const kindsIn = (file: string): Map<string, HandleKind> => {
    const known = kindsMemo.get(file);
    if (known) return known;
    if (resolving.has(file)) return new Map();
    resolving.add(file);
    const kinds = new Map<string, HandleKind>();
    for (const handle of handlesOf(file)) {
      // What the module holds and may export: a parameter's handle lives in its function only.
      if (handle.parameter) continue;
      const kind = handleKind(file, handle.name);
      if (kind && !kinds.has(handle.name)) kinds.set(handle.name, kind);
    }
    resolving.delete(file);
    kindsMemo.set(file, kinds);
    return kinds;
  };

  /** The kind of handle a local name is: bound in the file, or imported from a project file that binds one. */
  const handleKind = (file: string, name: string, depth = 0): HandleKind | undefined => {
    if (depth > 4) return undefined;
    for (const handle of handlesOf(file)) {
      if (handle.name !== name) continue;
      if (handle.kind) return handle.kind;
      if (handle.module) {
        const kind = moduleKind(file, handle.module);
        if (kind) return kind;
        continue;
      }
      const base = handle.from && handle.from.name !== name ? handleKind(file, handle.from.name, depth + 1) : undefined;
      const derived = base && handle.from ? (handle.from.method === '' ? base : DERIVED[handle.from.method]?.[base]) : undefined;
      if (derived) return derived;
    }
    for (const edge of model.graph.edgesFrom(file)) {
      const index = edge.locals.indexOf(name);
      if (!edge.to || edge.typeOnly || index < 0) continue;
      const kinds = kindsIn(edge.to);
      const imported = edge.names.length === edge.locals.length ? edge.names[index] : undefined;
      const exact = imported ? kinds.get(imported) : undefined;
      if (exact) return exact;
      // A module making one kind of handle exports it, or wrappers around it (`db.query = (...) => pool.query(...)`).
      const distinct = new Set(kinds.values());
      if (distinct.size === 1) return [...distinct][0];
    }
    return undefined;
  };

  /** The one kind of handle a project module (required by `file` as `specifier`) exports, if it makes only one. */
  const moduleKind = (file: string, specifier: string): HandleKind | undefined => {
    const edge = model.graph.edgesFrom(file).find((candidate) => candidate.specifier === specifier && candidate.to && !candidate.typeOnly);
    const distinct = edge?.to ? new Set(kindsIn(edge.to).values()) : undefined;
    return distinct?.size === 1 ? [...distinct][0] : undefined;
  };

  /** The handle a module imported whole as `local` exports as `member`: `db.knex` of `const db = require('./data/db')`. */
  const memberKind = (file: string, local: string, member: string): HandleKind | undefined => {
    for (const edge of model.graph.edgesFrom(file)) {
      const index = edge.locals.indexOf(local);
      if (!edge.to || edge.typeOnly || index < 0) continue;
      const imported = edge.names.length === edge.locals.length ? edge.names[index] : undefined;
      if (imported !== undefined && imported !== '*' && imported !== 'default') continue;
      const kind = kindsIn(edge.to).get(member);
      if (kind) return kind;
    }
    return undefined;
  };

  return {
    classify(file, call) {
      const segments = call.receiver.split('.');
      const root = segments[0]!;
      const methods = [call.method, ...(call.chain ?? [])];
      const last = methods.length - 1;
      const finalSegment = segments[segments.length - 1]!;
      if (SEQUELIZE_METHODS.has(call.method) && segments.length <= 3 && /^[A-Z]/.test(finalSegment) && schema().resolve(finalSegment)) return { library: 'sequelize', promiseAt: 0, builder: false };
      const single = segments.length === 1;
      // `db.knex.raw(...)`: a method of the handle a module exports as `knex`; `db.knex('posts')`: that handle called itself.
      const member = segments.length === 2 ? segments[1]! : single && call.method !== '' ? call.method : undefined;
      const exported = member ? memberKind(file, root, member) : undefined;
      if (exported && exported !== 'prisma') {
        if (call.callback) return undefined;
        return byKind(exported, [member!], segments.length === 2 ? methods : ['', ...methods.slice(1)]);
      }
      const kind = handleKind(file, root);
      const prismaRoot = kind === 'prisma' || (root === 'prisma' && projectUsesPrisma());
      if (prismaRoot && ((segments.length === 2 && PRISMA_DELEGATE_METHODS.has(call.method)) || (single && PRISMA_CLIENT_METHODS.has(call.method)))) return { library: 'prisma', promiseAt: last, builder: true };
      if (!kind || call.callback) return undefined;
      return byKind(kind, segments, methods);
    },
  };
}

/** A call on a handle of a known kind, from its receiver's segments and the methods called in turn. */
function byKind(kind: HandleKind, segments: string[], methods: string[]): DataCall | undefined {
  const single = segments.length === 1;
  const last = methods.length - 1;
  const method = methods[0]!;
  switch (kind) {
    case 'mongoose-model':
      return single && MONGOOSE_METHODS.has(method) && !methods.some((name) => MONGOOSE_NOT_PROMISE.has(name)) ? { library: 'mongoose', promiseAt: last, builder: true } : undefined;
    case 'pg':
      return single && method === 'query' ? { library: 'pg', promiseAt: 0, builder: false } : undefined;
    case 'mysql2-promise':
      return single && (method === 'query' || method === 'execute') ? { library: 'mysql2', promiseAt: 0, builder: false } : undefined;
    case 'mysql2-callback':
      // `pool.promise().query(...)`.
      return single && method === 'promise' && (methods[1] === 'query' || methods[1] === 'execute') ? { library: 'mysql2', promiseAt: 1, builder: false } : undefined;
    case 'knex': {
      const onHandle = single || (segments.length === 2 && segments[1] === 'schema');
      return onHandle && !methods.some((name) => KNEX_NOT_PROMISE.has(name)) ? { library: 'knex', promiseAt: last, builder: true } : undefined;
    }
    case 'kysely': {
      const end = methods.findIndex((name) => KYSELY_ENDS.has(name));
      return single && end >= 0 ? { library: 'kysely', promiseAt: end, builder: true } : undefined;
    }
    default:
      return typeormCall(kind, segments, methods);
  }
}

/** `repo.find()`, `manager.save(user)`, `dataSource.getRepository(User).findOneBy(...)`, `dataSource.manager.find(...)`, `repo.createQueryBuilder('u')...getMany()`. */
function typeormCall(kind: HandleKind, segments: string[], methods: string[]): DataCall | undefined {
  const builder = (from: number) => {
    const end = methods.findIndex((method, index) => index > from && TYPEORM_BUILDER_ENDS.has(method));
    return methods[from] === 'createQueryBuilder' && end > from ? { library: 'typeorm' as const, promiseAt: end, builder: true } : undefined;
  };
  const plain = (at: number) => (TYPEORM_METHODS.has(methods[at] ?? '') ? { library: 'typeorm' as const, promiseAt: at, builder: false } : undefined);
  if (segments.length === 2 && segments[1] === 'manager' && kind === 'typeorm-datasource') return plain(0) ?? builder(0);
  if (segments.length !== 1) return undefined;
  if (kind === 'typeorm-repository') return plain(0) ?? builder(0);
  // A data source or entity manager: its own methods, or a repository it hands out.
  if (TYPEORM_REPOSITORY_GETTERS.has(methods[0]!)) return plain(1) ?? builder(1);
  return plain(0) ?? builder(0);
}

export function callsOf(model: SourceModel, file: string): DataCallFact[] {
  return (model.files.get(file)?.checkFacts[DATA_CALLS] ?? []) as DataCallFact[];
}

/** How a classified call's promise is misused: a method called on a plain promise, or what the facts saw. */
export function misuseOf(call: DataCallFact, classified: DataCall): Misuse | undefined {
  const methods = [call.method, ...(call.chain ?? [])];
  const next = methods[classified.promiseAt + 1];
  if (next !== undefined) return classified.library === 'sequelize' && BLUEBIRD_METHODS.has(next) ? undefined : { kind: 'property', property: next, called: true, line: call.line };
  if (call.awaited) return undefined;
  return call.misuse;
}

/** A response sent through Hono's context (`c.json(promise)`) in a file using Hono: hono/promise-in-response reports those. */
export function isHonoResponse(model: SourceModel, file: string, misuse: Misuse): boolean {
  return misuse.kind === 'response' && misuse.via?.startsWith('c.') === true && usesHono(model, file);
}

export function usesHono(model: SourceModel, file: string): boolean {
  return model.files.get(file)?.imports.some((fact) => fact.specifier === 'hono' || fact.specifier.startsWith('hono/') || fact.specifier.startsWith('@hono/')) === true;
}

const USE: Record<Misuse['kind'], string> = {
  property: 'reads a property of it',
  spread: 'spreads it',
  response: 'sends it as the response',
  condition: 'tests it as a condition (a promise is always truthy)',
  iteration: 'iterates over it',
  destructure: 'destructures it',
};

export function describeMisuse(misuse: Misuse): string {
  const what = misuse.kind === 'property' ? (misuse.called ? `calls \`.${misuse.property}()\` on it` : `reads \`.${misuse.property}\` of it`) : USE[misuse.kind];
  const through = misuse.variable ? ` through \`${misuse.variable}\` on line ${misuse.line}` : '';
  return `${what}${through}`;
}

/** `User.findAll()`, `db()…first()`, `db.selectFrom()…execute()`: the call as a reader recognises it, up to the promise when known. */
export function callText(call: DataCallFact, classified?: DataCall): string {
  const base = call.method ? `${call.receiver}.${call.method}()` : `${call.receiver}()`;
  const chain = classified ? (call.chain ?? []).slice(0, classified.promiseAt) : (call.chain ?? []);
  const last = chain[chain.length - 1];
  return last ? `${base}…${last}()` : base;
}

/**
 * A database call whose promise is used as if it were the result: a property read, a spread, a
 * response body, a truthiness test. The value is `undefined`, `{}` or always true, silently.
 */
export const nodeDataMissingAwait: SemanticCheck = {
  name: 'node-data-missing-await',
  run(model, _project, _params, context) {
    const classify = classifier(model, context.files);
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      // Other files still tell the classifier what their handles are, when a reported call needs it.
      if (!context.mayReport(file)) continue;
      for (const call of callsOf(model, file)) {
        if (call.awaited && !call.chain) continue;
        const classified = classify.classify(file, call);
        const misuse = classified ? misuseOf(call, classified) : undefined;
        if (!classified || !misuse) continue;
        // Builders are extended through variables (`query.where(...)`), Prisma's fluent API reads
        // relations; an array method (`rows.map(...)`) on one still treats it as the rows, except on
        // Mongoose queries, which have `sort`, `slice`, `map`... of their own.
        if (classified.builder && misuse.kind === 'property' && misuse.called && (classified.library === 'mongoose' || !ARRAY_METHODS.has(misuse.property ?? ''))) continue;
        if (isHonoResponse(model, file, misuse)) continue;
        findings.push(
          context.finding({
            file,
            line: call.line,
            message: `\`${callText(call, classified)}\` returns a promise (${classified.library}), but the code ${describeMisuse(misuse)} without \`await\`.`,
          }),
        );
      }
    }
    return findings;
  },
};

/**
 * N+1 queries: a loop over the rows of one query that awaits another query per row. Each
 * iteration is a round trip; a join, an `include`/`IN (...)` or a batched query does it in one.
 */
export const nodeDataQueryInLoop: SemanticCheck = {
  name: 'node-data-query-in-loop',
  run(model, _project, _params, context) {
    const classify = classifier(model, context.files);
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      const byLine = new Map<number, DataCallFact[]>();
      for (const call of callsOf(model, file)) byLine.set(call.line, [...(byLine.get(call.line) ?? []), call]);
      const queryOn = (line: number) => (byLine.get(line) ?? []).find((call) => classify.classify(file, call) !== undefined);
      const seen = new Set<number>();
      for (const loop of (model.files.get(file)?.checkFacts[DATA_LOOPS] ?? []) as DataLoopFact[]) {
        if (seen.has(loop.line) || !queryOn(loop.sourceLine)) continue;
        const inner = loop.innerLines.find((line) => queryOn(line) !== undefined);
        if (inner === undefined) continue;
        seen.add(loop.line);
        const call = queryOn(inner)!;
        findings.push(
          context.finding({
            file,
            line: loop.line,
            message: `This loop runs \`${callText(call)}\` (line ${inner}) once per row of the query on line ${loop.sourceLine}: one round trip per row (N+1 queries).`,
          }),
        );
      }
    }
    return findings;
  },
};
