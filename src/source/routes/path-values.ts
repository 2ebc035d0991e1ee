import type { PathExpression } from '../facts.js';
import { resolveSymbol, type SymbolIndex } from './symbols.js';
import { PYTHON_CONSTANTS } from '../python/conventions.js';

/**
 * Turns a PathExpression into a string where the repository says what it is: literals, constants
 * of this or an imported file (`PREFIX`, `settings.API_PREFIX`, `Config.API_PREFIX`), and `+` /
 * f-string / template-literal compositions of those. What stays unknown is shown as `${name}` and
 * marks the route partial.
 */

export interface PathValue {
  text: string;
  partial: boolean;
}

/** A string constant recorded by an extractor (`checkFacts['python-constants']`; same shape for any language). */
interface ConstantEntry extends PathExpression {
  name: string;
  container?: string;
}

const CONSTANT_KEYS = [PYTHON_CONSTANTS, 'constants'];
const MAX_DEPTH = 8;

export function evaluatePath(index: SymbolIndex, file: string, expression: PathExpression | undefined, depth = 0): PathValue {
  if (!expression) return { text: '', partial: false };
  if (expression.value !== undefined) return { text: expression.value, partial: false };
  if (depth > MAX_DEPTH) return unknown(expression);
  if (expression.text !== undefined) {
    const composed = evaluateText(index, file, expression.text, depth);
    if (composed) return composed;
    return unknown(expression);
  }
  if (expression.reference !== undefined) return evaluateReference(index, file, expression.reference, depth) ?? unknown(expression);
  return unknown(expression);
}

function unknown(expression: PathExpression): PathValue {
  return { text: `\${${expression.reference ?? expression.text ?? '?'}}`, partial: true };
}

function constantsOf(index: SymbolIndex, file: string): ConstantEntry[] {
  const facts = index.files.get(file);
  if (!facts) return [];
  return CONSTANT_KEYS.flatMap((key) => (facts.checkFacts[key] ?? []) as ConstantEntry[]);
}

/**
 * `PREFIX` -> a module-level constant here or where it is imported from; `a.B` -> constant B of class
 * `a` here, or constant B (module-level or of any class) of the file `a` is imported from. Settings
 * objects (`settings = Settings()`) are read through their class's attributes.
 */
function evaluateReference(index: SymbolIndex, file: string, reference: string, depth: number): PathValue | undefined {
  const segments = reference.split('.');
  const local = constantsOf(index, file);
  if (segments.length === 1) {
    const constant = local.find((entry) => entry.name === reference && entry.container === undefined);
    if (constant) return evaluatePath(index, file, constant, depth + 1);
  } else if (segments.length === 2) {
    const constant = local.find((entry) => entry.container === segments[0] && entry.name === segments[1]);
    if (constant) return evaluatePath(index, file, constant, depth + 1);
  }
  const target = resolveSymbol(index, file, reference);
  if (!target || target.file === file) {
    // A local settings instance: `settings = Settings()` then `settings.API_PREFIX`.
    if (segments.length === 2) {
      const attribute = local.find((entry) => entry.name === segments[1] && entry.container !== undefined);
      if (attribute) return evaluatePath(index, file, attribute, depth + 1);
    }
    return undefined;
  }
  const remote = constantsOf(index, target.file);
  const wanted = target.rest.length > 0 ? target.rest[target.rest.length - 1]! : target.name;
  if (!wanted) return undefined;
  const constant =
    (target.rest.length === 0 ? remote.find((entry) => entry.name === wanted && entry.container === undefined) : undefined) ??
    remote.find((entry) => entry.name === wanted && entry.container === target.name) ??
    remote.find((entry) => entry.name === wanted);
  return constant ? evaluatePath(index, target.file, constant, depth + 1) : undefined;
}

/** `A + "/x"`, `f"{A}/x"`, `` `${A}/x` ``: literal pieces and references, nothing else. */
function evaluateText(index: SymbolIndex, file: string, text: string, depth: number): PathValue | undefined {
  const pieces = splitComposition(text.trim());
  if (!pieces) return undefined;
  let result = '';
  let partial = false;
  for (const piece of pieces) {
    if (piece.kind === 'literal') {
      result += piece.value;
      continue;
    }
    const value = evaluatePath(index, file, { reference: piece.value }, depth + 1);
    result += value.text;
    partial ||= value.partial;
  }
  return { text: result, partial };
}

type Piece = { kind: 'literal' | 'reference'; value: string };

const NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

function splitComposition(text: string): Piece[] | undefined {
  const template = /^(?:[fF][rR]?|[rR][fF])?(["'`])([\s\S]*)\1$/.exec(text);
  if (template && (text[0] === '`' || /^[rR]?[fF]/.test(text))) return splitInterpolated(template[2]!, text[0] === '`');
  const parts = splitOnPlus(text);
  if (!parts || parts.length < 2) return undefined;
  const pieces: Piece[] = [];
  for (const part of parts) {
    const trimmed = part.trim().replace(/^\((.*)\)$/, '$1').trim();
    const literal = /^(["'])(.*)\1$/.exec(trimmed);
    if (literal) pieces.push({ kind: 'literal', value: literal[2]! });
    else if (NAME.test(trimmed)) pieces.push({ kind: 'reference', value: trimmed });
    else {
      const nested = splitComposition(trimmed);
      if (!nested) return undefined;
      pieces.push(...nested);
    }
  }
  return pieces;
}

function splitInterpolated(body: string, isTemplate: boolean): Piece[] | undefined {
  const pieces: Piece[] = [];
  const pattern = isTemplate ? /\$\{([^}]*)\}/g : /\{([^{}]*)\}/g;
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    pieces.push({ kind: 'literal', value: body.slice(last, match.index) });
    const name = match[1]!.trim();
    if (!NAME.test(name)) return undefined;
    pieces.push({ kind: 'reference', value: name });
    last = match.index + match[0].length;
  }
  pieces.push({ kind: 'literal', value: body.slice(last) });
  return pieces;
}

/** Splits on `+` outside quotes and brackets. */
function splitOnPlus(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let position = 0; position < text.length; position++) {
    const character = text[position]!;
    if (quote) {
      if (character === '\\') position++;
      else if (character === quote) quote = undefined;
      continue;
    }
    if (character === '"' || character === "'" || character === '`') quote = character;
    else if (character === '(' || character === '[') depth++;
    else if (character === ')' || character === ']') depth--;
    else if (character === '+' && depth === 0) {
      parts.push(text.slice(start, position));
      start = position + 1;
    }
  }
  if (quote || depth !== 0) return undefined;
  parts.push(text.slice(start));
  return parts;
}
