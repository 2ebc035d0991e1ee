import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, ModelFact } from '../facts.js';
import { SEQUELIZE_ASSOCIATIONS, type SequelizeAssociationFact } from './conventions.js';
import type { FileScope } from './file-scope.js';
import { argumentsOf, calleeOf, callsMatching, dottedName, lineOf, memberObject, memberProperty, objectEntries, propertyOf, stringValue, unwrap } from './syntax.js';

/**
 * Sequelize models: `sequelize.define('User', attributes, options)`, `class X extends Model` with
 * `X.init(attributes, { sequelize, tableName })`, and associations (`A.belongsTo(B, { as })`...),
 * which go to checkFacts['sequelize-associations'] because they usually sit in another file than
 * the models they join; associations whose source model is defined in this file are also added to
 * its ModelFact relations.
 */
export function extractSequelizeModels(root: SyntaxNode, scope: FileScope, facts: FileFacts): void {
  const calls = callsMatching(root, scope.text, /\.\s*(define|init|belongsTo|hasMany|hasOne|belongsToMany)\s*\(/g);
  if (calls.length === 0) return;
  const usesSequelize = [...scope.modules].some((module) => module === 'sequelize' || module === 'sequelize-typescript');
  const models = new Map<string, ModelFact>();
  const associations: SequelizeAssociationFact[] = [];

  for (const call of calls) {
    const callee = unwrap(calleeOf(call) ?? call);
    const property = memberProperty(callee);
    if (property !== 'define' && property !== 'init' && !(property && property in ASSOCIATIONS)) continue;
    const args = argumentsOf(call);
    if (property === 'define' && args.length >= 2 && unwrap(args[1]!).type === 'object') {
      const name = stringValue(args[0]);
      const receiver = dottedName(memberObject(callee)) ?? '';
      if (name && (usesSequelize || /sequelize|db/i.test(receiver))) addModel(models, modelFact(name, call, args[1]!, args[2]));
    } else if (property === 'init' && args.length >= 2 && unwrap(args[0]!).type === 'object' && propertyOf(args[1], 'sequelize')) {
      const receiver = memberObject(callee);
      // `this.init(...)` / `super.init(...)` inside a static method of the model class names that class.
      const own = receiver?.type === 'this' || receiver?.type === 'super' ? enclosingClass(call) : undefined;
      const className = own ? own.childForFieldName('name')?.text : dottedName(receiver);
      if (!className) continue;
      const declaration = own ?? classDeclaration(scope, className);
      addModel(models, modelFact(className, declaration ?? call, args[0]!, args[1]));
    } else if (property && property in ASSOCIATIONS && args[0]) {
      const association = associationOf(call, callee, property, args);
      if (association) associations.push(association);
    }
  }

  for (const association of associations) {
    // An association whose alias is unknown is still a relation; only its name is a guess.
    models.get(association.source)?.relations.push({
      name: association.alias ?? association.target,
      line: association.line,
      kind: association.kind,
      target: association.target,
      ...(association.alias ? { alias: association.alias } : {}),
      ...(association.foreignKey ? { foreignKey: association.foreignKey } : {}),
      ...(association.through ? { through: association.through } : {}),
    });
  }
  facts.models.push(...models.values());
  if (associations.length > 0) (facts.checkFacts[SEQUELIZE_ASSOCIATIONS] ??= []).push(...associations);
}

const ASSOCIATIONS: Record<string, SequelizeAssociationFact['kind']> = {
  belongsTo: 'belongs-to',
  hasOne: 'has-one',
  hasMany: 'has-many',
  belongsToMany: 'many-to-many',
};

function addModel(models: Map<string, ModelFact>, model: ModelFact): void {
  if (!models.has(model.name)) models.set(model.name, model);
}

function modelFact(name: string, at: SyntaxNode, attributes: SyntaxNode, options: SyntaxNode | undefined): ModelFact {
  const model: ModelFact = { name, line: lineOf(at), orm: 'sequelize', fields: [], relations: [] };
  const table = stringValue(propertyOf(options, 'tableName'));
  if (table) model.table = table;
  for (const { key, value, node } of objectEntries(attributes)) {
    const field: ModelFact['fields'][number] = { name: key, line: lineOf(node) };
    const inner = unwrap(value);
    const typeNode = inner.type === 'object' ? propertyOf(inner, 'type') : inner;
    const type = typeNode ? dataType(typeNode) : undefined;
    if (type) field.type = type;
    if (inner.type === 'object') {
      const column = stringValue(propertyOf(inner, 'field'));
      if (column) field.column = column;
      if (propertyOf(inner, 'primaryKey')?.text === 'true') field.primaryKey = true;
      const allowNull = propertyOf(inner, 'allowNull')?.text;
      if (allowNull === 'true' || allowNull === 'false') field.nullable = allowNull === 'true';
      const references = propertyOf(inner, 'references');
      if (references) {
        const target = propertyOf(references, 'model');
        const key = stringValue(propertyOf(references, 'key')) ?? 'id';
        const targetName = target ? (stringValue(target) ?? dottedName(target)) : undefined;
        if (targetName) field.foreignKey = `${targetName}.${key}`;
      }
    }
    model.fields.push(field);
  }
  return model;
}

/** `DataTypes.STRING(64)` -> 'STRING'; `Sequelize.INTEGER` -> 'INTEGER'. */
function dataType(node: SyntaxNode): string | undefined {
  const inner = unwrap(node);
  const target = inner.type === 'call_expression' ? unwrap(calleeOf(inner) ?? inner) : inner;
  const name = dottedName(target);
  return name?.split('.').pop();
}

function classDeclaration(scope: FileScope, name: string): SyntaxNode | undefined {
  for (const declaration of scope.nodes.classes) {
    if (declaration?.childForFieldName('name')?.text === name) return declaration;
  }
  return undefined;
}

function associationOf(call: SyntaxNode, callee: SyntaxNode, property: string, args: SyntaxNode[]): SequelizeAssociationFact | undefined {
  const sourceNode = memberObject(callee);
  const targetNode = unwrap(args[0]!);
  // Bookshelf-style `this.hasMany('Post')` passes strings; Sequelize passes the model itself.
  if (targetNode.type !== 'identifier' && targetNode.type !== 'member_expression') return undefined;
  const target = dottedName(targetNode)?.split('.').pop();
  let source = dottedName(sourceNode);
  if (source === 'this') source = enclosingClass(call)?.childForFieldName('name')?.text;
  source = source?.split('.').pop();
  if (!source || !target) return undefined;
  const association: SequelizeAssociationFact = { source, target, kind: ASSOCIATIONS[property]!, line: lineOf(call) };
  const options = args[1];
  // Options held in a variable (`hasMany(Post, opts)`) or spread in (`{ ...defaults }`) may set
  // `as` and `foreignKey` where this file cannot see them: those stay unknown rather than absent.
  const opaque = options !== undefined && (unwrap(options).type !== 'object' || unwrap(options).namedChildren.some((child) => child?.type === 'spread_element'));
  const aliasNode = propertyOf(options, 'as');
  const alias = aliasOf(aliasNode);
  if (alias) association.alias = alias;
  else if (aliasNode || opaque) association.aliasUnknown = true;
  const foreignKey = propertyOf(options, 'foreignKey');
  const foreignKeyName = foreignKey ? (stringValue(foreignKey) ?? stringValue(propertyOf(foreignKey, 'name'))) : undefined;
  if (foreignKeyName) association.foreignKey = foreignKeyName;
  else if (foreignKey || opaque) association.foreignKeyUnknown = true;
  const through = propertyOf(options, 'through');
  if (through) {
    const model = propertyOf(through, 'model');
    const name = stringValue(through) ?? dottedName(through)?.split('.').pop() ?? (model ? (stringValue(model) ?? dottedName(model)?.split('.').pop()) : undefined);
    if (name) association.through = name;
  }
  return association;
}

/** `as: 'customer'` or `as: { singular: 'customer', plural: 'customers' }`. */
function aliasOf(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  return stringValue(node) ?? stringValue(propertyOf(node, 'plural')) ?? stringValue(propertyOf(node, 'singular'));
}

function enclosingClass(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'class_declaration' || current.type === 'class' || current.type === 'abstract_class_declaration') return current;
  }
  return undefined;
}
