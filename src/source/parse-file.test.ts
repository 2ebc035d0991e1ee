import { describe, expect, it } from 'vitest';
import { countLines, parseFileToFacts, skipReasonFor } from './parse-file.js';

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

describe('parseFileToFacts', () => {
  it('reports syntax errors with 1-based positions', async () => {
    const outcome = await parseFileToFacts('a.py', 'def ok():\n    pass\n\ndef broken(:\n    pass\n');
    expect(outcome.kind === 'parsed' && outcome.facts.syntaxErrors[0]).toEqual({ line: 4, column: 12 });
  });
});
