import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { callArguments, dottedName, lineOf, stringValue } from '../../source/python/syntax.js';

/**
 * What Django settings and app configs say about the apps of a project, gathered in the parse
 * worker: the entries of `INSTALLED_APPS` (`= [...]`, `+= (...)`, `.append()`, lists joined from
 * module constants such as `DJANGO_APPS + LOCAL_APPS`), the app labels `MIGRATION_MODULES` moves
 * or disables, and each `AppConfig` subclass with its `name` and `label`. A value built in a way
 * that cannot be read (a comprehension, a call, a name from another module) is marked dynamic, so
 * the checks stay quiet.
 */
export const DJANGO_SETTINGS = 'django-settings';

export type DjangoSettingsFact =
  | { kind: 'installed-apps'; line: number; apps: string[]; dynamic: boolean }
  | { kind: 'migration-modules'; line: number; labels: string[]; dynamic: boolean }
  | { kind: 'app-config'; line: number; className: string; name?: string; label?: string };

export function addDjangoSettingsFacts(context: ExtractContext): void {
  const { text, root } = context;
  if (!text.includes('INSTALLED_APPS') && !text.includes('MIGRATION_MODULES') && !text.includes('AppConfig')) return;
  const facts = collectDjangoSettings(root, text);
  if (facts.length > 0) context.facts.checkFacts[DJANGO_SETTINGS] = facts;
}

export function collectDjangoSettings(root: SyntaxNode, text: string): DjangoSettingsFact[] {
  const facts: DjangoSettingsFact[] = [];
  if (text.includes('AppConfig')) facts.push(...appConfigs(root));
  if (!text.includes('INSTALLED_APPS') && !text.includes('MIGRATION_MODULES')) return facts;
  const constants = moduleSequences(root);
  for (const assignment of root.descendantsOfType(['assignment', 'augmented_assignment'])) {
    const target = assignment.childForFieldName('left')?.text;
    const value = assignment.childForFieldName('right');
    if (!value) continue;
    if (target === 'INSTALLED_APPS') {
      const apps = new Set<string>();
      const dynamic = !evaluate(value, constants, apps, new Set());
      facts.push({ kind: 'installed-apps', line: lineOf(assignment), apps: [...apps], dynamic });
    } else if (target === 'MIGRATION_MODULES') {
      const labels = value.type === 'dictionary' ? value.namedChildren.map((pair) => (pair.type === 'pair' ? stringValue(pair.childForFieldName('key')) : undefined)) : [undefined];
      const known = labels.filter((label): label is string => label !== undefined);
      facts.push({ kind: 'migration-modules', line: lineOf(assignment), labels: known, dynamic: known.length !== labels.length });
    }
  }
  for (const call of root.descendantsOfType('call')) {
    const callee = dottedName(call.childForFieldName('function'));
    if (callee !== 'INSTALLED_APPS.append' && callee !== 'INSTALLED_APPS.extend' && callee !== 'INSTALLED_APPS.insert') continue;
    const args = callArguments(call).positional;
    const value = callee.endsWith('insert') ? args[1] : args[0];
    const apps = new Set<string>();
    const dynamic = !value || (callee.endsWith('extend') ? !evaluate(value, constants, apps, new Set()) : !addString(value, apps));
    facts.push({ kind: 'installed-apps', line: lineOf(call), apps: [...apps], dynamic });
  }
  return facts;
}

/** Module-level names bound to a list or tuple literal (`LOCAL_APPS = [...]`), the last binding winning. */
function moduleSequences(root: SyntaxNode): Map<string, SyntaxNode> {
  const sequences = new Map<string, SyntaxNode>();
  for (const statement of root.namedChildren) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const name = assignment.childForFieldName('left');
    const value = assignment.childForFieldName('right');
    if (name?.type === 'identifier' && value) sequences.set(name.text, value);
  }
  return sequences;
}

/** Adds the app strings of an expression; false when some part of it cannot be read. */
function evaluate(node: SyntaxNode, constants: ReadonlyMap<string, SyntaxNode>, apps: Set<string>, seen: Set<string>): boolean {
  switch (node.type) {
    case 'list':
    case 'tuple':
    case 'set':
      return node.namedChildren.every((element) => {
        if (element.type === 'comment') return true;
        if (element.type === 'list_splat') {
          const inner = element.namedChildren[0];
          return inner !== undefined && evaluate(inner, constants, apps, seen);
        }
        return addString(element, apps);
      });
    case 'parenthesized_expression': {
      const inner = node.namedChildren[0];
      return inner !== undefined && evaluate(inner, constants, apps, seen);
    }
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      return node.childForFieldName('operator')?.text === '+' && !!left && !!right && evaluate(left, constants, apps, seen) && evaluate(right, constants, apps, seen);
    }
    case 'identifier': {
      // The setting itself (`INSTALLED_APPS + [...]`) adds what other statements gave it.
      if (node.text === 'INSTALLED_APPS') return true;
      const value = constants.get(node.text);
      // `seen` holds the names being expanded, so a constant that refers to itself ends the walk.
      if (!value || seen.has(node.text)) return false;
      seen.add(node.text);
      const readable = evaluate(value, constants, apps, seen);
      seen.delete(node.text);
      return readable;
    }
    case 'call': {
      const callee = dottedName(node.childForFieldName('function'));
      const [argument, ...more] = callArguments(node).positional;
      return (callee === 'list' || callee === 'tuple') && argument !== undefined && more.length === 0 && evaluate(argument, constants, apps, seen);
    }
    default:
      return false;
  }
}

function addString(node: SyntaxNode, apps: Set<string>): boolean {
  const value = stringValue(node);
  if (value === undefined) return node.type === 'comment';
  apps.add(value);
  return true;
}

function appConfigs(root: SyntaxNode): DjangoSettingsFact[] {
  const found: DjangoSettingsFact[] = [];
  for (const definition of root.descendantsOfType('class_definition')) {
    const superclasses = definition.childForFieldName('superclasses');
    if (!superclasses || !superclasses.namedChildren.some((base) => dottedName(base)?.split('.').pop() === 'AppConfig')) continue;
    const className = definition.childForFieldName('name')?.text;
    const body = definition.childForFieldName('body');
    if (!className || !body) continue;
    const fact: DjangoSettingsFact = { kind: 'app-config', line: lineOf(definition), className };
    for (const statement of body.namedChildren) {
      const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
      const target = assignment?.childForFieldName('left')?.text;
      const value = stringValue(assignment?.childForFieldName('right'));
      if (value === undefined) continue;
      if (target === 'name') fact.name = value;
      else if (target === 'label') fact.label = value;
    }
    found.push(fact);
  }
  return found;
}
