import type { SyntaxNode } from '../syntax-tree.js';

/** Small readers over tree-sitter JavaScript/TypeScript nodes, shared by the Node extractors. */

export function lineOf(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}

export function isFunctionNode(node: SyntaxNode | null | undefined): boolean {
  return (
    node !== null &&
    node !== undefined &&
    (node.type === 'arrow_function' ||
      node.type === 'function_expression' ||
      node.type === 'function' ||
      node.type === 'function_declaration' ||
      node.type === 'generator_function' ||
      node.type === 'generator_function_declaration')
  );
}

export function isAsync(node: SyntaxNode): boolean {
  return node.children.some((child) => child !== null && !child.isNamed && child.type === 'async');
}

/** Drops parentheses, `as` casts, `satisfies` and non-null assertions around an expression. */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (;;) {
    if (current.type === 'parenthesized_expression' || current.type === 'as_expression' || current.type === 'satisfies_expression' || current.type === 'non_null_expression') {
      const inner = current.namedChildren[0];
      if (!inner) return current;
      current = inner;
    } else {
      return current;
    }
  }
}

/** The value of a string literal, or of a template literal without substitutions. */
export function stringValue(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (inner.type === 'string') return inner.namedChildren.filter((child) => child?.type === 'string_fragment' || child?.type === 'escape_sequence').map((child) => child!.text).join('');
  if (inner.type === 'template_string' && !inner.namedChildren.some((child) => child?.type === 'template_substitution')) {
    return inner.namedChildren.filter((child) => child?.type === 'string_fragment' || child?.type === 'escape_sequence').map((child) => child!.text).join('');
  }
  return undefined;
}

export function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = call.childForFieldName('arguments');
  if (!list) return [];
  return list.namedChildren.filter((child) => child.type !== 'comment');
}

/** For `a.b.c(...)`: the callee node; for `new X(...)`: the constructor node. */
export function calleeOf(call: SyntaxNode): SyntaxNode | null {
  return call.type === 'new_expression' ? call.childForFieldName('constructor') : call.childForFieldName('function');
}

/** The property name of a member expression callee (`router.get` -> 'get'). */
export function memberProperty(node: SyntaxNode | null): string | undefined {
  if (node?.type !== 'member_expression') return undefined;
  return node.childForFieldName('property')?.text;
}

export function memberObject(node: SyntaxNode | null): SyntaxNode | null {
  return node?.type === 'member_expression' ? node.childForFieldName('object') : null;
}

/** `a.b.c` -> 'a.b.c' for plain identifier chains (with `this`), undefined for anything computed. */
export function dottedName(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (inner.type === 'identifier' || inner.type === 'this' || inner.type === 'property_identifier') return inner.text;
  if (inner.type === 'member_expression') {
    const object = dottedName(inner.childForFieldName('object'));
    const property = inner.childForFieldName('property');
    if (object === undefined || property?.type !== 'property_identifier') return undefined;
    return `${object}.${property.text}`;
  }
  return undefined;
}

/** The value node of `key` in an object literal (`{ key: value }` or shorthand `{ key }`). */
export function propertyOf(object: SyntaxNode | null | undefined, key: string): SyntaxNode | undefined {
  if (!object) return undefined;
  const inner = unwrap(object);
  if (inner.type !== 'object') return undefined;
  for (const property of inner.namedChildren) {
    if (!property) continue;
    if (property.type === 'pair' && propertyKey(property) === key) return property.childForFieldName('value') ?? undefined;
    if (property.type === 'shorthand_property_identifier' && property.text === key) return property;
  }
  return undefined;
}

/** Key text of an object pair: identifiers, strings and numbers; undefined for computed keys. */
export function propertyKey(pair: SyntaxNode): string | undefined {
  const key = pair.childForFieldName('key');
  if (!key) return undefined;
  if (key.type === 'property_identifier' || key.type === 'identifier' || key.type === 'number') return key.text;
  return stringValue(key);
}

/** Pairs of an object literal as [key, value, pair] (shorthand properties have the key as value). */
export function objectEntries(object: SyntaxNode | null | undefined): { key: string; value: SyntaxNode; node: SyntaxNode }[] {
  if (!object) return [];
  const inner = unwrap(object);
  if (inner.type !== 'object') return [];
  const entries: { key: string; value: SyntaxNode; node: SyntaxNode }[] = [];
  for (const property of inner.namedChildren) {
    if (!property) continue;
    if (property.type === 'pair') {
      const key = propertyKey(property);
      const value = property.childForFieldName('value');
      if (key !== undefined && value) entries.push({ key, value, node: property });
    } else if (property.type === 'shorthand_property_identifier') {
      entries.push({ key: property.text, value: property, node: property });
    } else if (property.type === 'method_definition') {
      const key = property.childForFieldName('name')?.text;
      if (key) entries.push({ key, value: property, node: property });
    }
  }
  return entries;
}

/** The first-parameter name of a function node (`(fastify, opts) => {}` -> 'fastify'). */
export function parameterNames(fn: SyntaxNode): string[] {
  const parameters = fn.childForFieldName('parameters');
  if (!parameters) {
    // `x => x.get()`: a single bare parameter.
    const single = fn.childForFieldName('parameter');
    return single?.type === 'identifier' ? [single.text] : [];
  }
  const names: string[] = [];
  for (const parameter of parameters.namedChildren) {
    if (!parameter) continue;
    const pattern = parameter.type === 'required_parameter' || parameter.type === 'optional_parameter' ? parameter.childForFieldName('pattern') : parameter;
    names.push(pattern?.type === 'identifier' ? pattern.text : '');
  }
  return names;
}

/** The type annotation text of the first parameter, if any (`(app: FastifyInstance)` -> 'FastifyInstance'). */
export function firstParameterType(fn: SyntaxNode): string | undefined {
  const first = fn.childForFieldName('parameters')?.namedChildren[0];
  if (!first || (first.type !== 'required_parameter' && first.type !== 'optional_parameter')) return undefined;
  return first.childForFieldName('type')?.namedChildren[0]?.text;
}

/** Innermost enclosing function node of `node`, if any. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === 'method_definition') return current;
  }
  return undefined;
}

/**
 * The call expressions whose callee contains a match of `pattern` (a global regex whose first
 * group is the callee's identifier or property name): finding calls through the text is much
 * cheaper than asking every call of a file for its callee (web-tree-sitter indexes are UTF-16
 * offsets, like JavaScript strings). Matches in comments and strings fall on nodes that are not
 * callee names and are dropped.
 */
export function callsMatching(root: SyntaxNode, text: string, pattern: RegExp): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  const seen = new Set<number>();
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    if (name === undefined) continue;
    const offset = match.index + match[0].indexOf(name);
    let node = root.descendantForIndex(offset);
    // The `import` of `import()` is a named node wrapping an anonymous keyword token.
    if (node && !node.isNamed && node.parent?.type === node.type) node = node.parent;
    if (!node || (node.type !== 'identifier' && node.type !== 'property_identifier' && node.type !== 'import') || node.text !== name) continue;
    let callee: SyntaxNode = node;
    if (callee.parent?.type === 'member_expression' && callee.parent.childForFieldName('property')?.id === callee.id) callee = callee.parent;
    const call = callee.parent;
    if (call?.type !== 'call_expression' && call?.type !== 'new_expression') continue;
    const field = call.type === 'call_expression' ? 'function' : 'constructor';
    if (call.childForFieldName(field)?.id !== callee.id || seen.has(call.id)) continue;
    seen.add(call.id);
    calls.push(call);
  }
  return calls;
}

/**
 * The outermost calls of the chains rooted at an identifier matched by `pattern` (first group):
 * `app` in `app.get('/a', h).post(h)` gives the `.post(...)` call. A matched property of `this`
 * (`router` in `this.router.get(...)`) roots the chain at `this.router`.
 */
export function chainsRootedAt(root: SyntaxNode, text: string, pattern: RegExp): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  const seen = new Set<number>();
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    if (name === undefined) continue;
    const node = root.descendantForIndex(match.index + match[0].lastIndexOf(name));
    if (!node || node.text !== name) continue;
    let current: SyntaxNode;
    if (node.type === 'identifier') current = node;
    else if (node.type === 'property_identifier' && node.parent?.type === 'member_expression' && node.parent.childForFieldName('object')?.type === 'this') current = node.parent;
    else continue;
    let top: SyntaxNode | undefined;
    for (;;) {
      const member = current.parent;
      if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== current.id) break;
      const call = member.parent;
      if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== member.id) break;
      top = call;
      current = call;
    }
    if (top && !seen.has(top.id)) {
      seen.add(top.id);
      calls.push(top);
    }
  }
  return calls;
}

/** A regex alternation of names, safe for `$` in identifiers. */
export function namesPattern(names: Iterable<string>): string {
  return [...names].map((name) => name.replace(/[$]/g, '\\$&')).join('|');
}

/** Calls whose first argument is an identifier matched by `pattern` (first group): `routes(app)`. */
export function callsWithFirstArgument(root: SyntaxNode, text: string, pattern: RegExp): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    if (name === undefined) continue;
    const node = root.descendantForIndex(match.index + match[0].lastIndexOf(name));
    const list = node?.parent;
    if (node?.type !== 'identifier' || node.text !== name || list?.type !== 'arguments' || list.namedChildren[0]?.id !== node.id) continue;
    if (list.parent?.type === 'call_expression') calls.push(list.parent);
  }
  return calls;
}
