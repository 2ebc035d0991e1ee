// Faster paths through web-tree-sitter's JavaScript binding, applied to the copy bundled in dist/.
//
// A cold audit spends about a third of its worker time in the binding rather than in tree-sitter:
// every node the extractors touch is a JavaScript object rebuilt from wasm memory, and every
// property read writes the node back to wasm memory first. Three spots dominate, and each change
// keeps the behaviour exactly:
//   - getValue/setValue are generic over the value type (a string compare chain per call); the
//     binding only ever moves 32-bit integers through them on the node paths, so that case goes first;
//   - Node declares class fields and keeps its wasm handle in an indexed slot (`this[0]`): each of the
//     millions of nodes a run builds pays the field initialiser and an elements store; a named
//     property assigned in the constructor gives every node one fixed shape;
//   - childForFieldName looks the field name up with indexOf over the grammar's field list on every
//     call; the index is memoised per language.
// Every replacement must find its anchor, so an upgrade of web-tree-sitter fails the build (and
// test/web-tree-sitter-fast-paths.test.ts) instead of silently shipping the slow paths.

import { readFile } from 'node:fs/promises';

export const FAST_PATH_VERSION = '0.25.10';

const REPLACEMENTS = [
  {
    why: 'i32 first in getValue',
    from: 'function getValue(ptr, type = "i8") {\n',
    to: 'function getValue(ptr, type = "i8") {\n      if (type === "i32") return LE_HEAP_LOAD_I32((ptr >> 2) * 4);\n',
  },
  {
    why: 'i32 first in setValue',
    from: 'function setValue(ptr, value, type = "i8") {\n',
    to: 'function setValue(ptr, value, type = "i8") {\n      if (type === "i32") {\n        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);\n        return;\n      }\n',
  },
  {
    why: 'no class-field initialisers on Node',
    from: '  /** @internal */\n  // @ts-expect-error: never read\n  [0] = 0;\n  // Internal handle for Wasm\n  /** @internal */\n  _children;\n  /** @internal */\n  _namedChildren;\n  /** @internal */\n  constructor(internal, {\n    id,\n    tree,\n    startIndex,\n    startPosition,\n    other\n  }) {\n    assertInternal(internal);\n    this[0] = other;\n    this.id = id;\n    this.tree = tree;\n    this.startIndex = startIndex;\n    this.startPosition = startPosition;\n  }',
    to: '  constructor(internal, {\n    id,\n    tree,\n    startIndex,\n    startPosition,\n    other\n  }) {\n    assertInternal(internal);\n    this.handle = other;\n    this.id = id;\n    this.tree = tree;\n    this.startIndex = startIndex;\n    this.startPosition = startPosition;\n    this._children = void 0;\n    this._namedChildren = void 0;\n  }',
  },
  {
    why: 'no class-field declarations on Node',
    from: '\n  id;\n  /** The byte index where this node starts. */\n  startIndex;\n  /** The position where this node starts. */\n  startPosition;\n  /** The tree that this node belongs to. */\n  tree;\n',
    to: '\n',
  },
  {
    why: 'the node handle is a named property',
    from: 'C.setValue(address, node[0], "i32");',
    to: 'C.setValue(address, node.handle, "i32");',
  },
  {
    why: 'field ids memoised per language',
    from: '  childForFieldName(fieldName) {\n    const fieldId = this.tree.language.fields.indexOf(fieldName);',
    to: '  childForFieldName(fieldName) {\n    const language = this.tree.language;\n    let fieldIds = FIELD_IDS.get(language);\n    if (!fieldIds) {\n      fieldIds = /* @__PURE__ */ new Map();\n      language.fields.forEach((name, index) => {\n        if (name !== null && !fieldIds.has(name)) fieldIds.set(name, index);\n      });\n      FIELD_IDS.set(language, fieldIds);\n    }\n    const fieldId = fieldIds.get(fieldName) ?? -1;',
  },
  {
    why: 'a tree cursor that stays in the transfer buffer',
    from: '  walk() {\n    return this.rootNode.walk();\n  }\n',
    to: '  walk() {\n    return this.rootNode.walk();\n  }\n  transferCursor() {\n    const tree = this[0];\n    C._ts_tree_root_node_wasm(tree);\n    C._ts_tree_cursor_new_wasm(tree);\n    return {\n      gotoFirstChild: () => C._ts_tree_cursor_goto_first_child_wasm(tree) === 1,\n      gotoNextSibling: () => C._ts_tree_cursor_goto_next_sibling_wasm(tree) === 1,\n      gotoParent: () => C._ts_tree_cursor_goto_parent_wasm(tree) === 1,\n      get nodeTypeId() {\n        return C._ts_tree_cursor_current_node_type_id_wasm(tree);\n      },\n      get currentFieldId() {\n        return C._ts_tree_cursor_current_field_id_wasm(tree);\n      },\n      get startIndex() {\n        return C._ts_tree_cursor_start_index_wasm(tree);\n      },\n      get endIndex() {\n        return C._ts_tree_cursor_end_index_wasm(tree);\n      },\n      get nodeIsMissing() {\n        return C._ts_tree_cursor_current_node_is_missing_wasm(tree) === 1;\n      },\n      delete: () => C._ts_tree_cursor_delete_wasm(tree)\n    };\n  }\n',
  },
  {
    why: 'the memo of field ids',
    from: 'function assertInternal(x) {',
    to: 'var FIELD_IDS = /* @__PURE__ */ new WeakMap();\nfunction assertInternal(x) {',
  },
];

/** The binding's source with the fast paths in; throws when an anchor is missing (another version). */
export function applyFastPaths(source) {
  let patched = source;
  for (const { why, from, to } of REPLACEMENTS) {
    const at = patched.indexOf(from);
    if (at < 0 || patched.indexOf(from, at + from.length) >= 0) {
      throw new Error(`web-tree-sitter fast paths (written for ${FAST_PATH_VERSION}): the anchor for "${why}" is not found exactly once; review scripts/web-tree-sitter-fast-paths.mjs for this version`);
    }
    patched = patched.slice(0, at) + to + patched.slice(at + from.length);
  }
  return patched;
}

/** esbuild plugin: bundles web-tree-sitter with the fast paths applied. */
export function webTreeSitterFastPaths() {
  return {
    name: 'web-tree-sitter-fast-paths',
    setup(builder) {
      builder.onLoad({ filter: /web-tree-sitter[\\/]tree-sitter\.js$/ }, async (args) => ({
        contents: applyFastPaths(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
