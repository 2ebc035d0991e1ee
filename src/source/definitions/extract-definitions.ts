import type { SyntaxNode } from '../syntax-tree.js';
import type { ExtractContext } from '../extract.js';
import type { DefinitionFact } from '../facts.js';

/**
 * Top-level functions, classes and variables of a file, and the methods of its top-level classes.
 * Only the module's own statements and class bodies are read (no full walk): nested definitions
 * are not part of what a file offers to others.
 */
export function extractDefinitions(context: ExtractContext): void {
  source = context.text;
  if (context.grammar === 'python') pythonDefinitions(context.root, context.facts.definitions);
  else javaScriptDefinitions(context.root, context.facts.definitions);
}

/** The text of the file being read; `async` is looked up in it rather than through child nodes. */
let source = '';

// ---------------------------------------------------------------------------------------------
// Python

function pythonDefinitions(root: SyntaxNode, out: DefinitionFact[]): void {
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (!definition) continue;
    if (definition.type === 'function_definition') {
      const fact = pythonFunction(definition, statement, 'function');
      if (fact) out.push(fact);
    } else if (definition.type === 'class_definition') {
      const name = definition.childForFieldName('name')?.text;
      if (!name) continue;
      out.push({ name, kind: 'class', line: line(statement), endLine: endLine(statement) });
      for (const member of definition.childForFieldName('body')?.namedChildren ?? []) {
        if (!member) continue;
        const method = member.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
        if (method?.type !== 'function_definition') continue;
        const fact = pythonFunction(method, member, 'method');
        if (fact) out.push({ ...fact, container: name });
      }
    } else if (definition.type === 'expression_statement') {
      for (const name of pythonAssignedNames(definition)) {
        out.push({ name, kind: 'variable', line: line(statement), endLine: endLine(statement) });
      }
    }
  }
}

function pythonFunction(definition: SyntaxNode, outer: SyntaxNode, kind: 'function' | 'method'): DefinitionFact | undefined {
  const name = definition.childForFieldName('name')?.text;
  if (!name) return undefined;
  const fact: DefinitionFact = { name, kind, line: line(outer), endLine: endLine(outer) };
  if (source.startsWith('async', definition.startIndex)) fact.async = true;
  return fact;
}

/** `a = 1`, `a: int = 1`, `a = b = 1`, `a, b = ...` -> the plain names assigned. */
function pythonAssignedNames(statement: SyntaxNode): string[] {
  const names: string[] = [];
  let assignment: SyntaxNode | null | undefined = statement.namedChildren[0];
  while (assignment?.type === 'assignment') {
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier') names.push(left.text);
    else if (left?.type === 'pattern_list' || left?.type === 'tuple_pattern') {
      for (const item of left.namedChildren) if (item?.type === 'identifier') names.push(item.text);
    }
    assignment = assignment.childForFieldName('right');
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// JavaScript / TypeScript

function javaScriptDefinitions(root: SyntaxNode, out: DefinitionFact[]): void {
  const exportedNames = new Set<string>();
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === 'export_statement') {
      if (statement.childForFieldName('source')) continue; // re-export: an import, not a definition
      const declaration = statement.childForFieldName('declaration');
      const isDefault = hasKeyword(statement, 'default');
      if (declaration) {
        const facts = javaScriptDeclaration(declaration, statement, out);
        for (const fact of facts) fact.exported = true;
        if (isDefault && facts.length === 0) out.push({ name: 'default', kind: 'variable', line: line(statement), endLine: endLine(statement), exported: true });
        continue;
      }
      const value = statement.childForFieldName('value');
      if (isDefault && value) {
        // `export default foo` exports an existing binding; `export default {...}` / `() => {}` is anonymous.
        if (value.type === 'identifier') exportedNames.add(value.text);
        else out.push({ name: 'default', kind: functionLike(value) ? 'function' : 'variable', line: line(statement), endLine: endLine(statement), exported: true, ...asyncFlag(value) });
        continue;
      }
      for (const child of statement.namedChildren) {
        if (child?.type !== 'export_clause') continue;
        for (const specifier of child.namedChildren) {
          const name = specifier?.type === 'export_specifier' ? specifier.childForFieldName('name')?.text : undefined;
          if (name) exportedNames.add(name);
        }
      }
      continue;
    }
    if (statement.type === 'expression_statement') {
      commonJsExport(statement, out, exportedNames);
      continue;
    }
    javaScriptDeclaration(statement, statement, out);
  }
  if (exportedNames.size === 0) return;
  for (const fact of out) {
    if (fact.kind !== 'method' && exportedNames.has(fact.name)) fact.exported = true;
  }
}

/** Adds the facts for one declaration statement and returns them (without methods). */
function javaScriptDeclaration(declaration: SyntaxNode, outer: SyntaxNode, out: DefinitionFact[]): DefinitionFact[] {
  const added: DefinitionFact[] = [];
  switch (declaration.type) {
    case 'function_declaration':
    case 'generator_function_declaration':
    case 'function_signature': {
      const name = declaration.childForFieldName('name')?.text;
      if (!name) break;
      added.push({ name, kind: 'function', line: line(outer), endLine: endLine(outer), ...asyncFlag(declaration) });
      break;
    }
    case 'class_declaration':
    case 'abstract_class_declaration':
    case 'class': {
      const name = declaration.childForFieldName('name')?.text;
      if (!name) break;
      const fact: DefinitionFact = { name, kind: 'class', line: line(outer), endLine: endLine(outer) };
      added.push(fact);
      out.push(fact);
      classMethods(declaration, name, out);
      return added;
    }
    case 'lexical_declaration':
    case 'variable_declaration':
      for (const declarator of declaration.namedChildren) {
        if (declarator?.type !== 'variable_declarator') continue;
        const name = declarator.childForFieldName('name');
        if (name?.type !== 'identifier') continue;
        const value = declarator.childForFieldName('value');
        const isFunction = value ? functionLike(value) : false;
        added.push({
          name: name.text,
          kind: isFunction ? 'function' : 'variable',
          line: line(outer),
          endLine: endLine(outer),
          ...(value && isFunction ? asyncFlag(value) : {}),
        });
        if (value?.type === 'class') classMethods(value, name.text, out);
      }
      break;
    default:
      break;
  }
  out.push(...added);
  return added;
}

function classMethods(declaration: SyntaxNode, container: string, out: DefinitionFact[]): void {
  for (const member of declaration.childForFieldName('body')?.namedChildren ?? []) {
    if (!member) continue;
    if (member.type === 'method_definition') {
      const name = member.childForFieldName('name')?.text;
      if (name) out.push({ name, kind: 'method', line: line(member), endLine: endLine(member), container, ...asyncFlag(member) });
    } else if (member.type === 'public_field_definition' || member.type === 'field_definition') {
      // `handler = async (req, res) => {}` behaves as a method.
      const value = member.childForFieldName('value');
      const name = (member.childForFieldName('name') ?? member.childForFieldName('property'))?.text;
      if (name && value && functionLike(value)) {
        out.push({ name, kind: 'method', line: line(member), endLine: endLine(member), container, ...asyncFlag(value) });
      }
    }
  }
}

/** `module.exports = X`, `module.exports = { a, b: c }`, `module.exports.x = ...`, `exports.x = ...`. */
function commonJsExport(statement: SyntaxNode, out: DefinitionFact[], exportedNames: Set<string>): void {
  const assignment = statement.namedChildren[0];
  if (assignment?.type !== 'assignment_expression') return;
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || !right || left.type !== 'member_expression') return;
  const target = left.text.replace(/\s+/g, '');
  if (target === 'module.exports') {
    if (right.type === 'identifier') exportedNames.add(right.text);
    else if (right.type === 'object') {
      for (const property of right.namedChildren) {
        if (property?.type === 'shorthand_property_identifier') exportedNames.add(property.text);
        else if (property?.type === 'pair') {
          const value = property.childForFieldName('value');
          if (value?.type === 'identifier') exportedNames.add(value.text);
        }
      }
    } else {
      out.push({ name: 'default', kind: functionLike(right) ? 'function' : 'variable', line: line(statement), endLine: endLine(statement), exported: true, ...asyncFlag(right) });
    }
    return;
  }
  const property = /^(?:module\.exports|exports)\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
  if (!property) return;
  if (right.type === 'identifier') {
    exportedNames.add(right.text);
    return;
  }
  out.push({ name: property, kind: functionLike(right) ? 'function' : 'variable', line: line(statement), endLine: endLine(statement), exported: true, ...asyncFlag(right) });
}

function functionLike(node: SyntaxNode): boolean {
  return node.type === 'arrow_function' || node.type === 'function_expression' || node.type === 'function' || node.type === 'generator_function';
}

/**
 * `async` comes before the name or parameters of a function or method (after modifiers such as
 * `static` or `public` and decorators); reading the source there avoids materialising every child.
 */
function asyncFlag(node: SyntaxNode): { async?: true } {
  const head = node.childForFieldName('name') ?? node.childForFieldName('parameters') ?? node.childForFieldName('parameter');
  const end = head ? head.startIndex : Math.min(node.endIndex, node.startIndex + 200);
  return /\basync\b/.test(source.slice(node.startIndex, end)) ? { async: true } : {};
}

// ---------------------------------------------------------------------------------------------

function hasKeyword(node: SyntaxNode, keyword: string): boolean {
  for (const child of node.children) {
    if (child && !child.isNamed && child.type === keyword) return true;
  }
  return false;
}

function line(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}

function endLine(node: SyntaxNode): number {
  return node.endPosition.row + 1;
}
