import type { Language, Point, Tree } from 'web-tree-sitter';

/**
 * A parsed file's syntax tree copied out of wasm memory into plain JavaScript objects, read by
 * every extractor and semantic-check collector.
 *
 * Each read of web-tree-sitter's Node API crosses into wasm and builds new objects (a node's
 * children are rebuilt on every `children`, its type is looked up on every `type`), and the
 * extractors read the same nodes many times over: a cold audit spent a third of its worker time
 * in that binding. One cursor walk per file copies every visible node once; after it, reading the
 * tree costs what reading any JavaScript object costs. Queries still run in wasm, on the Tree.
 *
 * The API is the subset of web-tree-sitter's Node the extractors use, with the same meaning
 * (test/syntax-tree.test.ts compares the two on every node of the fixture files). `id` is the
 * node's number in document order, unique within its file only.
 */

/** What the walk reads at the cursor: a web-tree-sitter TreeCursor, or the binding's faster transfer-buffer cursor. */
interface CursorSteps {
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  readonly nodeTypeId: number;
  readonly currentFieldId: number;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly nodeIsMissing: boolean;
  delete(): void;
}

/** dist/ bundles web-tree-sitter with `transferCursor` added (scripts/web-tree-sitter-fast-paths.mjs). */
type TreeWithTransferCursor = Tree & { transferCursor?: () => CursorSteps };

const ERROR_TYPE_ID = 65535;

/** Per language: type names and named flags by type id, type ids by name (aliases share names), field ids by name. */
interface LanguageTables {
  types: string[];
  named: boolean[];
  typeIds: Map<string, number[]>;
  fieldIds: Map<string, number>;
}

const tablesByLanguage = new WeakMap<Language, LanguageTables>();

function tablesFor(language: Language): LanguageTables {
  let tables = tablesByLanguage.get(language);
  if (!tables) {
    const types = language.types.map((type) => type ?? 'ERROR');
    const named = types.map((_, id) => language.nodeTypeIsNamed(id));
    const typeIds = new Map<string, number[]>([['ERROR', [ERROR_TYPE_ID]]]);
    // By the grammar's own names, as web-tree-sitter's descendantsOfType matches them.
    language.types.forEach((type, id) => {
      if (type === null) return;
      const ids = typeIds.get(type);
      if (!ids) typeIds.set(type, [id]);
      else if (!ids.includes(id)) ids.push(id);
    });
    const fieldIds = new Map<string, number>();
    language.fields.forEach((name, id) => {
      if (name !== null && !fieldIds.has(name)) fieldIds.set(name, id);
    });
    tables = { types, named, typeIds, fieldIds };
    tablesByLanguage.set(language, tables);
  }
  return tables;
}

/** What the nodes of one tree share: the text, the line starts, the nodes in document order and by type. */
class SourceText {
  private lineStarts?: number[];
  /** Nodes in document order by type id, filled by the walk. */
  readonly byTypeId: SyntaxNode[][] = [];
  private merged?: Map<string, SyntaxNode[]>;

  constructor(
    readonly text: string,
    readonly tables: LanguageTables,
  ) {}

  /** Row and column (in UTF-16 code units, as web-tree-sitter gives them) of a text index. */
  position(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return { row: low, column: index - starts[low]! };
  }

  /** The nodes of a type in document order (callers must not change the list). */
  ofType(type: string): readonly SyntaxNode[] {
    const ids = this.tables.typeIds.get(type);
    if (!ids) return NO_NODES;
    if (ids.length === 1) return this.byTypeId[ids[0]!] ?? NO_NODES;
    let merged = this.merged?.get(type);
    if (!merged) {
      merged = ids.flatMap((id) => this.byTypeId[id] ?? []).sort((a, b) => a.id - b.id);
      (this.merged ??= new Map()).set(type, merged);
    }
    return merged;
  }
}

/** The children of every leaf: one frozen list, so a leaf costs no array of its own. */
const NO_NODES: readonly SyntaxNode[] = Object.freeze([]);

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

export class SyntaxNode {
  /** All children, named or not, in order. */
  children: readonly SyntaxNode[];
  /** The id of the last node of this subtree (its descendants are the ids between). */
  lastDescendantId: number;
  hasError: boolean;
  isMissing: boolean;
  private namedChildrenMemo: readonly SyntaxNode[] | undefined;

  constructor(
    private readonly source: SourceText,
    readonly id: number,
    readonly typeId: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: SyntaxNode | null,
    /** The field this node fills in its parent, 0 for none. */
    readonly fieldId: number,
    /** Its position among the parent's children. */
    readonly indexInParent: number,
  ) {
    this.children = NO_NODES;
    this.lastDescendantId = id;
    this.hasError = false;
    this.isMissing = false;
    this.namedChildrenMemo = undefined;
  }

  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.source.position(this.startIndex);
  }

  get endPosition(): Point {
    return this.source.position(this.endIndex);
  }

  get isError(): boolean {
    return this.typeId === ERROR_TYPE_ID;
  }

  get namedChildren(): readonly SyntaxNode[] {
    return (this.namedChildrenMemo ??= this.children.length === 0 ? NO_NODES : this.children.filter((child) => child.isNamed));
  }

  child(index: number): SyntaxNode | null {
    return this.children[index] ?? null;
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.namedChildren[0] ?? null;
  }

  /** Like tree-sitter, skips zero-width siblings where this node ends (an empty block after a syntax error). */
  get nextNamedSibling(): SyntaxNode | null {
    const siblings = this.parent?.children ?? [];
    for (let index = this.indexInParent + 1; index < siblings.length; index++) {
      const sibling = siblings[index]!;
      if (sibling.isNamed && sibling.endIndex > this.endIndex) return sibling;
    }
    return null;
  }

  childForFieldName(name: string): SyntaxNode | null {
    const fieldId = this.source.tables.fieldIds.get(name);
    if (fieldId === undefined) return null;
    for (const child of this.children) if (child.fieldId === fieldId) return child;
    return null;
  }

  childrenForFieldName(name: string): readonly SyntaxNode[] {
    const fieldId = this.source.tables.fieldIds.get(name);
    return fieldId === undefined ? [] : this.children.filter((child) => child.fieldId === fieldId);
  }

  /** The node and its descendants of the given types, in document order (as web-tree-sitter includes the node). */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    const wanted = typeof types === 'string' ? [types] : [...new Set(types)];
    const found: SyntaxNode[] = [];
    for (const type of wanted) {
      const all = this.source.ofType(type);
      for (let index = firstAtOrAfter(all, this.id); index < all.length && all[index]!.id <= this.lastDescendantId; index++) found.push(all[index]!);
    }
    if (wanted.length > 1) found.sort((a, b) => a.id - b.id);
    return found;
  }

  /** The smallest node (named or not) that spans the range from `start` to `end`, as tree-sitter finds it. */
  descendantForIndex(start: number, end = start): SyntaxNode {
    let node: SyntaxNode = this;
    for (let descended = true; descended; ) {
      descended = false;
      for (const child of node.children) {
        if (child.endIndex < end || child.endIndex <= start) continue;
        if (start < child.startIndex) break;
        node = child;
        descended = true;
        break;
      }
    }
    return node;
  }
}

/** The index of the first node in `nodes` (ascending ids) with an id of `id` or above. */
function firstAtOrAfter(nodes: readonly SyntaxNode[], id: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (nodes[middle]!.id < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Copies every visible node of `tree` (parsed from `text`) with one cursor walk; returns the root. */
export function readSyntaxTree(tree: Tree, text: string): SyntaxNode {
  const tables = tablesFor(tree.language);
  const source = new SourceText(text, tables);
  const cursor: CursorSteps = (tree as TreeWithTransferCursor).transferCursor?.() ?? tree.walk();
  let count = 0;
  let root: SyntaxNode | undefined;
  let parent: SyntaxNode | null = null;
  try {
    for (;;) {
      const typeId = cursor.nodeTypeId;
      const startIndex = cursor.startIndex;
      const endIndex = cursor.endIndex;
      // Only the walk appends to children, while it builds them.
      const siblings = parent?.children as SyntaxNode[] | undefined;
      const node: SyntaxNode = new SyntaxNode(
        source,
        count++,
        typeId,
        tables.types[typeId] ?? 'ERROR',
        typeId === ERROR_TYPE_ID || tables.named[typeId] === true,
        startIndex,
        endIndex,
        parent,
        parent ? cursor.currentFieldId : 0,
        siblings ? siblings.length : 0,
      );
      // Only zero-width nodes can be MISSING: one call into wasm saved for every other node.
      if (startIndex === endIndex && cursor.nodeIsMissing) node.isMissing = true;
      if (typeId === ERROR_TYPE_ID || node.isMissing) node.hasError = true;
      root ??= node;
      siblings?.push(node);
      (source.byTypeId[typeId] ??= []).push(node);
      if (cursor.gotoFirstChild()) {
        node.children = [];
        parent = node;
        continue;
      }
      // Climb until a node has a next sibling; each node left behind is complete.
      for (let finished = node; ; ) {
        finished.lastDescendantId = count - 1;
        const up = finished.parent;
        if (finished.hasError && up) up.hasError = true;
        if (cursor.gotoNextSibling()) {
          parent = up;
          break;
        }
        if (!up || !cursor.gotoParent()) return root;
        finished = up;
      }
    }
  } finally {
    cursor.delete();
  }
}
