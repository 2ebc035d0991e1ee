import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { grammarForPath, parserFor, type GrammarName } from '../src/source/grammars.js';
import { readSyntaxTree, type SyntaxNode } from '../src/source/syntax-tree.js';

/**
 * The extractors read syntax-tree.ts's copy of each tree instead of web-tree-sitter's Node API;
 * the copy must answer every question they ask exactly as the Node API does.
 */
const root = path.resolve(import.meta.dirname, '..');
const fixtureFiles = fg.sync(['rules/**/*.{py,js,mjs,cjs,ts,tsx}', 'test/apps/**/*.{py,js,ts}'], { cwd: root, ignore: ['**/node_modules/**'] }).sort();

/** Sources that stress what fixtures rarely have: syntax errors, missing tokens, wide characters, CRLF. */
const edgeSources: [string, string][] = [
  ['broken.py', 'def ok():\n    pass\n\ndef broken(:\n    return [x for x in\nclass A(\n'],
  ['missing.js', 'const a = {\n  b: f(1,\n};\nif (x) { y(\n'],
  ['unicode.py', '# ünïcödé 😀 中文\nname = "😀😀"; other = f("中", x)\ndef g(a="é"):\n    return a\n'],
  ['unicode.ts', 'const s = `😀 ${user.name} 中文`;\nfunction f(a: string = "é"): number { return a.length }\n'],
  ['crlf.js', 'const a = 1;\r\nfunction f() {\r\n  return a;\r\n}\r\n'],
  ['empty.py', ''],
  ['extras.tsx', '// comment\nexport const A = () => <div id="x">{/* c */ value}</div>;\n'],
];

const point = (value: { row: number; column: number }) => `${value.row}:${value.column}`;
const label = (node: { type: string; startIndex: number; endIndex: number } | null | undefined) => (node ? `${node.type}@${node.startIndex}-${node.endIndex}` : '-');

/** Compares one node and, recursively, its subtree; returns how many nodes were compared. */
function compare(real: Node, flat: SyntaxNode, fields: string[], where: string): number {
  const at = `${where} ${label(real)}`;
  expect(
    [flat.type, flat.typeId, flat.isNamed, flat.isMissing, flat.isError, flat.hasError, flat.startIndex, flat.endIndex, point(flat.startPosition), point(flat.endPosition), flat.text],
    at,
  ).toEqual([real.type, real.typeId, real.isNamed, real.isMissing, real.isError, real.hasError, real.startIndex, real.endIndex, point(real.startPosition), point(real.endPosition), real.text]);
  expect([label(flat.parent), flat.children.length, label(flat.child(1)), label(flat.firstNamedChild), label(flat.nextNamedSibling)], at).toEqual([
    label(real.parent),
    real.childCount,
    label(real.child(1)),
    label(real.firstNamedChild),
    label(real.nextNamedSibling),
  ]);
  expect(fields.map((field) => `${field}=${label(flat.childForFieldName(field))}`), at).toEqual(fields.map((field) => `${field}=${label(real.childForFieldName(field))}`));
  if (flat.children.length > 1) {
    expect(fields.map((field) => `${field}=${flat.childrenForFieldName(field).map(label)}`), at).toEqual(fields.map((field) => `${field}=${real.childrenForFieldName(field).map(label)}`));
  }
  expect(flat.namedChildren.map(label), at).toEqual(real.namedChildren.map(label));
  let compared = 1;
  real.children.forEach((child, index) => {
    compared += compare(child!, flat.children[index]!, fields, where);
  });
  expect(flat.children).toHaveLength(real.childCount);
  return compared;
}

async function both(file: string, text: string, grammar: GrammarName, check: (real: Node, flat: SyntaxNode, fields: string[]) => void): Promise<void> {
  const parser = await parserFor(grammar);
  const tree = parser.parse(text)!;
  try {
    check(tree.rootNode, readSyntaxTree(tree, text), tree.language.fields.filter((field): field is string => field !== null));
  } finally {
    tree.delete();
  }
}

describe('readSyntaxTree', () => {
  it('finds fixture files to compare', () => {
    expect(fixtureFiles.length).toBeGreaterThan(200);
  });

  it('answers as the Node API for every node of the fixtures and of the edge cases', async () => {
    let nodes = 0;
    const sources: [string, string][] = [...fixtureFiles.map((file): [string, string] => [file, readFileSync(path.join(root, file), 'utf8')]), ...edgeSources];
    for (const [file, text] of sources) {
      await both(file, text, grammarForPath(file)!, (real, flat, fields) => {
        nodes += compare(real, flat, fields, file);
      });
    }
    expect(nodes).toBeGreaterThan(50_000);
  });

  it('gives the descendants of a type as the Node API does, for the root and for inner nodes', async () => {
    const typeSets = [['call'], ['call_expression'], ['identifier', 'call', 'call_expression'], ['string', 'template_string'], ['assignment', 'function_definition', 'arrow_function'], ['ERROR']];
    for (const [file, text] of [...fixtureFiles.filter((_, index) => index % 5 === 0).map((file): [string, string] => [file, readFileSync(path.join(root, file), 'utf8')]), ...edgeSources]) {
      await both(file, text, grammarForPath(file)!, (real, flat) => {
        const pairs: [Node, SyntaxNode][] = [[real, flat]];
        // The root and every node two levels down.
        for (const [index, child] of real.children.entries()) {
          for (const [inner, grandchild] of child!.children.entries()) pairs.push([grandchild!, flat.children[index]!.children[inner]!]);
        }
        for (const [realNode, flatNode] of pairs) {
          for (const types of typeSets) {
            expect(flatNode.descendantsOfType(types).map(label), `${file} ${label(realNode)} ${types}`).toEqual(realNode.descendantsOfType(types).map(label));
          }
        }
      });
    }
  });

  it('finds the node at every index as descendantForIndex does', async () => {
    for (const [file, text] of [...fixtureFiles.filter((_, index) => index % 10 === 0).map((file): [string, string] => [file, readFileSync(path.join(root, file), 'utf8')]), ...edgeSources]) {
      await both(file, text, grammarForPath(file)!, (real, flat) => {
        for (let index = 0; index <= text.length; index++) {
          expect(label(flat.descendantForIndex(index)), `${file} @${index}`).toBe(label(real.descendantForIndex(index)));
        }
        expect(label(flat.descendantForIndex(2, 7))).toBe(label(real.descendantForIndex(2, 7)));
      });
    }
  });

  it('numbers nodes in document order, each subtree a run of ids', async () => {
    await both('a.py', 'def f(x):\n    return g(x)\n', 'python', (_, flat) => {
      const ids: number[] = [];
      const visit = (node: SyntaxNode) => {
        ids.push(node.id);
        node.children.forEach(visit);
        expect(node.lastDescendantId).toBe(ids[ids.length - 1]);
      };
      visit(flat);
      expect(ids).toEqual(ids.map((_, index) => index));
    });
  });
});
