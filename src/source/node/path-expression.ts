import type { SyntaxNode } from '../syntax-tree.js';
import type { PathExpression } from '../facts.js';
import type { FileScope } from './file-scope.js';
import { dottedName, propertyOf, stringValue, unwrap } from './syntax.js';

/**
 * Reads a route path or prefix argument. Literals give `value`; names of constants declared in this
 * file resolve to their `value` and keep the name as `reference`; template literals and `+` over
 * resolvable parts compose a `value`; names from elsewhere stay a `reference` for the composer;
 * anything else keeps its source `text`.
 */
export function pathExpression(node: SyntaxNode, scope: FileScope): PathExpression {
  const inner = unwrap(node);
  const value = constantString(inner, scope, 0);
  const reference = inner.type === 'identifier' || inner.type === 'member_expression' ? dottedName(inner) : undefined;
  if (value !== undefined) return reference ? { value, reference } : { value };
  if (reference) return { reference };
  return { text: inner.text };
}

const MAX_DEPTH = 8;

/** The string an expression always evaluates to, when this file alone says so. */
export function constantString(node: SyntaxNode, scope: FileScope, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrap(node);
  const literal = stringValue(inner);
  if (literal !== undefined) return literal;
  switch (inner.type) {
    case 'identifier': {
      const value = scope.constants.get(inner.text);
      return value ? constantString(value, scope, depth + 1) : undefined;
    }
    case 'member_expression': {
      // `PATHS.users` where `const PATHS = { users: '/users' }` in this file.
      const object = inner.childForFieldName('object');
      const property = inner.childForFieldName('property');
      if (object?.type !== 'identifier' || property?.type !== 'property_identifier') return undefined;
      const declared = scope.constants.get(object.text);
      const member = declared ? propertyOf(declared, property.text) : undefined;
      return member && member.type !== 'shorthand_property_identifier' ? constantString(member, scope, depth + 1) : undefined;
    }
    case 'template_string': {
      let text = '';
      for (const part of inner.namedChildren) {
        if (!part) continue;
        if (part.type === 'string_fragment' || part.type === 'escape_sequence') text += part.text;
        else if (part.type === 'template_substitution') {
          const expression = part.namedChildren[0];
          const value = expression ? constantString(expression, scope, depth + 1) : undefined;
          if (value === undefined) return undefined;
          text += value;
        }
      }
      return text;
    }
    case 'binary_expression': {
      if (inner.childForFieldName('operator')?.type !== '+') return undefined;
      const left = inner.childForFieldName('left');
      const right = inner.childForFieldName('right');
      const leftValue = left ? constantString(left, scope, depth + 1) : undefined;
      const rightValue = right ? constantString(right, scope, depth + 1) : undefined;
      return leftValue !== undefined && rightValue !== undefined ? leftValue + rightValue : undefined;
    }
    default:
      return undefined;
  }
}
