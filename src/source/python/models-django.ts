import type { SyntaxNode } from '../syntax-tree.js';
import type { ModelFact } from '../facts.js';
import { importsModule, type ModuleImport } from './module-imports.js';
import { callArguments, calleeName, dottedName, lineOf, stringValue } from './syntax.js';

/**
 * Django models: classes deriving from `models.Model` (or from another model of the same file).
 * Only declared fields are listed; the implicit `id` is not. ForeignKey and OneToOneField are both
 * a relation and a column (`<name>_id`); ManyToManyField is a relation only.
 */

type ModelRelation = ModelFact['relations'][number];

const RELATION_KINDS: Record<string, ModelRelation['kind']> = {
  ForeignKey: 'foreign-key',
  OneToOneField: 'one-to-one',
  ManyToManyField: 'many-to-many',
};

export function extractDjangoModels(root: SyntaxNode, imports: readonly ModuleImport[]): ModelFact[] {
  if (!importsModule(imports, 'django.db')) return [];
  const modelNames = new Set<string>();
  const models: ModelFact[] = [];
  for (const definition of root.descendantsOfType('class_definition')) {
    const name = definition.childForFieldName('name')?.text;
    const body = definition.childForFieldName('body');
    const superclasses = definition.childForFieldName('superclasses');
    if (!name || !body || !superclasses) continue;
    const bases = superclasses.namedChildren.map((base) => dottedName(base) ?? '');
    const isModel = bases.some((base) => base === 'models.Model' || base === 'Model' || base.endsWith('.models.Model') || modelNames.has(base));
    if (!isModel) continue;
    modelNames.add(name);
    models.push(readModel(name, definition, body));
  }
  return models;
}

function readModel(name: string, definition: SyntaxNode, body: SyntaxNode): ModelFact {
  const model: ModelFact = { name, line: lineOf(definition), orm: 'django', fields: [], relations: [] };
  for (const statement of body.namedChildren) {
    if (statement.type === 'class_definition' && statement.childForFieldName('name')?.text === 'Meta') {
      const table = metaTable(statement);
      if (table) model.table = table;
      continue;
    }
    if (statement.type !== 'expression_statement') continue;
    const assignment = statement.namedChildren[0];
    const left = assignment?.childForFieldName('left');
    const value = assignment?.childForFieldName('right');
    if (!assignment || left?.type !== 'identifier' || value?.type !== 'call') continue;
    const fieldType = calleeName(value)?.split('.').pop();
    if (!fieldType || !/(Field|ForeignKey)$/.test(fieldType)) continue;
    const line = lineOf(assignment);
    const args = callArguments(value);
    const relationKind = RELATION_KINDS[fieldType];
    if (relationKind) {
      const targetNode = args.keywords.get('to') ?? args.positional[0];
      const target = stringValue(targetNode) ?? dottedName(targetNode) ?? targetNode?.text ?? '';
      const relation: ModelRelation = { name: left.text, line, kind: relationKind, target };
      const relatedName = stringValue(args.keywords.get('related_name'));
      if (relatedName) relation.alias = relatedName;
      const through = args.keywords.get('through');
      if (through) relation.through = stringValue(through) ?? through.text;
      model.relations.push(relation);
      if (relationKind === 'many-to-many') continue;
      const column = stringValue(args.keywords.get('db_column')) ?? `${left.text}_id`;
      model.fields.push({ name: left.text, line, type: fieldType, column, foreignKey: target, ...flags(args.keywords) });
      continue;
    }
    const column = stringValue(args.keywords.get('db_column'));
    model.fields.push({ name: left.text, line, type: fieldType, ...(column ? { column } : {}), ...flags(args.keywords) });
  }
  return model;
}

function flags(keywords: Map<string, SyntaxNode>): { primaryKey?: boolean; nullable?: boolean } {
  const result: { primaryKey?: boolean; nullable?: boolean } = {};
  if (keywords.get('primary_key')?.text === 'True') result.primaryKey = true;
  const nullable = keywords.get('null')?.text;
  if (nullable === 'True') result.nullable = true;
  return result;
}

function metaTable(meta: SyntaxNode): string | undefined {
  const body = meta.childForFieldName('body');
  for (const statement of body ? body.namedChildren : []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.childForFieldName('left')?.text === 'db_table') return stringValue(assignment.childForFieldName('right'));
  }
  return undefined;
}
