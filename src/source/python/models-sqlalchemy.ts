import type { SyntaxNode } from '../syntax-tree.js';
import type { ModelFact } from '../facts.js';
import { importsModule, type ModuleImport } from './module-imports.js';
import { callArguments, calleeName, dottedName, lineOf, stringValue } from './syntax.js';

/**
 * SQLAlchemy declarative models (2.0 `Mapped[...]` / `mapped_column`, 1.x `Column`, Flask-SQLAlchemy
 * `db.Model`) and SQLModel `table=True` classes. A class counts as a model when it has a
 * `__tablename__` or at least one mapped column; the declarative base itself has neither.
 * Django fields never go through Column/mapped_column, so Django models are not picked up here.
 */

type ModelField = ModelFact['fields'][number];
type ModelRelation = ModelFact['relations'][number];

const COLUMN_CALLS = new Set(['Column', 'mapped_column', 'Field']);
const RELATION_CALLS = new Set(['relationship', 'Relationship', 'relation']);

export function extractSqlAlchemyModels(root: SyntaxNode, imports: readonly ModuleImport[]): ModelFact[] {
  // No import gate for SQLAlchemy itself: Flask-SQLAlchemy models import `db` from a local module
  // (`from .extensions import db`). A class needs `__tablename__` or a Column/mapped_column to count.
  const usesSqlModel = importsModule(imports, 'sqlmodel');
  const models: ModelFact[] = [];
  for (const definition of root.descendantsOfType('class_definition')) {
    const name = definition.childForFieldName('name')?.text;
    const body = definition.childForFieldName('body');
    if (!name || !body) continue;
    const superclasses = definition.childForFieldName('superclasses');
    const bases = superclasses ? superclasses.namedChildren : [];
    const sqlModelTable = bases.some((base) => base.type === 'keyword_argument' && base.childForFieldName('name')?.text === 'table' && base.childForFieldName('value')?.text === 'True');
    // `table=True` marks a SQLModel table also when the class derives from a SQLModel base (`class Hero(HeroBase, table=True)`).
    const isSqlModel = usesSqlModel && (sqlModelTable || bases.some((base) => dottedName(base)?.split('.').pop() === 'SQLModel'));
    if (isSqlModel && !sqlModelTable) continue; // SQLModel without table=True is a schema, not a table
    const model = readModel(name, definition, body, isSqlModel);
    if (model) models.push(model);
  }
  return models;
}

function readModel(name: string, definition: SyntaxNode, body: SyntaxNode, isSqlModel: boolean): ModelFact | undefined {
  let table: string | undefined;
  const fields: ModelField[] = [];
  const relations: ModelRelation[] = [];
  for (const statement of body.namedChildren) {
    if (statement.type !== 'expression_statement') continue;
    const assignment = statement.namedChildren[0];
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    if (left?.type !== 'identifier') continue;
    const attribute = left.text;
    const annotation = assignment.childForFieldName('type');
    const value = assignment.childForFieldName('right');
    const line = lineOf(assignment);
    if (attribute === '__tablename__') {
      table = stringValue(value);
      continue;
    }
    if (attribute.startsWith('__') || attribute === 'model_config') continue;
    const callName = value?.type === 'call' ? calleeName(value)?.split('.').pop() : undefined;
    if (value?.type === 'call' && callName && RELATION_CALLS.has(callName)) {
      relations.push(readRelation(attribute, line, value, annotation));
      continue;
    }
    const mapped = annotation ? mappedType(annotation) : undefined;
    if (value?.type === 'call' && callName && COLUMN_CALLS.has(callName)) {
      if (callName === 'Field' && !isSqlModel) continue;
      fields.push(readColumn(attribute, line, value, callName, mapped ?? (isSqlModel ? plainType(annotation) : undefined)));
      continue;
    }
    // `note: Mapped[Optional[str]]` with no value, or a plain annotated SQLModel attribute
    // (SQLModel relationships always carry Relationship(), so a bare annotation is a column).
    if (!value && (mapped || (isSqlModel && annotation))) {
      const type = mapped ?? plainType(annotation);
      if (!type) continue;
      fields.push({ name: attribute, line, type: type.inner, ...(type.optional ? { nullable: true } : {}) });
    }
  }
  if (!table && fields.length === 0) return undefined;
  return { name, line: lineOf(definition), orm: isSqlModel ? 'sqlmodel' : 'sqlalchemy', ...(table ? { table } : {}), fields, relations };
}

interface AnnotatedType {
  /** The type inside `Mapped[...]`, Optional/None stripped. */
  inner: string;
  optional: boolean;
  list: boolean;
}

function mappedType(annotation: SyntaxNode): AnnotatedType | undefined {
  const text = annotation.text.replace(/\s+/g, '');
  const match = /^(?:[\w.]+\.)?Mapped\[(.*)\]$/.exec(text);
  return match ? describeType(match[1]!) : undefined;
}

function plainType(annotation: SyntaxNode | null | undefined): AnnotatedType | undefined {
  return annotation ? describeType(annotation.text.replace(/\s+/g, '')) : undefined;
}

function describeType(text: string): AnnotatedType {
  let inner = text;
  let optional = false;
  const optionalMatch = /^(?:typing\.)?Optional\[(.*)\]$/.exec(inner);
  if (optionalMatch) {
    inner = optionalMatch[1]!;
    optional = true;
  }
  if (/\|None$/.test(inner) || /^None\|/.test(inner)) {
    inner = inner.replace(/\|None$/, '').replace(/^None\|/, '');
    optional = true;
  }
  const listMatch = /^(?:typing\.)?(?:list|List|Set|set|Sequence)\[(.*)\]$/.exec(inner);
  const list = listMatch !== null;
  if (listMatch) inner = listMatch[1]!;
  inner = inner.replace(/^["']|["']$/g, '');
  return { inner, optional, list };
}

function readColumn(name: string, line: number, call: SyntaxNode, callName: string, mapped: AnnotatedType | undefined): ModelField {
  const args = callArguments(call);
  const field: ModelField = { name, line };
  let type = mapped?.inner;
  for (const argument of args.positional) {
    const literal = stringValue(argument);
    if (literal !== undefined) {
      if (callName !== 'Field') field.column = literal;
      continue;
    }
    if (argument.type === 'call' && calleeName(argument)?.split('.').pop() === 'ForeignKey') {
      const target = callArguments(argument).positional[0];
      field.foreignKey = stringValue(target) ?? target?.text;
      continue;
    }
    if (!mapped && type === undefined) type = typeName(argument);
  }
  if (type) field.type = type;
  const foreignKey = args.keywords.get('foreign_key');
  if (foreignKey) field.foreignKey = stringValue(foreignKey) ?? foreignKey.text;
  const primaryKey = args.keywords.get('primary_key')?.text;
  if (primaryKey === 'True') field.primaryKey = true;
  const nullable = args.keywords.get('nullable')?.text;
  if (nullable === 'True' || nullable === 'False') field.nullable = nullable === 'True';
  else if (mapped?.optional) field.nullable = true;
  return field;
}

/** `db.String(255)` -> `String`, `Integer` -> `Integer`. */
function typeName(node: SyntaxNode): string | undefined {
  const expression = node.type === 'call' ? node.childForFieldName('function') : node;
  return dottedName(expression)?.split('.').pop();
}

function readRelation(name: string, line: number, call: SyntaxNode, annotation: SyntaxNode | null | undefined): ModelRelation {
  const args = callArguments(call);
  const mapped = annotation ? (mappedType(annotation) ?? plainType(annotation)) : undefined;
  const targetNode = args.positional[0] ?? args.keywords.get('argument');
  const target = stringValue(targetNode) ?? dottedName(targetNode) ?? mapped?.inner ?? '';
  const secondary = args.keywords.get('secondary') ?? args.keywords.get('link_model');
  const uselist = args.keywords.get('uselist')?.text;
  let kind: ModelRelation['kind'] = 'relationship';
  if (secondary) kind = 'many-to-many';
  else if (uselist === 'False') kind = 'has-one';
  else if (mapped?.list || uselist === 'True') kind = 'has-many';
  const relation: ModelRelation = { name, line, kind, target };
  const alias = args.keywords.get('back_populates') ?? args.keywords.get('backref');
  // `backref=backref("orders", lazy="dynamic")` names the reverse side in its first argument.
  const aliasNode = alias?.type === 'call' ? callArguments(alias).positional[0] : alias;
  if (alias) relation.alias = stringValue(aliasNode) ?? alias.text;
  const lazy = args.keywords.get('lazy') ?? sqlModelLazy(args.keywords);
  if (lazy) relation.lazy = stringValue(lazy) ?? lazy.text;
  const foreignKeys = args.keywords.get('foreign_keys');
  if (foreignKeys) relation.foreignKey = stringValue(foreignKeys) ?? foreignKeys.text;
  if (secondary) relation.through = stringValue(secondary) ?? secondary.text;
  return relation;
}

/**
 * SQLModel passes SQLAlchemy's options through: `Relationship(sa_relationship_kwargs={"lazy": "selectin"})`
 * or `Relationship(sa_relationship=relationship(lazy="joined"))`.
 */
function sqlModelLazy(keywords: Map<string, SyntaxNode>): SyntaxNode | undefined {
  const passed = keywords.get('sa_relationship');
  if (passed?.type === 'call') return callArguments(passed).keywords.get('lazy');
  const options = keywords.get('sa_relationship_kwargs');
  if (options?.type !== 'dictionary') return undefined;
  for (const pair of options.namedChildren) {
    if (pair.type === 'pair' && stringValue(pair.childForFieldName('key')) === 'lazy') return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}
