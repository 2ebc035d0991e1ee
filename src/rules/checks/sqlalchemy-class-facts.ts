import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { callArguments, dottedName, lastName, lineOf } from '../../source/python/syntax.js';
import { looksLikeSession } from './sqlalchemy-function-reader.js';

/**
 * What the SQLAlchemy schema checks need from one Python file, gathered in the parse worker:
 *
 *   - classes that are not mapped by nature: Pydantic models, SQLModel schemas without
 *     `table=True`, plain `@dataclass`es (with their bases, to follow inheritance across files);
 *   - the classes passed to `select(...)`, `session.query(...)` and `session.get(...)`;
 *   - model columns declared with the generic `sqlalchemy.ARRAY` / `sqlalchemy.JSON` types;
 *   - PostgreSQL-only operators called on a model attribute (`Post.tags.contains(...)`,
 *     `User.data.has_key(...)`, `User.data["k"].astext`).
 */
export const PYTHON_CLASSES = 'python-classes';
export const SQLALCHEMY_ENTITY_USES = 'sqlalchemy-entity-uses';
export const SQLALCHEMY_GENERIC_COLUMNS = 'sqlalchemy-generic-columns';
export const SQLALCHEMY_COLUMN_OPERATORS = 'sqlalchemy-column-operators';

export interface ClassFact {
  name: string;
  line: number;
  /** Superclasses as written, keyword arguments left out. */
  bases: string[];
  /** What the class itself says it is. */
  kind?: 'pydantic' | 'sqlmodel-schema' | 'dataclass';
  /** `table=True`, `__tablename__`, `__table__`, a Column/mapped_column/relationship, or a mapping decorator. */
  mapped?: true;
}

export interface EntityUseFact {
  name: string;
  line: number;
  call: 'select' | 'query' | 'get';
  /** The callee as written: `select`, `sa.select`, `db.query`, `session.get`. */
  callee: string;
}

export interface GenericColumnFact {
  model: string;
  attribute: string;
  type: 'ARRAY' | 'JSON';
  line: number;
}

export interface ColumnOperatorFact {
  model: string;
  attribute: string;
  operator: string;
  line: number;
}

const MAPPED_BODY = /\b(__tablename__|__table__|mapped_column\s*\(|Column\s*\(|relationship\s*\(|Relationship\s*\()/;
export const ARRAY_OPERATORS = new Set(['contains', 'contained_by', 'overlap']);
export const JSON_OPERATORS = new Set(['has_key', 'has_all', 'has_any', 'contained_by', 'path_exists', 'path_match', 'delete_path', 'astext']);
const OPERATOR_USE = /\.\s*(contains|contained_by|overlap|has_key|has_all|has_any|path_exists|path_match|delete_path|astext)\b/g;

/** Fills the four `checkFacts` keys above for a Python file. */
export function addSqlAlchemyClassFacts(context: ExtractContext): void {
  if (context.grammar !== 'python') return;
  const imports = importedNames(context.facts.imports);
  const classes = context.root.descendantsOfType('class_definition');
  // Empty keys are left out: every warm run loads these facts for every file from the cache.
  const keep = (key: string, facts: unknown[]) => {
    if (facts.length > 0) context.facts.checkFacts[key] = facts;
  };
  keep(PYTHON_CLASSES, classes.map((node) => readClass(node, imports)).filter((fact): fact is ClassFact => fact !== undefined));
  keep(SQLALCHEMY_ENTITY_USES, entityUses(context, imports));
  if (/\b(ARRAY|JSON)\b/.test(context.text)) keep(SQLALCHEMY_GENERIC_COLUMNS, genericColumns(classes, imports));
  keep(SQLALCHEMY_COLUMN_OPERATORS, columnOperators(context));
}

/** Local name -> [module, original name] (`from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY` -> PG_ARRAY: [..., ARRAY]). */
type ImportedNames = Map<string, { module: string; name?: string }>;

function importedNames(imports: ExtractContext['facts']['imports']): ImportedNames {
  const map: ImportedNames = new Map();
  for (const fact of imports) {
    if (fact.kind !== 'python') continue;
    if (fact.names.length === 0) for (const local of fact.locals) map.set(local, { module: fact.specifier });
    else fact.locals.forEach((local, index) => map.set(local, { module: fact.specifier, name: fact.names[index] ?? local }));
  }
  return map;
}

const fromModule = (imports: ImportedNames, local: string, pattern: RegExp): boolean => {
  const found = imports.get(local);
  return found !== undefined && pattern.test(found.module);
};

function readClass(node: SyntaxNode, imports: ImportedNames): ClassFact | undefined {
  const name = node.childForFieldName('name')?.text;
  if (!name) return undefined;
  const superclasses = node.childForFieldName('superclasses');
  const bases: string[] = [];
  let table = false;
  for (const base of superclasses ? superclasses.namedChildren : []) {
    if (base.type === 'keyword_argument') {
      if (base.childForFieldName('name')?.text === 'table' && base.childForFieldName('value')?.text === 'True') table = true;
      continue;
    }
    const dotted = dottedName(base);
    if (dotted) bases.push(dotted);
  }
  const decorators = node.parent?.type === 'decorated_definition' ? node.parent.namedChildren.filter((child) => child.type === 'decorator') : [];
  const decoratorNames = decorators.map((decorator) => {
    const expression = decorator.namedChildren[0];
    return dottedName(expression?.type === 'call' ? expression.childForFieldName('function') : expression) ?? '';
  });
  const fact: ClassFact = { name, line: lineOf(node), bases };
  const body = node.childForFieldName('body')?.text ?? '';
  if (table || MAPPED_BODY.test(body) || decoratorNames.some((decorator) => /mapped|registry/i.test(decorator))) fact.mapped = true;
  if (bases.some((base) => base === 'pydantic.BaseModel' || (base === 'BaseModel' && fromModule(imports, 'BaseModel', /^pydantic(\.|$)/)))) fact.kind = 'pydantic';
  else if (bases.some((base) => base === 'sqlmodel.SQLModel' || (base === 'SQLModel' && fromModule(imports, 'SQLModel', /^sqlmodel$/)))) fact.kind = 'sqlmodel-schema';
  else if (decoratorNames.some((decorator) => decorator === 'dataclass' || decorator === 'dataclasses.dataclass')) fact.kind = 'dataclass';
  // Only classes that can take part in the question are worth keeping.
  return fact.kind || fact.mapped || bases.length > 0 ? fact : undefined;
}

function isSelectCallee(callee: string, imports: ImportedNames): boolean {
  if (callee === 'select') return fromModule(imports, 'select', /^(sqlalchemy|sqlmodel)(\.|$)/);
  const [root, last, extra] = callee.split('.');
  return last === 'select' && extra === undefined && root !== undefined && fromModule(imports, root, /^(sqlalchemy|sqlmodel)$/);
}

/** Calls of `select`, `.query` and `.get`, found in the text and confirmed on the tree (no walk over every call). */
function entityUses(context: ExtractContext, imports: ImportedNames): EntityUseFact[] {
  const uses: EntityUseFact[] = [];
  for (const match of context.text.matchAll(/\b(select|query|get)\s*\(/g)) {
    const method = match[1] as EntityUseFact['call'];
    const identifier = context.root.descendantForIndex(match.index);
    if (identifier?.type !== 'identifier') continue;
    const callee = identifier.parent?.type === 'attribute' ? identifier.parent : identifier;
    const call = callee.parent;
    if (call?.type !== 'call' || call.childForFieldName('function')?.startIndex !== callee.startIndex || callee.endIndex !== identifier.endIndex) continue;
    const calleeText = dottedName(callee);
    const args = callArguments(call).positional;
    let names: SyntaxNode[] = [];
    if (method === 'select' && calleeText && isSelectCallee(calleeText, imports)) names = args;
    else if (method !== 'select' && callee.type === 'attribute') {
      const receiver = dottedName(callee.childForFieldName('object'));
      if (!receiver || !looksLikeSession(receiver)) continue;
      names = method === 'query' ? args : args.length >= 2 ? [args[0]!] : [];
    }
    for (const argument of names) {
      const name = dottedName(argument);
      if (name && /^[A-Z]/.test(name.split('.').pop()!)) uses.push({ name, line: lineOf(call), call: method, callee: calleeText ?? method });
    }
  }
  return uses;
}

// ---------------------------------------------------------------------------------------------
// Generic ARRAY / JSON columns

function genericColumns(classes: readonly SyntaxNode[], imports: ImportedNames): GenericColumnFact[] {
  const columns: GenericColumnFact[] = [];
  for (const node of classes) {
    const model = node.childForFieldName('name')?.text;
    const body = node.childForFieldName('body');
    if (!model || !body) continue;
    for (const statement of body.namedChildren) {
      const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
      if (assignment?.type !== 'assignment') continue;
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type !== 'identifier' || right?.type !== 'call') continue;
      const type = columnType(right, imports);
      if (type) columns.push({ model, attribute: left.text, type, line: lineOf(assignment) });
    }
  }
  return columns;
}

/** The generic ARRAY/JSON type a Column/mapped_column/Field declares, looking through `Mutable*.as_mutable(...)` and `sa_column=`. */
function columnType(call: SyntaxNode, imports: ImportedNames): 'ARRAY' | 'JSON' | undefined {
  const callee = lastName(call);
  if (callee !== 'Column' && callee !== 'mapped_column' && callee !== 'Field') return undefined;
  const args = callArguments(call);
  const candidates = callee === 'Field' ? [args.keywords.get('sa_type'), args.keywords.get('sa_column')] : args.positional;
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (candidate.type === 'call' && lastName(candidate) === 'Column') return columnType(candidate, imports);
    const type = genericType(candidate, imports);
    if (type) return type;
  }
  return undefined;
}

function genericType(node: SyntaxNode, imports: ImportedNames): 'ARRAY' | 'JSON' | undefined {
  let expression = node;
  if (expression.type === 'call' && lastName(expression) === 'as_mutable') {
    const inner = callArguments(expression).positional[0];
    if (!inner) return undefined;
    expression = inner;
  }
  const typeNode = expression.type === 'call' ? expression.childForFieldName('function') : expression;
  const written = dottedName(typeNode);
  if (!written) return undefined;
  const parts = written.split('.');
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) {
    const imported = imports.get(last);
    const original = imported?.name ?? last;
    if (!imported || (original !== 'ARRAY' && original !== 'JSON')) return undefined;
    return /^(sqlalchemy|sqlalchemy\.types|sqlalchemy\.sql\.sqltypes|sqlmodel)$/.test(imported.module) ? original : undefined;
  }
  if (last !== 'ARRAY' && last !== 'JSON') return undefined;
  if (parts.some((part) => /postgres|dialects|^pg$|mysql|sqlite|oracle|mssql/i.test(part))) return undefined;
  const root = parts[0]!;
  // `sa.ARRAY`, `sqlalchemy.types.JSON`; Flask-SQLAlchemy's `db.ARRAY` is the generic type too.
  if (fromModule(imports, root, /^(sqlalchemy|sqlalchemy\.types|sqlmodel)$/) || root === 'db') return last;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Operator uses

function columnOperators(context: ExtractContext): ColumnOperatorFact[] {
  const { root, text } = context;
  const uses: ColumnOperatorFact[] = [];
  for (const match of text.matchAll(OPERATOR_USE)) {
    const operator = match[1]!;
    const at = match.index + match[0].length - operator.length;
    const identifier = root.descendantForIndex(at);
    const attribute = identifier?.parent;
    if (identifier?.type !== 'identifier' || attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.startIndex !== identifier.startIndex) continue;
    let column = attribute.childForFieldName('object');
    if (operator === 'astext') {
      // `User.data["key"].astext`
      if (column?.type !== 'subscript') continue;
      column = column.childForFieldName('value');
    } else if (attribute.parent?.type !== 'call') continue;
    if (column?.type !== 'attribute') continue;
    const model = dottedName(column.childForFieldName('object'));
    const name = column.childForFieldName('attribute')?.text;
    if (!model || !name || !/^[A-Z]/.test(model.split('.').pop()!)) continue;
    uses.push({ model, attribute: name, operator, line: lineOf(attribute) });
  }
  return uses;
}
