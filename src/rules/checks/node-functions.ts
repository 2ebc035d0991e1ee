import type { SyntaxNode } from '../../source/syntax-tree.js';
import { isFunctionNode } from '../../source/node/syntax.js';

/**
 * The functions whose parameter list matches `pattern` (a global regex whose first matching
 * group is a parameter name): `(req, res)`, `(ctx, next)`, `(err, req, res)`. Finding them through the text
 * is much cheaper than asking every function of a file for its parameters, and most files have
 * none. A match inside a string or a call's arguments leads to no function and is dropped.
 */
export function functionsWithParameters(root: SyntaxNode, text: string, pattern: RegExp): SyntaxNode[] {
  const found = new Map<number, SyntaxNode>();
  for (const match of text.matchAll(pattern)) {
    const name = match.slice(1).find((group) => group !== undefined);
    if (name === undefined) continue;
    const identifier = root.descendantForIndex(match.index + match[0].indexOf(name));
    // identifier -> (required_parameter ->) formal_parameters -> function, or the bare parameter of `x =>`.
    let list = identifier?.parent ?? null;
    if (list?.type === 'required_parameter' || list?.type === 'optional_parameter') list = list.parent;
    const fn = list?.type === 'formal_parameters' ? list.parent : list?.type === 'arrow_function' && list.childForFieldName('parameter')?.id === identifier?.id ? list : null;
    if (fn && (isFunctionNode(fn) || fn.type === 'method_definition')) found.set(fn.id, fn);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex);
}
