import { describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { parserFor } from './grammars.js';
import { countLines, parseFileToFacts, shareDescendantQueries, skipReasonFor } from './parse-file.js';

describe('skipReasonFor', () => {
  it('tells binary, minified and oversized files from ordinary ones', () => {
    expect(skipReasonFor('a.py', 'import os\n')).toBeUndefined();
    expect(skipReasonFor('a.js', 'a\u0000b')).toBe('binary');
    expect(skipReasonFor('dist/app.min.js', 'var a=1;\n')).toBe('minified');
    expect(skipReasonFor('a.js', `var a=[${'1,'.repeat(4000)}];\n`)).toBe('minified');
    // One long line in an otherwise ordinary file (a data literal) is not minification.
    expect(skipReasonFor('a.js', `${'const x = 1;\n'.repeat(500)}const d = "${'x'.repeat(6000)}";\n`)).toBeUndefined();
    expect(skipReasonFor('a.py', 'x = 1\n'.repeat(10), { maxBytes: 20, maxLineLength: 5000, minifiedAverageLineLength: 300 })).toBe('oversized');
  });

  it('counts lines with and without a final newline', () => {
    expect([countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb'), countLines('a\n\n')]).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('shared descendant queries', () => {
  const source = [
    'import os',
    'x = run(1)',
    'def f():',
    '    y = g(h(2))',
    '    return [call(i) for i in range(3)]',
    'class A:',
    '    z = k()',
  ].join('\n');

  const positions = (nodes: (Node | null)[]) => nodes.map((node) => `${node!.type}@${node!.startIndex}-${node!.endIndex}`);

  it('answers exactly what a fresh walk answers, in source order, however often it is asked', async () => {
    const parser = await parserFor('python');
    const plain = parser.parse(source)!;
    const shared = parser.parse(source)!;
    try {
      const root = shared.rootNode;
      shareDescendantQueries(root, 'python-test');
      for (const types of [['call'], ['assignment', 'call'], ['call', 'function_definition', 'assignment'], ['call'], 'assignment', ['identifier', 'call']] as const) {
        const expected = positions(plain.rootNode.descendantsOfType(types as string | string[]));
        expect(positions(root.descendantsOfType(types as string | string[]))).toEqual(expected);
      }
      // Callers own their arrays.
      root.descendantsOfType('call').length = 0;
      expect(root.descendantsOfType('call')).toHaveLength(6);
    } finally {
      plain.delete();
      shared.delete();
    }
  });

  it('reports syntax errors with 1-based positions', async () => {
    const outcome = await parseFileToFacts('a.py', 'def ok():\n    pass\n\ndef broken(:\n    pass\n');
    expect(outcome.kind === 'parsed' && outcome.facts.syntaxErrors[0]).toEqual({ line: 4, column: 12 });
  });
});
