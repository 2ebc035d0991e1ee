import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, ModelFact } from '../facts.js';
import type { FileScope } from './file-scope.js';
import { argumentsOf, calleeOf, dottedName, isFunctionNode, lineOf, memberObject, memberProperty, objectEntries, stringValue, unwrap } from './syntax.js';

/**
 * Drizzle tables: `export const users = pgTable('users', { id: serial('id').primaryKey(), ... })`
 * (also sqliteTable, mysqlTable). The model is named by its variable, as queries refer to it;
 * `.references(() => users.id)` gives a foreign key and a belongs-to relation.
 */

const TABLE_FUNCTIONS = new Set(['pgTable', 'sqliteTable', 'mysqlTable', 'singlestoreTable']);

export function extractDrizzleModels(scope: FileScope, facts: FileFacts): void {
  if (![...scope.modules].some((module) => module.startsWith('drizzle-orm'))) return;
  for (const [name, value] of scope.constants) {
    const call = unwrap(value);
    if (call.type !== 'call_expression') continue;
    const callee = calleeOf(call);
    const functionName = dottedName(callee)?.split('.').pop();
    if (!functionName || !TABLE_FUNCTIONS.has(functionName)) continue;
    const binding = scope.bindings.get(dottedName(callee)!.split('.')[0]!);
    if (!binding?.module.startsWith('drizzle-orm')) continue;
    const [tableArgument, columns] = argumentsOf(call);
    const model: ModelFact = { name, line: lineOf(call), orm: 'drizzle', fields: [], relations: [] };
    const table = stringValue(tableArgument);
    if (table) model.table = table;
    for (const { key, value: column, node } of objectEntries(columns)) readColumn(key, column, node, model);
    facts.models.push(model);
  }
}

function readColumn(key: string, column: SyntaxNode, node: SyntaxNode, model: ModelFact): void {
  // Walk the builder chain `integer('id').notNull().references(() => t.id)` down to its root call.
  const modifiers: { name: string; args: SyntaxNode[] }[] = [];
  let current = unwrap(column);
  while (current.type === 'call_expression' && memberProperty(calleeOf(current))) {
    const object = memberObject(calleeOf(current));
    if (!object) return;
    modifiers.push({ name: memberProperty(calleeOf(current))!, args: argumentsOf(current) });
    current = unwrap(object);
  }
  if (current.type !== 'call_expression') return;
  const field: ModelFact['fields'][number] = { name: key, line: lineOf(node) };
  const type = dottedName(calleeOf(current))?.split('.').pop();
  if (type) field.type = type;
  const columnName = stringValue(argumentsOf(current)[0]);
  if (columnName) field.column = columnName;
  const names = modifiers.map((modifier) => modifier.name);
  if (names.includes('primaryKey')) field.primaryKey = true;
  field.nullable = !(names.includes('notNull') || names.includes('primaryKey'));
  const references = modifiers.find((modifier) => modifier.name === 'references');
  const target = references?.args[0] ? unwrap(references.args[0]) : undefined;
  const targetColumn = target && isFunctionNode(target) ? dottedName(target.childForFieldName('body')) : undefined;
  if (targetColumn) {
    field.foreignKey = targetColumn;
    const targetTable = targetColumn.split('.')[0]!;
    model.relations.push({ name: key, line: lineOf(node), kind: 'belongs-to', target: targetTable, foreignKey: key });
  }
  model.fields.push(field);
}
