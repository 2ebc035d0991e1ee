import type { SyntaxNode } from '../syntax-tree.js';
import type { PathExpression } from '../facts.js';

/** Small readers over tree-sitter-python nodes, shared by the framework extractors. */

export function lineOf(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** The value of a string literal without interpolation (`'a'`, `r'a'`, `'a' 'b'`); undefined otherwise. */
export function stringValue(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'concatenated_string') {
    let value = '';
    for (const part of node.namedChildren) {
      const partValue = stringValue(part);
      if (partValue === undefined) return undefined;
      value += partValue;
    }
    return value;
  }
  if (node.type !== 'string') return undefined;
  const start = node.namedChildren.find((child) => child.type === 'string_start');
  const prefix = (start?.text ?? '').replace(/["']+$/, '').toLowerCase();
  if (prefix.includes('f') || prefix.includes('b')) {
    if (node.namedChildren.some((child) => child.type === 'interpolation')) return undefined;
    if (prefix.includes('b')) return undefined;
  }
  const raw = prefix.includes('r');
  let value = '';
  for (const child of node.namedChildren) {
    if (child.type === 'string_content') value += child.text;
    else if (child.type === 'escape_sequence') value += raw ? child.text : unescape(child.text);
  }
  return value;
}

function unescape(sequence: string): string {
  const letter = sequence.slice(1);
  return SIMPLE_ESCAPES[letter] ?? sequence;
}

/** `a`, `a.b.c` as text; undefined for anything else (calls, subscripts...). */
export function dottedName(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = dottedName(node.childForFieldName('object'));
    const attribute = node.childForFieldName('attribute');
    return object && attribute ? `${object}.${attribute.text}` : undefined;
  }
  return undefined;
}

/** A route path or prefix as far as this file can tell. */
export function pathExpression(node: SyntaxNode | null | undefined): PathExpression {
  if (!node) return {};
  const value = stringValue(node);
  if (value !== undefined) return { value };
  const reference = dottedName(node);
  if (reference) return { reference };
  // Composite: `PREFIX + '/x'`, f"{PREFIX}/x". Keep the text for the composer to evaluate, and name
  // the first reference so a reader can see what it depends on.
  const firstReference = firstReferenceIn(node);
  return firstReference ? { reference: firstReference, text: node.text } : { text: node.text };
}

function firstReferenceIn(node: SyntaxNode): string | undefined {
  if (node.type === 'identifier' || node.type === 'attribute') return dottedName(node);
  for (const child of node.namedChildren) {
    const found = firstReferenceIn(child);
    if (found) return found;
  }
  return undefined;
}

export interface CallArguments {
  positional: SyntaxNode[];
  keywords: Map<string, SyntaxNode>;
}

export function callArguments(call: SyntaxNode): CallArguments {
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  const list = call.childForFieldName('arguments');
  for (const argument of list ? list.namedChildren : []) {
    if (argument.type === 'keyword_argument') {
      const name = argument.childForFieldName('name')?.text;
      const value = argument.childForFieldName('value');
      if (name && value) keywords.set(name, value);
    } else if (argument.type !== 'comment') {
      positional.push(argument);
    }
  }
  return { positional, keywords };
}

/** The called name of a call node as dotted text (`web.get`, `app.router.add_get`); undefined for computed callees. */
export function calleeName(call: SyntaxNode): string | undefined {
  return dottedName(call.childForFieldName('function'));
}

/** The last name of a call's callee (`register` of `router.register(...)`), read without building the dotted name. */
export function lastName(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text;
  return undefined;
}

/** String values of a list/tuple/set literal of strings (`methods=["GET", "POST"]`). */
export function stringList(node: SyntaxNode | null | undefined): string[] | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'concatenated_string') {
    const value = stringValue(node);
    return value === undefined ? undefined : [value];
  }
  if (node.type !== 'list' && node.type !== 'tuple' && node.type !== 'set') return undefined;
  const values: string[] = [];
  for (const element of node.namedChildren) {
    const value = stringValue(element);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

/** The name and line of a decorated function or class, and whether it is async. */
export function decoratedTarget(decorated: SyntaxNode): { name?: string; line: number; async: boolean; kind: 'function' | 'class' } | undefined {
  const definition = decorated.childForFieldName('definition');
  if (!definition) return undefined;
  const name = definition.childForFieldName('name')?.text;
  const kind = definition.type === 'class_definition' ? 'class' : 'function';
  const isAsync = definition.children.some((child) => child?.type === 'async');
  return { name, line: lineOf(definition), async: isAsync, kind };
}

/** True when the string node is a docstring or other bare expression statement (documentation, not code). */
export function isBareStringStatement(node: SyntaxNode): boolean {
  let current: SyntaxNode | null = node;
  while (current?.parent?.type === 'concatenated_string') current = current.parent;
  return current?.parent?.type === 'expression_statement' && current.parent.namedChildren.length === 1;
}
