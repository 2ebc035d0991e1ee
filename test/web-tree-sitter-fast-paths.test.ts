import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as original from 'web-tree-sitter';
// @ts-expect-error: a build script in plain JavaScript, without types
import { applyFastPaths } from '../scripts/web-tree-sitter-fast-paths.mjs';
import { readSyntaxTree, type SyntaxNode } from '../src/source/syntax-tree.js';

/**
 * dist/ bundles web-tree-sitter with the fast paths of scripts/web-tree-sitter-fast-paths.mjs.
 * The patched binding must read every tree exactly as the published one does.
 */
const require = createRequire(import.meta.url);
const runtimeWasm = require.resolve('web-tree-sitter/tree-sitter.wasm');
// The ESM build next to the runtime, the file the bundler reads (the package exports no path to it).
const libraryFile = path.join(path.dirname(runtimeWasm), 'tree-sitter.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'cg-fast-paths-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Binding = typeof original;

async function loadPatched(): Promise<Binding> {
  writeFileSync(path.join(scratch, 'tree-sitter.mjs'), applyFastPaths(readFileSync(libraryFile, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, ''));
  copyFileSync(runtimeWasm, path.join(scratch, 'tree-sitter.wasm'));
  return (await import(pathToFileURL(path.join(scratch, 'tree-sitter.mjs')).href)) as Binding;
}

/** Everything an extractor reads from a node, for every node of the tree, through the Node API. */
async function describeTree(binding: Binding, grammarWasm: string, source: string): Promise<string[]> {
  await binding.Parser.init({ locateFile: () => runtimeWasm });
  const language = await binding.Language.load(grammarWasm);
  const parser = new binding.Parser();
  parser.setLanguage(language);
  const tree = parser.parse(source)!;
  const fields = language.fields.filter((name): name is string => name !== null);
  const lines: string[] = [];
  const visit = (node: original.Node, depth: number) => {
    const byField = fields.flatMap((field) => {
      const child = node.childForFieldName(field);
      return child ? [`${field}=${child.type}@${child.startIndex}`] : [];
    });
    lines.push(
      [
        ' '.repeat(depth) + node.type,
        node.typeId,
        node.isNamed,
        `${node.startIndex}-${node.endIndex}`,
        `${node.startPosition.row}:${node.startPosition.column}`,
        node.parent?.type ?? '-',
        JSON.stringify(node.text),
        byField.join(','),
        node.namedChildren.length,
      ].join(' '),
    );
    for (const child of node.children) if (child) visit(child, depth + 1);
  };
  visit(tree.rootNode, 0);
  lines.push(tree.rootNode.descendantsOfType(['call', 'call_expression', 'identifier']).map((node) => `${node?.type}@${node?.startIndex}`).join(' '));
  tree.delete();
  return lines;
}

/** Every node of the tree as syntax-tree.ts copies it, through the binding's transfer cursor or without it. */
async function copyTree(binding: Binding, grammarWasm: string, source: string, transferCursor: boolean): Promise<string[]> {
  await binding.Parser.init({ locateFile: () => runtimeWasm });
  const language = await binding.Language.load(grammarWasm);
  const parser = new binding.Parser();
  parser.setLanguage(language);
  const tree = parser.parse(source)!;
  expect('transferCursor' in tree).toBe(transferCursor);
  const lines: string[] = [];
  const visit = (node: SyntaxNode) => {
    lines.push([node.id, node.type, node.typeId, node.fieldId, node.isNamed, node.isMissing, node.hasError, node.startIndex, node.endIndex, node.parent?.id ?? '-'].join(' '));
    node.children.forEach(visit);
  };
  visit(readSyntaxTree(tree as unknown as original.Tree, source));
  tree.delete();
  return lines;
}

const PYTHON = `from fastapi import APIRouter, Depends
router = APIRouter(prefix="/users")

@router.get("/{user_id}")
async def read(user_id: int, db=Depends(get_db)) -> dict:
    user = await db.get(User, user_id)
    return {"name": user.name, "posts": [p.title for p in user.posts]}

def broken(:
    pass
`;

const TYPESCRIPT = `import express from 'express';
const router = express.Router();
router.post('/articles', async (req: Request, res) => {
  const article = await Article.create({ ...req.body, authorId: req.user!.id });
  res.status(201).json({ article });
});
export default router;
`;

const SOURCES = [
  ['tree-sitter-python/tree-sitter-python.wasm', PYTHON],
  ['tree-sitter-typescript/tree-sitter-typescript.wasm', TYPESCRIPT],
] as const;

/** What `read` gives through the published binding and through the patched one, per source. */
async function bothBindings<T>(read: (binding: Binding, grammarWasm: string, source: string, patched: boolean) => Promise<T[]>): Promise<[T[], T[]][]> {
  const patched = await loadPatched();
  const pairs: [T[], T[]][] = [];
  for (const [grammar, source] of SOURCES) {
    const wasm = require.resolve(grammar);
    pairs.push([await read(original, wasm, source, false), await read(patched, wasm, source, true)]);
  }
  return pairs;
}

describe('web-tree-sitter fast paths', () => {
  it('applies to the installed web-tree-sitter and reads trees exactly as the published binding', async () => {
    for (const [expected, actual] of await bothBindings((binding, wasm, source) => describeTree(binding, wasm, source))) {
      expect(expected.length).toBeGreaterThan(50);
      expect(actual).toEqual(expected);
    }
  });

  it('copies trees through the transfer-buffer cursor exactly as through a TreeCursor', async () => {
    for (const [expected, actual] of await bothBindings(copyTree)) {
      expect(expected.length).toBeGreaterThan(50);
      expect(actual).toEqual(expected);
    }
  });

  it('refuses a binding whose source it was not written for', () => {
    expect(() => applyFastPaths('export class Parser {}')).toThrow(/not found exactly once/);
  });
});
