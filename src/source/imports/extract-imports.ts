import type { SyntaxNode } from '../syntax-tree.js';
import type { ExtractContext } from '../extract.js';
import type { ImportFact } from '../facts.js';

/**
 * Raw import statements of one file, as written; resolution against the repository happens later
 * (resolve-python.ts, resolve-js.ts), from these facts alone.
 *
 * Python imports and JS `require(`/`import(` calls are found by scanning the text for their keyword
 * and asking the tree which node sits there, so a keyword inside a string or comment never counts.
 * ESM `import`/`export ... from` statements can only be top-level, so only the program's children
 * are read for them.
 */
export function extractImports(context: ExtractContext): void {
  if (context.grammar === 'python') extractPythonImports(context.text, context.root, context.facts.imports);
  else extractJavaScriptImports(context.text, context.root, context.facts.imports);
}

// ---------------------------------------------------------------------------------------------
// Python

const PYTHON_IMPORT_KEYWORD = /^[ \t]*(?:from|import)\b/gm;

function extractPythonImports(text: string, root: SyntaxNode, out: ImportFact[]): void {
  const seen = new Set<number>();
  for (const match of text.matchAll(PYTHON_IMPORT_KEYWORD)) {
    const keywordIndex = match.index + match[0].length - (match[0].endsWith('from') ? 4 : 6);
    const statement = root.descendantForIndex(keywordIndex)?.parent;
    if (!statement || seen.has(statement.startIndex)) continue;
    const before = out.length;
    if (statement.type === 'import_statement') pythonPlainImport(statement, out);
    else if (statement.type === 'import_from_statement') pythonFromImport(statement, out);
    else continue;
    seen.add(statement.startIndex);
    if (out.length > before && underTypeChecking(statement)) {
      for (let index = before; index < out.length; index++) out[index]!.typeOnly = true;
    }
    // `from __future__ import x` (future_import_statement) binds nothing and names no module.
  }
}

/** Imports in the body of `if TYPE_CHECKING:` exist for annotations only. */
function underTypeChecking(statement: SyntaxNode): boolean {
  let child = statement;
  for (let node = statement.parent; node; child = node, node = node.parent) {
    if (node.type !== 'if_statement') continue;
    const condition = node.childForFieldName('condition')?.text ?? '';
    if (/\bTYPE_CHECKING\b/.test(condition) && node.childForFieldName('consequence')?.startIndex === child.startIndex) return true;
  }
  return false;
}

/** `import a.b as c, d`: one fact per module. */
function pythonPlainImport(statement: SyntaxNode, out: ImportFact[]): void {
  const line = statement.startPosition.row + 1;
  for (const name of statement.childrenForFieldName('name')) {
    if (!name) continue;
    if (name.type === 'aliased_import') {
      const module = name.childForFieldName('name')?.text;
      const alias = name.childForFieldName('alias')?.text;
      if (!module) continue;
      out.push({ specifier: module, names: [], locals: alias ? [alias] : [], line, kind: 'python', level: 0 });
    } else if (name.type === 'dotted_name') {
      // `import a.b` binds `a`.
      const module = name.text;
      out.push({ specifier: module, names: [], locals: [module.split('.')[0]!], line, kind: 'python', level: 0 });
    }
  }
}

/** `from ..x import y as z, w` / `from . import m` / `from a import *`: one fact per statement. */
function pythonFromImport(statement: SyntaxNode, out: ImportFact[]): void {
  const moduleNode = statement.childForFieldName('module_name');
  if (!moduleNode) return;
  const specifier = moduleNode.text.replace(/\s+/g, '');
  let level = 0;
  while (specifier[level] === '.') level++;
  const names: string[] = [];
  const locals: string[] = [];
  for (const child of statement.namedChildren) {
    if (!child || child.startIndex === moduleNode.startIndex) continue;
    if (child.type === 'wildcard_import') {
      names.push('*');
    } else if (child.type === 'aliased_import') {
      const name = child.childForFieldName('name')?.text;
      const alias = child.childForFieldName('alias')?.text;
      if (name) names.push(name);
      if (alias ?? name) locals.push((alias ?? name)!);
    } else if (child.type === 'dotted_name') {
      names.push(child.text);
      locals.push(child.text);
    }
  }
  out.push({ specifier, names, locals, line: statement.startPosition.row + 1, kind: 'python', level });
}

// ---------------------------------------------------------------------------------------------
// JavaScript / TypeScript

const CALL_KEYWORD = /\b(?:require|import)\s*\(/g;
// Type-only markers are read from the source text: asking the tree for every child token of every
// import costs more than the rest of the import's extraction.
const TYPE_IMPORT = /^import\s+(?:type|typeof)\s+(?![,=]|from\s)/;
const TYPE_EXPORT = /^export\s+type\s/;
const TYPE_SPECIFIER = /^(?:type|typeof)\s+(?![,}]|as\s)/;

function extractJavaScriptImports(text: string, root: SyntaxNode, out: ImportFact[]): void {
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === 'import_statement') esmImport(text, statement, out);
    else if (statement.type === 'export_statement') exportFrom(text, statement, out);
  }
  if (!text.includes('require') && !text.includes('import')) return;
  for (const match of text.matchAll(CALL_KEYWORD)) {
    let callee = root.descendantForIndex(match.index);
    if (!callee) continue;
    // The `import` of `import()` is a named node wrapping an anonymous keyword token.
    if (!callee.isNamed && callee.parent?.type === callee.type) callee = callee.parent;
    const call = callee.parent;
    if (call?.type !== 'call_expression' || call.childForFieldName('function')?.startIndex !== callee.startIndex) continue;
    if (callee.type === 'identifier' && callee.text === 'require') requireCall(call, out);
    else if (callee.type === 'import') dynamicImport(call, out);
  }
  // Statements and calls were found in two passes; keep source order (sort is stable).
  out.sort((a, b) => a.line - b.line);
}

function esmImport(text: string, statement: SyntaxNode, out: ImportFact[]): void {
  const line = statement.startPosition.row + 1;
  const requireClause = statement.namedChildren.find((child) => child?.type === 'import_require_clause');
  if (requireClause) {
    // TypeScript `import fs = require('fs')`.
    const specifier = stringValue(requireClause.childForFieldName('source'));
    const local = requireClause.namedChildren.find((child) => child?.type === 'identifier')?.text;
    if (specifier !== undefined) out.push({ specifier, names: [], locals: local ? [local] : [], line, kind: 'require' });
    return;
  }
  const specifier = stringValue(statement.childForFieldName('source'));
  if (specifier === undefined) return;
  const statementIsType = TYPE_IMPORT.test(text.slice(statement.startIndex, statement.startIndex + 24));
  const names: string[] = [];
  const locals: string[] = [];
  let specifierCount = 0;
  let typeSpecifierCount = 0;
  const clause = statement.namedChildren.find((child) => child?.type === 'import_clause');
  for (const part of clause?.namedChildren ?? []) {
    if (!part) continue;
    if (part.type === 'identifier') {
      names.push('default');
      locals.push(part.text);
      specifierCount++;
    } else if (part.type === 'namespace_import') {
      names.push('*');
      const local = part.namedChildren.find((child) => child?.type === 'identifier')?.text;
      if (local) locals.push(local);
      specifierCount++;
    } else if (part.type === 'named_imports') {
      for (const specifierNode of part.namedChildren) {
        if (specifierNode?.type !== 'import_specifier') continue;
        const name = specifierNode.childForFieldName('name')?.text;
        const alias = specifierNode.childForFieldName('alias')?.text;
        if (!name) continue;
        names.push(name);
        locals.push(alias ?? name);
        specifierCount++;
        if (TYPE_SPECIFIER.test(text.slice(specifierNode.startIndex, specifierNode.startIndex + 12))) typeSpecifierCount++;
      }
    }
  }
  const typeOnly = statementIsType || (specifierCount > 0 && typeSpecifierCount === specifierCount);
  out.push({ specifier, names, locals, line, kind: 'esm', ...(typeOnly ? { typeOnly } : {}) });
}

function exportFrom(text: string, statement: SyntaxNode, out: ImportFact[]): void {
  const specifier = stringValue(statement.childForFieldName('source'));
  if (specifier === undefined) return;
  const names: string[] = [];
  let specifierCount = 0;
  let typeSpecifierCount = 0;
  let namespace = false;
  for (const child of statement.namedChildren) {
    if (child?.type === 'namespace_export') namespace = true;
    if (child?.type !== 'export_clause') continue;
    for (const specifierNode of child.namedChildren) {
      if (specifierNode?.type !== 'export_specifier') continue;
      const name = specifierNode.childForFieldName('name')?.text;
      if (!name) continue;
      names.push(name);
      specifierCount++;
      if (TYPE_SPECIFIER.test(text.slice(specifierNode.startIndex, specifierNode.startIndex + 12))) typeSpecifierCount++;
    }
  }
  // `export * from` and `export * as ns from` re-export everything.
  if (specifierCount === 0 || namespace) names.push('*');
  const typeOnly = TYPE_EXPORT.test(text.slice(statement.startIndex, statement.startIndex + 24)) || (specifierCount > 0 && typeSpecifierCount === specifierCount);
  out.push({ specifier, names, locals: [], line: statement.startPosition.row + 1, kind: 'export-from', ...(typeOnly ? { typeOnly } : {}) });
}

function requireCall(call: SyntaxNode, out: ImportFact[]): void {
  const specifier = firstArgumentString(call);
  if (specifier === undefined) return;
  const { names, locals } = bindingsOf(call);
  out.push({ specifier, names, locals, line: call.startPosition.row + 1, kind: 'require' });
}

function dynamicImport(call: SyntaxNode, out: ImportFact[]): void {
  const specifier = firstArgumentString(call);
  if (specifier === undefined) return;
  let value: SyntaxNode = call;
  if (value.parent?.type === 'await_expression') value = value.parent;
  const { names, locals } = bindingsOf(value);
  out.push({ specifier, names, locals, line: call.startPosition.row + 1, kind: 'dynamic' });
}

/**
 * What a `require()`/`await import()` expression binds: `const x = require()` -> locals [x];
 * `const { a, b: c } = require()` -> names [a, b], locals [a, c]; `const a = require().b` -> names [b].
 */
function bindingsOf(expression: SyntaxNode): { names: string[]; locals: string[] } {
  const names: string[] = [];
  const locals: string[] = [];
  let value = expression;
  const parent = value.parent;
  if (parent?.type === 'member_expression' && parent.childForFieldName('object')?.startIndex === value.startIndex) {
    const property = parent.childForFieldName('property')?.text;
    if (property) names.push(property);
    value = parent;
  }
  const declarator = value.parent;
  if (declarator?.type !== 'variable_declarator' || declarator.childForFieldName('value')?.startIndex !== value.startIndex) {
    return { names, locals };
  }
  const target = declarator.childForFieldName('name');
  if (target?.type === 'identifier') {
    locals.push(target.text);
  } else if (target?.type === 'object_pattern' && names.length === 0) {
    for (const property of target.namedChildren) {
      if (!property) continue;
      if (property.type === 'shorthand_property_identifier_pattern') {
        names.push(property.text);
        locals.push(property.text);
      } else if (property.type === 'pair_pattern') {
        const key = property.childForFieldName('key')?.text;
        const local = property.childForFieldName('value');
        if (key) names.push(key);
        if (local?.type === 'identifier') locals.push(local.text);
        else if (local?.type === 'assignment_pattern') {
          const left = local.childForFieldName('left');
          if (left?.type === 'identifier') locals.push(left.text);
        }
      } else if (property.type === 'object_assignment_pattern') {
        const left = property.childForFieldName('left');
        if (left) {
          names.push(left.text);
          locals.push(left.text);
        }
      }
    }
  }
  return { names, locals };
}

function firstArgumentString(call: SyntaxNode): string | undefined {
  const first = call.childForFieldName('arguments')?.namedChildren[0];
  return stringValue(first ?? null);
}

/** The value of a string literal, or of a template literal without substitutions. */
function stringValue(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.text.slice(1, -1);
  if (node.type === 'template_string') {
    if (node.namedChildren.some((child) => child?.type === 'template_substitution')) return undefined;
    return node.text.slice(1, -1);
  }
  return undefined;
}
