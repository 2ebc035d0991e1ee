import type { SyntaxNode } from '../syntax-tree.js';
import { argumentsOf, calleeOf, callsMatching, dottedName, isFunctionNode, stringValue, unwrap } from './syntax.js';

/**
 * What the Node extractors need to know about one file's names before reading its calls: which
 * local names are bound to which module exports, which names it exports (and as what), its
 * constants and its functions. Built from the tree alone, so it never depends on other extractors.
 */

export interface ModuleBinding {
  module: string;
  /** 'default', '*' (namespace or whole CommonJS module) or the imported name. */
  imported: string;
  typeOnly: boolean;
}

export interface FileScope {
  bindings: Map<string, ModuleBinding>;
  /** Local name -> names importers use ('default' for `export default` / `module.exports =`). */
  exports: Map<string, string[]>;
  /** The expression of an anonymous `export default <expr>` / `module.exports = <expr>`. */
  anonymousDefault?: SyntaxNode;
  /** `const NAME = <value>` declarations (names declared once only). */
  constants: Map<string, SyntaxNode>;
  /** Function declarations and `const f = () => {}`, by name. */
  functions: Map<string, SyntaxNode>;
  /** Modules imported anywhere in the file (types included), for deciding which framework a file uses. */
  modules: Set<string>;
  /** The nodes every extractor iterates, collected in one walk of the tree. */
  nodes: NodeIndex;
  root: SyntaxNode;
  text: string;
}

export interface NodeIndex {
  /** `require('x')` and `import('x')` calls. */
  requireCalls: SyntaxNode[];
  creations: SyntaxNode[];
  declarators: SyntaxNode[];
  classes: SyntaxNode[];
  imports: SyntaxNode[];
}

const INDEXED_TYPES = ['new_expression', 'variable_declarator', 'class_declaration', 'abstract_class_declaration', 'class', 'import_statement', 'function_declaration', 'generator_function_declaration'];

function indexNodes(root: SyntaxNode, text: string): { index: NodeIndex; functions: SyntaxNode[] } {
  const requireCalls = text.includes('require') || text.includes('import') ? callsMatching(root, text, /\b(require|import)\s*\(/g) : [];
  const index: NodeIndex = { requireCalls, creations: [], declarators: [], classes: [], imports: [] };
  const functions: SyntaxNode[] = [];
  for (const node of root.descendantsOfType(INDEXED_TYPES)) {
    if (!node) continue;
    switch (node.type) {
      case 'new_expression':
        index.creations.push(node);
        break;
      case 'variable_declarator':
        index.declarators.push(node);
        break;
      case 'import_statement':
        index.imports.push(node);
        break;
      case 'function_declaration':
      case 'generator_function_declaration':
        functions.push(node);
        break;
      default:
        index.classes.push(node);
        break;
    }
  }
  return { index, functions };
}

export function buildFileScope(root: SyntaxNode, text: string): FileScope {
  const { index, functions } = indexNodes(root, text);
  const scope: FileScope = { bindings: new Map(), exports: new Map(), constants: new Map(), functions: new Map(), modules: new Set(), nodes: index, root, text };
  const declaredTwice = new Set<string>();
  for (const node of [...index.imports, ...index.declarators, ...functions, ...index.requireCalls].sort((a, b) => a.startIndex - b.startIndex)) {
    switch (node.type) {
      case 'import_statement':
        readImport(node, scope);
        break;
      case 'variable_declarator':
        readDeclarator(node, scope, declaredTwice);
        break;
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = node.childForFieldName('name')?.text;
        if (name && !scope.functions.has(name)) scope.functions.set(name, node);
        break;
      }
      case 'call_expression': {
        // Bare `require('x')` and `import('x')` still tell which modules a file uses.
        const module = requiredModule(node);
        if (module) scope.modules.add(module);
        break;
      }
      default:
        break;
    }
  }
  for (const name of declaredTwice) scope.constants.delete(name);
  for (const statement of root.namedChildren) {
    if (statement?.type === 'export_statement') readEsmExport(statement, scope);
    else if (statement?.type === 'expression_statement') readCommonJsExport(statement, scope);
  }
  return scope;
}

export function addExport(scope: FileScope, local: string, exported: string): void {
  const names = scope.exports.get(local) ?? [];
  if (!names.includes(exported)) names.push(exported);
  scope.exports.set(local, names);
}

/** `require('m')` / `import('m')` with a literal specifier -> 'm'. */
export function requiredModule(call: SyntaxNode): string | undefined {
  if (call.type !== 'call_expression') return undefined;
  const callee = call.childForFieldName('function');
  if (!callee || (callee.type !== 'import' && !(callee.type === 'identifier' && callee.text === 'require'))) return undefined;
  return stringValue(argumentsOf(call)[0]);
}

/** The module of an import statement, TypeScript's `import x = require('m')` included. */
export function importSource(statement: SyntaxNode): string | undefined {
  const requireClause = statement.namedChildren.find((child) => child?.type === 'import_require_clause');
  return stringValue(statement.childForFieldName('source') ?? requireClause?.childForFieldName('source'));
}

function readImport(statement: SyntaxNode, scope: FileScope): void {
  const module = importSource(statement);
  if (!module) return;
  scope.modules.add(module);
  const statementTypeOnly = statement.children.some((child) => child !== null && !child.isNamed && child.type === 'type');
  const clause = statement.namedChildren.find((child) => child?.type === 'import_clause');
  if (!clause) {
    // `import fs = require('fs')` parses as an import_statement with an import_require_clause.
    const requireClause = statement.namedChildren.find((child) => child?.type === 'import_require_clause');
    const local = requireClause?.namedChildren.find((child) => child?.type === 'identifier')?.text;
    if (local) scope.bindings.set(local, { module, imported: '*', typeOnly: false });
    return;
  }
  for (const part of clause.namedChildren) {
    if (!part) continue;
    if (part.type === 'identifier') scope.bindings.set(part.text, { module, imported: 'default', typeOnly: statementTypeOnly });
    else if (part.type === 'namespace_import') {
      const local = part.namedChildren.find((child) => child?.type === 'identifier')?.text;
      if (local) scope.bindings.set(local, { module, imported: '*', typeOnly: statementTypeOnly });
    } else if (part.type === 'named_imports') {
      for (const specifier of part.namedChildren) {
        if (specifier?.type !== 'import_specifier') continue;
        const name = specifier.childForFieldName('name');
        const alias = specifier.childForFieldName('alias');
        if (!name) continue;
        const typeOnly = statementTypeOnly || specifier.children.some((child) => child !== null && !child.isNamed && child.type === 'type');
        scope.bindings.set((alias ?? name).text, { module, imported: stringValue(name) ?? name.text, typeOnly });
      }
    }
  }
}

function readDeclarator(declarator: SyntaxNode, scope: FileScope, declaredTwice: Set<string>): void {
  const name = declarator.childForFieldName('name');
  const value = declarator.childForFieldName('value');
  if (!name || !value) return;
  if (name.type === 'identifier') {
    if (scope.constants.has(name.text)) declaredTwice.add(name.text);
    else scope.constants.set(name.text, value);
    if (isFunctionNode(unwrap(value)) && !scope.functions.has(name.text)) scope.functions.set(name.text, unwrap(value));
  }
  // require bindings: `const x = require('m')`, `const { a: b } = require('m')`, `const x = require('m').y`.
  const inner = unwrap(value);
  // `const { Schema } = mongoose;` destructures a module binding.
  const whole = inner.type === 'identifier' ? scope.bindings.get(inner.text) : undefined;
  if (whole && (whole.imported === '*' || whole.imported === 'default') && name.type === 'object_pattern') {
    destructure(name, whole.module, scope);
    return;
  }
  if (scope.nodes.requireCalls.length === 0 || !/^(await\s+)?(require|import)\s*\(/.test(inner.text)) return;
  let module = requiredModule(inner.type === 'await_expression' ? (inner.namedChildren[0] ?? inner) : inner);
  let imported = '*';
  if (!module && inner.type === 'member_expression') {
    const object = inner.childForFieldName('object');
    module = object ? requiredModule(unwrap(object)) : undefined;
    imported = inner.childForFieldName('property')?.text ?? '*';
  }
  if (!module) return;
  scope.modules.add(module);
  if (name.type === 'identifier') {
    scope.bindings.set(name.text, { module, imported, typeOnly: false });
  } else if (name.type === 'object_pattern') {
    destructure(name, module, scope);
  }
}

function destructure(pattern: SyntaxNode, module: string, scope: FileScope): void {
  for (const property of pattern.namedChildren) {
    if (property?.type === 'shorthand_property_identifier_pattern') {
      scope.bindings.set(property.text, { module, imported: property.text, typeOnly: false });
    } else if (property?.type === 'pair_pattern') {
      const key = property.childForFieldName('key')?.text;
      const local = property.childForFieldName('value');
      if (key && local?.type === 'identifier') scope.bindings.set(local.text, { module, imported: key, typeOnly: false });
    }
  }
}

function readEsmExport(statement: SyntaxNode, scope: FileScope): void {
  if (statement.childForFieldName('source')) return; // re-exports name another file's bindings
  const isDefault = statement.children.some((child) => child !== null && !child.isNamed && child.type === 'default');
  const declaration = statement.childForFieldName('declaration');
  if (declaration) {
    for (const name of declaredNames(declaration)) addExport(scope, name, isDefault ? 'default' : name);
    if (isDefault && declaredNames(declaration).length === 0) scope.anonymousDefault = declaration;
    return;
  }
  // TypeScript `export = router` is CommonJS's `module.exports = router`.
  if (statement.children.some((child) => child !== null && !child.isNamed && child.type === '=')) {
    const exported = statement.namedChildren.find((child) => child !== null && child.type !== 'comment');
    if (exported?.type === 'identifier') addExport(scope, exported.text, 'default');
    else if (exported) scope.anonymousDefault = exported;
    return;
  }
  const value = statement.childForFieldName('value');
  if (isDefault && value) {
    const inner = unwrap(value);
    const named = inner.type === 'identifier' ? inner.text : isFunctionNode(inner) || inner.type === 'class' ? inner.childForFieldName('name')?.text : undefined;
    if (named) addExport(scope, named, 'default');
    if (inner.type !== 'identifier') scope.anonymousDefault = inner;
    return;
  }
  for (const clause of statement.namedChildren) {
    if (clause?.type !== 'export_clause') continue;
    for (const specifier of clause.namedChildren) {
      if (specifier?.type !== 'export_specifier') continue;
      const name = specifier.childForFieldName('name');
      const alias = specifier.childForFieldName('alias');
      if (name) addExport(scope, name.text, alias ? (stringValue(alias) ?? alias.text) : name.text);
    }
  }
}

function declaredNames(declaration: SyntaxNode): string[] {
  if (declaration.type === 'lexical_declaration' || declaration.type === 'variable_declaration') {
    return declaration.namedChildren
      .filter((child) => child?.type === 'variable_declarator')
      .map((child) => child!.childForFieldName('name'))
      .filter((name) => name?.type === 'identifier')
      .map((name) => name!.text);
  }
  const name = declaration.childForFieldName('name')?.text;
  return name ? [name] : [];
}

function readCommonJsExport(statement: SyntaxNode, scope: FileScope): void {
  const assignment = statement.namedChildren[0];
  if (assignment?.type !== 'assignment_expression') return;
  const target = dottedName(assignment.childForFieldName('left'));
  const right = assignment.childForFieldName('right');
  if (!target || !right) return;
  const value = unwrap(right);
  if (target === 'module.exports') {
    if (value.type === 'identifier') addExport(scope, value.text, 'default');
    else if (value.type === 'object') {
      for (const property of value.namedChildren) {
        if (property?.type === 'shorthand_property_identifier') addExport(scope, property.text, property.text);
        else if (property?.type === 'pair') {
          const key = property.childForFieldName('key')?.text;
          const local = property.childForFieldName('value');
          if (key && local?.type === 'identifier') addExport(scope, local.text, key);
        }
      }
    } else {
      const named = isFunctionNode(value) ? value.childForFieldName('name')?.text : undefined;
      if (named) addExport(scope, named, 'default');
      scope.anonymousDefault = value;
    }
    return;
  }
  const property = /^(?:module\.exports|exports)\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
  if (property && value.type === 'identifier') addExport(scope, value.text, property);
}

/** The module a name was imported from, looking through `x.y` to `x`. */
export function bindingOf(scope: FileScope, name: string): ModuleBinding | undefined {
  return scope.bindings.get(name.split('.')[0] ?? name);
}

/** True when `node` (an identifier or `ns.member`) names `imported` from one of `modules`. */
export function refersTo(scope: FileScope, node: SyntaxNode | null | undefined, modules: readonly string[], imported: readonly string[]): boolean {
  const name = dottedName(node);
  if (!name) return false;
  const parts = name.split('.');
  const binding = scope.bindings.get(parts[0]!);
  if (!binding || !modules.includes(binding.module)) return false;
  if (parts.length === 1) return imported.includes(binding.imported);
  if (parts.length === 2 && (binding.imported === '*' || binding.imported === 'default')) return imported.includes(parts[1]!);
  return false;
}

/** `require('m')(...)`-style callees: the module of a call whose callee is itself a require call. */
export function calleeModule(call: SyntaxNode): string | undefined {
  const callee = calleeOf(call);
  return callee ? requiredModule(unwrap(callee)) : undefined;
}
