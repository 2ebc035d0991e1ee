import { requiredLiterals } from './regex-literals.js';

/**
 * The texts a file must contain for a tree-sitter query to match in it, read from the query's
 * source without compiling it (compiling costs ~10 ms a rule; a `check` of a few files would
 * spend most of its parse time on queries that cannot match):
 *
 *   ((call function: (identifier) @fn) @match (#eq? @fn "text"))   -> [[['text']]]
 *
 * One entry per top-level pattern, in order; each is a list of any-of sets the file must all
 * satisfy for that pattern to match. A capture's text is part of the file's text, so an `#eq?`,
 * `#any-of?` or `#match?` predicate on a capture that every match of the pattern has requires
 * those texts. A capture that a match may lack (under `?` or `*`, or in one branch of `[...]`)
 * holds its predicate vacuously, so it requires nothing. Anything not understood weakens the
 * answer, never makes it wrong: undefined means "no requirement can be read".
 */
export function queryLiterals(source: string): string[][][] | undefined {
  let patterns: Item[];
  try {
    patterns = new QueryReader(source).patterns();
  } catch {
    return undefined;
  }
  return patterns.map((pattern) => {
    const predicates: Predicate[] = [];
    const always = collect(pattern, predicates);
    const sets: string[][] = [];
    for (const predicate of predicates) {
      if (!always.has(predicate.capture)) continue;
      if (predicate.name === 'eq?' && predicate.values.length === 1) sets.push([predicate.values[0]!]);
      else if (predicate.name === 'any-of?' && predicate.values.length > 0) sets.push([...predicate.values]);
      else if (predicate.name === 'match?' && predicate.values.length === 1) sets.push(...requiredLiterals(predicate.values[0]!));
    }
    return sets;
  });
}

type Item =
  | { kind: 'group'; alternation: boolean; items: Item[]; optional: boolean; captures: string[] }
  | { kind: 'predicate'; predicate: Predicate }
  | { kind: 'leaf'; optional: boolean; captures: string[] };

interface Predicate {
  name: string;
  capture: string;
  values: string[];
}

/**
 * The captures every match of `item` has, gathering the pattern's predicates on the way: a
 * sequence has those of each part, an alternation those of all its branches, an optional part none.
 */
function collect(item: Item, predicates: Predicate[]): Set<string> {
  if (item.kind === 'predicate') {
    predicates.push(item.predicate);
    return new Set();
  }
  let always = new Set<string>();
  if (item.kind === 'group') {
    const parts: Set<string>[] = [];
    for (const child of item.items) {
      const captured = collect(child, predicates);
      // A predicate captures nothing; in an alternation it is no branch of its own.
      if (child.kind !== 'predicate') parts.push(captured);
    }
    if (!item.alternation) for (const part of parts) for (const capture of part) always.add(capture);
    else if (parts.length > 0) always = new Set([...parts[0]!].filter((capture) => parts.every((part) => part.has(capture))));
  }
  for (const capture of item.captures) always.add(capture);
  return item.optional ? new Set() : always;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0' };

/** A reader of the tree-sitter query syntax, just deep enough to find patterns, captures and predicates. */
class QueryReader {
  private position = 0;

  constructor(private readonly source: string) {}

  patterns(): Item[] {
    const patterns: Item[] = [];
    for (;;) {
      this.skipSpace();
      if (this.position >= this.source.length) return patterns;
      patterns.push(this.item());
    }
  }

  private item(): Item {
    const char = this.source[this.position]!;
    let item: Item;
    if (char === '(' && this.source[this.position + 1] === '#') item = this.predicate();
    else if (char === '(' || char === '[') item = this.group(char === '[');
    else if (char === '"') {
      this.string();
      item = { kind: 'leaf', optional: false, captures: [] };
    } else if (char === '.') {
      // An anchor: no node, no capture.
      this.position++;
      return { kind: 'leaf', optional: false, captures: [] };
    } else {
      // A field name (`name:` followed by its node), a negated field (`!name`), `_` or a bare node name.
      const word = this.word();
      if (word.endsWith(':')) {
        this.skipSpace();
        return this.item();
      }
      item = { kind: 'leaf', optional: false, captures: [] };
    }
    if (item.kind === 'predicate') return item;
    this.suffixes(item);
    return item;
  }

  /** Quantifiers and captures after a node: `(x)? @a @b`. */
  private suffixes(item: Exclude<Item, { kind: 'predicate' }>): void {
    for (;;) {
      this.skipSpace();
      const char = this.source[this.position];
      if (char === '?' || char === '*') {
        item.optional = true;
        this.position++;
      } else if (char === '+') this.position++;
      else if (char === '@') {
        this.position++;
        item.captures.push(this.word());
      } else return;
    }
  }

  private group(alternation: boolean): Item {
    const close = alternation ? ']' : ')';
    this.position++;
    const items: Item[] = [];
    for (;;) {
      this.skipSpace();
      if (this.position >= this.source.length) throw new Error('unclosed group');
      if (this.source[this.position] === close) {
        this.position++;
        return { kind: 'group', alternation, items, optional: false, captures: [] };
      }
      items.push(this.item());
    }
  }

  private predicate(): Item {
    this.position += 2;
    const start = this.position;
    while (this.position < this.source.length && /[\w?!-]/.test(this.source[this.position]!)) this.position++;
    const name = this.source.slice(start, this.position);
    let capture = '';
    const values: string[] = [];
    for (;;) {
      this.skipSpace();
      const char = this.source[this.position];
      if (char === undefined) throw new Error('unclosed predicate');
      if (char === ')') {
        this.position++;
        return { kind: 'predicate', predicate: { name, capture, values } };
      }
      if (char === '@') {
        this.position++;
        const word = this.word();
        // The predicates read here compare one capture with literals; a second capture makes it something else.
        if (capture) return this.skipPredicate();
        capture = word;
      } else if (char === '"') values.push(this.string());
      else values.push(this.word());
    }
  }

  private skipPredicate(): Item {
    let depth = 1;
    while (depth > 0 && this.position < this.source.length) {
      const char = this.source[this.position];
      if (char === '"') {
        this.string();
        continue;
      }
      if (char === '(') depth++;
      if (char === ')') depth--;
      this.position++;
    }
    return { kind: 'predicate', predicate: { name: '', capture: '', values: [] } };
  }

  private string(): string {
    let value = '';
    this.position++;
    while (this.position < this.source.length) {
      const char = this.source[this.position++]!;
      if (char === '"') return value;
      if (char === '\\') {
        const escaped = this.source[this.position++] ?? '';
        value += ESCAPES[escaped] ?? escaped;
      } else value += char;
    }
    throw new Error('unclosed string');
  }

  private word(): string {
    const start = this.position;
    while (this.position < this.source.length && !/[\s()[\]"@?*+]/.test(this.source[this.position]!)) this.position++;
    if (this.position === start) throw new Error(`unexpected ${this.source[this.position]}`);
    return this.source.slice(start, this.position);
  }

  private skipSpace(): void {
    while (this.position < this.source.length) {
      const char = this.source[this.position]!;
      if (char === ';') {
        while (this.position < this.source.length && this.source[this.position] !== '\n') this.position++;
      } else if (/\s/.test(char)) this.position++;
      else return;
    }
  }
}
