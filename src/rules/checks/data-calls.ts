import type { SourceModel } from '../../source/model.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { DATA_CALLS, DATA_HANDLES, DATA_LOOPS, type DataCallFact, type DataHandleFact, type DataLoopFact } from './data-call-facts.js';
import { sequelizeSchema, type SequelizeSchema } from './sequelize-schema.js';

/**
 * Which recorded calls are database calls that return a promise, decided from what their receiver
 * is rather than from method names alone: a Sequelize model (joined across files), a Prisma client,
 * a `pg` pool or client, a `mysql2/promise` pool or connection, created in the file or in the
 * project file the receiver is imported from.
 */
type Library = 'sequelize' | 'prisma' | 'pg' | 'mysql2' | 'mongoose';

const SEQUELIZE_METHODS = new Set([
  'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'create', 'bulkCreate', 'update', 'destroy', 'upsert',
  'count', 'increment', 'decrement', 'max', 'min', 'sum',
]);
const PRISMA_DELEGATE_METHODS = new Set([
  'findMany', 'findUnique', 'findFirst', 'findUniqueOrThrow', 'findFirstOrThrow', 'create', 'createMany', 'update', 'updateMany',
  'delete', 'deleteMany', 'upsert', 'count', 'aggregate', 'groupBy',
]);
const MONGOOSE_METHODS = new Set([
  'find', 'findOne', 'findById', 'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete', 'countDocuments',
  'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'exists', 'create', 'insertMany', 'aggregate',
]);
const PRISMA_CLIENT_METHODS = new Set(['$queryRaw', '$executeRaw', '$queryRawUnsafe', '$executeRawUnsafe', '$transaction']);

interface Classifier {
  libraryOf(file: string, call: DataCallFact): Library | undefined;
}

function classifier(model: SourceModel, files: readonly string[]): Classifier {
  const schema: SequelizeSchema = sequelizeSchema(model, files);
  const handlesOf = (file: string) => (model.files.get(file)?.checkFacts[DATA_HANDLES] ?? []) as DataHandleFact[];
  const projectUsesPrisma = files.some((file) => model.files.get(file)?.imports.some((fact) => fact.specifier === '@prisma/client' && !fact.typeOnly));

  /** The kind of handle a local name is: created in the file, or imported from a project file that creates one. */
  const handleKind = (file: string, name: string): DataHandleFact['kind'] | undefined => {
    const own = handlesOf(file).find((handle) => handle.name === name);
    if (own) return own.kind;
    for (const edge of model.graph.edgesFrom(file)) {
      if (!edge.to || edge.typeOnly || !edge.locals.includes(name)) continue;
      const kinds = new Set(handlesOf(edge.to).map((handle) => handle.kind));
      // A module creating one kind of handle exports it, or wrappers around it (`db.query = (...) => pool.query(...)`).
      if (kinds.size === 1) return [...kinds][0];
    }
    return undefined;
  };

  return {
    libraryOf(file, call) {
      const segments = call.receiver.split('.');
      const root = segments[0]!;
      if (SEQUELIZE_METHODS.has(call.method) && segments.length <= 3 && /^[A-Z]/.test(segments[segments.length - 1]!) && schema.resolve(segments[segments.length - 1])) return 'sequelize';
      const rootKind = handleKind(file, root);
      const prismaRoot = rootKind === 'prisma' || (root === 'prisma' && projectUsesPrisma);
      if (prismaRoot && ((segments.length === 2 && PRISMA_DELEGATE_METHODS.has(call.method)) || (segments.length === 1 && PRISMA_CLIENT_METHODS.has(call.method)))) return 'prisma';
      if (rootKind === 'mongoose-model' && segments.length === 1 && MONGOOSE_METHODS.has(call.method) && !call.callback) return 'mongoose';
      if (segments.length === 1 && !call.callback) {
        if (rootKind === 'pg' && call.method === 'query') return 'pg';
        if (rootKind === 'mysql2-promise' && (call.method === 'query' || call.method === 'execute')) return 'mysql2';
      }
      return undefined;
    },
  };
}

function callsOf(model: SourceModel, file: string): DataCallFact[] {
  return (model.files.get(file)?.checkFacts[DATA_CALLS] ?? []) as DataCallFact[];
}

const USE: Record<NonNullable<DataCallFact['misuse']>['kind'], string> = {
  property: 'reads a property of it',
  spread: 'spreads it',
  response: 'sends it as the response',
  condition: 'tests it as a condition (a promise is always truthy)',
  iteration: 'iterates over it',
  destructure: 'destructures it',
};

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
      for (const call of callsOf(model, file)) {
        const misuse = call.misuse;
        if (call.awaited || !misuse) continue;
        const library = classify.libraryOf(file, call);
        if (!library) continue;
        // Chains build the query: Prisma's fluent API (`findUnique(...).posts()`), Mongoose's `.lean()`, `.populate()`, `.exec()`.
        if ((library === 'prisma' || library === 'mongoose') && misuse.kind === 'property' && misuse.called) continue;
        const what = misuse.kind === 'property' ? `reads \`.${misuse.property}\` of it` : USE[misuse.kind];
        const through = misuse.variable ? ` through \`${misuse.variable}\` on line ${misuse.line}` : '';
        findings.push(
          context.finding({
            file,
            line: call.line,
            message: `\`${call.receiver}.${call.method}()\` returns a promise (${library}), but the code ${what}${through} without \`await\`.`,
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
      const byLine = new Map<number, DataCallFact[]>();
      for (const call of callsOf(model, file)) byLine.set(call.line, [...(byLine.get(call.line) ?? []), call]);
      const isQuery = (line: number) => (byLine.get(line) ?? []).some((call) => classify.libraryOf(file, call) !== undefined);
      const seen = new Set<number>();
      for (const loop of (model.files.get(file)?.checkFacts[DATA_LOOPS] ?? []) as DataLoopFact[]) {
        if (seen.has(loop.line) || !isQuery(loop.sourceLine)) continue;
        const inner = loop.innerLines.find(isQuery);
        if (inner === undefined) continue;
        seen.add(loop.line);
        const call = byLine.get(inner)!.find((candidate) => classify.libraryOf(file, candidate))!;
        findings.push(
          context.finding({
            file,
            line: loop.line,
            message: `This loop runs \`${call.receiver}.${call.method}()\` (line ${inner}) once per row of the query on line ${loop.sourceLine}: one round trip per row (N+1 queries).`,
          }),
        );
      }
    }
    return findings;
  },
};
