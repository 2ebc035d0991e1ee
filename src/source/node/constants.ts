import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, PathExpression } from '../facts.js';
import { NODE_CONSTANTS, type NodeConstantFact } from './conventions.js';
import type { FileScope } from './file-scope.js';
import { pathExpression } from './path-expression.js';
import { dottedName, objectEntries, unwrap } from './syntax.js';

/**
 * Module-level string constants, for resolving a route prefix that another file imports
 * (`import { API_PREFIX } from './config'`, `config.apiPrefix`, `PATHS.users`):
 * `const A = '/api'`, `export const PATHS = { users: '/users' }` (container 'PATHS'),
 * `module.exports = { apiPrefix: '/api' }` / `exports.apiPrefix = '/api'` (no container, as a
 * whole-module require reads them), `export default { prefix: '/api' }` (container 'default').
 */
export function extractConstants(root: SyntaxNode, scope: FileScope, facts: FileFacts): void {
  const out: NodeConstantFact[] = [];
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const declaration = statement.type === 'export_statement' ? statement.childForFieldName('declaration') : statement;
    if (declaration?.type === 'lexical_declaration' || declaration?.type === 'variable_declaration') {
      for (const declarator of declaration.namedChildren) {
        const name = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name') : null;
        const value = declarator?.childForFieldName('value');
        if (name?.type === 'identifier' && value) addValue(out, name.text, undefined, value, scope);
      }
    } else if (statement.type === 'export_statement' && statement.childForFieldName('value')) {
      const value = unwrap(statement.childForFieldName('value')!);
      if (value.type === 'object') addObject(out, value, 'default', scope);
    } else if (statement.type === 'expression_statement') {
      const assignment = statement.namedChildren[0];
      if (assignment?.type !== 'assignment_expression') continue;
      const target = dottedName(assignment.childForFieldName('left'));
      const right = assignment.childForFieldName('right');
      if (!target || !right) continue;
      if (target === 'module.exports' && unwrap(right).type === 'object') addObject(out, unwrap(right), undefined, scope);
      const property = /^(?:module\.exports|exports)\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
      if (property) addValue(out, property, undefined, right, scope);
    }
  }
  if (out.length > 0) (facts.checkFacts[NODE_CONSTANTS] ??= []).push(...out);
}

function addObject(out: NodeConstantFact[], object: SyntaxNode, container: string | undefined, scope: FileScope): void {
  for (const { key, value } of objectEntries(object)) {
    if (value.type === 'shorthand_property_identifier') addExpression(out, key, container, { reference: value.text });
    else addValue(out, key, container, value, scope);
  }
}

function addValue(out: NodeConstantFact[], name: string, container: string | undefined, value: SyntaxNode, scope: FileScope): void {
  const inner = unwrap(value);
  if (inner.type === 'object') {
    if (container === undefined) addObject(out, inner, name, scope);
    return;
  }
  if (!STRING_LIKE.has(inner.type)) return;
  addExpression(out, name, container, pathExpression(inner, scope));
}

function addExpression(out: NodeConstantFact[], name: string, container: string | undefined, expression: PathExpression): void {
  out.push({ name, ...(container !== undefined ? { container } : {}), ...expression });
}

/** Expressions that can evaluate to a path string; calls, numbers and functions are not recorded. */
const STRING_LIKE = new Set(['string', 'template_string', 'binary_expression', 'identifier', 'member_expression']);
