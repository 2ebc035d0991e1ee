import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, ModelFact } from '../facts.js';
import type { FileScope } from './file-scope.js';
import { argumentsOf, calleeOf, dottedName, isFunctionNode, lineOf, propertyOf, stringValue, unwrap } from './syntax.js';

/**
 * Decorated entity classes: TypeORM (`@Entity`, `@Column`, `@ManyToOne`...), MikroORM (`@Entity`,
 * `@Property`, `@ManyToOne`...) and sequelize-typescript (`@Table`, `@Column`, `@BelongsTo`...).
 * The ORM is the module the class decorator is imported from.
 */

const ORMS: Record<string, string> = {
  typeorm: 'typeorm',
  '@mikro-orm/core': 'mikro-orm',
  '@mikro-orm/decorators': 'mikro-orm',
  'sequelize-typescript': 'sequelize',
};

const CLASS_DECORATORS = new Set(['Entity', 'Table', 'ViewEntity']);
const FIELD_DECORATORS = new Set([
  'Column',
  'PrimaryColumn',
  'PrimaryGeneratedColumn',
  'CreateDateColumn',
  'UpdateDateColumn',
  'DeleteDateColumn',
  'VersionColumn',
  'ObjectIdColumn',
  'Property',
  'PrimaryKey',
  'SerializedPrimaryKey',
  'Enum',
]);
const PRIMARY_KEY_DECORATORS = new Set(['PrimaryColumn', 'PrimaryGeneratedColumn', 'PrimaryKey', 'ObjectIdColumn', 'SerializedPrimaryKey']);
const RELATION_DECORATORS: Record<string, ModelFact['relations'][number]['kind']> = {
  ManyToOne: 'belongs-to',
  OneToMany: 'has-many',
  ManyToMany: 'many-to-many',
  OneToOne: 'one-to-one',
  BelongsTo: 'belongs-to',
  HasMany: 'has-many',
  HasOne: 'has-one',
  BelongsToMany: 'many-to-many',
};

export function extractDecoratedModels(scope: FileScope, facts: FileFacts): void {
  if (!scope.text.includes('@') || ![...scope.modules].some((module) => ORMS[module])) return;
  for (const declaration of scope.nodes.classes) {
    if (declaration.type === 'class') continue;
    const decorators = decoratorsOf(declaration);
    const classDecorator = decorators.find((decorator) => CLASS_DECORATORS.has(decorator.name));
    if (!classDecorator) continue;
    const orm = ormOf(scope, classDecorator.name);
    const name = declaration.childForFieldName('name')?.text;
    if (!orm || !name) continue;
    const model: ModelFact = { name, line: lineOf(classDecorator.node), orm, fields: [], relations: [] };
    const table = tableName(classDecorator.args);
    if (table) model.table = table;
    for (const member of declaration.childForFieldName('body')?.namedChildren ?? []) {
      if (member?.type === 'public_field_definition') readMember(member, model);
    }
    facts.models.push(model);
  }
}

interface Decorator {
  name: string;
  args: SyntaxNode[];
  node: SyntaxNode;
}

function decoratorsOf(node: SyntaxNode): Decorator[] {
  const holders = [node];
  if (node.parent?.type === 'export_statement') holders.unshift(node.parent);
  const decorators: Decorator[] = [];
  for (const holder of holders) {
    for (const child of holder.namedChildren) {
      if (child?.type !== 'decorator') continue;
      const expression = child.namedChildren[0];
      if (!expression) continue;
      const call = expression.type === 'call_expression' ? expression : undefined;
      const name = dottedName(call ? calleeOf(call) : expression)?.split('.').pop();
      if (name) decorators.push({ name, args: call ? argumentsOf(call) : [], node: child });
    }
  }
  return decorators;
}

function ormOf(scope: FileScope, decorator: string): string | undefined {
  const binding = scope.bindings.get(decorator);
  if (binding && ORMS[binding.module]) return ORMS[binding.module];
  // `import * as orm from 'typeorm'` and `@orm.Entity()`: fall back to what the file imports.
  for (const module of scope.modules) if (ORMS[module]) return ORMS[module];
  return undefined;
}

/** `@Entity('users')`, `@Entity({ name: 'users' })`, `@Table({ tableName: 'users' })`, `@Entity({ tableName })`. */
function tableName(args: SyntaxNode[]): string | undefined {
  const first = args[0];
  if (!first) return undefined;
  return stringValue(first) ?? stringValue(propertyOf(first, 'name')) ?? stringValue(propertyOf(first, 'tableName'));
}

function readMember(member: SyntaxNode, model: ModelFact): void {
  const name = member.childForFieldName('name')?.text;
  if (!name) return;
  const decorators = decoratorsOf(member);
  const typeText = member.childForFieldName('type')?.namedChildren[0]?.text;
  for (const decorator of decorators) {
    const relation = RELATION_DECORATORS[decorator.name];
    if (relation) {
      const target = relationTarget(decorator.args[0]) ?? typeText?.replace(/\[\]$/, '');
      if (!target) continue;
      const entry: ModelFact['relations'][number] = { name, line: lineOf(decorator.node), kind: relation, target };
      const lazy = laziness(decorator.args, typeText);
      if (lazy) entry.lazy = lazy;
      const joinColumn = decorators.find((other) => other.name === 'JoinColumn');
      const foreignKey = joinColumn ? stringValue(propertyOf(joinColumn.args[0], 'name')) : stringValue(propertyOf(decorator.args.find((arg) => unwrap(arg).type === 'object'), 'foreignKey'));
      if (foreignKey) entry.foreignKey = foreignKey;
      const through = decorators.find((other) => other.name === 'JoinTable');
      const throughName = through ? stringValue(propertyOf(through.args[0], 'name')) : relationTarget(decorator.args[1]);
      if (relation === 'many-to-many' && throughName) entry.through = throughName;
      model.relations.push(entry);
      return;
    }
    if (FIELD_DECORATORS.has(decorator.name)) {
      const field: ModelFact['fields'][number] = { name, line: lineOf(decorator.node) };
      const options = decorator.args.find((arg) => unwrap(arg).type === 'object');
      const type = stringValue(decorator.args[0]) ?? stringValue(propertyOf(options, 'type')) ?? dottedName(decorator.args[0])?.split('.').pop() ?? typeText;
      if (type) field.type = type;
      const column = stringValue(propertyOf(options, 'name')) ?? stringValue(propertyOf(options, 'fieldName')) ?? stringValue(propertyOf(options, 'field'));
      if (column) field.column = column;
      if (PRIMARY_KEY_DECORATORS.has(decorator.name) || decorators.some((other) => other.name === 'PrimaryKey') || propertyOf(options, 'primary')?.text === 'true' || propertyOf(options, 'primaryKey')?.text === 'true') {
        field.primaryKey = true;
      }
      const nullable = propertyOf(options, 'nullable')?.text ?? propertyOf(options, 'allowNull')?.text;
      if (nullable === 'true' || nullable === 'false') field.nullable = nullable === 'true';
      const foreignKey = decorators.find((other) => other.name === 'ForeignKey');
      const target = foreignKey ? relationTarget(foreignKey.args[0]) : undefined;
      if (target) field.foreignKey = target;
      model.fields.push(field);
      return;
    }
  }
}

/** `() => User`, `type => User`, `'User'`, `User` -> 'User'. */
function relationTarget(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (isFunctionNode(inner)) {
    const body = inner.childForFieldName('body');
    return body ? dottedName(body)?.split('.').pop() : undefined;
  }
  return stringValue(inner) ?? (inner.type === 'identifier' ? inner.text : undefined);
}

/** TypeORM: `{ lazy: true }` or a `Promise<T>` property type is lazy; `{ eager: true }` is eager. */
function laziness(args: SyntaxNode[], typeText: string | undefined): string | undefined {
  const options = args.find((arg) => unwrap(arg).type === 'object');
  if (propertyOf(options, 'lazy')?.text === 'true' || typeText?.startsWith('Promise<')) return 'lazy';
  if (propertyOf(options, 'eager')?.text === 'true') return 'eager';
  return undefined;
}
