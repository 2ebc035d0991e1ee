/**
 * Just enough TOML to read dependency tables from pyproject.toml and Pipfile: tables, dotted and
 * quoted keys, strings (basic, literal, multi-line), arrays over several lines, inline tables, and
 * comments. Other scalars (numbers, dates, booleans) are kept as raw text. Malformed input never
 * throws: the scanner skips to the next line and records a problem.
 */

export type TomlValue =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'array'; items: TomlValue[]; line: number }
  | { kind: 'table'; entries: Map<string, TomlValue>; line: number }
  | { kind: 'other'; raw: string; line: number };

export interface TomlEntry {
  /** Dotted path of the enclosing `[table]` (empty at top level), with the key's own dotted prefix appended. */
  table: string;
  key: string;
  line: number;
  value: TomlValue;
}

export interface TomlDocument {
  entries: TomlEntry[];
  problems: string[];
}

class Scanner {
  index = 0;
  line = 1;
  constructor(readonly text: string) {}

  peek(offset = 0): string {
    return this.text[this.index + offset] ?? '';
  }
  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.index);
  }
  advance(count = 1): void {
    for (let step = 0; step < count && this.index < this.text.length; step++) {
      if (this.text[this.index] === '\n') this.line++;
      this.index++;
    }
  }
  atEnd(): boolean {
    return this.index >= this.text.length;
  }
  /** Skips spaces and tabs; with `newlines`, also line breaks and comments. */
  skipBlank(newlines: boolean): void {
    for (;;) {
      const char = this.peek();
      if (char === ' ' || char === '\t' || char === '\r') this.advance();
      else if (newlines && char === '\n') this.advance();
      else if (char === '#') {
        while (!this.atEnd() && this.peek() !== '\n') this.advance();
      } else return;
    }
  }
  skipLine(): void {
    while (!this.atEnd() && this.peek() !== '\n') this.advance();
    this.advance();
  }
}

class TomlSyntaxError extends Error {}

function readString(scanner: Scanner): string {
  const quote = scanner.peek();
  const triple = scanner.startsWith(quote.repeat(3));
  const delimiter = triple ? quote.repeat(3) : quote;
  scanner.advance(delimiter.length);
  let value = '';
  while (!scanner.atEnd()) {
    if (scanner.startsWith(delimiter)) {
      scanner.advance(delimiter.length);
      return value;
    }
    const char = scanner.peek();
    if (!triple && char === '\n') throw new TomlSyntaxError('unterminated string');
    if (quote === '"' && char === '\\') {
      const next = scanner.peek(1);
      const escapes: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', r: '\r' };
      value += escapes[next] ?? next;
      scanner.advance(2);
      continue;
    }
    value += char;
    scanner.advance();
  }
  throw new TomlSyntaxError('unterminated string');
}

function readKey(scanner: Scanner): string[] {
  const parts: string[] = [];
  for (;;) {
    scanner.skipBlank(false);
    const char = scanner.peek();
    if (char === '"' || char === "'") parts.push(readString(scanner));
    else {
      const match = /^[A-Za-z0-9_-]+/.exec(scanner.text.slice(scanner.index, scanner.index + 200));
      if (!match) throw new TomlSyntaxError('expected a key');
      parts.push(match[0]);
      scanner.advance(match[0].length);
    }
    scanner.skipBlank(false);
    if (scanner.peek() !== '.') return parts;
    scanner.advance();
  }
}

function readValue(scanner: Scanner): TomlValue {
  scanner.skipBlank(false);
  const line = scanner.line;
  const char = scanner.peek();
  if (char === '"' || char === "'") return { kind: 'string', value: readString(scanner), line };
  if (char === '[') {
    scanner.advance();
    const items: TomlValue[] = [];
    for (;;) {
      scanner.skipBlank(true);
      if (scanner.atEnd()) throw new TomlSyntaxError('unterminated array');
      if (scanner.peek() === ']') {
        scanner.advance();
        return { kind: 'array', items, line };
      }
      items.push(readValue(scanner));
      scanner.skipBlank(true);
      if (scanner.peek() === ',') scanner.advance();
    }
  }
  if (char === '{') {
    scanner.advance();
    const entries = new Map<string, TomlValue>();
    for (;;) {
      scanner.skipBlank(true);
      if (scanner.atEnd()) throw new TomlSyntaxError('unterminated inline table');
      if (scanner.peek() === '}') {
        scanner.advance();
        return { kind: 'table', entries, line };
      }
      const key = readKey(scanner).join('.');
      scanner.skipBlank(false);
      if (scanner.peek() !== '=') throw new TomlSyntaxError('expected `=` in inline table');
      scanner.advance();
      entries.set(key, readValue(scanner));
      scanner.skipBlank(true);
      if (scanner.peek() === ',') scanner.advance();
    }
  }
  const match = /^[^\s,\]}#]+/.exec(scanner.text.slice(scanner.index, scanner.index + 200));
  if (!match) throw new TomlSyntaxError('expected a value');
  scanner.advance(match[0].length);
  return { kind: 'other', raw: match[0], line };
}

export function parseTomlLite(text: string): TomlDocument {
  const scanner = new Scanner(text);
  const entries: TomlEntry[] = [];
  const problems: string[] = [];
  let table = '';
  while (!scanner.atEnd()) {
    scanner.skipBlank(true);
    if (scanner.atEnd()) break;
    const line = scanner.line;
    try {
      if (scanner.peek() === '[') {
        const arrayTable = scanner.startsWith('[[');
        scanner.advance(arrayTable ? 2 : 1);
        table = readKey(scanner).join('.');
        scanner.advance(arrayTable ? 2 : 1);
        scanner.skipBlank(false);
        continue;
      }
      const key = readKey(scanner);
      scanner.skipBlank(false);
      if (scanner.peek() !== '=') throw new TomlSyntaxError('expected `=`');
      scanner.advance();
      const value = readValue(scanner);
      const prefix = key.slice(0, -1).join('.');
      const fullTable = [table, prefix].filter(Boolean).join('.');
      entries.push({ table: fullTable, key: key[key.length - 1]!, line, value });
    } catch (error) {
      if (!(error instanceof TomlSyntaxError)) throw error;
      problems.push(`line ${line}: ${error.message}`);
      // Resume on the line after the one where the error was found.
      if (scanner.line === line) scanner.skipLine();
    }
  }
  return { entries, problems };
}

/** Every string in a value (array items, nested arrays), with its line. */
export function stringsOf(value: TomlValue): { value: string; line: number }[] {
  if (value.kind === 'string') return [{ value: value.value, line: value.line }];
  if (value.kind === 'array') return value.items.flatMap(stringsOf);
  return [];
}
