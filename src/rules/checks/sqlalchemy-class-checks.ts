import type { SourceModel } from '../../source/model.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import {
  ARRAY_OPERATORS,
  JSON_OPERATORS,
  PYTHON_CLASSES,
  SQLALCHEMY_COLUMN_OPERATORS,
  SQLALCHEMY_ENTITY_USES,
  SQLALCHEMY_GENERIC_COLUMNS,
  type ClassFact,
  type ColumnOperatorFact,
  type EntityUseFact,
  type GenericColumnFact,
} from './sqlalchemy-class-facts.js';
import { modelIndex, resolveName } from './sqlalchemy-names.js';

function factsOf<T>(model: SourceModel, file: string, key: string): T[] {
  return (model.files.get(file)?.checkFacts[key] ?? []) as T[];
}

const KIND_NAMES: Record<NonNullable<ClassFact['kind']>, string> = {
  pydantic: 'a Pydantic model',
  'sqlmodel-schema': 'a SQLModel class without `table=True`',
  dataclass: 'a plain dataclass',
};

/**
 * What a class is, following its bases through the project: a Pydantic model (directly or through
 * other Pydantic classes), a SQLModel schema, a plain dataclass; undefined when it is mapped or
 * anything else this code cannot tell.
 */
class ClassIndex {
  private readonly memo = new Map<string, ClassFact['kind'] | null>();

  constructor(private readonly model: SourceModel) {}

  private classIn(file: string, name: string): ClassFact | undefined {
    return factsOf<ClassFact>(this.model, file, PYTHON_CLASSES).find((fact) => fact.name === name);
  }

  resolve(file: string, written: string): { file: string; fact: ClassFact } | undefined {
    const found = resolveName(this.model, file, written, (candidate, name) => this.classIn(candidate, name) !== undefined);
    const fact = found ? this.classIn(found.file, found.name) : undefined;
    return found && fact ? { file: found.file, fact } : undefined;
  }

  unmappedKind(file: string, fact: ClassFact, depth = 0): ClassFact['kind'] {
    const key = `${file}:${fact.line}`;
    if (this.memo.has(key)) return this.memo.get(key) ?? undefined;
    this.memo.set(key, null);
    let kind: ClassFact['kind'];
    const mappedHere = fact.mapped === true || this.model.files.get(file)?.models.some((model) => model.name === fact.name);
    if (!mappedHere) {
      if (fact.kind === 'pydantic' || fact.kind === 'sqlmodel-schema') kind = fact.kind;
      else if (fact.kind === 'dataclass') kind = fact.bases.length === 0 ? 'dataclass' : undefined;
      else if (depth < 6 && fact.bases.length > 0) {
        // A subclass of a Pydantic model or a SQLModel schema is one too (a subclass of a dataclass may be mapped).
        const inherited = fact.bases.map((base) => {
          const resolved = this.resolve(file, base);
          return resolved ? this.unmappedKind(resolved.file, resolved.fact, depth + 1) : undefined;
        });
        const schema = inherited.find((candidate) => candidate === 'pydantic' || candidate === 'sqlmodel-schema');
        kind = schema && inherited.every((candidate) => candidate !== undefined) ? schema : undefined;
      }
    }
    this.memo.set(key, kind ?? null);
    return kind;
  }
}

/**
 * `select(X)`, `session.query(X)` or `session.get(X, id)` where X is a Pydantic model, a SQLModel
 * schema or a plain dataclass: SQLAlchemy raises ArgumentError / UnmappedClassError on every call.
 * The usual cause is importing the API schema instead of the model of the same name.
 */
export const sqlalchemyUnmappedEntity: SemanticCheck = {
  name: 'sqlalchemy-unmapped-entity',
  run(model, _project, _params, context) {
    const classes = new ClassIndex(model);
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const use of factsOf<EntityUseFact>(model, file, SQLALCHEMY_ENTITY_USES)) {
        const found = classes.resolve(file, use.name);
        if (!found) continue;
        const kind = classes.unmappedKind(found.file, found.fact);
        if (!kind) continue;
        const call = `${use.callee}(${use.name}${use.call === 'get' ? ', ...' : ''})`;
        const defined = found.file === file ? `line ${found.fact.line}` : `${found.file}:${found.fact.line}`;
        findings.push(
          context.finding({
            file,
            line: use.line,
            message: `\`${call}\`: \`${found.fact.name}\` is ${KIND_NAMES[kind]} (${defined}), not a mapped class; SQLAlchemy raises as soon as this runs.`,
          }),
        );
      }
    }
    return findings;
  },
};

/**
 * PostgreSQL operators on a column declared with the generic `sqlalchemy.ARRAY` or
 * `sqlalchemy.JSON`: the generic comparators do not have them (`ARRAY.contains()` raises
 * NotImplementedError, `.overlap`, `.has_key`, `.astext`... raise AttributeError).
 */
export const sqlalchemyGenericTypeOperator: SemanticCheck = {
  name: 'sqlalchemy-generic-type-operator',
  run(model, _project, _params, context) {
    const models = modelIndex(model, context.files);
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const use of factsOf<ColumnOperatorFact>(model, file, SQLALCHEMY_COLUMN_OPERATORS)) {
        const resolved = models.resolve(file, use.model);
        if (!resolved) continue;
        const column = factsOf<GenericColumnFact>(model, resolved.file, SQLALCHEMY_GENERIC_COLUMNS).find(
          (candidate) => candidate.model === resolved.model.name && candidate.attribute === use.attribute,
        );
        if (!column) continue;
        const operators = column.type === 'ARRAY' ? ARRAY_OPERATORS : JSON_OPERATORS;
        if (!operators.has(use.operator)) continue;
        const dialect = column.type === 'ARRAY' ? 'postgresql.ARRAY' : use.operator === 'astext' ? 'postgresql.JSON` or `JSONB' : 'postgresql.JSONB';
        const written = use.operator === 'astext' ? `${use.model}.${use.attribute}[...].astext` : `${use.model}.${use.attribute}.${use.operator}()`;
        const declared = resolved.file === file ? `line ${column.line}` : `${resolved.file}:${column.line}`;
        findings.push(
          context.finding({
            file,
            line: use.line,
            message: `\`${written}\` needs \`${dialect}\`, but \`${resolved.model.name}.${use.attribute}\` is declared with the generic \`sqlalchemy.${column.type}\` (${declared}), which does not implement it.`,
          }),
        );
      }
    }
    return findings;
  },
};
