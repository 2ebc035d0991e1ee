import { createRequire as __cgCreateRequire } from 'node:module';
import { fileURLToPath as __cgFileURLToPath } from 'node:url';
import { dirname as __cgDirname } from 'node:path';
const require = __cgCreateRequire(import.meta.url);
const __filename = __cgFileURLToPath(import.meta.url);
const __dirname = __cgDirname(__filename);

// src/source/parse-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/source/parse-file.ts
import { createHash } from "node:crypto";

// src/source/facts.ts
function emptyFacts(path2, grammar, hash, lineCount) {
  return {
    path: path2,
    grammar,
    hash,
    lineCount,
    syntaxErrors: [],
    imports: [],
    definitions: [],
    routes: [],
    routers: [],
    mounts: [],
    models: [],
    database: [],
    findings: [],
    checkFacts: {},
    suppressions: []
  };
}

// src/source/grammars.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue4 = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue4, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue4, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source2) {
    const sourceLength = C.lengthBytesUTF8(source2);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source2, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source2.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named2) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named2 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source2) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source2);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await import("fs/promises");
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
};
var Module2 = (() => {
  var _scriptName = import.meta.url;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire: createRequire2 } = await import("module");
      var require = createRequire2(import.meta.url);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path2) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path2, scriptDirectory);
      }
      return scriptDirectory + path2;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!import.meta.url.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL("tree-sitter.wasm", import.meta.url).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"], result2["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports = receiveInstantiationResult(result);
        return exports;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var symname = getString();
              var flags22 = getLEB();
              if (flags22 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var modname = getString();
              var symname = getString();
              var flags22 = getLEB();
              if ((flags22 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
      for (var symName in exports) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value = exports[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports) {
        var value = exports[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
      for (var [sym, exp] of Object.entries(exports)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags22 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags22.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags22.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags22.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags22.nodelete ? Infinity : 1;
      dso.global = flags22.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags22.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags22.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags22.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags22, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags22, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports) {
        if (dso.global) {
          mergeLibSymbols(exports, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports);
        }
        dso.exports = exports;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags22.loadAsync) {
        return getExports().then((exports) => {
          moduleLoaded(exports);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
      var len = 0;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var c = str.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var u = str.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str;
        str += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// src/source/grammars.ts
var WASM_FILES = {
  runtime: { bundled: "tree-sitter.wasm", module: "web-tree-sitter/tree-sitter.wasm" },
  python: { bundled: "tree-sitter-python.wasm", module: "tree-sitter-python/tree-sitter-python.wasm" },
  javascript: { bundled: "tree-sitter-javascript.wasm", module: "tree-sitter-javascript/tree-sitter-javascript.wasm" },
  typescript: { bundled: "tree-sitter-typescript.wasm", module: "tree-sitter-typescript/tree-sitter-typescript.wasm" },
  tsx: { bundled: "tree-sitter-tsx.wasm", module: "tree-sitter-typescript/tree-sitter-tsx.wasm" }
};
function wasmPath(name2) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, "wasm", WASM_FILES[name2].bundled);
  if (existsSync(bundled)) return bundled;
  return createRequire(import.meta.url).resolve(WASM_FILES[name2].module);
}
var initialised;
var languages = /* @__PURE__ */ new Map();
function initParser() {
  initialised ??= Parser.init({ locateFile: () => wasmPath("runtime") });
  return initialised;
}
async function loadGrammar(name2) {
  await initParser();
  let language = languages.get(name2);
  if (!language) {
    language = Language.load(wasmPath(name2));
    languages.set(name2, language);
  }
  return language;
}
var parsers = /* @__PURE__ */ new Map();
async function parserFor(name2) {
  let parser = parsers.get(name2);
  if (!parser) {
    const language = await loadGrammar(name2);
    parser = new Parser();
    parser.setLanguage(language);
    parsers.set(name2, parser);
  }
  return parser;
}
function grammarForPath(file) {
  const extension = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  switch (extension) {
    case "py":
    case "pyi":
      return "python";
    case "js":
    case "mjs":
    case "cjs":
    case "jsx":
      return "javascript";
    case "ts":
    case "mts":
    case "cts":
      return file.endsWith(".d.ts") ? void 0 : "typescript";
    case "tsx":
      return "tsx";
    default:
      return void 0;
  }
}

// src/source/imports/extract-imports.ts
function extractImports(context) {
  if (context.grammar === "python") extractPythonImports(context.text, context.root, context.facts.imports);
  else extractJavaScriptImports(context.text, context.root, context.facts.imports);
}
var PYTHON_IMPORT_KEYWORD = /^[ \t]*(?:from|import)\b/gm;
function extractPythonImports(text, root, out2) {
  const seen = /* @__PURE__ */ new Set();
  for (const match of text.matchAll(PYTHON_IMPORT_KEYWORD)) {
    const keywordIndex = match.index + match[0].length - (match[0].endsWith("from") ? 4 : 6);
    const statement = root.descendantForIndex(keywordIndex)?.parent;
    if (!statement || seen.has(statement.startIndex)) continue;
    const before = out2.length;
    if (statement.type === "import_statement") pythonPlainImport(statement, out2);
    else if (statement.type === "import_from_statement") pythonFromImport(statement, out2);
    else continue;
    seen.add(statement.startIndex);
    if (out2.length > before && underTypeChecking(statement)) {
      for (let index = before; index < out2.length; index++) out2[index].typeOnly = true;
    }
  }
}
function underTypeChecking(statement) {
  let child = statement;
  for (let node = statement.parent; node; child = node, node = node.parent) {
    if (node.type !== "if_statement") continue;
    const condition = node.childForFieldName("condition")?.text ?? "";
    if (/\bTYPE_CHECKING\b/.test(condition) && node.childForFieldName("consequence")?.startIndex === child.startIndex) return true;
  }
  return false;
}
function pythonPlainImport(statement, out2) {
  const line2 = statement.startPosition.row + 1;
  for (const name2 of statement.childrenForFieldName("name")) {
    if (!name2) continue;
    if (name2.type === "aliased_import") {
      const module2 = name2.childForFieldName("name")?.text;
      const alias = name2.childForFieldName("alias")?.text;
      if (!module2) continue;
      out2.push({ specifier: module2, names: [], locals: alias ? [alias] : [], line: line2, kind: "python", level: 0 });
    } else if (name2.type === "dotted_name") {
      const module2 = name2.text;
      out2.push({ specifier: module2, names: [], locals: [module2.split(".")[0]], line: line2, kind: "python", level: 0 });
    }
  }
}
function pythonFromImport(statement, out2) {
  const moduleNode = statement.childForFieldName("module_name");
  if (!moduleNode) return;
  const specifier = moduleNode.text.replace(/\s+/g, "");
  let level = 0;
  while (specifier[level] === ".") level++;
  const names = [];
  const locals = [];
  for (const child of statement.namedChildren) {
    if (!child || child.startIndex === moduleNode.startIndex) continue;
    if (child.type === "wildcard_import") {
      names.push("*");
    } else if (child.type === "aliased_import") {
      const name2 = child.childForFieldName("name")?.text;
      const alias = child.childForFieldName("alias")?.text;
      if (name2) names.push(name2);
      if (alias ?? name2) locals.push(alias ?? name2);
    } else if (child.type === "dotted_name") {
      names.push(child.text);
      locals.push(child.text);
    }
  }
  out2.push({ specifier, names, locals, line: statement.startPosition.row + 1, kind: "python", level });
}
var CALL_KEYWORD = /\b(?:require|import)\s*\(/g;
function extractJavaScriptImports(text, root, out2) {
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === "import_statement") esmImport(statement, out2);
    else if (statement.type === "export_statement") exportFrom(statement, out2);
  }
  if (!text.includes("require") && !text.includes("import")) return;
  for (const match of text.matchAll(CALL_KEYWORD)) {
    let callee = root.descendantForIndex(match.index);
    if (!callee) continue;
    if (!callee.isNamed && callee.parent?.type === callee.type) callee = callee.parent;
    const call = callee.parent;
    if (call?.type !== "call_expression" || call.childForFieldName("function")?.startIndex !== callee.startIndex) continue;
    if (callee.type === "identifier" && callee.text === "require") requireCall(call, out2);
    else if (callee.type === "import") dynamicImport(call, out2);
  }
  out2.sort((a, b) => a.line - b.line);
}
function esmImport(statement, out2) {
  const line2 = statement.startPosition.row + 1;
  const requireClause = statement.namedChildren.find((child) => child?.type === "import_require_clause");
  if (requireClause) {
    const specifier2 = stringValue(requireClause.childForFieldName("source"));
    const local = requireClause.namedChildren.find((child) => child?.type === "identifier")?.text;
    if (specifier2 !== void 0) out2.push({ specifier: specifier2, names: [], locals: local ? [local] : [], line: line2, kind: "require" });
    return;
  }
  const specifier = stringValue(statement.childForFieldName("source"));
  if (specifier === void 0) return;
  const statementIsType = hasKeyword(statement, "type") || hasKeyword(statement, "typeof");
  const names = [];
  const locals = [];
  let specifierCount = 0;
  let typeSpecifierCount = 0;
  const clause = statement.namedChildren.find((child) => child?.type === "import_clause");
  for (const part of clause?.namedChildren ?? []) {
    if (!part) continue;
    if (part.type === "identifier") {
      names.push("default");
      locals.push(part.text);
      specifierCount++;
    } else if (part.type === "namespace_import") {
      names.push("*");
      const local = part.namedChildren.find((child) => child?.type === "identifier")?.text;
      if (local) locals.push(local);
      specifierCount++;
    } else if (part.type === "named_imports") {
      for (const specifierNode of part.namedChildren) {
        if (specifierNode?.type !== "import_specifier") continue;
        const name2 = specifierNode.childForFieldName("name")?.text;
        const alias = specifierNode.childForFieldName("alias")?.text;
        if (!name2) continue;
        names.push(name2);
        locals.push(alias ?? name2);
        specifierCount++;
        if (hasKeyword(specifierNode, "type") || hasKeyword(specifierNode, "typeof")) typeSpecifierCount++;
      }
    }
  }
  const typeOnly = statementIsType || specifierCount > 0 && typeSpecifierCount === specifierCount;
  out2.push({ specifier, names, locals, line: line2, kind: "esm", ...typeOnly ? { typeOnly } : {} });
}
function exportFrom(statement, out2) {
  const specifier = stringValue(statement.childForFieldName("source"));
  if (specifier === void 0) return;
  const names = [];
  let specifierCount = 0;
  let typeSpecifierCount = 0;
  let namespace = false;
  for (const child of statement.namedChildren) {
    if (child?.type === "namespace_export") namespace = true;
    if (child?.type !== "export_clause") continue;
    for (const specifierNode of child.namedChildren) {
      if (specifierNode?.type !== "export_specifier") continue;
      const name2 = specifierNode.childForFieldName("name")?.text;
      if (!name2) continue;
      names.push(name2);
      specifierCount++;
      if (hasKeyword(specifierNode, "type")) typeSpecifierCount++;
    }
  }
  if (specifierCount === 0 || namespace) names.push("*");
  const typeOnly = hasKeyword(statement, "type") || specifierCount > 0 && typeSpecifierCount === specifierCount;
  out2.push({ specifier, names, locals: [], line: statement.startPosition.row + 1, kind: "export-from", ...typeOnly ? { typeOnly } : {} });
}
function requireCall(call, out2) {
  const specifier = firstArgumentString(call);
  if (specifier === void 0) return;
  const { names, locals } = bindingsOf(call);
  out2.push({ specifier, names, locals, line: call.startPosition.row + 1, kind: "require" });
}
function dynamicImport(call, out2) {
  const specifier = firstArgumentString(call);
  if (specifier === void 0) return;
  let value = call;
  if (value.parent?.type === "await_expression") value = value.parent;
  const { names, locals } = bindingsOf(value);
  out2.push({ specifier, names, locals, line: call.startPosition.row + 1, kind: "dynamic" });
}
function bindingsOf(expression) {
  const names = [];
  const locals = [];
  let value = expression;
  const parent = value.parent;
  if (parent?.type === "member_expression" && parent.childForFieldName("object")?.startIndex === value.startIndex) {
    const property = parent.childForFieldName("property")?.text;
    if (property) names.push(property);
    value = parent;
  }
  const declarator = value.parent;
  if (declarator?.type !== "variable_declarator" || declarator.childForFieldName("value")?.startIndex !== value.startIndex) {
    return { names, locals };
  }
  const target = declarator.childForFieldName("name");
  if (target?.type === "identifier") {
    locals.push(target.text);
  } else if (target?.type === "object_pattern" && names.length === 0) {
    for (const property of target.namedChildren) {
      if (!property) continue;
      if (property.type === "shorthand_property_identifier_pattern") {
        names.push(property.text);
        locals.push(property.text);
      } else if (property.type === "pair_pattern") {
        const key = property.childForFieldName("key")?.text;
        const local = property.childForFieldName("value");
        if (key) names.push(key);
        if (local?.type === "identifier") locals.push(local.text);
        else if (local?.type === "assignment_pattern") {
          const left = local.childForFieldName("left");
          if (left?.type === "identifier") locals.push(left.text);
        }
      } else if (property.type === "object_assignment_pattern") {
        const left = property.childForFieldName("left");
        if (left) {
          names.push(left.text);
          locals.push(left.text);
        }
      }
    }
  }
  return { names, locals };
}
function firstArgumentString(call) {
  const first = call.childForFieldName("arguments")?.namedChildren[0];
  return stringValue(first ?? null);
}
function stringValue(node) {
  if (!node) return void 0;
  if (node.type === "string") return node.text.slice(1, -1);
  if (node.type === "template_string") {
    if (node.namedChildren.some((child) => child?.type === "template_substitution")) return void 0;
    return node.text.slice(1, -1);
  }
  return void 0;
}
function hasKeyword(node, keyword) {
  for (const child of node.children) {
    if (child && !child.isNamed && child.type === keyword) return true;
  }
  return false;
}

// src/source/definitions/extract-definitions.ts
function extractDefinitions(context) {
  source = context.text;
  if (context.grammar === "python") pythonDefinitions(context.root, context.facts.definitions);
  else javaScriptDefinitions(context.root, context.facts.definitions);
}
var source = "";
function pythonDefinitions(root, out2) {
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const definition = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (!definition) continue;
    if (definition.type === "function_definition") {
      const fact = pythonFunction(definition, statement, "function");
      if (fact) out2.push(fact);
    } else if (definition.type === "class_definition") {
      const name2 = definition.childForFieldName("name")?.text;
      if (!name2) continue;
      out2.push({ name: name2, kind: "class", line: line(statement), endLine: endLine(statement) });
      for (const member of definition.childForFieldName("body")?.namedChildren ?? []) {
        if (!member) continue;
        const method = member.type === "decorated_definition" ? member.childForFieldName("definition") : member;
        if (method?.type !== "function_definition") continue;
        const fact = pythonFunction(method, member, "method");
        if (fact) out2.push({ ...fact, container: name2 });
      }
    } else if (definition.type === "expression_statement") {
      for (const name2 of pythonAssignedNames(definition)) {
        out2.push({ name: name2, kind: "variable", line: line(statement), endLine: endLine(statement) });
      }
    }
  }
}
function pythonFunction(definition, outer, kind) {
  const name2 = definition.childForFieldName("name")?.text;
  if (!name2) return void 0;
  const fact = { name: name2, kind, line: line(outer), endLine: endLine(outer) };
  if (source.startsWith("async", definition.startIndex)) fact.async = true;
  return fact;
}
function pythonAssignedNames(statement) {
  const names = [];
  let assignment = statement.namedChildren[0];
  while (assignment?.type === "assignment") {
    const left = assignment.childForFieldName("left");
    if (left?.type === "identifier") names.push(left.text);
    else if (left?.type === "pattern_list" || left?.type === "tuple_pattern") {
      for (const item of left.namedChildren) if (item?.type === "identifier") names.push(item.text);
    }
    assignment = assignment.childForFieldName("right");
  }
  return names;
}
function javaScriptDefinitions(root, out2) {
  const exportedNames = /* @__PURE__ */ new Set();
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === "export_statement") {
      if (statement.childForFieldName("source")) continue;
      const declaration = statement.childForFieldName("declaration");
      const isDefault = hasKeyword2(statement, "default");
      if (declaration) {
        const facts = javaScriptDeclaration(declaration, statement, out2);
        for (const fact of facts) fact.exported = true;
        if (isDefault && facts.length === 0) out2.push({ name: "default", kind: "variable", line: line(statement), endLine: endLine(statement), exported: true });
        continue;
      }
      const value = statement.childForFieldName("value");
      if (isDefault && value) {
        if (value.type === "identifier") exportedNames.add(value.text);
        else out2.push({ name: "default", kind: functionLike(value) ? "function" : "variable", line: line(statement), endLine: endLine(statement), exported: true, ...asyncFlag(value) });
        continue;
      }
      for (const child of statement.namedChildren) {
        if (child?.type !== "export_clause") continue;
        for (const specifier of child.namedChildren) {
          const name2 = specifier?.type === "export_specifier" ? specifier.childForFieldName("name")?.text : void 0;
          if (name2) exportedNames.add(name2);
        }
      }
      continue;
    }
    if (statement.type === "expression_statement") {
      commonJsExport(statement, out2, exportedNames);
      continue;
    }
    javaScriptDeclaration(statement, statement, out2);
  }
  if (exportedNames.size === 0) return;
  for (const fact of out2) {
    if (fact.kind !== "method" && exportedNames.has(fact.name)) fact.exported = true;
  }
}
function javaScriptDeclaration(declaration, outer, out2) {
  const added = [];
  switch (declaration.type) {
    case "function_declaration":
    case "generator_function_declaration":
    case "function_signature": {
      const name2 = declaration.childForFieldName("name")?.text;
      if (!name2) break;
      added.push({ name: name2, kind: "function", line: line(outer), endLine: endLine(outer), ...asyncFlag(declaration) });
      break;
    }
    case "class_declaration":
    case "abstract_class_declaration":
    case "class": {
      const name2 = declaration.childForFieldName("name")?.text;
      if (!name2) break;
      const fact = { name: name2, kind: "class", line: line(outer), endLine: endLine(outer) };
      added.push(fact);
      out2.push(fact);
      classMethods(declaration, name2, out2);
      return added;
    }
    case "lexical_declaration":
    case "variable_declaration":
      for (const declarator of declaration.namedChildren) {
        if (declarator?.type !== "variable_declarator") continue;
        const name2 = declarator.childForFieldName("name");
        if (name2?.type !== "identifier") continue;
        const value = declarator.childForFieldName("value");
        const isFunction = value ? functionLike(value) : false;
        added.push({
          name: name2.text,
          kind: isFunction ? "function" : "variable",
          line: line(outer),
          endLine: endLine(outer),
          ...value && isFunction ? asyncFlag(value) : {}
        });
        if (value?.type === "class") classMethods(value, name2.text, out2);
      }
      break;
    default:
      break;
  }
  out2.push(...added);
  return added;
}
function classMethods(declaration, container, out2) {
  for (const member of declaration.childForFieldName("body")?.namedChildren ?? []) {
    if (!member) continue;
    if (member.type === "method_definition") {
      const name2 = member.childForFieldName("name")?.text;
      if (name2) out2.push({ name: name2, kind: "method", line: line(member), endLine: endLine(member), container, ...asyncFlag(member) });
    } else if (member.type === "public_field_definition" || member.type === "field_definition") {
      const value = member.childForFieldName("value");
      const name2 = (member.childForFieldName("name") ?? member.childForFieldName("property"))?.text;
      if (name2 && value && functionLike(value)) {
        out2.push({ name: name2, kind: "method", line: line(member), endLine: endLine(member), container, ...asyncFlag(value) });
      }
    }
  }
}
function commonJsExport(statement, out2, exportedNames) {
  const assignment = statement.namedChildren[0];
  if (assignment?.type !== "assignment_expression") return;
  const left = assignment.childForFieldName("left");
  const right = assignment.childForFieldName("right");
  if (!left || !right || left.type !== "member_expression") return;
  const target = left.text.replace(/\s+/g, "");
  if (target === "module.exports") {
    if (right.type === "identifier") exportedNames.add(right.text);
    else if (right.type === "object") {
      for (const property2 of right.namedChildren) {
        if (property2?.type === "shorthand_property_identifier") exportedNames.add(property2.text);
        else if (property2?.type === "pair") {
          const value = property2.childForFieldName("value");
          if (value?.type === "identifier") exportedNames.add(value.text);
        }
      }
    } else {
      out2.push({ name: "default", kind: functionLike(right) ? "function" : "variable", line: line(statement), endLine: endLine(statement), exported: true, ...asyncFlag(right) });
    }
    return;
  }
  const property = /^(?:module\.exports|exports)\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
  if (!property) return;
  if (right.type === "identifier") {
    exportedNames.add(right.text);
    return;
  }
  out2.push({ name: property, kind: functionLike(right) ? "function" : "variable", line: line(statement), endLine: endLine(statement), exported: true, ...asyncFlag(right) });
}
function functionLike(node) {
  return node.type === "arrow_function" || node.type === "function_expression" || node.type === "function" || node.type === "generator_function";
}
function asyncFlag(node) {
  const head = node.childForFieldName("name") ?? node.childForFieldName("parameters") ?? node.childForFieldName("parameter");
  const end = head ? head.startIndex : Math.min(node.endIndex, node.startIndex + 200);
  return /\basync\b/.test(source.slice(node.startIndex, end)) ? { async: true } : {};
}
function hasKeyword2(node, keyword) {
  for (const child of node.children) {
    if (child && !child.isNamed && child.type === keyword) return true;
  }
  return false;
}
function line(node) {
  return node.startPosition.row + 1;
}
function endLine(node) {
  return node.endPosition.row + 1;
}

// src/source/python/syntax.ts
function named(node) {
  return node.namedChildren.filter((child) => child !== null);
}
function lineOf(node) {
  return node.startPosition.row + 1;
}
var SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
function stringValue2(node) {
  if (!node) return void 0;
  if (node.type === "concatenated_string") {
    let value2 = "";
    for (const part of named(node)) {
      const partValue = stringValue2(part);
      if (partValue === void 0) return void 0;
      value2 += partValue;
    }
    return value2;
  }
  if (node.type !== "string") return void 0;
  const start2 = named(node).find((child) => child.type === "string_start");
  const prefix = (start2?.text ?? "").replace(/["']+$/, "").toLowerCase();
  if (prefix.includes("f") || prefix.includes("b")) {
    if (named(node).some((child) => child.type === "interpolation")) return void 0;
    if (prefix.includes("b")) return void 0;
  }
  const raw = prefix.includes("r");
  let value = "";
  for (const child of named(node)) {
    if (child.type === "string_content") value += child.text;
    else if (child.type === "escape_sequence") value += raw ? child.text : unescape(child.text);
  }
  return value;
}
function unescape(sequence) {
  const letter = sequence.slice(1);
  return SIMPLE_ESCAPES[letter] ?? sequence;
}
function isStringNode(node) {
  return node?.type === "string" || node?.type === "concatenated_string";
}
function dottedName(node) {
  if (!node) return void 0;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = dottedName(node.childForFieldName("object"));
    const attribute = node.childForFieldName("attribute");
    return object && attribute ? `${object}.${attribute.text}` : void 0;
  }
  return void 0;
}
function pathExpression(node) {
  if (!node) return {};
  const value = stringValue2(node);
  if (value !== void 0) return { value };
  const reference = dottedName(node);
  if (reference) return { reference };
  const firstReference = firstReferenceIn(node);
  return firstReference ? { reference: firstReference, text: node.text } : { text: node.text };
}
function firstReferenceIn(node) {
  if (node.type === "identifier" || node.type === "attribute") return dottedName(node);
  for (const child of named(node)) {
    const found = firstReferenceIn(child);
    if (found) return found;
  }
  return void 0;
}
function callArguments(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const list = call.childForFieldName("arguments");
  for (const argument of list ? named(list) : []) {
    if (argument.type === "keyword_argument") {
      const name2 = argument.childForFieldName("name")?.text;
      const value = argument.childForFieldName("value");
      if (name2 && value) keywords.set(name2, value);
    } else if (argument.type !== "comment") {
      positional.push(argument);
    }
  }
  return { positional, keywords };
}
function calleeName(call) {
  return dottedName(call.childForFieldName("function"));
}
function stringList(node) {
  if (!node) return void 0;
  if (isStringNode(node)) {
    const value = stringValue2(node);
    return value === void 0 ? void 0 : [value];
  }
  if (node.type !== "list" && node.type !== "tuple" && node.type !== "set") return void 0;
  const values = [];
  for (const element of named(node)) {
    const value = stringValue2(element);
    if (value === void 0) return void 0;
    values.push(value);
  }
  return values;
}
function nodesOfType(root, types) {
  return root.descendantsOfType(types).filter((node) => node !== null);
}
function decoratedTarget(decorated) {
  const definition = decorated.childForFieldName("definition");
  if (!definition) return void 0;
  const name2 = definition.childForFieldName("name")?.text;
  const kind = definition.type === "class_definition" ? "class" : "function";
  const isAsync2 = definition.children.some((child) => child?.type === "async");
  return { name: name2, line: lineOf(definition), async: isAsync2, kind };
}
function simpleAssignments(root) {
  const found = [];
  for (const assignment of nodesOfType(root, "assignment")) {
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    const target = dottedName(left);
    if (target && right) found.push({ target, value: right, node: assignment });
  }
  return found;
}
function isBareStringStatement(node) {
  let current = node;
  while (current?.parent?.type === "concatenated_string") current = current.parent;
  return current?.parent?.type === "expression_statement" && named(current.parent).length === 1;
}

// src/source/python/database.ts
var URL_PATTERN = /^(postgres(?:ql)?|sqlite|mysql|mariadb|mongodb(?:\+srv)?)(\+[\w]+)?:\/\//i;
var SCHEME_ENGINES = {
  postgres: "postgres",
  postgresql: "postgres",
  sqlite: "sqlite",
  mysql: "mysql",
  mariadb: "mysql",
  mongodb: "mongodb",
  "mongodb+srv": "mongodb"
};
var DRIVERS = {
  psycopg2: "postgres",
  psycopg: "postgres",
  asyncpg: "postgres",
  pg8000: "postgres",
  aiopg: "postgres",
  aiosqlite: "sqlite",
  sqlite3: "sqlite",
  pymysql: "mysql",
  aiomysql: "mysql",
  asyncmy: "mysql",
  MySQLdb: "mysql",
  "mysql.connector": "mysql",
  motor: "mongodb",
  pymongo: "mongodb"
};
var ORMS = /* @__PURE__ */ new Set(["sqlalchemy", "sqlmodel", "flask_sqlalchemy", "tortoise", "peewee", "pony", "mongoengine", "beanie", "odmantic", "databases", "django.db"]);
var DJANGO_ENGINES = [
  [/postg|psycopg/, "postgres"],
  [/sqlite/, "sqlite"],
  [/mysql/, "mysql"],
  [/mongo|djongo/, "mongodb"]
];
var ENV_READERS = /(^|\.)(getenv|get|config|env|str)$/;
function extractDatabase(root, imports) {
  const found = [];
  for (const entry of imports) {
    const module2 = entry.module;
    const driver = Object.keys(DRIVERS).find((name2) => module2 === name2 || module2.startsWith(`${name2}.`));
    if (driver) found.push({ engine: DRIVERS[driver], kind: "driver-import", subject: driver, line: entry.line, detail: `imports ${module2}` });
    const orm = [...ORMS].find((name2) => module2 === name2 || module2.startsWith(`${name2}.`));
    if (orm) found.push({ kind: "orm-import", subject: orm, line: entry.line, detail: `imports ${module2}` });
  }
  for (const node of nodesOfType(root, "string")) {
    if (node.parent?.type === "concatenated_string" && node.parent.parent?.type !== "expression_statement") continue;
    const value = stringValue2(node);
    const match = value === void 0 ? null : URL_PATTERN.exec(value);
    if (!match || isBareStringStatement(node)) continue;
    const scheme = match[1].toLowerCase();
    const isDefault = isEnvFallback(node);
    found.push({
      engine: SCHEME_ENGINES[scheme],
      kind: isDefault ? "env-default" : "connection-url",
      subject: `${scheme}${match[2]?.toLowerCase() ?? ""}`,
      line: lineOf(node),
      ...isDefault ? { isDefault: true } : {},
      detail: redact(value)
    });
  }
  for (const call of nodesOfType(root, "call")) {
    const name2 = calleeName(call)?.split(".").pop();
    if (name2 === "create_engine" || name2 === "create_async_engine") {
      const url = callArguments(call).positional[0];
      const literal = stringValue2(url);
      const scheme = literal ? URL_PATTERN.exec(literal)?.[1]?.toLowerCase() : void 0;
      found.push({ ...scheme ? { engine: SCHEME_ENGINES[scheme] } : {}, kind: "dialect", subject: name2, line: lineOf(call), detail: url ? redact(url.text) : "" });
    }
  }
  found.push(...djangoEngines(root));
  return found.sort((a, b) => a.line - b.line);
}
function isEnvFallback(node) {
  let argument = node;
  if (argument.parent?.type === "keyword_argument") {
    if (argument.parent.childForFieldName("name")?.text !== "default") return false;
    argument = argument.parent;
  }
  const list = argument.parent;
  const call = list?.parent;
  if (list?.type !== "argument_list" || call?.type !== "call") return false;
  const callee = calleeName(call);
  if (!callee || !ENV_READERS.test(callee)) return false;
  if (argument.type === "keyword_argument") return true;
  const positional = named(list).filter((child) => child.type !== "keyword_argument" && child.type !== "comment");
  const index = positional.findIndex((child) => child.startIndex === argument.startIndex);
  return index >= 1 && (callee.includes("environ") || callee.includes("getenv") || callee === "config" || callee.startsWith("env"));
}
function redact(text) {
  return text.replace(/(\/\/[^:/@\s]+:)[^@\s]+@/, "$1***@");
}
function djangoEngines(root) {
  const found = [];
  for (const pair of nodesOfType(root, "pair")) {
    if (stringValue2(pair.childForFieldName("key")) !== "ENGINE") continue;
    const valueNode = pair.childForFieldName("value");
    const value = stringValue2(valueNode);
    if (!value || !value.includes(".")) continue;
    const engine = DJANGO_ENGINES.find(([pattern]) => pattern.test(value))?.[1];
    found.push({ ...engine ? { engine } : {}, kind: "settings", subject: "DATABASES.ENGINE", line: lineOf(pair), detail: value });
  }
  return found;
}

// src/source/python/django-urls.ts
var PATTERN_FUNCTIONS = /* @__PURE__ */ new Set(["path", "re_path", "url"]);
var DRF_ROUTERS = /* @__PURE__ */ new Set(["DefaultRouter", "SimpleRouter"]);
function extractDjangoUrls(root, context) {
  if (!context.frameworks.has("django") && !context.frameworks.has("django-ninja")) return;
  extractDrfRouters(root, context);
  for (const assignment of nodesOfType(root, ["assignment", "augmented_assignment"])) {
    const name2 = dottedName(assignment.childForFieldName("left"));
    const right = assignment.childForFieldName("right");
    if (!name2 || !right) continue;
    const lists = patternLists(right);
    const mountedUrls = urlsAttributes(right);
    if (lists.length === 0 && mountedUrls.length === 0) continue;
    ensureRouter(context, name2, lineOf(assignment));
    for (const list of lists) readPatternList(context, name2, list);
    for (const urls of mountedUrls) {
      context.facts.mounts.push({ parent: name2, child: urls.text, prefix: { value: "" }, line: lineOf(urls), framework: "django" });
    }
  }
  for (const call of nodesOfType(root, "call")) {
    const callee = calleeName(call);
    if (!callee?.endsWith(".append") && !callee?.endsWith(".extend")) continue;
    const owner = callee.slice(0, callee.lastIndexOf("."));
    if (!context.routers.has(owner)) continue;
    for (const argument of callArguments(call).positional) {
      if (argument.type === "list") readPatternList(context, owner, argument);
      else readPattern(context, owner, argument);
    }
  }
}
function ensureRouter(context, name2, line2) {
  if (context.routers.has(name2)) return;
  const router = { name: name2, line: line2, kind: "router", framework: "django", exported: true };
  context.routers.set(name2, router);
  context.facts.routers.push(router);
}
function patternLists(node) {
  if (node.type === "list") return named(node).some(isPatternCall) ? [node] : [];
  if (node.type === "binary_operator") return named(node).flatMap(patternLists);
  return [];
}
function urlsAttributes(node) {
  if (node.type === "attribute" && node.childForFieldName("attribute")?.text === "urls") return [node];
  if (node.type === "binary_operator") return named(node).flatMap(urlsAttributes);
  return [];
}
function isPatternCall(node) {
  if (node.type !== "call") return false;
  const name2 = calleeName(node)?.split(".").pop();
  return name2 !== void 0 && PATTERN_FUNCTIONS.has(name2);
}
function readPatternList(context, owner, list) {
  for (const element of named(list)) readPattern(context, owner, element);
}
function readPattern(context, owner, call) {
  if (!isPatternCall(call)) return;
  const isRegex = calleeName(call)?.split(".").pop() !== "path";
  const args2 = callArguments(call);
  const routeNode = args2.positional[0] ?? args2.keywords.get("route");
  const viewNode = args2.positional[1] ?? args2.keywords.get("view");
  if (!routeNode || !viewNode) return;
  const prefix = routePath(routeNode, isRegex);
  const line2 = lineOf(call);
  const included = includeTarget(context, viewNode, line2);
  if (included) {
    context.facts.mounts.push({ parent: owner, child: included, prefix, line: line2, framework: "django" });
    return;
  }
  if (viewNode.type === "attribute" && viewNode.childForFieldName("attribute")?.text === "urls") {
    context.facts.mounts.push({ parent: owner, child: viewNode.text, prefix, line: line2, framework: "django" });
    return;
  }
  let handlerName;
  if (viewNode.type === "call") {
    const callee = calleeName(viewNode);
    if (callee?.endsWith(".as_view")) handlerName = callee.slice(0, -".as_view".length);
  } else {
    handlerName = dottedName(viewNode);
  }
  context.facts.routes.push({
    method: "ANY",
    path: prefix,
    owner,
    line: line2,
    ...handlerName ? { handler: { name: handlerName, line: line2 } } : {},
    framework: "django"
  });
}
function routePath(node, isRegex) {
  const expression = pathExpression(node);
  if (!isRegex || expression.value === void 0) return expression;
  return { value: expression.value.replace(/^\^/, "").replace(/\$$/, "") };
}
function includeTarget(context, node, line2) {
  if (node.type !== "call" || calleeName(node)?.split(".").pop() !== "include") return void 0;
  let target = callArguments(node).positional[0];
  if (!target) return void 0;
  if (target.type === "tuple" || target.type === "parenthesized_expression") target = named(target)[0];
  if (!target) return void 0;
  const module2 = stringValue2(target);
  if (module2 !== void 0) return module2;
  if (target.type === "list") {
    const name2 = `<include@${line2}>`;
    ensureRouter(context, name2, line2);
    readPatternList(context, name2, target);
    return name2;
  }
  return dottedName(target) ?? target.text;
}
function extractDrfRouters(root, context) {
  const drfRouters = /* @__PURE__ */ new Map();
  for (const assignment of nodesOfType(root, "assignment")) {
    const name2 = dottedName(assignment.childForFieldName("left"));
    const right = assignment.childForFieldName("right");
    if (!name2 || right?.type !== "call") continue;
    const constructor = calleeName(right)?.split(".").pop();
    if (!constructor || !DRF_ROUTERS.has(constructor)) continue;
    const line2 = lineOf(assignment);
    ensureRouter(context, name2, line2);
    drfRouters.set(name2, { isDefault: constructor === "DefaultRouter" });
    if (constructor === "DefaultRouter") {
      context.facts.routes.push({ method: "GET", path: { value: "" }, owner: name2, line: line2, handler: { name: "api-root", line: line2 }, framework: "django" });
    }
  }
  const registrations = [];
  for (const call of nodesOfType(root, "call")) {
    const callee = calleeName(call);
    if (!callee?.endsWith(".register")) continue;
    const owner = callee.slice(0, -".register".length);
    if (!drfRouters.has(owner)) continue;
    const args2 = callArguments(call);
    const prefixNode = args2.positional[0] ?? args2.keywords.get("prefix");
    const viewsetNode = args2.positional[1] ?? args2.keywords.get("viewset");
    if (!prefixNode) continue;
    const viewset = dottedName(viewsetNode);
    registrations.push({ owner, prefix: routePath(prefixNode, true), ...viewset ? { viewset } : {}, line: lineOf(call) });
  }
  if (registrations.length > 0) (context.facts.checkFacts["drf-registrations"] ??= []).push(...registrations);
}

// src/source/python/migrations.ts
function extractMigrations(path2, root, facts) {
  const segments = path2.split("/");
  const folder = segments.at(-2);
  if (folder === "migrations") {
    const migration = djangoMigration(segments, root);
    if (migration) (facts.checkFacts["django-migrations"] ??= []).push(migration);
  } else if (folder === "versions") {
    const revision = alembicRevision(root);
    if (revision) (facts.checkFacts["alembic-migrations"] ??= []).push(revision);
  }
}
var FIELD_OPERATIONS = /* @__PURE__ */ new Set(["AddField", "RemoveField", "AlterField"]);
function djangoMigration(segments, root) {
  const migrationClass = nodesOfType(root, "class_definition").find((definition) => {
    const superclasses = definition.childForFieldName("superclasses");
    return superclasses !== null && named(superclasses).some((base) => dottedName(base)?.endsWith("Migration"));
  });
  if (!migrationClass) return void 0;
  const fileName = segments.at(-1) ?? "";
  const migration = {
    ...segments.length >= 3 ? { app: segments.at(-3) } : {},
    name: fileName.replace(/\.py$/, ""),
    line: lineOf(migrationClass),
    dependencies: [],
    operations: []
  };
  const body2 = migrationClass.childForFieldName("body");
  for (const statement of body2 ? named(body2) : []) {
    const assignment = statement.type === "expression_statement" ? named(statement)[0] : void 0;
    const target = assignment?.childForFieldName("left")?.text;
    const value = assignment?.childForFieldName("right");
    if (!value || value.type !== "list") continue;
    if (target === "dependencies") {
      for (const element of named(value)) {
        if (element.type !== "tuple") continue;
        const [app, name2] = named(element).map((part) => stringValue2(part));
        if (app && name2) migration.dependencies.push({ app, name: name2 });
      }
    } else if (target === "operations") {
      for (const element of named(value)) {
        if (element.type !== "call") continue;
        const kind = calleeName(element)?.split(".").pop();
        if (kind) migration.operations.push(djangoOperation(kind, element));
      }
    }
  }
  return migration;
}
function djangoOperation(kind, call) {
  const args2 = callArguments(call);
  const keyword = (name2, index) => stringValue2(args2.keywords.get(name2) ?? args2.positional[index]);
  const operation = { kind, line: lineOf(call) };
  if (kind === "CreateModel" || kind === "DeleteModel") {
    const model = keyword("name", 0);
    if (model) operation.model = model;
    const fields = args2.keywords.get("fields") ?? args2.positional[1];
    if (kind === "CreateModel" && fields?.type === "list") {
      operation.fields = named(fields).map((field) => field.type === "tuple" ? stringValue2(named(field)[0]) : void 0).filter((name2) => name2 !== void 0);
    }
  } else if (FIELD_OPERATIONS.has(kind) || kind === "RenameField") {
    const model = keyword("model_name", 0);
    if (model) operation.model = model;
    const field = kind === "RenameField" ? keyword("old_name", 1) : keyword("name", 1);
    if (field) operation.field = field;
    if (kind === "RenameField") {
      const newName = keyword("new_name", 2);
      if (newName) operation.newName = newName;
    }
  } else if (kind === "RenameModel") {
    const model = keyword("old_name", 0);
    if (model) operation.model = model;
    const newName = keyword("new_name", 1);
    if (newName) operation.newName = newName;
  } else {
    const model = keyword("model_name", 0) ?? keyword("name", 0);
    if (model) operation.model = model;
  }
  return operation;
}
var ALEMBIC_TABLE_OPERATIONS = /* @__PURE__ */ new Set(["create_table", "drop_table", "rename_table"]);
var ALEMBIC_COLUMN_OPERATIONS = /* @__PURE__ */ new Set(["add_column", "drop_column", "alter_column"]);
function alembicRevision(root) {
  let revision;
  let downRevision;
  let line2 = 0;
  for (const statement of named(root)) {
    const assignment = statement.type === "expression_statement" ? named(statement)[0] : void 0;
    if (assignment?.type !== "assignment") continue;
    const target = assignment.childForFieldName("left")?.text;
    const value = assignment.childForFieldName("right");
    if (target === "revision") {
      revision = stringValue2(value);
      line2 = lineOf(assignment);
    } else if (target === "down_revision" && value) {
      downRevision = stringValue2(value) ?? (value.type === "tuple" ? named(value).map((part) => stringValue2(part) ?? part.text) : void 0);
    }
  }
  if (revision === void 0) return void 0;
  const operations = [];
  const upgrade = named(root).map((statement) => statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement).find((definition) => definition?.type === "function_definition" && definition.childForFieldName("name")?.text === "upgrade");
  for (const call of upgrade ? nodesOfType(upgrade, "call") : []) {
    const callee = calleeName(call);
    const kind = callee?.split(".").pop();
    if (!callee?.startsWith("op.") && !callee?.startsWith("batch_op.")) continue;
    if (!kind) continue;
    const args2 = callArguments(call);
    const operation = { kind, line: lineOf(call) };
    if (ALEMBIC_TABLE_OPERATIONS.has(kind) || ALEMBIC_COLUMN_OPERATIONS.has(kind)) {
      const table = stringValue2(args2.positional[0] ?? args2.keywords.get("table_name"));
      if (table && !callee.startsWith("batch_op.")) operation.table = table;
    }
    if (ALEMBIC_COLUMN_OPERATIONS.has(kind)) {
      const columnArgument = callee.startsWith("batch_op.") ? args2.positional[0] : args2.positional[1];
      const column = stringValue2(columnArgument) ?? (columnArgument?.type === "call" ? stringValue2(callArguments(columnArgument).positional[0]) : void 0);
      if (column) operation.column = column;
    }
    operations.push(operation);
  }
  return { ...revision ? { revision } : {}, ...downRevision !== void 0 ? { downRevision } : {}, line: line2, operations };
}

// src/source/python/module-imports.ts
function moduleImports(root) {
  const imports = [];
  for (const statement of nodesOfType(root, ["import_statement", "import_from_statement"])) {
    if (statement.type === "import_statement") {
      for (const name2 of statement.childrenForFieldName("name")) {
        if (!name2) continue;
        if (name2.type === "aliased_import") {
          const module3 = name2.childForFieldName("name")?.text ?? "";
          imports.push({ module: module3, names: /* @__PURE__ */ new Map(), local: name2.childForFieldName("alias")?.text, line: lineOf(statement) });
        } else {
          imports.push({ module: name2.text, names: /* @__PURE__ */ new Map(), local: name2.text.split(".")[0], line: lineOf(statement) });
        }
      }
      continue;
    }
    const module2 = statement.childForFieldName("module_name")?.text ?? "";
    const names = /* @__PURE__ */ new Map();
    for (const name2 of statement.childrenForFieldName("name")) {
      if (!name2) continue;
      if (name2.type === "aliased_import") {
        const original = name2.childForFieldName("name")?.text;
        const alias = name2.childForFieldName("alias")?.text;
        if (original && alias) names.set(original, alias);
      } else {
        names.set(name2.text, name2.text);
      }
    }
    if (statement.namedChildren.some((child) => child?.type === "wildcard_import")) names.set("*", "*");
    imports.push({ module: module2, names, line: lineOf(statement) });
  }
  return imports;
}
var FRAMEWORK_MODULES = [
  ["flask", "flask"],
  ["flask_restful", "flask"],
  ["fastapi", "fastapi"],
  ["starlette", "fastapi"],
  ["ninja", "django-ninja"],
  ["rest_framework", "django"],
  ["django", "django"],
  ["aiohttp", "aiohttp"]
];
function topModule(module2) {
  return module2.split(".")[0] ?? module2;
}
function importedFrameworks(imports) {
  const found = /* @__PURE__ */ new Set();
  for (const [module2, framework] of FRAMEWORK_MODULES) {
    if (imports.some((entry) => topModule(entry.module) === module2)) found.add(framework);
  }
  return found;
}
function importsModule(imports, module2) {
  return imports.some((entry) => entry.module === module2 || entry.module.startsWith(`${module2}.`));
}

// src/source/python/models-django.ts
var RELATION_KINDS = {
  ForeignKey: "foreign-key",
  OneToOneField: "one-to-one",
  ManyToManyField: "many-to-many"
};
function extractDjangoModels(root, imports) {
  if (!importsModule(imports, "django.db")) return [];
  const modelNames = /* @__PURE__ */ new Set();
  const models = [];
  for (const definition of nodesOfType(root, "class_definition")) {
    const name2 = definition.childForFieldName("name")?.text;
    const body2 = definition.childForFieldName("body");
    const superclasses = definition.childForFieldName("superclasses");
    if (!name2 || !body2 || !superclasses) continue;
    const bases = named(superclasses).map((base) => dottedName(base) ?? "");
    const isModel = bases.some((base) => base === "models.Model" || base === "Model" || base.endsWith(".models.Model") || modelNames.has(base));
    if (!isModel) continue;
    modelNames.add(name2);
    models.push(readModel(name2, definition, body2));
  }
  return models;
}
function readModel(name2, definition, body2) {
  const model = { name: name2, line: lineOf(definition), orm: "django", fields: [], relations: [] };
  for (const statement of named(body2)) {
    if (statement.type === "class_definition" && statement.childForFieldName("name")?.text === "Meta") {
      const table = metaTable(statement);
      if (table) model.table = table;
      continue;
    }
    if (statement.type !== "expression_statement") continue;
    const assignment = named(statement)[0];
    const left = assignment?.childForFieldName("left");
    const value = assignment?.childForFieldName("right");
    if (!assignment || left?.type !== "identifier" || value?.type !== "call") continue;
    const fieldType = calleeName(value)?.split(".").pop();
    if (!fieldType || !/(Field|ForeignKey)$/.test(fieldType)) continue;
    const line2 = lineOf(assignment);
    const args2 = callArguments(value);
    const relationKind = RELATION_KINDS[fieldType];
    if (relationKind) {
      const targetNode = args2.keywords.get("to") ?? args2.positional[0];
      const target = stringValue2(targetNode) ?? dottedName(targetNode) ?? targetNode?.text ?? "";
      const relation = { name: left.text, line: line2, kind: relationKind, target };
      const relatedName = stringValue2(args2.keywords.get("related_name"));
      if (relatedName) relation.alias = relatedName;
      const through = args2.keywords.get("through");
      if (through) relation.through = stringValue2(through) ?? through.text;
      model.relations.push(relation);
      if (relationKind === "many-to-many") continue;
      const column2 = stringValue2(args2.keywords.get("db_column")) ?? `${left.text}_id`;
      model.fields.push({ name: left.text, line: line2, type: fieldType, column: column2, foreignKey: target, ...flags2(args2.keywords) });
      continue;
    }
    const column = stringValue2(args2.keywords.get("db_column"));
    model.fields.push({ name: left.text, line: line2, type: fieldType, ...column ? { column } : {}, ...flags2(args2.keywords) });
  }
  return model;
}
function flags2(keywords) {
  const result = {};
  if (keywords.get("primary_key")?.text === "True") result.primaryKey = true;
  const nullable = keywords.get("null")?.text;
  if (nullable === "True") result.nullable = true;
  return result;
}
function metaTable(meta) {
  const body2 = meta.childForFieldName("body");
  for (const statement of body2 ? named(body2) : []) {
    const assignment = statement.type === "expression_statement" ? named(statement)[0] : void 0;
    if (assignment?.childForFieldName("left")?.text === "db_table") return stringValue2(assignment.childForFieldName("right"));
  }
  return void 0;
}

// src/source/python/models-sqlalchemy.ts
var COLUMN_CALLS = /* @__PURE__ */ new Set(["Column", "mapped_column", "Field"]);
var RELATION_CALLS = /* @__PURE__ */ new Set(["relationship", "Relationship", "relation"]);
function extractSqlAlchemyModels(root, imports) {
  const usesSqlModel = importsModule(imports, "sqlmodel");
  const models = [];
  for (const definition of nodesOfType(root, "class_definition")) {
    const name2 = definition.childForFieldName("name")?.text;
    const body2 = definition.childForFieldName("body");
    if (!name2 || !body2) continue;
    const superclasses = definition.childForFieldName("superclasses");
    const bases = superclasses ? named(superclasses) : [];
    const sqlModelTable = bases.some((base) => base.type === "keyword_argument" && base.childForFieldName("name")?.text === "table" && base.childForFieldName("value")?.text === "True");
    const isSqlModel = usesSqlModel && bases.some((base) => dottedName(base)?.split(".").pop() === "SQLModel");
    if (isSqlModel && !sqlModelTable) continue;
    const model = readModel2(name2, definition, body2, isSqlModel);
    if (model) models.push(model);
  }
  return models;
}
function readModel2(name2, definition, body2, isSqlModel) {
  let table;
  const fields = [];
  const relations = [];
  for (const statement of named(body2)) {
    if (statement.type !== "expression_statement") continue;
    const assignment = named(statement)[0];
    if (assignment?.type !== "assignment") continue;
    const left = assignment.childForFieldName("left");
    if (left?.type !== "identifier") continue;
    const attribute = left.text;
    const annotation = assignment.childForFieldName("type");
    const value = assignment.childForFieldName("right");
    const line2 = lineOf(assignment);
    if (attribute === "__tablename__") {
      table = stringValue2(value);
      continue;
    }
    if (attribute.startsWith("__") || attribute === "model_config") continue;
    const callName = value?.type === "call" ? calleeName(value)?.split(".").pop() : void 0;
    if (value?.type === "call" && callName && RELATION_CALLS.has(callName)) {
      relations.push(readRelation(attribute, line2, value, annotation));
      continue;
    }
    const mapped = annotation ? mappedType(annotation) : void 0;
    if (value?.type === "call" && callName && COLUMN_CALLS.has(callName)) {
      if (callName === "Field" && !isSqlModel) continue;
      fields.push(readColumn(attribute, line2, value, callName, mapped ?? (isSqlModel ? plainType(annotation) : void 0)));
      continue;
    }
    if (!value && (mapped || isSqlModel && annotation)) {
      const type = mapped ?? plainType(annotation);
      if (!type) continue;
      fields.push({ name: attribute, line: line2, type: type.inner, ...type.optional ? { nullable: true } : {} });
    }
  }
  if (!table && fields.length === 0) return void 0;
  return { name: name2, line: lineOf(definition), orm: isSqlModel ? "sqlmodel" : "sqlalchemy", ...table ? { table } : {}, fields, relations };
}
function mappedType(annotation) {
  const text = annotation.text.replace(/\s+/g, "");
  const match = /^(?:[\w.]+\.)?Mapped\[(.*)\]$/.exec(text);
  return match ? describeType(match[1]) : void 0;
}
function plainType(annotation) {
  return annotation ? describeType(annotation.text.replace(/\s+/g, "")) : void 0;
}
function describeType(text) {
  let inner = text;
  let optional = false;
  const optionalMatch = /^(?:typing\.)?Optional\[(.*)\]$/.exec(inner);
  if (optionalMatch) {
    inner = optionalMatch[1];
    optional = true;
  }
  if (/\|None$/.test(inner) || /^None\|/.test(inner)) {
    inner = inner.replace(/\|None$/, "").replace(/^None\|/, "");
    optional = true;
  }
  const listMatch = /^(?:typing\.)?(?:list|List|Set|set|Sequence)\[(.*)\]$/.exec(inner);
  const list = listMatch !== null;
  if (listMatch) inner = listMatch[1];
  inner = inner.replace(/^["']|["']$/g, "");
  return { inner, optional, list };
}
function readColumn(name2, line2, call, callName, mapped) {
  const args2 = callArguments(call);
  const field = { name: name2, line: line2 };
  let type = mapped?.inner;
  for (const argument of args2.positional) {
    const literal = stringValue2(argument);
    if (literal !== void 0) {
      if (callName !== "Field") field.column = literal;
      continue;
    }
    if (argument.type === "call" && calleeName(argument)?.split(".").pop() === "ForeignKey") {
      const target = callArguments(argument).positional[0];
      field.foreignKey = stringValue2(target) ?? target?.text;
      continue;
    }
    if (!mapped && type === void 0) type = typeName(argument);
  }
  if (type) field.type = type;
  const foreignKey = args2.keywords.get("foreign_key");
  if (foreignKey) field.foreignKey = stringValue2(foreignKey) ?? foreignKey.text;
  const primaryKey = args2.keywords.get("primary_key")?.text;
  if (primaryKey === "True") field.primaryKey = true;
  const nullable = args2.keywords.get("nullable")?.text;
  if (nullable === "True" || nullable === "False") field.nullable = nullable === "True";
  else if (mapped?.optional) field.nullable = true;
  return field;
}
function typeName(node) {
  const expression = node.type === "call" ? node.childForFieldName("function") : node;
  return dottedName(expression)?.split(".").pop();
}
function readRelation(name2, line2, call, annotation) {
  const args2 = callArguments(call);
  const mapped = annotation ? mappedType(annotation) ?? plainType(annotation) : void 0;
  const targetNode = args2.positional[0] ?? args2.keywords.get("argument");
  const target = stringValue2(targetNode) ?? dottedName(targetNode) ?? mapped?.inner ?? "";
  const secondary = args2.keywords.get("secondary") ?? args2.keywords.get("link_model");
  const uselist = args2.keywords.get("uselist")?.text;
  let kind = "relationship";
  if (secondary) kind = "many-to-many";
  else if (uselist === "False") kind = "has-one";
  else if (mapped?.list || uselist === "True") kind = "has-many";
  const relation = { name: name2, line: line2, kind, target };
  const alias = args2.keywords.get("back_populates") ?? args2.keywords.get("backref");
  if (alias) relation.alias = stringValue2(alias) ?? alias.text;
  const lazy = args2.keywords.get("lazy");
  if (lazy) relation.lazy = stringValue2(lazy) ?? lazy.text;
  const foreignKeys = args2.keywords.get("foreign_keys");
  if (foreignKeys) relation.foreignKey = stringValue2(foreignKeys) ?? foreignKeys.text;
  if (secondary) relation.through = stringValue2(secondary) ?? secondary.text;
  return relation;
}

// src/source/python/routes.ts
var HTTP_VERBS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "trace"]);
var ROUTER_CONSTRUCTORS = {
  Flask: { framework: "flask", kind: "app" },
  Blueprint: { framework: "flask", kind: "router", prefixKeyword: "url_prefix" },
  FastAPI: { framework: "fastapi", kind: "app" },
  APIRouter: { framework: "fastapi", kind: "router", prefixKeyword: "prefix" },
  Application: { framework: "aiohttp", kind: "app", needsImport: true },
  RouteTableDef: { framework: "aiohttp", kind: "router" },
  NinjaAPI: { framework: "django-ninja", kind: "app" },
  Router: { framework: "django-ninja", kind: "router", needsImport: true }
};
function createRouteContext(facts, imports) {
  return { facts, imports, routers: /* @__PURE__ */ new Map(), frameworks: importedFrameworks(imports) };
}
function frameworkFor(context, owner) {
  const router = context.routers.get(owner);
  if (router) return router.framework;
  for (const framework of ["fastapi", "flask", "aiohttp", "django-ninja"]) {
    if (context.frameworks.has(framework)) return framework;
  }
  return "python";
}
function extractRouters(root, context) {
  for (const { target, value, node } of simpleAssignments(root)) {
    if (value.type !== "call") continue;
    const callee = calleeName(value);
    const constructorName = callee?.split(".").pop();
    const constructor = constructorName ? ROUTER_CONSTRUCTORS[constructorName] : void 0;
    if (!constructor) continue;
    if (constructor.needsImport && !context.frameworks.has(constructor.framework)) continue;
    const args2 = callArguments(value);
    const prefixNode = constructor.prefixKeyword ? args2.keywords.get(constructor.prefixKeyword) : void 0;
    const router = {
      name: target,
      line: lineOf(node),
      kind: constructor.kind,
      framework: constructor.framework,
      ...prefixNode ? { prefix: pathExpression(prefixNode) } : {},
      exported: isModuleLevel(node)
    };
    context.routers.set(target, router);
    context.facts.routers.push(router);
  }
}
function isModuleLevel(node) {
  return node.parent?.type === "expression_statement" && node.parent.parent?.type === "module";
}
function methodsFrom(node, fallback) {
  const list = stringList(node);
  return (list ?? fallback).map((method) => method.toUpperCase());
}
function pushRoutes(context, methods, path2, owner, line2, handler, framework) {
  for (const method of methods) {
    context.facts.routes.push({
      method,
      path: path2,
      owner,
      line: line2,
      ...handler ? { handler } : {},
      framework: framework ?? frameworkFor(context, owner)
    });
  }
}
function extractDecoratorRoutes(root, context) {
  for (const decorated of nodesOfType(root, "decorated_definition")) {
    const target = decoratedTarget(decorated);
    if (!target) continue;
    for (const decorator of named(decorated).filter((child) => child.type === "decorator")) {
      const call = named(decorator)[0];
      if (call?.type !== "call") continue;
      const callee = call.childForFieldName("function");
      if (callee?.type !== "attribute") continue;
      const owner = dottedName(callee.childForFieldName("object"));
      const verb = callee.childForFieldName("attribute")?.text;
      if (!owner || !verb) continue;
      const route = decoratorRoute(context, owner, verb, call);
      if (!route) continue;
      const handler = { ...target.name ? { name: target.name } : {}, line: target.line, async: target.async };
      pushRoutes(context, route.methods, route.path, owner, lineOf(decorator), handler);
    }
  }
}
function looksLikeRouteOwner(context, owner, pathNode) {
  if (context.routers.has(owner)) return true;
  const value = stringValue2(pathNode);
  if (value === void 0) return context.frameworks.size > 0;
  return value.startsWith("/") || value === "";
}
function decoratorRoute(context, owner, verb, call) {
  const args2 = callArguments(call);
  const framework = frameworkFor(context, owner);
  const first = args2.positional[0];
  if (HTTP_VERBS.has(verb)) {
    const pathNode = first ?? args2.keywords.get("path") ?? args2.keywords.get("rule");
    if (!pathNode || !looksLikeRouteOwner(context, owner, pathNode)) return void 0;
    return { methods: [verb.toUpperCase()], path: pathExpression(pathNode) };
  }
  if (verb === "route") {
    if (framework === "aiohttp" && args2.positional.length >= 2) {
      return { methods: methodsOrAny(args2.positional[0]), path: pathExpression(args2.positional[1]) };
    }
    const pathNode = first ?? args2.keywords.get("rule");
    if (!pathNode || !looksLikeRouteOwner(context, owner, pathNode)) return void 0;
    return { methods: methodsFrom(args2.keywords.get("methods"), ["GET"]), path: pathExpression(pathNode) };
  }
  if (verb === "api_route") {
    const pathNode = first ?? args2.keywords.get("path");
    if (!pathNode) return void 0;
    return { methods: methodsFrom(args2.keywords.get("methods"), ["GET"]), path: pathExpression(pathNode) };
  }
  if (verb === "view" && framework === "aiohttp") {
    if (!first) return void 0;
    return { methods: ["ANY"], path: pathExpression(first) };
  }
  if (verb === "api_operation" && args2.positional.length >= 2) {
    return { methods: methodsFrom(args2.positional[0], ["GET"]), path: pathExpression(args2.positional[1]) };
  }
  return void 0;
}
function methodsOrAny(node) {
  const value = stringValue2(node);
  if (value === void 0 || value === "*") return ["ANY"];
  return [value.toUpperCase()];
}
function handlerFrom(node, line2) {
  if (!node) return { classView: false };
  if (node.type === "call") {
    const callee = calleeName(node);
    if (callee?.endsWith(".as_view")) return { handler: { name: callee.slice(0, -".as_view".length), line: line2 }, classView: true };
    return { classView: false };
  }
  const name2 = dottedName(node);
  return name2 ? { handler: { name: name2, line: line2 }, classView: false } : { classView: false };
}
var AIOHTTP_ADDERS = {
  add_get: "GET",
  add_post: "POST",
  add_put: "PUT",
  add_patch: "PATCH",
  add_delete: "DELETE",
  add_head: "HEAD"
};
function extractCallRoutes(root, context) {
  for (const call of nodesOfType(root, "call")) {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "attribute") continue;
    const objectName = dottedName(callee.childForFieldName("object"));
    const verb = callee.childForFieldName("attribute")?.text;
    if (!objectName || !verb) continue;
    if (call.parent?.type === "decorator") continue;
    const args2 = callArguments(call);
    const line2 = lineOf(call);
    const owner = objectName.endsWith(".router") ? objectName.slice(0, -".router".length) : objectName;
    const framework = frameworkFor(context, owner);
    switch (verb) {
      case "add_url_rule": {
        const pathNode = args2.positional[0] ?? args2.keywords.get("rule");
        if (!pathNode) break;
        const { handler, classView: classView2 } = handlerFrom(args2.positional[2] ?? args2.keywords.get("view_func"), line2);
        const methods = methodsFrom(args2.keywords.get("methods"), [classView2 ? "ANY" : "GET"]);
        pushRoutes(context, methods, pathExpression(pathNode), owner, line2, handler, "flask");
        break;
      }
      case "register_blueprint":
      case "include_router": {
        const child = childName(args2.positional[0] ?? args2.keywords.get("router") ?? args2.keywords.get("blueprint"));
        if (!child) break;
        const prefixNode = args2.keywords.get(verb === "register_blueprint" ? "url_prefix" : "prefix");
        context.facts.mounts.push({
          parent: owner,
          child,
          ...prefixNode ? { prefix: pathExpression(prefixNode) } : {},
          line: line2,
          framework: verb === "register_blueprint" ? "flask" : "fastapi"
        });
        break;
      }
      case "add_api_route": {
        const pathNode = args2.positional[0] ?? args2.keywords.get("path");
        if (!pathNode) break;
        const { handler } = handlerFrom(args2.positional[1] ?? args2.keywords.get("endpoint"), line2);
        pushRoutes(context, methodsFrom(args2.keywords.get("methods"), ["GET"]), pathExpression(pathNode), owner, line2, handler, "fastapi");
        break;
      }
      case "mount": {
        if (framework !== "fastapi") break;
        const child = childName(args2.positional[1] ?? args2.keywords.get("app"));
        const pathNode = args2.positional[0] ?? args2.keywords.get("path");
        if (!child || !pathNode) break;
        context.facts.mounts.push({ parent: owner, child, prefix: pathExpression(pathNode), line: line2, framework });
        break;
      }
      case "add_route":
      case "add_view":
      case "add_get":
      case "add_post":
      case "add_put":
      case "add_patch":
      case "add_delete":
      case "add_head": {
        if (framework !== "aiohttp" || owner === objectName) break;
        if (verb === "add_route") {
          const [methodNode, pathNode, handlerNode] = args2.positional;
          if (!pathNode) break;
          pushRoutes(context, methodsOrAny(methodNode), pathExpression(pathNode), owner, line2, handlerFrom(handlerNode, line2).handler, "aiohttp");
        } else if (verb === "add_view") {
          const [pathNode, handlerNode] = args2.positional;
          if (!pathNode) break;
          pushRoutes(context, ["ANY"], pathExpression(pathNode), owner, line2, handlerFrom(handlerNode, line2).handler, "aiohttp");
        } else {
          const [pathNode, handlerNode] = args2.positional;
          if (!pathNode) break;
          pushRoutes(context, [AIOHTTP_ADDERS[verb]], pathExpression(pathNode), owner, line2, handlerFrom(handlerNode, line2).handler, "aiohttp");
        }
        break;
      }
      case "add_routes": {
        if (framework !== "aiohttp") break;
        const list = args2.positional[0];
        if (!list) break;
        if (list.type === "list" || list.type === "tuple") {
          for (const element of named(list)) aiohttpRouteDefinition(context, owner, element);
        } else {
          const child = childName(list);
          if (child) context.facts.mounts.push({ parent: owner, child, prefix: { value: "" }, line: line2, framework: "aiohttp" });
        }
        break;
      }
      case "add_subapp": {
        if (framework !== "aiohttp") break;
        const [prefixNode, childNode] = args2.positional;
        const child = childName(childNode);
        if (!prefixNode || !child) break;
        context.facts.mounts.push({ parent: owner, child, prefix: pathExpression(prefixNode), line: line2, framework: "aiohttp" });
        break;
      }
      case "add_router": {
        if (framework !== "django-ninja") break;
        const [prefixNode, childNode] = args2.positional;
        const child = childName(childNode);
        if (!prefixNode || !child) break;
        context.facts.mounts.push({ parent: owner, child, prefix: pathExpression(prefixNode), line: line2, framework: "django-ninja" });
        break;
      }
      default:
        break;
    }
  }
}
function aiohttpRouteDefinition(context, owner, element) {
  if (element.type !== "call") return;
  const name2 = calleeName(element)?.split(".").pop();
  if (!name2) return;
  const args2 = callArguments(element);
  const line2 = lineOf(element);
  if (HTTP_VERBS.has(name2)) {
    const [pathNode, handlerNode] = args2.positional;
    if (pathNode) pushRoutes(context, [name2.toUpperCase()], pathExpression(pathNode), owner, line2, handlerFrom(handlerNode, line2).handler, "aiohttp");
  } else if (name2 === "route") {
    const [methodNode, pathNode, handlerNode] = args2.positional;
    if (pathNode) pushRoutes(context, methodsOrAny(methodNode), pathExpression(pathNode), owner, line2, handlerFrom(handlerNode, line2).handler, "aiohttp");
  } else if (name2 === "view") {
    const [pathNode, handlerNode] = args2.positional;
    if (pathNode) pushRoutes(context, ["ANY"], pathExpression(pathNode), owner, line2, handlerFrom(handlerNode, line2).handler, "aiohttp");
  }
}
function childName(node) {
  if (!node) return void 0;
  const dotted = dottedName(node);
  if (dotted) return dotted;
  const value = stringValue2(node);
  if (value) return value;
  if (node.type === "call") {
    const callee = calleeName(node);
    return callee ? `${callee}()` : void 0;
  }
  return void 0;
}

// src/source/python/views.ts
var HANDLER_NAMES = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "list", "create", "retrieve", "update", "partial_update", "destroy"]);
var VIEW_BASE = /(View|ViewSet|APIView|Resource|Endpoint|Mixin)$/;
var DECORATOR_METHODS = { require_GET: ["GET"], require_POST: ["POST"], require_safe: ["GET", "HEAD"] };
function extractViews(root, facts) {
  const views = [];
  for (const definition of nodesOfType(root, ["class_definition", "function_definition"])) {
    const name2 = definition.childForFieldName("name")?.text;
    if (!name2) continue;
    if (definition.type === "class_definition") {
      const view = classView(definition, name2);
      if (view) views.push(view);
    } else if (!isMethod(definition)) {
      const methods = decoratorMethods(definition);
      if (methods) views.push({ name: name2, line: lineOf(definition), kind: "function", bases: [], methods, handlers: [], actions: [] });
    }
  }
  if (views.length > 0) (facts.checkFacts["python-views"] ??= []).push(...views);
}
function isMethod(definition) {
  let parent = definition.parent;
  if (parent?.type === "decorated_definition") parent = parent.parent;
  return parent?.type === "block" && parent.parent?.type === "class_definition";
}
function decoratorsOf(definition) {
  const parent = definition.parent;
  if (parent?.type !== "decorated_definition") return [];
  return named(parent).filter((child) => child.type === "decorator").map((decorator) => named(decorator)[0]).filter((expression) => expression !== void 0);
}
function decoratorMethods(definition) {
  for (const expression of decoratorsOf(definition)) {
    const name2 = (expression.type === "call" ? calleeName(expression) : dottedName(expression))?.split(".").pop();
    if (!name2) continue;
    const fixed = DECORATOR_METHODS[name2];
    if (fixed) return fixed;
    if ((name2 === "require_http_methods" || name2 === "api_view") && expression.type === "call") {
      const args2 = callArguments(expression);
      const list = stringList(args2.positional[0] ?? args2.keywords.get("http_method_names"));
      return (list ?? ["GET"]).map((method) => method.toUpperCase());
    }
  }
  return void 0;
}
function classView(definition, name2) {
  const superclasses = definition.childForFieldName("superclasses");
  const bases = superclasses ? named(superclasses).map((base) => dottedName(base)).filter((base) => base !== void 0) : [];
  const handlers = [];
  const actions = [];
  const body2 = definition.childForFieldName("body");
  for (const statement of body2 ? named(body2) : []) {
    const method = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (method?.type !== "function_definition") continue;
    const methodName = method.childForFieldName("name")?.text;
    if (!methodName) continue;
    if (HANDLER_NAMES.has(methodName)) handlers.push({ name: methodName, line: lineOf(method) });
    const action = drfAction(method, methodName);
    if (action) actions.push(action);
  }
  if (!bases.some((base) => VIEW_BASE.test(base))) return void 0;
  return { name: name2, line: lineOf(definition), kind: "class", bases, handlers, actions };
}
function drfAction(method, methodName) {
  for (const expression of decoratorsOf(method)) {
    if (expression.type !== "call" || calleeName(expression)?.split(".").pop() !== "action") continue;
    const args2 = callArguments(expression);
    const detail = args2.keywords.get("detail")?.text === "True";
    const methods = (stringList(args2.keywords.get("methods")) ?? ["get"]).map((m) => m.toUpperCase());
    const urlPath = stringValue2(args2.keywords.get("url_path")) ?? methodName;
    return { name: methodName, line: lineOf(method), detail, methods, urlPath };
  }
  return void 0;
}
function extractConstants(root, facts) {
  const constants = [];
  const collect = (block, container) => {
    for (const statement of named(block)) {
      if (statement.type === "class_definition" && !container) {
        const body2 = statement.childForFieldName("body");
        const className = statement.childForFieldName("name")?.text;
        if (body2 && className) collect(body2, className);
        continue;
      }
      if (statement.type !== "expression_statement") continue;
      const assignment = named(statement)[0];
      if (assignment?.type !== "assignment") continue;
      const left = assignment.childForFieldName("left");
      const right = assignment.childForFieldName("right");
      if (left?.type !== "identifier" || left.text.startsWith("__") || !right || !isStringy(right)) continue;
      const expression = pathExpression(right);
      if (expression.value !== void 0 && (expression.value.includes("\n") || expression.value.includes("://"))) continue;
      constants.push({ name: left.text, line: lineOf(assignment), ...container ? { container } : {}, ...expression });
    }
  };
  collect(root);
  if (constants.length > 0) (facts.checkFacts["python-constants"] ??= []).push(...constants);
}
function isStringy(node) {
  if (node.type === "string" || node.type === "concatenated_string") return true;
  if (node.type === "binary_operator" && node.childForFieldName("operator")?.text === "+") {
    return named(node).some((child) => isStringy(child));
  }
  if (node.type === "parenthesized_expression") return named(node).some(isStringy);
  return false;
}

// src/source/python/extract-python.ts
function extractPythonFacts(context) {
  const { root, facts, path: path2 } = context;
  const imports = moduleImports(root);
  const routes = createRouteContext(facts, imports);
  extractRouters(root, routes);
  extractDecoratorRoutes(root, routes);
  extractCallRoutes(root, routes);
  extractDjangoUrls(root, routes);
  extractViews(root, facts);
  extractConstants(root, facts);
  facts.models.push(...extractSqlAlchemyModels(root, imports), ...extractDjangoModels(root, imports));
  extractMigrations(path2, root, facts);
  facts.database.push(...extractDatabase(root, imports));
}

// src/source/node/syntax.ts
function lineOf2(node) {
  return node.startPosition.row + 1;
}
function isFunctionNode(node) {
  return node !== null && node !== void 0 && (node.type === "arrow_function" || node.type === "function_expression" || node.type === "function" || node.type === "function_declaration" || node.type === "generator_function" || node.type === "generator_function_declaration");
}
function isAsync(node) {
  return node.children.some((child) => child !== null && !child.isNamed && child.type === "async");
}
function unwrap(node) {
  let current = node;
  for (; ; ) {
    if (current.type === "parenthesized_expression" || current.type === "as_expression" || current.type === "satisfies_expression" || current.type === "non_null_expression") {
      const inner = current.namedChildren[0];
      if (!inner) return current;
      current = inner;
    } else {
      return current;
    }
  }
}
function stringValue3(node) {
  if (!node) return void 0;
  const inner = unwrap(node);
  if (inner.type === "string") return inner.namedChildren.filter((child) => child?.type === "string_fragment" || child?.type === "escape_sequence").map((child) => child.text).join("");
  if (inner.type === "template_string" && !inner.namedChildren.some((child) => child?.type === "template_substitution")) {
    return inner.namedChildren.filter((child) => child?.type === "string_fragment" || child?.type === "escape_sequence").map((child) => child.text).join("");
  }
  return void 0;
}
function argumentsOf(call) {
  const list = call.childForFieldName("arguments");
  if (!list) return [];
  return list.namedChildren.filter((child) => child !== null && child.type !== "comment");
}
function calleeOf(call) {
  return call.type === "new_expression" ? call.childForFieldName("constructor") : call.childForFieldName("function");
}
function memberProperty(node) {
  if (node?.type !== "member_expression") return void 0;
  return node.childForFieldName("property")?.text;
}
function memberObject(node) {
  return node?.type === "member_expression" ? node.childForFieldName("object") : null;
}
function dottedName2(node) {
  if (!node) return void 0;
  const inner = unwrap(node);
  if (inner.type === "identifier" || inner.type === "this" || inner.type === "property_identifier") return inner.text;
  if (inner.type === "member_expression") {
    const object = dottedName2(inner.childForFieldName("object"));
    const property = inner.childForFieldName("property");
    if (object === void 0 || property?.type !== "property_identifier") return void 0;
    return `${object}.${property.text}`;
  }
  return void 0;
}
function propertyOf(object, key) {
  if (!object) return void 0;
  const inner = unwrap(object);
  if (inner.type !== "object") return void 0;
  for (const property of inner.namedChildren) {
    if (!property) continue;
    if (property.type === "pair" && propertyKey(property) === key) return property.childForFieldName("value") ?? void 0;
    if (property.type === "shorthand_property_identifier" && property.text === key) return property;
  }
  return void 0;
}
function propertyKey(pair) {
  const key = pair.childForFieldName("key");
  if (!key) return void 0;
  if (key.type === "property_identifier" || key.type === "identifier" || key.type === "number") return key.text;
  return stringValue3(key);
}
function objectEntries(object) {
  if (!object) return [];
  const inner = unwrap(object);
  if (inner.type !== "object") return [];
  const entries = [];
  for (const property of inner.namedChildren) {
    if (!property) continue;
    if (property.type === "pair") {
      const key = propertyKey(property);
      const value = property.childForFieldName("value");
      if (key !== void 0 && value) entries.push({ key, value, node: property });
    } else if (property.type === "shorthand_property_identifier") {
      entries.push({ key: property.text, value: property, node: property });
    } else if (property.type === "method_definition") {
      const key = property.childForFieldName("name")?.text;
      if (key) entries.push({ key, value: property, node: property });
    }
  }
  return entries;
}
function parameterNames(fn) {
  const parameters = fn.childForFieldName("parameters");
  if (!parameters) {
    const single = fn.childForFieldName("parameter");
    return single?.type === "identifier" ? [single.text] : [];
  }
  const names = [];
  for (const parameter of parameters.namedChildren) {
    if (!parameter) continue;
    const pattern = parameter.type === "required_parameter" || parameter.type === "optional_parameter" ? parameter.childForFieldName("pattern") : parameter;
    names.push(pattern?.type === "identifier" ? pattern.text : "");
  }
  return names;
}
function firstParameterType(fn) {
  const first = fn.childForFieldName("parameters")?.namedChildren[0];
  if (!first || first.type !== "required_parameter" && first.type !== "optional_parameter") return void 0;
  return first.childForFieldName("type")?.namedChildren[0]?.text;
}
function enclosingFunction(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === "method_definition") return current;
  }
  return void 0;
}

// src/source/node/file-scope.ts
function buildFileScope(root) {
  const scope = { bindings: /* @__PURE__ */ new Map(), exports: /* @__PURE__ */ new Map(), constants: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map(), modules: /* @__PURE__ */ new Set() };
  const declaredTwice = /* @__PURE__ */ new Set();
  for (const node of root.descendantsOfType(["import_statement", "variable_declarator", "function_declaration", "generator_function_declaration", "import_alias", "call_expression"])) {
    if (!node) continue;
    switch (node.type) {
      case "import_statement":
        readImport(node, scope);
        break;
      case "variable_declarator":
        readDeclarator(node, scope, declaredTwice);
        break;
      case "function_declaration":
      case "generator_function_declaration": {
        const name2 = node.childForFieldName("name")?.text;
        if (name2 && !scope.functions.has(name2)) scope.functions.set(name2, node);
        break;
      }
      case "call_expression": {
        const module2 = requiredModule(node);
        if (module2) scope.modules.add(module2);
        break;
      }
      default:
        break;
    }
  }
  for (const name2 of declaredTwice) scope.constants.delete(name2);
  for (const statement of root.namedChildren) {
    if (statement?.type === "export_statement") readEsmExport(statement, scope);
    else if (statement?.type === "expression_statement") readCommonJsExport(statement, scope);
  }
  return scope;
}
function addExport(scope, local, exported) {
  const names = scope.exports.get(local) ?? [];
  if (!names.includes(exported)) names.push(exported);
  scope.exports.set(local, names);
}
function requiredModule(call) {
  if (call.type !== "call_expression") return void 0;
  const callee = call.childForFieldName("function");
  if (!callee || callee.type !== "import" && !(callee.type === "identifier" && callee.text === "require")) return void 0;
  return stringValue3(argumentsOf(call)[0]);
}
function readImport(statement, scope) {
  const module2 = stringValue3(statement.childForFieldName("source"));
  if (!module2) return;
  scope.modules.add(module2);
  const statementTypeOnly = statement.children.some((child) => child !== null && !child.isNamed && child.type === "type");
  const clause = statement.namedChildren.find((child) => child?.type === "import_clause");
  if (!clause) {
    const requireClause = statement.namedChildren.find((child) => child?.type === "import_require_clause");
    const local = requireClause?.namedChildren.find((child) => child?.type === "identifier")?.text;
    if (local) scope.bindings.set(local, { module: module2, imported: "*", typeOnly: false });
    return;
  }
  for (const part of clause.namedChildren) {
    if (!part) continue;
    if (part.type === "identifier") scope.bindings.set(part.text, { module: module2, imported: "default", typeOnly: statementTypeOnly });
    else if (part.type === "namespace_import") {
      const local = part.namedChildren.find((child) => child?.type === "identifier")?.text;
      if (local) scope.bindings.set(local, { module: module2, imported: "*", typeOnly: statementTypeOnly });
    } else if (part.type === "named_imports") {
      for (const specifier of part.namedChildren) {
        if (specifier?.type !== "import_specifier") continue;
        const name2 = specifier.childForFieldName("name");
        const alias = specifier.childForFieldName("alias");
        if (!name2) continue;
        const typeOnly = statementTypeOnly || specifier.children.some((child) => child !== null && !child.isNamed && child.type === "type");
        scope.bindings.set((alias ?? name2).text, { module: module2, imported: stringValue3(name2) ?? name2.text, typeOnly });
      }
    }
  }
}
function readDeclarator(declarator, scope, declaredTwice) {
  const name2 = declarator.childForFieldName("name");
  const value = declarator.childForFieldName("value");
  if (!name2 || !value) return;
  if (name2.type === "identifier") {
    if (scope.constants.has(name2.text)) declaredTwice.add(name2.text);
    else scope.constants.set(name2.text, value);
    if (isFunctionNode(unwrap(value)) && !scope.functions.has(name2.text)) scope.functions.set(name2.text, unwrap(value));
  }
  const inner = unwrap(value);
  const whole = inner.type === "identifier" ? scope.bindings.get(inner.text) : void 0;
  if (whole && (whole.imported === "*" || whole.imported === "default") && name2.type === "object_pattern") {
    destructure(name2, whole.module, scope);
    return;
  }
  let module2 = requiredModule(inner.type === "await_expression" ? inner.namedChildren[0] ?? inner : inner);
  let imported = "*";
  if (!module2 && inner.type === "member_expression") {
    const object = inner.childForFieldName("object");
    module2 = object ? requiredModule(unwrap(object)) : void 0;
    imported = inner.childForFieldName("property")?.text ?? "*";
  }
  if (!module2) return;
  scope.modules.add(module2);
  if (name2.type === "identifier") {
    scope.bindings.set(name2.text, { module: module2, imported, typeOnly: false });
  } else if (name2.type === "object_pattern") {
    destructure(name2, module2, scope);
  }
}
function destructure(pattern, module2, scope) {
  for (const property of pattern.namedChildren) {
    if (property?.type === "shorthand_property_identifier_pattern") {
      scope.bindings.set(property.text, { module: module2, imported: property.text, typeOnly: false });
    } else if (property?.type === "pair_pattern") {
      const key = property.childForFieldName("key")?.text;
      const local = property.childForFieldName("value");
      if (key && local?.type === "identifier") scope.bindings.set(local.text, { module: module2, imported: key, typeOnly: false });
    }
  }
}
function readEsmExport(statement, scope) {
  if (statement.childForFieldName("source")) return;
  const isDefault = statement.children.some((child) => child !== null && !child.isNamed && child.type === "default");
  const declaration = statement.childForFieldName("declaration");
  if (declaration) {
    for (const name2 of declaredNames(declaration)) addExport(scope, name2, isDefault ? "default" : name2);
    if (isDefault && declaredNames(declaration).length === 0) scope.anonymousDefault = declaration;
    return;
  }
  const value = statement.childForFieldName("value");
  if (isDefault && value) {
    const inner = unwrap(value);
    const named2 = inner.type === "identifier" ? inner.text : isFunctionNode(inner) || inner.type === "class" ? inner.childForFieldName("name")?.text : void 0;
    if (named2) addExport(scope, named2, "default");
    if (inner.type !== "identifier") scope.anonymousDefault = inner;
    return;
  }
  for (const clause of statement.namedChildren) {
    if (clause?.type !== "export_clause") continue;
    for (const specifier of clause.namedChildren) {
      if (specifier?.type !== "export_specifier") continue;
      const name2 = specifier.childForFieldName("name");
      const alias = specifier.childForFieldName("alias");
      if (name2) addExport(scope, name2.text, alias ? stringValue3(alias) ?? alias.text : name2.text);
    }
  }
}
function declaredNames(declaration) {
  if (declaration.type === "lexical_declaration" || declaration.type === "variable_declaration") {
    return declaration.namedChildren.filter((child) => child?.type === "variable_declarator").map((child) => child.childForFieldName("name")).filter((name3) => name3?.type === "identifier").map((name3) => name3.text);
  }
  const name2 = declaration.childForFieldName("name")?.text;
  return name2 ? [name2] : [];
}
function readCommonJsExport(statement, scope) {
  const assignment = statement.namedChildren[0];
  if (assignment?.type !== "assignment_expression") return;
  const target = dottedName2(assignment.childForFieldName("left"));
  const right = assignment.childForFieldName("right");
  if (!target || !right) return;
  const value = unwrap(right);
  if (target === "module.exports") {
    if (value.type === "identifier") addExport(scope, value.text, "default");
    else if (value.type === "object") {
      for (const property2 of value.namedChildren) {
        if (property2?.type === "shorthand_property_identifier") addExport(scope, property2.text, property2.text);
        else if (property2?.type === "pair") {
          const key = property2.childForFieldName("key")?.text;
          const local = property2.childForFieldName("value");
          if (key && local?.type === "identifier") addExport(scope, local.text, key);
        }
      }
    } else {
      const named2 = isFunctionNode(value) ? value.childForFieldName("name")?.text : void 0;
      if (named2) addExport(scope, named2, "default");
      scope.anonymousDefault = value;
    }
    return;
  }
  const property = /^(?:module\.exports|exports)\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
  if (property && value.type === "identifier") addExport(scope, value.text, property);
}
function refersTo(scope, node, modules, imported) {
  const name2 = dottedName2(node);
  if (!name2) return false;
  const parts2 = name2.split(".");
  const binding = scope.bindings.get(parts2[0]);
  if (!binding || !modules.includes(binding.module)) return false;
  if (parts2.length === 1) return imported.includes(binding.imported);
  if (parts2.length === 2 && (binding.imported === "*" || binding.imported === "default")) return imported.includes(parts2[1]);
  return false;
}
function calleeModule(call) {
  const callee = calleeOf(call);
  return callee ? requiredModule(unwrap(callee)) : void 0;
}

// src/source/node/database-evidence.ts
function extractDatabaseEvidence(path2, root, scope, facts) {
  const out2 = facts.database;
  importEvidence(root, out2);
  urlEvidence(root, out2);
  dialectEvidence(path2, root, scope, out2);
  out2.sort((a, b) => a.line - b.line);
}
function engineOf(value) {
  const name2 = value.toLowerCase();
  if (/^(pg|postgres|postgresql|cockroachdb|neon|pglite)$/.test(name2)) return "postgres";
  if (/^(mysql|mysql2|mariadb|planetscale|singlestore)$/.test(name2)) return "mysql";
  if (/^(sqlite|sqlite3|better-sqlite3|better-sqlite|libsql|turso|sqljs|d1|bun-sqlite)$/.test(name2)) return "sqlite";
  if (/^(mongodb|mongo)$/.test(name2)) return "mongodb";
  return void 0;
}
var DRIVERS2 = {
  pg: "postgres",
  "pg-pool": "postgres",
  "pg-promise": "postgres",
  postgres: "postgres",
  "@neondatabase/serverless": "postgres",
  "@vercel/postgres": "postgres",
  slonik: "postgres",
  mysql: "mysql",
  mysql2: "mysql",
  "mysql2/promise": "mysql",
  mariadb: "mysql",
  "@planetscale/database": "mysql",
  sqlite3: "sqlite",
  "better-sqlite3": "sqlite",
  sqlite: "sqlite",
  "@libsql/client": "sqlite",
  "bun:sqlite": "sqlite",
  "node:sqlite": "sqlite",
  mongodb: "mongodb"
};
var ORMS2 = /* @__PURE__ */ new Set(["sequelize", "sequelize-typescript", "typeorm", "@nestjs/typeorm", "@prisma/client", "knex", "kysely", "objection", "mongoose", "drizzle-orm"]);
function ormImportEngine(module2) {
  if (module2 === "mongoose") return "mongodb";
  const drizzle = /^drizzle-orm\/([\w-]+)/.exec(module2)?.[1];
  if (drizzle) {
    if (/^(node-postgres|postgres-js|neon-http|neon-serverless|vercel-postgres|pg-core|pglite|xata-http|aws-data-api)$/.test(drizzle)) return "postgres";
    if (/^(better-sqlite3|libsql|bun-sqlite|d1|sqlite-core|expo-sqlite|op-sqlite|sql-js)$/.test(drizzle)) return "sqlite";
    if (/^(mysql2|mysql-core|planetscale-serverless|tidb-serverless|singlestore)$/.test(drizzle)) return "mysql";
    return void 0;
  }
  const mikro = /^@mikro-orm\/([\w-]+)$/.exec(module2)?.[1];
  return mikro ? engineOf(mikro) : void 0;
}
function isOrmModule(module2) {
  return ORMS2.has(module2) || module2.startsWith("drizzle-orm/") || module2.startsWith("@mikro-orm/") && module2 !== "@mikro-orm/cli";
}
function importEvidence(root, out2) {
  for (const node of root.descendantsOfType(["import_statement", "call_expression"])) {
    if (!node) continue;
    let module2;
    if (node.type === "import_statement") {
      const typeOnly = node.children.some((child) => child !== null && !child.isNamed && child.type === "type");
      module2 = typeOnly ? void 0 : stringValue3(node.childForFieldName("source"));
    } else {
      module2 = requiredModule(node);
    }
    if (!module2) continue;
    const driver = DRIVERS2[module2];
    if (driver) {
      out2.push({ engine: driver, kind: "driver-import", subject: module2, line: lineOf2(node), detail: `imports the ${module2} driver` });
    } else if (isOrmModule(module2)) {
      const engine = ormImportEngine(module2);
      out2.push({ ...engine ? { engine } : {}, kind: "orm-import", subject: module2, line: lineOf2(node), detail: `imports ${module2}` });
    }
  }
}
var URL_PATTERN2 = /^(postgres(?:ql)?(?:\+[\w]+)?|mysql2?|mariadb|sqlite3?|mongodb(?:\+srv)?|file):/i;
function urlEngine(url) {
  const scheme = URL_PATTERN2.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return void 0;
  if (scheme === "file") return /\.(db|sqlite3?)(\?.*)?$/i.test(url) ? "sqlite" : void 0;
  return engineOf(scheme.replace(/\+.*$/, ""));
}
function redactUrl(url) {
  return url.replace(/^([\w+]+:\/\/[^:/@]*):[^@/]*@/, "$1:***@");
}
function urlEvidence(root, out2) {
  for (const node of root.descendantsOfType(["string", "template_string"])) {
    if (!node || node.parent?.type === "template_string") continue;
    const url = literalText(node);
    if (!url) continue;
    const engine = urlEngine(url);
    if (!engine) continue;
    const scheme = URL_PATTERN2.exec(url)[1].toLowerCase();
    const fallback = environmentFallback(node);
    if (fallback) {
      out2.push({ engine, kind: "env-default", subject: fallback, line: lineOf2(node), isDefault: true, detail: redactUrl(url) });
    } else {
      out2.push({ engine, kind: "connection-url", subject: scheme, line: lineOf2(node), detail: redactUrl(url) });
    }
  }
}
function literalText(node) {
  if (node.type === "string") return stringValue3(node);
  return node.text.slice(1, -1);
}
function environmentFallback(node) {
  const parent = node.parent;
  if (!parent) return void 0;
  if (parent.type === "binary_expression") {
    const operator = parent.childForFieldName("operator")?.type;
    const left = parent.childForFieldName("left");
    if (operator !== "??" && operator !== "||" || parent.childForFieldName("right")?.id !== node.id || !left) return void 0;
    return environmentVariable(left);
  }
  if (parent.type === "object_assignment_pattern" || parent.type === "assignment_pattern") {
    const pattern = parent.parent;
    const declarator = pattern?.parent;
    const source2 = declarator?.type === "variable_declarator" ? declarator.childForFieldName("value") : void 0;
    if (source2 && /\benv$/.test(source2.text)) return parent.childForFieldName("left")?.text;
  }
  return void 0;
}
function environmentVariable(node) {
  const text = unwrap(node).text;
  const match = /\b(?:process|Bun|Deno|import\.meta)\.env(?:\.([A-Za-z_]\w*)|\[\s*['"`]([A-Za-z_]\w*)['"`]\s*\])/.exec(text) ?? /\benv\.([A-Z_][A-Z0-9_]*)/.exec(text);
  return match ? match[1] ?? match[2] : void 0;
}
var TYPEORM_TYPES = /^(postgres|cockroachdb|mysql|mariadb|sqlite|better-sqlite3|sqljs|mongodb)$/;
var MIKRO_DRIVERS = {
  PostgreSqlDriver: "postgres",
  MySqlDriver: "mysql",
  MariaDbDriver: "mysql",
  SqliteDriver: "sqlite",
  BetterSqliteDriver: "sqlite",
  LibSqlDriver: "sqlite",
  MongoDriver: "mongodb"
};
var KYSELY_DIALECTS = { PostgresDialect: "postgres", MysqlDialect: "mysql", SqliteDialect: "sqlite" };
function dialectEvidence(path2, root, scope, out2) {
  const modules = [...scope.modules];
  const usesTypeorm = modules.some((module2) => module2 === "typeorm" || module2 === "@nestjs/typeorm");
  const usesMikro = modules.some((module2) => module2.startsWith("@mikro-orm/"));
  const usesDrizzleKit = modules.includes("drizzle-kit");
  const isKnexfile = /(^|\/)knexfile\.[cm]?[jt]s$/.test(path2);
  for (const pair of root.descendantsOfType("pair")) {
    if (!pair) continue;
    const key = propertyKey(pair);
    const valueNode = pair.childForFieldName("value");
    if (!key || !valueNode) continue;
    const value = stringValue3(valueNode);
    const at = lineOf2(pair);
    if (key === "dialect" && value && insideCall(pair, (call) => isSequelizeConstructor(call, scope))) {
      push(out2, "sequelize", value, at, `Sequelize dialect '${value}'`);
    } else if (key === "dialect" && value && usesDrizzleKit) {
      push(out2, "drizzle-kit", value, at, `drizzle-kit dialect '${value}'`);
    } else if (key === "client" && value && (isKnexfile || insideCall(pair, (call) => isKnexCall(call, scope)))) {
      push(out2, "knex", value, at, `knex client '${value}'`);
    } else if (key === "type" && value && TYPEORM_TYPES.test(value) && usesTypeorm) {
      push(out2, "typeorm", value, at, `TypeORM data source type '${value}'`);
    } else if ((key === "driver" || key === "type") && usesMikro) {
      const name2 = dottedName2(valueNode)?.split(".").pop();
      const engine = name2 ? MIKRO_DRIVERS[name2] : value ? engineOf(value) : void 0;
      if (engine) out2.push({ engine, kind: "dialect", subject: "mikro-orm", line: at, detail: `MikroORM driver ${name2 ?? value}` });
    }
  }
  for (const creation of root.descendantsOfType("new_expression")) {
    const name2 = creation ? dottedName2(calleeOf(creation))?.split(".").pop() : void 0;
    const engine = name2 ? KYSELY_DIALECTS[name2] : void 0;
    if (engine && modules.includes("kysely")) out2.push({ engine, kind: "dialect", subject: "kysely", line: lineOf2(creation), detail: `Kysely ${name2}` });
  }
}
function push(out2, subject, value, line2, detail) {
  const engine = engineOf(value);
  out2.push({ ...engine ? { engine } : {}, kind: "dialect", subject, line: line2, detail });
}
function insideCall(node, test) {
  for (let current = node.parent; current; current = current.parent) {
    if ((current.type === "call_expression" || current.type === "new_expression") && test(current)) return true;
    if (current.type === "statement_block" || current.type === "program") return false;
  }
  return false;
}
function isSequelizeConstructor(call, scope) {
  return call.type === "new_expression" && (refersTo(scope, calleeOf(call), ["sequelize", "sequelize-typescript"], ["Sequelize", "default", "*"]) || dottedName2(calleeOf(call)) === "Sequelize");
}
function isKnexCall(call, scope) {
  return refersTo(scope, calleeOf(call), ["knex"], ["default", "*", "knex", "Knex"]) || calleeModule(call) === "knex";
}

// src/source/node/frameworks.ts
var EXPRESS_MODULES = ["express"];
var FASTIFY_MODULES = ["fastify"];
var FASTIFY_PLUGIN_MODULES = ["fastify-plugin"];
var FASTIFY_AUTOLOAD_MODULES = ["@fastify/autoload", "fastify-autoload"];
var HONO_MODULES = ["hono", "hono/tiny", "hono/quick", "@hono/zod-openapi"];
var HONO_FACTORY_MODULES = ["hono/factory"];
var KOA_MODULES = ["koa"];
var KOA_ROUTER_MODULES = ["@koa/router", "koa-router"];
function frameworksOf(scope) {
  const found = /* @__PURE__ */ new Set();
  for (const module2 of scope.modules) {
    if (module2 === "express") found.add("express");
    else if (module2 === "fastify" || module2 === "fastify-plugin" || module2.startsWith("@fastify/")) found.add("fastify");
    else if (module2 === "hono" || module2.startsWith("hono/") || module2.startsWith("@hono/")) found.add("hono");
    else if (module2 === "koa" || module2 === "@koa/router" || module2 === "koa-router") found.add("koa");
  }
  return found;
}
var ROUTE_METHODS = {
  express: { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", options: "OPTIONS", head: "HEAD", all: "ALL" },
  fastify: { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", options: "OPTIONS", head: "HEAD", all: "ALL" },
  hono: { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", options: "OPTIONS", all: "ALL" },
  koa: { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", del: "DELETE", options: "OPTIONS", head: "HEAD", all: "ALL" }
};

// src/source/node/models-decorators.ts
var ORMS3 = {
  typeorm: "typeorm",
  "@mikro-orm/core": "mikro-orm",
  "@mikro-orm/decorators": "mikro-orm",
  "sequelize-typescript": "sequelize"
};
var CLASS_DECORATORS = /* @__PURE__ */ new Set(["Entity", "Table", "ViewEntity"]);
var FIELD_DECORATORS = /* @__PURE__ */ new Set([
  "Column",
  "PrimaryColumn",
  "PrimaryGeneratedColumn",
  "CreateDateColumn",
  "UpdateDateColumn",
  "DeleteDateColumn",
  "VersionColumn",
  "ObjectIdColumn",
  "Property",
  "PrimaryKey",
  "SerializedPrimaryKey",
  "Enum"
]);
var PRIMARY_KEY_DECORATORS = /* @__PURE__ */ new Set(["PrimaryColumn", "PrimaryGeneratedColumn", "PrimaryKey", "ObjectIdColumn", "SerializedPrimaryKey"]);
var RELATION_DECORATORS = {
  ManyToOne: "belongs-to",
  OneToMany: "has-many",
  ManyToMany: "many-to-many",
  OneToOne: "one-to-one",
  BelongsTo: "belongs-to",
  HasMany: "has-many",
  HasOne: "has-one",
  BelongsToMany: "many-to-many"
};
function extractDecoratedModels(root, scope, facts) {
  for (const declaration of root.descendantsOfType(["class_declaration", "abstract_class_declaration"])) {
    if (!declaration) continue;
    const decorators = decoratorsOf2(declaration);
    const classDecorator = decorators.find((decorator) => CLASS_DECORATORS.has(decorator.name));
    if (!classDecorator) continue;
    const orm = ormOf(scope, classDecorator.name);
    const name2 = declaration.childForFieldName("name")?.text;
    if (!orm || !name2) continue;
    const model = { name: name2, line: lineOf2(classDecorator.node), orm, fields: [], relations: [] };
    const table = tableName(classDecorator.args);
    if (table) model.table = table;
    for (const member of declaration.childForFieldName("body")?.namedChildren ?? []) {
      if (member?.type === "public_field_definition") readMember(member, model);
    }
    facts.models.push(model);
  }
}
function decoratorsOf2(node) {
  const holders = [node];
  if (node.parent?.type === "export_statement") holders.unshift(node.parent);
  const decorators = [];
  for (const holder of holders) {
    for (const child of holder.namedChildren) {
      if (child?.type !== "decorator") continue;
      const expression = child.namedChildren[0];
      if (!expression) continue;
      const call = expression.type === "call_expression" ? expression : void 0;
      const name2 = dottedName2(call ? calleeOf(call) : expression)?.split(".").pop();
      if (name2) decorators.push({ name: name2, args: call ? argumentsOf(call) : [], node: child });
    }
  }
  return decorators;
}
function ormOf(scope, decorator) {
  const binding = scope.bindings.get(decorator);
  if (binding && ORMS3[binding.module]) return ORMS3[binding.module];
  for (const module2 of scope.modules) if (ORMS3[module2]) return ORMS3[module2];
  return void 0;
}
function tableName(args2) {
  const first = args2[0];
  if (!first) return void 0;
  return stringValue3(first) ?? stringValue3(propertyOf(first, "name")) ?? stringValue3(propertyOf(first, "tableName"));
}
function readMember(member, model) {
  const name2 = member.childForFieldName("name")?.text;
  if (!name2) return;
  const decorators = decoratorsOf2(member);
  const typeText = member.childForFieldName("type")?.namedChildren[0]?.text;
  for (const decorator of decorators) {
    const relation = RELATION_DECORATORS[decorator.name];
    if (relation) {
      const target = relationTarget(decorator.args[0]) ?? typeText?.replace(/\[\]$/, "");
      if (!target) continue;
      const entry = { name: name2, line: lineOf2(decorator.node), kind: relation, target };
      const lazy = laziness(decorator.args, typeText);
      if (lazy) entry.lazy = lazy;
      const joinColumn = decorators.find((other) => other.name === "JoinColumn");
      const foreignKey = joinColumn ? stringValue3(propertyOf(joinColumn.args[0], "name")) : stringValue3(propertyOf(decorator.args.find((arg) => unwrap(arg).type === "object"), "foreignKey"));
      if (foreignKey) entry.foreignKey = foreignKey;
      const through = decorators.find((other) => other.name === "JoinTable");
      const throughName = through ? stringValue3(propertyOf(through.args[0], "name")) : relationTarget(decorator.args[1]);
      if (relation === "many-to-many" && throughName) entry.through = throughName;
      model.relations.push(entry);
      return;
    }
    if (FIELD_DECORATORS.has(decorator.name)) {
      const field = { name: name2, line: lineOf2(decorator.node) };
      const options = decorator.args.find((arg) => unwrap(arg).type === "object");
      const type = stringValue3(decorator.args[0]) ?? stringValue3(propertyOf(options, "type")) ?? dottedName2(decorator.args[0])?.split(".").pop() ?? typeText;
      if (type) field.type = type;
      const column = stringValue3(propertyOf(options, "name")) ?? stringValue3(propertyOf(options, "fieldName")) ?? stringValue3(propertyOf(options, "field"));
      if (column) field.column = column;
      if (PRIMARY_KEY_DECORATORS.has(decorator.name) || decorators.some((other) => other.name === "PrimaryKey") || propertyOf(options, "primary")?.text === "true" || propertyOf(options, "primaryKey")?.text === "true") {
        field.primaryKey = true;
      }
      const nullable = propertyOf(options, "nullable")?.text ?? propertyOf(options, "allowNull")?.text;
      if (nullable === "true" || nullable === "false") field.nullable = nullable === "true";
      const foreignKey = decorators.find((other) => other.name === "ForeignKey");
      const target = foreignKey ? relationTarget(foreignKey.args[0]) : void 0;
      if (target) field.foreignKey = target;
      model.fields.push(field);
      return;
    }
  }
}
function relationTarget(node) {
  if (!node) return void 0;
  const inner = unwrap(node);
  if (isFunctionNode(inner)) {
    const body2 = inner.childForFieldName("body");
    return body2 ? dottedName2(body2)?.split(".").pop() : void 0;
  }
  return stringValue3(inner) ?? (inner.type === "identifier" ? inner.text : void 0);
}
function laziness(args2, typeText) {
  const options = args2.find((arg) => unwrap(arg).type === "object");
  if (propertyOf(options, "lazy")?.text === "true" || typeText?.startsWith("Promise<")) return "lazy";
  if (propertyOf(options, "eager")?.text === "true") return "eager";
  return void 0;
}

// src/source/node/models-drizzle.ts
var TABLE_FUNCTIONS = /* @__PURE__ */ new Set(["pgTable", "sqliteTable", "mysqlTable", "singlestoreTable"]);
function extractDrizzleModels(scope, facts) {
  if (![...scope.modules].some((module2) => module2.startsWith("drizzle-orm"))) return;
  for (const [name2, value] of scope.constants) {
    const call = unwrap(value);
    if (call.type !== "call_expression") continue;
    const callee = calleeOf(call);
    const functionName = dottedName2(callee)?.split(".").pop();
    if (!functionName || !TABLE_FUNCTIONS.has(functionName)) continue;
    const binding = scope.bindings.get(dottedName2(callee).split(".")[0]);
    if (!binding?.module.startsWith("drizzle-orm")) continue;
    const [tableArgument, columns] = argumentsOf(call);
    const model = { name: name2, line: lineOf2(call), orm: "drizzle", fields: [], relations: [] };
    const table = stringValue3(tableArgument);
    if (table) model.table = table;
    for (const { key, value: column, node } of objectEntries(columns)) readColumn2(key, column, node, model);
    facts.models.push(model);
  }
}
function readColumn2(key, column, node, model) {
  const modifiers = [];
  let current = unwrap(column);
  while (current.type === "call_expression" && memberProperty(calleeOf(current))) {
    modifiers.push({ name: memberProperty(calleeOf(current)), args: argumentsOf(current) });
    current = unwrap(memberObject(calleeOf(current)));
  }
  if (current.type !== "call_expression") return;
  const field = { name: key, line: lineOf2(node) };
  const type = dottedName2(calleeOf(current))?.split(".").pop();
  if (type) field.type = type;
  const columnName = stringValue3(argumentsOf(current)[0]);
  if (columnName) field.column = columnName;
  const names = modifiers.map((modifier) => modifier.name);
  if (names.includes("primaryKey")) field.primaryKey = true;
  field.nullable = !(names.includes("notNull") || names.includes("primaryKey"));
  const references = modifiers.find((modifier) => modifier.name === "references");
  const target = references?.args[0] ? unwrap(references.args[0]) : void 0;
  const targetColumn = target && isFunctionNode(target) ? dottedName2(target.childForFieldName("body")) : void 0;
  if (targetColumn) {
    field.foreignKey = targetColumn;
    const targetTable = targetColumn.split(".")[0];
    model.relations.push({ name: key, line: lineOf2(node), kind: "belongs-to", target: targetTable, foreignKey: key });
  }
  model.fields.push(field);
}

// src/source/node/models-mongoose.ts
function extractMongooseModels(root, scope, facts) {
  if (!scope.modules.has("mongoose")) return;
  const schemas = /* @__PURE__ */ new Map();
  for (const [name2, value] of scope.constants) {
    const inner = unwrap(value);
    if (inner.type === "new_expression" && isSchemaConstructor(scope, calleeOf(inner))) schemas.set(name2, inner);
  }
  for (const call of root.descendantsOfType("call_expression")) {
    if (!call) continue;
    const callee = calleeOf(call);
    const isModelCall = memberProperty(callee) === "model" || refersTo(scope, callee, ["mongoose"], ["model"]);
    const args2 = argumentsOf(call);
    if (!isModelCall || args2.length < 2) continue;
    const name2 = stringValue3(args2[0]);
    const schemaArgument = unwrap(args2[1]);
    const schema = schemaArgument.type === "identifier" ? schemas.get(schemaArgument.text) : schemaArgument.type === "new_expression" ? schemaArgument : void 0;
    if (!name2 || !schema) continue;
    facts.models.push(modelFact(name2, call, schema, stringValue3(args2[2])));
  }
}
function isSchemaConstructor(scope, node) {
  if (refersTo(scope, node, ["mongoose"], ["Schema"])) return true;
  return dottedName2(node) === "mongoose.Schema";
}
function modelFact(name2, call, schema, collectionArgument) {
  const model = { name: name2, line: lineOf2(call), orm: "mongoose", fields: [], relations: [] };
  const [definition, options] = argumentsOf(schema);
  const collection = collectionArgument ?? stringValue3(propertyOf(options, "collection"));
  if (collection) model.table = collection;
  for (const { key, value, node } of objectEntries(definition)) {
    const inner = unwrap(value);
    const isArray = inner.type === "array";
    const element = isArray ? inner.namedChildren.find((child) => child !== null && child.type !== "comment") : inner;
    const options2 = element && unwrap(element).type === "object" && propertyOf(element, "type") ? unwrap(element) : void 0;
    const typeNode = options2 ? propertyOf(options2, "type") : element;
    const reference = stringValue3(propertyOf(options2, "ref"));
    if (reference) {
      model.relations.push({ name: key, line: lineOf2(node), kind: isArray ? "has-many" : "belongs-to", target: reference, foreignKey: key });
    }
    const field = { name: key, line: lineOf2(node) };
    const type = typeNode && unwrap(typeNode).type !== "object" ? dottedName2(typeNode)?.split(".").pop() : void 0;
    if (type) field.type = isArray ? `${type}[]` : type;
    if (options2) {
      const required = propertyOf(options2, "required")?.text;
      if (required === "true") field.nullable = false;
      if (reference) field.foreignKey = `${reference}._id`;
    }
    model.fields.push(field);
  }
  return model;
}

// src/source/node/conventions.ts
var MODULE_CHILD_PREFIX = "module:";
var AUTOLOAD_CHILD_PREFIX = "dir:";
var SEQUELIZE_ASSOCIATIONS = "sequelize-associations";

// src/source/node/models-sequelize.ts
function extractSequelizeModels(root, scope, facts) {
  const usesSequelize = [...scope.modules].some((module2) => module2 === "sequelize" || module2 === "sequelize-typescript");
  const models = /* @__PURE__ */ new Map();
  const associations = [];
  for (const call of root.descendantsOfType("call_expression")) {
    if (!call) continue;
    const callee = unwrap(calleeOf(call) ?? call);
    const property = memberProperty(callee);
    const args2 = argumentsOf(call);
    if (property === "define" && args2.length >= 2 && unwrap(args2[1]).type === "object") {
      const name2 = stringValue3(args2[0]);
      const receiver = dottedName2(memberObject(callee)) ?? "";
      if (name2 && (usesSequelize || /sequelize|db/i.test(receiver))) addModel(models, modelFact2(name2, call, args2[1], args2[2]));
    } else if (property === "init" && args2.length >= 2 && unwrap(args2[0]).type === "object" && propertyOf(args2[1], "sequelize")) {
      const className = dottedName2(memberObject(callee));
      if (!className) continue;
      const declaration = classDeclaration(root, className);
      addModel(models, modelFact2(className, declaration ?? call, args2[0], args2[1]));
    } else if (property && property in ASSOCIATIONS && args2[0]) {
      const association = associationOf(call, callee, property, args2);
      if (association) associations.push(association);
    }
  }
  for (const association of associations) {
    models.get(association.source)?.relations.push({
      name: association.alias ?? association.target,
      line: association.line,
      kind: association.kind,
      target: association.target,
      ...association.alias ? { alias: association.alias } : {},
      ...association.foreignKey ? { foreignKey: association.foreignKey } : {},
      ...association.through ? { through: association.through } : {}
    });
  }
  facts.models.push(...models.values());
  if (associations.length > 0) (facts.checkFacts[SEQUELIZE_ASSOCIATIONS] ??= []).push(...associations);
}
var ASSOCIATIONS = {
  belongsTo: "belongs-to",
  hasOne: "has-one",
  hasMany: "has-many",
  belongsToMany: "many-to-many"
};
function addModel(models, model) {
  if (!models.has(model.name)) models.set(model.name, model);
}
function modelFact2(name2, at, attributes, options) {
  const model = { name: name2, line: lineOf2(at), orm: "sequelize", fields: [], relations: [] };
  const table = stringValue3(propertyOf(options, "tableName"));
  if (table) model.table = table;
  for (const { key, value, node } of objectEntries(attributes)) {
    const field = { name: key, line: lineOf2(node) };
    const inner = unwrap(value);
    const typeNode = inner.type === "object" ? propertyOf(inner, "type") : inner;
    const type = typeNode ? dataType(typeNode) : void 0;
    if (type) field.type = type;
    if (inner.type === "object") {
      const column = stringValue3(propertyOf(inner, "field"));
      if (column) field.column = column;
      if (propertyOf(inner, "primaryKey")?.text === "true") field.primaryKey = true;
      const allowNull = propertyOf(inner, "allowNull")?.text;
      if (allowNull === "true" || allowNull === "false") field.nullable = allowNull === "true";
      const references = propertyOf(inner, "references");
      if (references) {
        const target = propertyOf(references, "model");
        const key2 = stringValue3(propertyOf(references, "key")) ?? "id";
        const targetName = target ? stringValue3(target) ?? dottedName2(target) : void 0;
        if (targetName) field.foreignKey = `${targetName}.${key2}`;
      }
    }
    model.fields.push(field);
  }
  return model;
}
function dataType(node) {
  const inner = unwrap(node);
  const target = inner.type === "call_expression" ? unwrap(calleeOf(inner) ?? inner) : inner;
  const name2 = dottedName2(target);
  return name2?.split(".").pop();
}
function classDeclaration(root, name2) {
  for (const declaration of root.descendantsOfType(["class_declaration", "class"])) {
    if (declaration?.childForFieldName("name")?.text === name2) return declaration;
  }
  return void 0;
}
function associationOf(call, callee, property, args2) {
  const sourceNode = memberObject(callee);
  const targetNode = unwrap(args2[0]);
  if (targetNode.type !== "identifier" && targetNode.type !== "member_expression") return void 0;
  const target = dottedName2(targetNode)?.split(".").pop();
  let source2 = dottedName2(sourceNode);
  if (source2 === "this") source2 = enclosingClassName(call);
  source2 = source2?.split(".").pop();
  if (!source2 || !target) return void 0;
  const association = { source: source2, target, kind: ASSOCIATIONS[property], line: lineOf2(call) };
  const options = args2[1];
  const alias = aliasOf(propertyOf(options, "as"));
  if (alias) association.alias = alias;
  const foreignKey = propertyOf(options, "foreignKey");
  const foreignKeyName = foreignKey ? stringValue3(foreignKey) ?? stringValue3(propertyOf(foreignKey, "name")) : void 0;
  if (foreignKeyName) association.foreignKey = foreignKeyName;
  const through = propertyOf(options, "through");
  if (through) {
    const model = propertyOf(through, "model");
    const name2 = stringValue3(through) ?? dottedName2(through)?.split(".").pop() ?? (model ? stringValue3(model) ?? dottedName2(model)?.split(".").pop() : void 0);
    if (name2) association.through = name2;
  }
  return association;
}
function aliasOf(node) {
  if (!node) return void 0;
  return stringValue3(node) ?? stringValue3(propertyOf(node, "plural")) ?? stringValue3(propertyOf(node, "singular"));
}
function enclosingClassName(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "class_declaration" || current.type === "class") return current.childForFieldName("name")?.text;
  }
  return void 0;
}

// src/source/node/path-expression.ts
function pathExpression2(node, scope) {
  const inner = unwrap(node);
  const value = constantString(inner, scope, 0);
  const reference = inner.type === "identifier" || inner.type === "member_expression" ? dottedName2(inner) : void 0;
  if (value !== void 0) return reference ? { value, reference } : { value };
  if (reference) return { reference };
  return { text: inner.text };
}
var MAX_DEPTH = 8;
function constantString(node, scope, depth) {
  if (depth > MAX_DEPTH) return void 0;
  const inner = unwrap(node);
  const literal = stringValue3(inner);
  if (literal !== void 0) return literal;
  switch (inner.type) {
    case "identifier": {
      const value = scope.constants.get(inner.text);
      return value ? constantString(value, scope, depth + 1) : void 0;
    }
    case "member_expression": {
      const object = inner.childForFieldName("object");
      const property = inner.childForFieldName("property");
      if (object?.type !== "identifier" || property?.type !== "property_identifier") return void 0;
      const declared = scope.constants.get(object.text);
      const member = declared ? propertyOf(declared, property.text) : void 0;
      return member && member.type !== "shorthand_property_identifier" ? constantString(member, scope, depth + 1) : void 0;
    }
    case "template_string": {
      let text = "";
      for (const part of inner.namedChildren) {
        if (!part) continue;
        if (part.type === "string_fragment" || part.type === "escape_sequence") text += part.text;
        else if (part.type === "template_substitution") {
          const expression = part.namedChildren[0];
          const value = expression ? constantString(expression, scope, depth + 1) : void 0;
          if (value === void 0) return void 0;
          text += value;
        }
      }
      return text;
    }
    case "binary_expression": {
      if (inner.childForFieldName("operator")?.type !== "+") return void 0;
      const left = inner.childForFieldName("left");
      const right = inner.childForFieldName("right");
      const leftValue = left ? constantString(left, scope, depth + 1) : void 0;
      const rightValue = right ? constantString(right, scope, depth + 1) : void 0;
      return leftValue !== void 0 && rightValue !== void 0 ? leftValue + rightValue : void 0;
    }
    default:
      return void 0;
  }
}

// src/source/node/routers.ts
function findRouters(root, scope, frameworks) {
  const found = { objects: /* @__PURE__ */ new Map(), registrars: /* @__PURE__ */ new Map(), mounts: [] };
  for (const declarator of root.descendantsOfType("variable_declarator")) {
    if (!declarator) continue;
    const name2 = declarator.childForFieldName("name");
    const value = declarator.childForFieldName("value");
    if (name2?.type !== "identifier" || !value) continue;
    const created = routerCreation(unwrap(value.type === "await_expression" ? value.namedChildren[0] ?? value : value), scope, found.objects);
    if (!created) continue;
    const kind = created.framework === "hono" && !created.parent ? honoKind(name2.text) : created.kind;
    const fact = { name: name2.text, line: lineOf2(declarator), kind, framework: created.framework };
    if (created.prefix) fact.prefix = created.prefix;
    markExported(fact, scope);
    found.objects.set(name2.text, { fact, framework: created.framework });
    if (created.parent) found.mounts.push({ parent: created.parent, child: name2.text, line: lineOf2(declarator), framework: created.framework });
  }
  const anonymous = anonymousDefaultRouter(scope, found.objects);
  if (anonymous) found.objects.set("default", anonymous);
  findRegistrars(root, scope, frameworks, found);
  return found;
}
function markExported(fact, scope) {
  const names = scope.exports.get(fact.name);
  if (names) {
    fact.exported = true;
    fact.exportedAs = [...names];
  }
}
function routerCreation(value, scope, known) {
  if (value.type !== "call_expression" && value.type !== "new_expression") return void 0;
  const callee = calleeOf(value);
  if (!callee) return void 0;
  const args2 = argumentsOf(value);
  const inner = unwrap(callee);
  if (refersTo(scope, inner, EXPRESS_MODULES, ["default", "*"]) || calleeModule(value) === "express") return { framework: "express", kind: "app" };
  if (refersTo(scope, inner, EXPRESS_MODULES, ["Router"])) return { framework: "express", kind: "router" };
  if (inner.type === "member_expression" && memberProperty(inner) === "Router" && requiredModule(unwrap(memberObject(inner))) === "express") {
    return { framework: "express", kind: "router" };
  }
  if (refersTo(scope, inner, FASTIFY_MODULES, ["default", "*", "fastify"]) || calleeModule(value) === "fastify") return { framework: "fastify", kind: "app" };
  if (refersTo(scope, inner, KOA_MODULES, ["default", "*"])) return { framework: "koa", kind: "app" };
  if (refersTo(scope, inner, KOA_ROUTER_MODULES, ["default", "*", "Router"]) || KOA_ROUTER_MODULES.includes(calleeModule(value))) {
    const prefix = propertyOf(args2[0], "prefix");
    return { framework: "koa", kind: "router", ...prefix ? { prefix: pathExpression2(prefix, scope) } : {} };
  }
  if (value.type === "new_expression" && refersTo(scope, inner, HONO_MODULES, ["Hono", "OpenAPIHono"])) return { framework: "hono", kind: "router" };
  if (value.type === "call_expression" && memberProperty(inner) === "basePath" && args2[0]) {
    const object = unwrap(memberObject(inner));
    const prefix = pathExpression2(args2[0], scope);
    if (object.type === "identifier" && known.get(object.text)?.framework === "hono") return { framework: "hono", kind: "router", prefix, parent: object.text };
    const base = routerCreation(object, scope, known);
    if (base?.framework === "hono" && !base.parent) return { ...base, prefix: joinPrefixes(base.prefix, prefix) };
  }
  const property = value.type === "call_expression" ? memberProperty(inner) : void 0;
  if (property && property !== "basePath" && (property in ROUTE_METHODS.hono || property === "on" || property === "route" || property === "use")) {
    const base = routerCreation(unwrap(memberObject(inner)), scope, known);
    if (base?.framework === "hono" && !base.parent) return base;
  }
  return void 0;
}
function anonymousDefaultRouter(scope, known) {
  const value = scope.anonymousDefault;
  if (!value || known.has("default")) return void 0;
  const created = routerCreation(unwrap(value), scope, known);
  if (!created || created.parent) return void 0;
  const fact = { name: "default", line: lineOf2(value), kind: created.kind, framework: created.framework, exported: true, exportedAs: ["default"] };
  if (created.prefix) fact.prefix = created.prefix;
  return { fact, framework: created.framework };
}
function joinPrefixes(first, second) {
  if (!first) return second;
  if (first.value !== void 0 && second.value !== void 0) return { value: `${first.value.replace(/\/$/, "")}${second.value}` };
  return { text: `${first.value ?? first.reference ?? first.text}${second.value ?? second.reference ?? second.text}` };
}
function honoKind(name2) {
  return /^(app|server|api)$|App$/.test(name2) ? "app" : "router";
}
var FASTIFY_TYPES = /^(FastifyInstance|FastifyPluginAsync|FastifyPluginCallback|FastifyPlugin)\b/;
var REGISTRAR_PARAMETERS = /^(fastify|app|router|server|instance|api)$/;
function findRegistrars(root, scope, frameworks, found) {
  const usesFastify = frameworks.has("fastify");
  const candidates = [];
  for (const [name2, fn] of scope.functions) {
    const declarator = fn.parent?.type === "variable_declarator" ? fn.parent : void 0;
    const typed = declarator?.childForFieldName("type")?.namedChildren[0]?.text;
    const framework = typed && FASTIFY_TYPES.test(typed) ? "fastify" : void 0;
    candidates.push({ fn, name: name2, ...framework ? { framework } : {} });
  }
  const anonymous = scope.anonymousDefault ? pluginFunctionOf(scope.anonymousDefault, scope) : void 0;
  if (anonymous) {
    const named2 = anonymous.childForFieldName("name")?.text;
    if (anonymous.type === "identifier") {
      const names = scope.exports.get(anonymous.text) ?? [];
      if (!names.includes("default")) scope.exports.set(anonymous.text, [...names, "default"]);
    } else if (!named2 || !scope.functions.has(named2)) {
      candidates.push({ fn: anonymous, name: "default", exportedAs: ["default"] });
    }
  }
  for (const [name2, value] of scope.constants) {
    const inner = unwrap(value);
    if (inner.type !== "call_expression" || !refersTo(scope, calleeOf(inner), FASTIFY_PLUGIN_MODULES, ["default", "*", "fastifyPlugin"])) continue;
    const fn = argumentsOf(inner)[0];
    if (fn && isFunctionNode(unwrap(fn))) candidates.push({ fn: unwrap(fn), name: name2, framework: "fastify" });
  }
  for (const call of root.descendantsOfType("call_expression")) {
    if (!call || memberProperty(calleeOf(call)) !== "register") continue;
    const first = argumentsOf(call)[0];
    const fn = first ? pluginFunctionOf(first, scope) : void 0;
    if (fn && isFunctionNode(fn) && !fn.childForFieldName("name")) {
      const parameter = parameterNames(fn)[0];
      if (parameter) candidates.push({ fn, name: `plugin@${lineOf2(fn)}`, framework: "fastify" });
    }
  }
  for (const candidate of candidates) {
    if (found.registrars.has(candidate.fn.id)) continue;
    const parameter = parameterNames(candidate.fn)[0];
    if (!parameter) continue;
    const exportedAs = candidate.exportedAs ?? scope.exports.get(candidate.name);
    const typedFastify = FASTIFY_TYPES.test(firstParameterType(candidate.fn) ?? "");
    const framework = candidate.framework ?? (typedFastify || usesFastify && parameter === "fastify" ? "fastify" : registrarFramework(parameter, frameworks, exportedAs !== void 0));
    if (!framework) continue;
    if (!declaresRoutesOn(candidate.fn, parameter, framework)) continue;
    const fact = { name: candidate.name, line: lineOf2(candidate.fn), kind: "router", framework };
    if (exportedAs) {
      fact.exported = true;
      fact.exportedAs = [...exportedAs];
    }
    found.registrars.set(candidate.fn.id, { name: candidate.name, parameter, framework, node: candidate.fn });
    found.objects.set(candidate.name, { fact, framework });
  }
}
function registrarFramework(parameter, frameworks, exported) {
  if (frameworks.has("fastify")) return "fastify";
  if (!exported || !REGISTRAR_PARAMETERS.test(parameter)) return void 0;
  if (parameter === "fastify") return "fastify";
  if (frameworks.size === 1) return [...frameworks][0];
  return frameworks.size === 0 ? "express" : void 0;
}
function pluginFunctionOf(node, scope) {
  const inner = unwrap(node);
  if (isFunctionNode(inner)) return inner;
  if (inner.type === "call_expression" && refersTo(scope, calleeOf(inner), FASTIFY_PLUGIN_MODULES, ["default", "*", "fastifyPlugin"])) {
    const first = argumentsOf(inner)[0];
    if (!first) return void 0;
    const wrapped = unwrap(first);
    return isFunctionNode(wrapped) || wrapped.type === "identifier" ? wrapped : void 0;
  }
  return void 0;
}
var REGISTRAR_CALLS = /* @__PURE__ */ new Set(["route", "register", "use", "on"]);
function declaresRoutesOn(fn, parameter, framework) {
  const body2 = fn.childForFieldName("body");
  if (!body2) return false;
  for (const call of body2.descendantsOfType("call_expression")) {
    const callee = call ? calleeOf(call) : null;
    const property = memberProperty(callee);
    if (!property) continue;
    let object = memberObject(callee);
    while (object && unwrap(object).type === "call_expression") object = memberObject(calleeOf(unwrap(object)));
    if (object?.type !== "identifier" || object.text !== parameter) continue;
    if (property in ROUTE_METHODS[framework] || REGISTRAR_CALLS.has(property)) return true;
  }
  return false;
}

// src/source/node/routes.ts
function extractRoutes(root, scope, routers, frameworks, facts) {
  const reader = new RouteReader(scope, routers, frameworks, facts);
  for (const call of root.descendantsOfType("call_expression")) {
    if (call && isOutermostInChain(call)) reader.read(call);
  }
}
function isOutermostInChain(call) {
  const parent = call.parent;
  if (parent?.type !== "member_expression") return true;
  const grandparent = parent.parent;
  return !(grandparent?.type === "call_expression" && grandparent.childForFieldName("function")?.id === parent.id);
}
var RouteReader = class {
  constructor(scope, routers, frameworks, facts) {
    this.scope = scope;
    this.routers = routers;
    this.frameworks = frameworks;
    this.facts = facts;
  }
  scope;
  routers;
  frameworks;
  facts;
  read(call) {
    const links = [];
    let node = call;
    while (node.type === "call_expression") {
      const callee = calleeOf(node);
      if (!callee || unwrap(callee).type !== "member_expression") break;
      const member = unwrap(callee);
      const property = memberProperty(member);
      const object = memberObject(member);
      if (!property || !object) break;
      const line2 = member.childForFieldName("property").startPosition.row + 1;
      links.unshift({ property, args: argumentsOf(node), call: node, line: line2 });
      node = unwrap(object);
    }
    if (links.length === 0) {
      this.readRegistrarCall(call);
      return;
    }
    const ownerName = node.type === "identifier" ? node.text : this.createdAs(call);
    if (!ownerName) return;
    const owner = this.ownerOf(ownerName, call) ?? (node.type === "identifier" ? this.importedOwner(ownerName, call, links) : void 0);
    if (!owner) return;
    switch (owner.framework) {
      case "express":
        this.readExpress(owner, links);
        break;
      case "fastify":
        this.readFastify(owner, links);
        break;
      case "hono":
        this.readHono(owner, links);
        break;
      case "koa":
        this.readKoa(owner, links);
        break;
    }
  }
  /** For a chain that starts at a constructor (`const app = new Hono().get(...)`): the name it is bound to. */
  createdAs(call) {
    let holder = call.parent;
    while (holder && (holder.type === "parenthesized_expression" || holder.type === "as_expression" || holder.type === "satisfies_expression")) holder = holder.parent;
    if (holder?.type === "variable_declarator" && holder.childForFieldName("name")?.type === "identifier") return holder.childForFieldName("name").text;
    if (holder?.type === "export_statement" && this.scope.anonymousDefault?.id === unwrap(call).id) return "default";
    return void 0;
  }
  /** The router a local name stands for at `at`: a registrar's parameter, or a router created in this file. */
  ownerOf(name2, at) {
    for (let fn = enclosingFunction(at); fn; fn = enclosingFunction(fn)) {
      const registrar = this.routers.registrars.get(fn.id);
      if (registrar?.parameter === name2) return { name: registrar.name, framework: registrar.framework };
      if (parameterNames(fn).includes(name2)) return void 0;
    }
    const object = this.routers.objects.get(name2);
    if (!object || this.isRegistrarName(name2)) return void 0;
    return { name: name2, framework: object.framework };
  }
  /**
   * `const app = require('./app'); app.get('/x', (req, res) => {})`: routes declared on an app
   * imported from another file of the project. HTTP clients look alike (`api.get('/users', params)`),
   * so the call must end in a handler: a function whose parameters read like one, or, in a file that
   * imports a framework, a named handler.
   */
  importedOwner(name2, at, links) {
    const binding = this.scope.bindings.get(name2);
    if (!binding || !isProjectSpecifier(binding.module) || links.length !== 1) return void 0;
    for (let fn = enclosingFunction(at); fn; fn = enclosingFunction(fn)) if (parameterNames(fn).includes(name2)) return void 0;
    const link = links[0];
    const last = link.args[link.args.length - 1];
    if (link.args.length < 2 || !last || !isPathArgument(unwrap(link.args[0]))) return void 0;
    const handler = unwrap(last);
    const fromHandler = isFunctionNode(handler) ? frameworkOfHandler(parameterNames(handler)) : void 0;
    const imported = this.frameworks.size === 1 ? [...this.frameworks][0] : void 0;
    const named2 = handler.type === "identifier" || handler.type === "member_expression";
    const framework = fromHandler ?? (named2 ? imported : void 0);
    if (!framework || !(link.property in ROUTE_METHODS[framework])) return void 0;
    return { name: name2, framework: imported ?? framework };
  }
  isRegistrarName(name2) {
    for (const registrar of this.routers.registrars.values()) if (registrar.name === name2) return true;
    return false;
  }
  // -------------------------------------------------------------------------------------------
  readExpress(owner, links) {
    let chainPath;
    for (const link of links) {
      const method = ROUTE_METHODS.express[link.property];
      if (link.property === "route" && link.args[0]) chainPath = pathExpression2(link.args[0], this.scope);
      else if (method && chainPath) this.addRoute(owner, method, chainPath, link, link.args);
      else if (method && link.args.length >= 2 && !isFunctionNode(unwrap(link.args[0]))) {
        for (const path2 of arrayOrSingle(link.args[0])) this.addRoute(owner, method, pathExpression2(path2, this.scope), link, link.args.slice(1));
      } else if (link.property === "use") this.readUse(owner, link);
    }
  }
  readFastify(owner, links) {
    for (const link of links) {
      const method = ROUTE_METHODS.fastify[link.property];
      if (method && link.args.length >= 2) {
        const options = link.args.length === 2 ? propertyOf(link.args[1], "handler") : void 0;
        this.addRoute(owner, method, pathExpression2(link.args[0], this.scope), link, options ? [options] : link.args.slice(1));
      } else if (link.property === "route" && link.args[0]) {
        this.readFastifyRouteOptions(owner, link);
      } else if (link.property === "register" && link.args[0]) {
        this.readRegister(owner, link);
      }
    }
  }
  readFastifyRouteOptions(owner, link) {
    const options = link.args[0];
    const url = propertyOf(options, "url") ?? propertyOf(options, "path");
    const method = propertyOf(options, "method");
    if (!url || !method) return;
    const handler = propertyOf(options, "handler");
    const path2 = pathExpression2(url, this.scope);
    for (const name2 of methodNames(method, this.scope)) this.addRoute(owner, name2, path2, link, handler ? [handler] : []);
  }
  readRegister(owner, link) {
    const plugin = unwrap(link.args[0]);
    const options = link.args[1];
    if (refersTo(this.scope, plugin, FASTIFY_AUTOLOAD_MODULES, ["default", "*", "fastifyAutoload", "autoload"])) {
      const dir = autoloadDirectory(propertyOf(options, "dir"), this.scope);
      if (!dir) return;
      const prefix = propertyOf(propertyOf(options, "options"), "prefix");
      this.addMount(owner, `${AUTOLOAD_CHILD_PREFIX}${dir}`, link, prefix);
      return;
    }
    const child = isFunctionNode(plugin) ? this.routers.registrars.get(plugin.id)?.name : this.mountChild(plugin);
    if (child) this.addMount(owner, child, link, propertyOf(options, "prefix"));
  }
  readHono(owner, links) {
    let chainPath;
    for (const link of links) {
      const method = ROUTE_METHODS.hono[link.property];
      const first = link.args[0] ? unwrap(link.args[0]) : void 0;
      if (method && first && link.args.length >= 2 && isPathArgument(first)) {
        chainPath = pathExpression2(first, this.scope);
        this.addRoute(owner, method, chainPath, link, link.args.slice(1));
      } else if (method && chainPath && link.args.length >= 1) {
        this.addRoute(owner, method, chainPath, link, link.args);
      } else if (link.property === "on" && link.args.length >= 3) {
        const paths = arrayOrSingle(link.args[1]).map((path2) => pathExpression2(path2, this.scope));
        for (const name2 of methodNames(link.args[0], this.scope)) {
          for (const path2 of paths) this.addRoute(owner, name2, path2, link, link.args.slice(2));
        }
        chainPath = paths[0];
      } else if (link.property === "route" && link.args.length >= 2) {
        const child = this.mountChild(unwrap(link.args[1]));
        if (child) this.addMount(owner, child, link, link.args[0]);
      }
    }
  }
  readKoa(owner, links) {
    for (const link of links) {
      const method = ROUTE_METHODS.koa[link.property];
      if (method && link.args.length >= 2) {
        const named2 = link.args.length >= 3 && stringValue3(link.args[0]) !== void 0 && isPathArgument(unwrap(link.args[1]));
        const pathArgument = named2 ? link.args[1] : link.args[0];
        const handlers = link.args.slice(named2 ? 2 : 1);
        for (const path2 of arrayOrSingle(pathArgument)) this.addRoute(owner, method, pathExpression2(path2, this.scope), link, handlers);
      } else if (link.property === "prefix" && link.args[0]) {
        const router = this.routers.objects.get(owner.name);
        if (router) router.fact.prefix = pathExpression2(link.args[0], this.scope);
      } else if (link.property === "use") {
        const prefixed = link.args.length >= 2 && isPathArgument(unwrap(link.args[0])) && !isRoutesCall(unwrap(link.args[0]));
        for (const argument of link.args.slice(prefixed ? 1 : 0)) {
          const child = koaRoutesChild(unwrap(argument));
          if (child) this.addMount(owner, child, link, prefixed ? link.args[0] : void 0);
        }
      }
    }
  }
  // -------------------------------------------------------------------------------------------
  /** Express `use([path,] ...handlers)`: every argument that is a router (here or imported) is a mount. */
  readUse(owner, link) {
    const first = link.args[0] ? unwrap(link.args[0]) : void 0;
    if (!first) return;
    const prefixed = link.args.length >= 2 && this.isUsePath(first);
    for (const argument of link.args.slice(prefixed ? 1 : 0)) {
      const child = this.mountChild(unwrap(argument));
      if (child) this.addMount(owner, child, link, prefixed ? first : void 0);
    }
  }
  /** The first argument of `use` is a path when it is one statically, or a name that reads like one. */
  isUsePath(node) {
    if (node.type === "array") return true;
    if (constantString(node, this.scope, 0) !== void 0) return true;
    if (node.type === "template_string" || node.type === "binary_expression") return true;
    const name2 = dottedName2(node);
    if (!name2) return false;
    const last = name2.split(".").pop();
    return /^[A-Z0-9_]+$/.test(last) || /(path|prefix|url|base|mount|route)$/i.test(last);
  }
  /**
   * The child of a mount as the composer resolves it: a local router name, an imported name (or
   * `ns.member`), or `module:<specifier>` for an inline `require('./r')` / `import('./r')`.
   * Middleware (package imports, local plain functions, calls like `express.json()`) is not a mount.
   */
  mountChild(node) {
    if (node.type === "await_expression" && node.namedChildren[0]) return this.mountChild(unwrap(node.namedChildren[0]));
    if (node.type === "call_expression") {
      const module2 = requiredModule(node);
      return module2 && isProjectSpecifier(module2) ? `${MODULE_CHILD_PREFIX}${module2}` : void 0;
    }
    if (node.type === "member_expression") {
      const object = unwrap(node.childForFieldName("object"));
      const property = memberProperty(node);
      const module2 = object.type === "call_expression" ? requiredModule(object) : void 0;
      if (module2 && property) return isProjectSpecifier(module2) ? `${MODULE_CHILD_PREFIX}${module2}#${property}` : void 0;
      const name2 = dottedName2(node);
      const binding2 = name2 ? this.scope.bindings.get(name2.split(".")[0]) : void 0;
      return name2 && binding2 && isProjectSpecifier(binding2.module) ? name2 : void 0;
    }
    if (node.type !== "identifier") return void 0;
    if (this.routers.objects.has(node.text)) return node.text;
    const binding = this.scope.bindings.get(node.text);
    if (binding) return isProjectSpecifier(binding.module) ? node.text : void 0;
    return void 0;
  }
  /** `usersRoutes(app)` / `require('./routes/users')(app)`: a route module called with a router. */
  readRegistrarCall(call) {
    const callee = calleeOf(call);
    const first = argumentsOf(call)[0];
    if (!callee || !first || unwrap(first).type !== "identifier") return;
    const owner = this.ownerOf(unwrap(first).text, call);
    if (!owner) return;
    const inner = unwrap(callee);
    let child;
    if (inner.type === "call_expression") child = this.mountChild(inner);
    else if (inner.type === "identifier") {
      child = this.isRegistrarName(inner.text) ? inner.text : this.scope.bindings.has(inner.text) ? this.mountChild(inner) : void 0;
    }
    if (child) this.addMount(owner, child, { property: "", args: [], call, line: lineOf2(call) }, void 0);
  }
  addMount(owner, child, link, prefix) {
    const mount = { parent: owner.name, child, line: link.line, framework: owner.framework };
    if (prefix) mount.prefix = pathExpression2(prefix, this.scope);
    this.facts.mounts.push(mount);
  }
  addRoute(owner, method, path2, link, handlers) {
    const route = { method, path: path2, owner: owner.name, line: link.line, framework: owner.framework };
    const last = handlers[handlers.length - 1];
    const handler = last ? this.handlerOf(last, link.line, 0) : void 0;
    if (handler) route.handler = handler;
    this.facts.routes.push(route);
  }
  /**
   * Where a handler is: an inline function's line; a function defined in this file by name and
   * line; a name imported from elsewhere (`controller.list`) by name, with the route's line.
   */
  handlerOf(node, routeLine, depth) {
    const inner = unwrap(node.type === "spread_element" && node.namedChildren[0] ? node.namedChildren[0] : node);
    if (isFunctionNode(inner)) {
      const name2 = inner.childForFieldName("name")?.text;
      return { ...name2 ? { name: name2 } : {}, line: lineOf2(inner), ...isAsync(inner) ? { async: true } : {} };
    }
    if (depth > 3) return void 0;
    if (inner.type === "identifier") {
      const fn = this.scope.functions.get(inner.text);
      if (fn) return { name: inner.text, line: lineOf2(fn), ...isAsync(fn) ? { async: true } : {} };
      const value = this.scope.constants.get(inner.text);
      if (value && unwrap(value).type === "call_expression" && !requiredModule(unwrap(value))) {
        const wrapped = this.handlerOf(unwrap(value), routeLine, depth + 1);
        if (wrapped) return { ...wrapped, name: inner.text };
      }
      return { name: inner.text, line: routeLine };
    }
    if (inner.type === "member_expression") {
      const name2 = dottedName2(inner);
      return name2 ? { name: name2, line: routeLine } : void 0;
    }
    if (inner.type === "call_expression") {
      const args2 = argumentsOf(inner);
      const last = args2[args2.length - 1];
      const isFactory = memberProperty(calleeOf(inner)) === "createHandlers" || refersTo(this.scope, calleeOf(inner), HONO_FACTORY_MODULES, ["createHandlers"]);
      if (last && (isFactory || args2.length <= 2)) return this.handlerOf(last, routeLine, depth + 1);
    }
    return void 0;
  }
};
function frameworkOfHandler(parameters) {
  const [first, second] = parameters;
  if (first === "ctx" || first === "context") return "koa";
  if (first === "c") return "hono";
  if (second === "reply") return "fastify";
  if (first === "req" || first === "request" || first === "_req") return "express";
  return void 0;
}
function isPathArgument(node) {
  return !isFunctionNode(node) && node.type !== "object" && node.type !== "call_expression" && node.type !== "spread_element";
}
function arrayOrSingle(node) {
  const inner = unwrap(node);
  if (inner.type !== "array") return [inner];
  return inner.namedChildren.filter((child) => child !== null && child.type !== "comment");
}
function methodNames(node, scope) {
  return arrayOrSingle(node).map((item) => constantString(item, scope, 0)).filter((name2) => name2 !== void 0).map((name2) => name2.toUpperCase());
}
function isRoutesCall(node) {
  return koaRoutesChild(node) !== void 0;
}
function koaRoutesChild(node) {
  if (node.type !== "call_expression") return void 0;
  const callee = calleeOf(node);
  const property = memberProperty(callee);
  if (property !== "routes" && property !== "middleware") return void 0;
  return dottedName2(memberObject(callee));
}
function isProjectSpecifier(specifier) {
  if (/^(\.|\/|~\/|#|@\/)/.test(specifier)) return true;
  if (specifier.startsWith("@")) return specifier.split("/").length > 2;
  return /^(src|app|lib|server|routes|api)\//.test(specifier);
}
function autoloadDirectory(node, scope) {
  if (!node) return void 0;
  const inner = unwrap(node);
  const literal = constantString(inner, scope, 0);
  if (literal !== void 0) return normaliseDirectory(literal);
  if (inner.type !== "call_expression") return void 0;
  const function_ = memberProperty(calleeOf(inner)) ?? calleeOf(inner)?.text;
  if (function_ !== "join" && function_ !== "resolve") return void 0;
  const parts2 = [];
  for (const argument of argumentsOf(inner)) {
    const value = constantString(argument, scope, 0);
    if (value !== void 0) parts2.push(value);
    else if (!/__dirname|dirname/.test(argument.text)) return void 0;
  }
  return parts2.length > 0 ? normaliseDirectory(parts2.join("/")) : void 0;
}
function normaliseDirectory(dir) {
  return dir.replace(/^\.\//, "").replace(/\/+$/, "").replace(/\/+/g, "/");
}

// src/source/node/extract-node.ts
function extractNodeFacts(context) {
  const { root, facts, path: path2 } = context;
  const scope = buildFileScope(root);
  const frameworks = frameworksOf(scope);
  const routers = findRouters(root, scope, frameworks);
  extractRoutes(root, scope, routers, frameworks, facts);
  facts.routers.push(...[...routers.objects.values()].map((object) => object.fact).sort((a, b) => a.line - b.line));
  facts.mounts.push(...routers.mounts);
  facts.mounts.sort((a, b) => a.line - b.line);
  extractSequelizeModels(root, scope, facts);
  extractDecoratedModels(root, scope, facts);
  extractMongooseModels(root, scope, facts);
  extractDrizzleModels(scope, facts);
  facts.models.sort((a, b) => a.line - b.line);
  extractDatabaseEvidence(path2, root, scope, facts);
}

// src/source/layers.ts
function globToRegExp(glob) {
  let source2 = "";
  let index = 0;
  let braces = 0;
  while (index < glob.length) {
    const char = glob[index];
    if (char === "*") {
      if (glob[index + 1] === "*") {
        const atSegmentStart = index === 0 || glob[index - 1] === "/";
        const atSegmentEnd = glob[index + 2] === "/" || index + 2 === glob.length;
        if (atSegmentStart && glob[index + 2] === "/") {
          source2 += "(?:[^/]*/)*";
          index += 3;
          continue;
        }
        if (atSegmentStart && atSegmentEnd) {
          source2 += ".*";
          index += 2;
          continue;
        }
        source2 += "[^/]*";
        index += 2;
        continue;
      }
      source2 += "[^/]*";
    } else if (char === "?") source2 += "[^/]";
    else if (char === "{") {
      braces++;
      source2 += "(?:";
    } else if (char === "}" && braces > 0) {
      braces--;
      source2 += ")";
    } else if (char === "," && braces > 0) source2 += "|";
    else source2 += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
    index++;
  }
  return new RegExp(`^${source2}$`);
}

// src/rules/checks/data-access-facts.ts
var PYTHON_METHODS = /* @__PURE__ */ new Set([
  "query",
  "execute",
  "executemany",
  "exec",
  "scalars",
  "scalar",
  "add",
  "add_all",
  "delete",
  "merge",
  "commit",
  "flush",
  "get",
  "filter",
  "filter_by",
  "all",
  "first",
  "one",
  "one_or_none",
  "raw",
  "fetch",
  "fetchrow",
  "fetchval",
  "fetch_one",
  "fetch_all",
  "fetchone",
  "fetchall",
  "create",
  "get_or_create",
  "update",
  "bulk_create",
  "select",
  "insert",
  "find",
  "find_one",
  "insert_one",
  "update_one",
  "delete_one",
  "aggregate",
  "exclude",
  "values"
]);
var PYTHON_HANDLE = /(^|[._])(session|db|conn|connection|cursor|database|engine|pool|objects|query|collection)$/i;
var JS_METHODS = /* @__PURE__ */ new Set([
  "query",
  "execute",
  "findAll",
  "findOne",
  "findByPk",
  "findOrCreate",
  "findAndCountAll",
  "findMany",
  "findUnique",
  "findFirst",
  "findById",
  "find",
  "create",
  "createMany",
  "update",
  "updateMany",
  "destroy",
  "upsert",
  "delete",
  "deleteMany",
  "insert",
  "select",
  "selectFrom",
  "insertInto",
  "deleteFrom",
  "updateTable",
  "raw",
  "$queryRaw",
  "$executeRaw",
  "$queryRawUnsafe",
  "$executeRawUnsafe",
  "aggregate",
  "count",
  "bulkCreate",
  "save",
  "remove",
  "getRepository",
  "createQueryBuilder",
  "insertOne",
  "insertMany",
  "updateOne",
  "deleteOne",
  "prepare",
  "run",
  "all",
  "get"
]);
var JS_HANDLE = /^(db|pool|client|knex|prisma|sequelize|connection|conn|database|dataSource|datasource|em|orm|sql|trx|tx)(\.[a-z]\w*)?$/;
var JS_MODEL_METHODS = /* @__PURE__ */ new Set([
  "findAll",
  "findOne",
  "findByPk",
  "findOrCreate",
  "findAndCountAll",
  "findById",
  "find",
  "create",
  "update",
  "destroy",
  "upsert",
  "bulkCreate",
  "deleteMany",
  "updateMany",
  "insertMany",
  "aggregate",
  "count",
  "query"
]);
var JS_GLOBALS = /* @__PURE__ */ new Set(["Object", "Array", "Promise", "JSON", "Math", "Date", "Reflect", "Map", "Set", "Buffer", "String", "Number", "Symbol", "Error", "URL", "Intl", "Proxy", "WeakMap", "WeakSet", "BigInt", "Boolean", "RegExp"]);
var anyOf = (methods) => [...methods].map((method) => JSON.stringify(method)).join(" ");
var PYTHON_QUERY = `(call function: (attribute object: (_) @receiver attribute: (identifier) @method) (#any-of? @method ${anyOf(PYTHON_METHODS)})) @call`;
var JS_QUERY = `(call_expression function: (member_expression object: (_) @receiver property: (property_identifier) @method) (#any-of? @method ${anyOf(JS_METHODS)})) @call`;
var queries = /* @__PURE__ */ new Map();
function collectDataAccessCalls(context) {
  const python = context.grammar === "python";
  let query = queries.get(context.tree.language);
  if (!query) {
    query = new Query(context.tree.language, python ? PYTHON_QUERY : JS_QUERY);
    queries.set(context.tree.language, query);
  }
  const calls = [];
  for (const match of query.matches(context.root)) {
    const receiver = match.captures.find((capture) => capture.name === "receiver")?.node;
    const method = match.captures.find((capture) => capture.name === "method")?.node.text;
    const call = match.captures.find((capture) => capture.name === "call")?.node;
    if (!receiver || !method || !call) continue;
    const receiverText = receiver.text.replace(/\s+/g, "");
    const root = /^[A-Za-z_$][\w$]*/.exec(receiverText)?.[0];
    if (!root) continue;
    const via = python ? classifyPython(receiverText, method) : classifyJavaScript(receiverText, root, method);
    if (via) calls.push({ line: call.startPosition.row + 1, callee: `${receiverText}.${method}`, root, via });
  }
  return calls;
}
function classifyPython(receiver, method) {
  if (!PYTHON_METHODS.has(method)) return void 0;
  if (!/^[\w.]+$/.test(receiver)) return void 0;
  if (/^[A-Z]\w*\.(query|objects)$/.test(receiver)) return "model";
  if (PYTHON_HANDLE.test(receiver)) return "handle";
  return void 0;
}
function classifyJavaScript(receiver, root, method) {
  if (!JS_METHODS.has(method)) return void 0;
  if (!/^[\w$.]+$/.test(receiver)) return void 0;
  if (JS_HANDLE.test(receiver.replace(/^this\./, ""))) return "handle";
  if (/^[A-Z][\w$]*$/.test(receiver) && !JS_GLOBALS.has(root) && JS_MODEL_METHODS.has(method)) return "model";
  return void 0;
}

// src/rules/match-file.ts
function matchFileRules(context, payload) {
  extractSuppressions(context);
  context.facts.checkFacts["data-access"] = collectDataAccessCalls(context);
  if (!payload) return;
  for (const rule of payload.rules) {
    if (!rule.grammars.includes(context.grammar)) continue;
    if (!pathApplies(rule, context.path)) continue;
    context.facts.findings.push(...runQueryRule(rule, context));
  }
}
var compiled = /* @__PURE__ */ new Map();
var pathFilters = /* @__PURE__ */ new Map();
function pathApplies(rule, file) {
  if (rule.include.length === 0 && rule.exclude.length === 0) return true;
  const key = `${rule.include.join("\0")}${rule.exclude.join("\0")}`;
  let filter = pathFilters.get(key);
  if (!filter) {
    filter = { include: rule.include.map(globToRegExp), exclude: rule.exclude.map(globToRegExp) };
    pathFilters.set(key, filter);
  }
  if (filter.include.length > 0 && !filter.include.some((pattern) => pattern.test(file))) return false;
  return !filter.exclude.some((pattern) => pattern.test(file));
}
function compileMatch(language, match) {
  const result = { query: new Query(language, match.query) };
  if (match.inside) result.inside = new Query(language, match.inside);
  if (match["not-inside"]) result.notInside = new Query(language, match["not-inside"]);
  if (match.has) result.has = new Query(language, match.has);
  if (match["not-has"]) result.notHas = new Query(language, match["not-has"]);
  return result;
}
function compiledFor(rule, context) {
  const key = `${context.grammar}\0${rule.id}\0${JSON.stringify(rule.match)}`;
  let entry = compiled.get(key);
  if (!entry) {
    entry = compileMatch(context.tree.language, rule.match);
    compiled.set(key, entry);
  }
  return entry;
}
function runQueryRule(rule, context) {
  const queries2 = compiledFor(rule, context);
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const scopes = (query) => query ? new Set(query.captures(context.root).filter((capture) => capture.name === "scope").map((capture) => capture.node.id)) : void 0;
  let insideScopes;
  let notInsideScopes;
  for (const match of queries2.query.matches(context.root)) {
    const target = match.captures.find((capture) => capture.name === "match")?.node;
    if (!target || seen.has(target.id)) continue;
    if (queries2.inside) {
      insideScopes ??= scopes(queries2.inside);
      if (!hasEnclosing(target, insideScopes)) continue;
    }
    if (queries2.notInside) {
      notInsideScopes ??= scopes(queries2.notInside);
      if (hasEnclosing(target, notInsideScopes)) continue;
    }
    if (queries2.has && queries2.has.matches(target).length === 0) continue;
    if (queries2.notHas && queries2.notHas.matches(target).length > 0) continue;
    seen.add(target.id);
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      file: context.path,
      line: target.startPosition.row + 1,
      endLine: target.endPosition.row + 1,
      column: target.startPosition.column + 1,
      endColumn: target.endPosition.column + 1,
      message: interpolate(rule.message, match),
      aiAuthored: false,
      fingerprint: ""
    });
  }
  return findings;
}
function hasEnclosing(node, scopes) {
  for (let current = node; current; current = current.parent) {
    if (scopes.has(current.id)) return true;
  }
  return false;
}
function interpolate(message, match) {
  return message.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name2) => {
    const node = match.captures.find((capture) => capture.name === name2)?.node;
    if (!node) return whole;
    const firstLine = node.text.split("\n")[0].trim();
    return firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine;
  });
}
var SUPPRESSION = /constraint-gate:\s*ignore\s+([a-z0-9/*-]+(?:\s*,\s*[a-z0-9/*-]+)*)(?:\s*--\s*(.*?))?\s*(?:\*\/)?\s*$/i;
var commentQueries = /* @__PURE__ */ new Map();
function extractSuppressions(context) {
  if (!context.text.includes("constraint-gate:")) return;
  let query = commentQueries.get(context.tree.language);
  if (!query) {
    query = new Query(context.tree.language, "(comment) @comment");
    commentQueries.set(context.tree.language, query);
  }
  const lines = context.text.split("\n");
  const commentRows = /* @__PURE__ */ new Set();
  const comments = query.captures(context.root).map((capture) => capture.node);
  for (const comment of comments) {
    for (let row = comment.startPosition.row; row <= comment.endPosition.row; row++) {
      const line2 = lines[row] ?? "";
      if (row > comment.startPosition.row || line2.slice(0, comment.startPosition.column).trim() === "") commentRows.add(row);
    }
  }
  for (const comment of comments) {
    const parsed = parseSuppression(comment.text);
    if (!parsed) continue;
    const commentRow = comment.startPosition.row;
    const ownLine = (lines[commentRow] ?? "").slice(0, comment.startPosition.column).trim() === "";
    let target = commentRow;
    if (ownLine) {
      target = comment.endPosition.row + 1;
      while (target < lines.length && (lines[target].trim() === "" || commentRows.has(target))) target++;
    }
    for (const ruleId of parsed.ruleIds) {
      const fact = { ruleId, line: target + 1, commentLine: commentRow + 1 };
      if (parsed.reason) fact.reason = parsed.reason;
      context.facts.suppressions.push(fact);
    }
  }
}
function parseSuppression(text) {
  const body2 = text.replace(/^\s*(#|\/\/|\/\*+)\s*/, "");
  const match = SUPPRESSION.exec(body2);
  if (!match) return void 0;
  const ruleIds = match[1].split(",").map((id) => id.trim()).filter(Boolean);
  const reason = match[2]?.replace(/\*\/\s*$/, "").trim();
  return reason ? { ruleIds, reason } : { ruleIds };
}

// src/source/extract.ts
function extractFacts(context) {
  extractImports(context);
  extractDefinitions(context);
  if (context.grammar === "python") extractPythonFacts(context);
  else extractNodeFacts(context);
  matchFileRules(context, context.perFileRules);
}

// src/source/node/prisma-schema.ts
function extractPrismaFacts(path2, text) {
  void path2;
  const lines = text.split(/\r?\n/);
  const blocks = readBlocks(lines);
  const modelNames = new Set(blocks.filter((block) => block.keyword === "model").map((block) => block.name));
  const models = [];
  const database = [];
  for (const block of blocks) {
    if (block.keyword === "model") models.push(modelOf(block, modelNames));
    else if (block.keyword === "datasource") database.push(...datasourceOf(block));
  }
  return { models, database };
}
function readBlocks(lines) {
  const blocks = [];
  let current;
  lines.forEach((raw, index) => {
    const text = stripComment(raw).trim();
    if (!current) {
      const opening = /^(model|datasource|generator|enum|view|type)\s+(\w+)\s*\{/.exec(text);
      if (opening) current = { keyword: opening[1], name: opening[2], line: index + 1, body: [] };
      return;
    }
    if (text.startsWith("}")) {
      blocks.push(current);
      current = void 0;
    } else if (text) {
      current.body.push({ text, line: index + 1 });
    }
  });
  return blocks;
}
function stripComment(line2) {
  let inString = false;
  for (let index = 0; index < line2.length; index++) {
    const char = line2[index];
    if (char === '"' && line2[index - 1] !== "\\") inString = !inString;
    else if (!inString && char === "/" && line2[index + 1] === "/") return line2.slice(0, index);
  }
  return line2;
}
function modelOf(block, modelNames) {
  const model = { name: block.name, line: block.line, orm: "prisma", fields: [], relations: [] };
  for (const { text, line: line2 } of block.body) {
    if (text.startsWith("@@")) {
      const table = /^@@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(text)?.[1];
      if (table) model.table = table;
      const compoundId = /^@@id\(\s*(?:fields:\s*)?\[([^\]]*)\]/.exec(text)?.[1];
      if (compoundId) {
        for (const name3 of compoundId.split(",").map((part) => part.trim())) {
          const field2 = model.fields.find((candidate) => candidate.name === name3);
          if (field2) field2.primaryKey = true;
        }
      }
      continue;
    }
    const field = /^(\w+)\s+([\w.]+)(\[\])?(\?)?\s*(.*)$/.exec(text);
    if (!field) continue;
    const [, name2, type, list, optional, attributes] = field;
    if (modelNames.has(type)) {
      const relation = /@relation\(([^)]*)\)/.exec(attributes)?.[1];
      const fields = relation ? /fields:\s*\[([^\]]*)\]/.exec(relation)?.[1] : void 0;
      const kind = list ? "has-many" : fields ? "belongs-to" : "has-one";
      const entry2 = { name: name2, line: line2, kind, target: type };
      if (fields) entry2.foreignKey = fields.split(",").map((part) => part.trim()).join(",");
      const relationName = relation ? /^\s*"([^"]+)"/.exec(relation)?.[1] ?? /name:\s*"([^"]+)"/.exec(relation)?.[1] : void 0;
      if (relationName) entry2.alias = relationName;
      model.relations.push(entry2);
      continue;
    }
    const entry = { name: name2, line: line2, type: list ? `${type}[]` : type, nullable: optional === "?" };
    if (/(^|\s)@id\b/.test(attributes)) entry.primaryKey = true;
    const column = /@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(attributes)?.[1];
    if (column) entry.column = column;
    model.fields.push(entry);
  }
  for (const relation of model.relations) {
    if (relation.kind !== "belongs-to" || !relation.foreignKey) continue;
    for (const name2 of relation.foreignKey.split(",")) {
      const field = model.fields.find((candidate) => candidate.name === name2);
      if (field) field.foreignKey = `${relation.target}.${relation.name}`;
    }
  }
  return model;
}
function datasourceOf(block) {
  const facts = [];
  for (const { text, line: line2 } of block.body) {
    const setting = /^(\w+)\s*=\s*(.+)$/.exec(text);
    if (!setting) continue;
    const [, key, value] = setting;
    const literal = /^"([^"]*)"$/.exec(value.trim())?.[1];
    if (key === "provider" && literal) {
      const engine = literal === "sqlserver" ? void 0 : engineOf(literal);
      facts.push({ ...engine ? { engine } : {}, kind: "dialect", subject: "prisma", line: line2, detail: `Prisma datasource provider '${literal}'` });
    } else if (key === "url" && literal) {
      const scheme = /^([\w+]+):/.exec(literal)?.[1]?.toLowerCase() ?? "url";
      const engine = scheme === "file" ? "sqlite" : engineOf(scheme.replace(/\+.*$/, ""));
      facts.push({ ...engine ? { engine } : {}, kind: "connection-url", subject: scheme, line: line2, detail: redactUrl(literal) });
    } else if (key === "url") {
      const variable = /env\(\s*"([^"]+)"\s*\)/.exec(value)?.[1];
      if (variable) facts.push({ kind: "settings", subject: variable, line: line2, detail: `Prisma datasource url from the environment variable ${variable}` });
    }
  }
  return facts;
}

// src/source/parse-file.ts
var DEFAULT_FILE_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxLineLength: 5e3,
  minifiedAverageLineLength: 300
};
var MAX_SYNTAX_ERRORS = 5;
var SKIPPED_FILE_RULE = "source/skipped-file";
function isPrismaSchema(path2) {
  return path2.endsWith(".prisma");
}
function sha1(text) {
  return createHash("sha1").update(text).digest("hex");
}
function countLines(text) {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lines++;
  return text.endsWith("\n") ? lines - 1 : lines;
}
function skipReasonFor(path2, text, limits = DEFAULT_FILE_LIMITS) {
  if (text.length > limits.maxBytes) return "oversized";
  if (text.slice(0, 8e3).includes("\0")) return "binary";
  if (/\.min\.[cm]?js$/.test(path2)) return "minified";
  const lines = Math.max(1, countLines(text));
  if (text.length / lines > limits.minifiedAverageLineLength && longestLine(text) > limits.maxLineLength) return "minified";
  return void 0;
}
function longestLine(text) {
  let longest = 0;
  let start2 = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", start2)) {
    longest = Math.max(longest, index - start2);
    start2 = index + 1;
  }
  return Math.max(longest, text.length - start2);
}
var SKIP_EXPLANATIONS = {
  binary: "it looks binary",
  minified: "it looks minified (very long lines)",
  oversized: "it is larger than the size limit"
};
function skippedFileNote(path2, reason) {
  return {
    ruleId: SKIPPED_FILE_RULE,
    category: "architecture",
    severity: "note",
    file: path2,
    line: 1,
    endLine: 1,
    message: `Not analysed: ${SKIP_EXPLANATIONS[reason]}. Its imports, routes and models are missing from the checks; exclude it in the configuration if it is generated.`,
    aiAuthored: false,
    fingerprint: sha1(`${SKIPPED_FILE_RULE}\0${path2}\0${reason}`).slice(0, 16)
  };
}
async function parseFileToFacts(path2, text, options = {}) {
  const reason = skipReasonFor(path2, text, options.limits);
  if (reason) return { kind: "skipped", reason, note: skippedFileNote(path2, reason) };
  const hash = options.hash ?? sha1(text);
  const lineCount = countLines(text);
  if (isPrismaSchema(path2)) {
    return { kind: "parsed", facts: { ...emptyFacts(path2, "prisma", hash, lineCount), ...extractPrismaFacts(path2, text) } };
  }
  const grammar = grammarForPath(path2);
  if (!grammar) throw new Error(`parseFileToFacts: no grammar for ${path2}`);
  const parser = await parserFor(grammar);
  const tree = parser.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${path2}`);
  try {
    const facts = emptyFacts(path2, grammar, hash, lineCount);
    const root = tree.rootNode;
    const recordDemand = shareDescendantQueries(root, grammar);
    if (root.hasError) {
      collectSyntaxErrors(root, facts.syntaxErrors);
      if (facts.syntaxErrors.length === 0) facts.syntaxErrors.push({ line: 1, column: 1 });
    }
    extractFacts({ path: path2, text, grammar, tree, root, facts, perFileRules: options.perFileRules });
    recordDemand();
    return { kind: "parsed", facts };
  } finally {
    tree.delete();
  }
}
async function parseFileSafely(path2, text, options = {}) {
  try {
    return await parseFileToFacts(path2, text, options);
  } catch (error) {
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    return { kind: "failed", path: path2, message };
  }
}
var demandByGrammar = /* @__PURE__ */ new Map();
function shareDescendantQueries(root, grammar) {
  let demand = demandByGrammar.get(grammar);
  if (!demand) demandByGrammar.set(grammar, demand = { files: 0, requests: /* @__PURE__ */ new Map() });
  const walk = root.descendantsOfType.bind(root);
  const byType = /* @__PURE__ */ new Map();
  const requested = /* @__PURE__ */ new Set();
  root.descendantsOfType = (types, startPosition, endPosition) => {
    if (startPosition || endPosition) return walk(types, startPosition, endPosition);
    const wanted = typeof types === "string" ? [types] : [...new Set(types)];
    for (const type of wanted) requested.add(type);
    const missing = wanted.filter((type) => !byType.has(type));
    if (missing.length > 0) {
      const walked = new Set(missing);
      for (const [type, count] of demand.requests) {
        if (count * 2 >= demand.files && !byType.has(type)) walked.add(type);
      }
      for (const type of walked) byType.set(type, []);
      for (const node of walk([...walked])) if (node) byType.get(node.type)?.push(node);
    }
    if (wanted.length === 1) return [...byType.get(wanted[0])];
    return wanted.flatMap((type) => byType.get(type)).sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  };
  return () => {
    demand.files++;
    for (const type of requested) demand.requests.set(type, (demand.requests.get(type) ?? 0) + 1);
  };
}
function collectSyntaxErrors(node, out2) {
  for (const child of node.children) {
    if (!child || out2.length >= MAX_SYNTAX_ERRORS) return;
    if (child.isError || child.isMissing) {
      out2.push({ line: child.startPosition.row + 1, column: child.startPosition.column + 1 });
    } else if (child.hasError) {
      collectSyntaxErrors(child, out2);
    }
  }
}

// src/source/parse-worker.ts
var setup = workerData ?? {};
var port = parentPort;
if (!port) throw new Error("parse-worker.ts must run in a worker thread");
port.on("message", async (batch) => {
  const outcomes = [];
  for (const job of batch.jobs) {
    outcomes.push(await parseFileSafely(job.path, job.text, { hash: job.hash, limits: setup.limits, perFileRules: setup.perFileRules }));
  }
  port.postMessage({ id: batch.id, outcomes });
});
