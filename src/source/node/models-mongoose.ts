import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, ModelFact } from '../facts.js';
import { refersTo, type FileScope } from './file-scope.js';
import { argumentsOf, calleeOf, callsMatching, dottedName, lineOf, memberProperty, objectEntries, propertyOf, stringValue, unwrap } from './syntax.js';

/**
 * Mongoose models: `const s = new Schema({...})` (or `new mongoose.Schema`) and
 * `model('Name', s)` / `mongoose.model('Name', s)` / `connection.model(...)`. Fields come from the
 * schema object; `ref: 'User'` makes a relation (an array of refs: has-many).
 */
export function extractMongooseModels(root: SyntaxNode, scope: FileScope, facts: FileFacts): void {
  if (!scope.modules.has('mongoose')) return;
  const schemas = new Map<string, SyntaxNode>();
  for (const [name, value] of scope.constants) {
    const inner = unwrap(value);
    if (inner.type === 'new_expression' && isSchemaConstructor(scope, calleeOf(inner))) schemas.set(name, inner);
  }
  if (schemas.size === 0) return;
  for (const call of callsMatching(root, scope.text, /\b(model)\s*\(/g)) {
    const callee = calleeOf(call);
    const isModelCall = memberProperty(callee) === 'model' || refersTo(scope, callee, ['mongoose'], ['model']);
    const args = argumentsOf(call);
    if (!isModelCall || args.length < 2) continue;
    const name = stringValue(args[0]);
    const schemaArgument = unwrap(args[1]!);
    const schema = schemaArgument.type === 'identifier' ? schemas.get(schemaArgument.text) : schemaArgument.type === 'new_expression' ? schemaArgument : undefined;
    if (!name || !schema) continue;
    facts.models.push(modelFact(name, call, schema, stringValue(args[2])));
  }
}

function isSchemaConstructor(scope: FileScope, node: SyntaxNode | null): boolean {
  if (refersTo(scope, node, ['mongoose'], ['Schema'])) return true;
  return dottedName(node) === 'mongoose.Schema';
}

function modelFact(name: string, call: SyntaxNode, schema: SyntaxNode, collectionArgument: string | undefined): ModelFact {
  const model: ModelFact = { name, line: lineOf(call), orm: 'mongoose', fields: [], relations: [] };
  const [definition, options] = argumentsOf(schema);
  const collection = collectionArgument ?? stringValue(propertyOf(options, 'collection'));
  if (collection) model.table = collection;
  for (const { key, value, node } of objectEntries(definition)) {
    const inner = unwrap(value);
    const isArray = inner.type === 'array';
    const element = isArray ? inner.namedChildren.find((child) => child !== null && child.type !== 'comment') : inner;
    const options = element && unwrap(element).type === 'object' && propertyOf(element, 'type') ? unwrap(element) : undefined;
    const typeNode = options ? propertyOf(options, 'type') : element;
    const reference = stringValue(propertyOf(options, 'ref'));
    if (reference) {
      model.relations.push({ name: key, line: lineOf(node), kind: isArray ? 'has-many' : 'belongs-to', target: reference, foreignKey: key });
    }
    const field: ModelFact['fields'][number] = { name: key, line: lineOf(node) };
    const type = typeNode && unwrap(typeNode).type !== 'object' ? dottedName(typeNode)?.split('.').pop() : undefined;
    if (type) field.type = isArray ? `${type}[]` : type;
    if (options) {
      const required = propertyOf(options, 'required')?.text;
      if (required === 'true') field.nullable = false;
      if (reference) field.foreignKey = `${reference}._id`;
    }
    model.fields.push(field);
  }
  return model;
}
