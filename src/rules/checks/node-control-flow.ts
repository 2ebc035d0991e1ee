import type { SyntaxNode } from '../../source/syntax-tree.js';
import { isFunctionNode } from '../../source/node/syntax.js';

/**
 * Small, conservative control-flow questions over one function's tree, shared by the Node
 * framework checks: can the code at `b` still run after the code at `a` has run, on one request?
 * Answers err on "no" (the checks stay quiet) wherever the tree alone cannot tell.
 */

const STATEMENT_LISTS = new Set(['statement_block', 'program', 'switch_case', 'switch_default', 'class_body']);
const TERMINATORS = new Set(['return_statement', 'throw_statement', 'break_statement', 'continue_statement']);

export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition') return current;
  }
  return undefined;
}

/** `node` is `ancestor` or inside it. */
export function within(node: SyntaxNode, ancestor: SyntaxNode): boolean {
  return node.startIndex >= ancestor.startIndex && node.endIndex <= ancestor.endIndex;
}

function lowestCommonAncestor(a: SyntaxNode, b: SyntaxNode): SyntaxNode | undefined {
  const ancestors = new Set<number>();
  for (let current: SyntaxNode | null = a; current; current = current.parent) ancestors.add(current.id);
  let common: SyntaxNode | null = b;
  while (common && !ancestors.has(common.id)) common = common.parent;
  return common ?? undefined;
}

/** The child of `ancestor` that contains `node`. */
function childToward(ancestor: SyntaxNode, node: SyntaxNode): SyntaxNode | undefined {
  let current: SyntaxNode | null = node;
  while (current && current.parent && current.parent.id !== ancestor.id) current = current.parent;
  return current?.parent?.id === ancestor.id ? current : undefined;
}

/** One request runs at most one of the two branches that hold `a` and `b` below their common ancestor. */
function exclusiveBranches(common: SyntaxNode, a: SyntaxNode, b: SyntaxNode): boolean {
  const sideA = childToward(common, a);
  const sideB = childToward(common, b);
  if (!sideA || !sideB || sideA.id === sideB.id) return false;
  switch (common.type) {
    case 'if_statement':
    case 'ternary_expression':
    case 'switch_body':
      return true;
    case 'try_statement':
      // The body and the catch clause: one answers, the other answers when the body failed.
      return [sideA.type, sideB.type].includes('catch_clause') && ![sideA.type, sideB.type].includes('finally_clause');
    default:
      return false;
  }
}

/**
 * A statement is left for good: `return`, `throw`, `break`, `continue`, or a block/if/try whose
 * every path ends so.
 */
export function alwaysLeaves(statement: SyntaxNode): boolean {
  if (TERMINATORS.has(statement.type)) return true;
  if (statement.type === 'statement_block') return statement.namedChildren.some((child) => child !== null && alwaysLeaves(child));
  if (statement.type === 'try_statement') {
    // Left for good when the finally leaves, or when the body and the catch both do.
    const body = statement.childForFieldName('body');
    const handler = statement.childForFieldName('handler')?.childForFieldName('body');
    const finalizer = statement.childForFieldName('finalizer')?.childForFieldName('body');
    if (finalizer && alwaysLeaves(finalizer)) return true;
    return body !== null && alwaysLeaves(body) && (handler === null || handler === undefined || alwaysLeaves(handler));
  }
  if (statement.type === 'if_statement') {
    const consequence = statement.childForFieldName('consequence');
    const alternative = statement.childForFieldName('alternative')?.namedChildren.find((child) => child !== null && child.type !== 'comment');
    return consequence !== null && alternative !== undefined && alternative !== null && alwaysLeaves(consequence) && alwaysLeaves(alternative);
  }
  return false;
}

/** `if (!user)` and `if (user)`: the conditions of the nearest `if`s around `a` and `b` contradict each other. */
function contradictoryGuards(a: SyntaxNode, b: SyntaxNode, stop: SyntaxNode): boolean {
  const guard = (node: SyntaxNode): { expression: string; negated: boolean } | undefined => {
    for (let current = node.parent; current && current.id !== stop.id; current = current.parent) {
      if (current.type !== 'if_statement') continue;
      const consequence = current.childForFieldName('consequence');
      if (!consequence || !within(node, consequence)) return undefined;
      let text = (current.childForFieldName('condition')?.text ?? '').replace(/\s+/g, '');
      while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1);
      const negated = text.startsWith('!') && !text.startsWith('!=');
      return { expression: negated ? text.slice(1) : text, negated };
    }
    return undefined;
  };
  const first = guard(a);
  const second = guard(b);
  return first !== undefined && second !== undefined && first.expression === second.expression && first.negated !== second.negated;
}

/**
 * Whether the code at `b` can run after the code at `a` on one path through `fn` (both directly in
 * `fn`, `a` before `b` in the text): they are not on exclusive branches, and nothing after `a`
 * leaves the function (or the loop) before `b` is reached.
 */
export function canReachAfter(a: SyntaxNode, b: SyntaxNode, fn: SyntaxNode): boolean {
  if (a.endIndex > b.startIndex) return false;
  const common = lowestCommonAncestor(a, b);
  if (!common || !within(common, fn)) return false;
  if (exclusiveBranches(common, a, b) || contradictoryGuards(a, b, common)) return false;
  // Climb from `a` to the common ancestor: every statement list on the way must let control fall
  // out of it (no `return`/`throw` after `a`'s statement), and at the common level, reach `b`'s.
  for (let current: SyntaxNode = a; current.parent && current.id !== common.id; current = current.parent) {
    if (current.type === 'return_statement' || current.type === 'throw_statement') return false;
    const list = current.parent;
    if (!STATEMENT_LISTS.has(list.type)) continue;
    const until = list.id === common.id ? childToward(common, b) : undefined;
    for (let sibling = current.nextNamedSibling; sibling && sibling.id !== until?.id; sibling = sibling.nextNamedSibling) {
      if (alwaysLeaves(sibling)) return false;
    }
    if (list.id === common.id) break;
  }
  return true;
}
