import type { SyntaxNode } from '../syntax-tree.js';
import type { FileFacts, PathExpression } from '../facts.js';
import { callArguments, calleeName, dottedName, lineOf, pathExpression, stringList, stringValue } from './syntax.js';
import { PYTHON_CONSTANTS, PYTHON_VIEWS } from './conventions.js';

/**
 * What a view tells about the methods it answers, for the composer to refine `ANY` routes:
 * class-based views (Django View, DRF APIView/ViewSet, Flask MethodView, aiohttp web.View) by the
 * handler methods they define, and function views by method-restricting decorators.
 */
export interface ViewFact {
  name: string;
  line: number;
  kind: 'class' | 'function';
  /** Base classes as written (`viewsets.ModelViewSet`, `web.View`). */
  bases: string[];
  /** Methods the view answers, where the file says so (`require_GET`, `api_view(['POST'])`). */
  methods?: string[];
  /** HTTP-method and DRF-action handlers defined on a class (`get`, `post`, `list`, `retrieve`...). */
  handlers: { name: string; line: number }[];
  /** DRF `@action`s. */
  actions: { name: string; line: number; detail: boolean; methods: string[]; urlPath: string }[];
}

const HANDLER_NAMES = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'list', 'create', 'retrieve', 'update', 'partial_update', 'destroy']);
const VIEW_BASE = /(View|ViewSet|APIView|Resource|Endpoint|Mixin)$/;
const DECORATOR_METHODS: Record<string, string[]> = { require_GET: ['GET'], require_POST: ['POST'], require_safe: ['GET', 'HEAD'] };

export function extractViews(root: SyntaxNode, facts: FileFacts): void {
  const views: ViewFact[] = [];
  for (const definition of root.descendantsOfType(['class_definition', 'function_definition'])) {
    const name = definition.childForFieldName('name')?.text;
    if (!name) continue;
    if (definition.type === 'class_definition') {
      const view = classView(definition, name);
      if (view) views.push(view);
    } else if (!isMethod(definition)) {
      const methods = decoratorMethods(definition);
      if (methods) views.push({ name, line: lineOf(definition), kind: 'function', bases: [], methods, handlers: [], actions: [] });
    }
  }
  if (views.length > 0) (facts.checkFacts[PYTHON_VIEWS] ??= []).push(...views);
}

function isMethod(definition: SyntaxNode): boolean {
  let parent = definition.parent;
  if (parent?.type === 'decorated_definition') parent = parent.parent;
  return parent?.type === 'block' && parent.parent?.type === 'class_definition';
}

function decoratorsOf(definition: SyntaxNode): SyntaxNode[] {
  const parent = definition.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren
    .filter((child) => child.type === 'decorator')
    .map((decorator) => decorator.namedChildren[0])
    .filter((expression): expression is SyntaxNode => expression !== undefined);
}

function decoratorMethods(definition: SyntaxNode): string[] | undefined {
  for (const expression of decoratorsOf(definition)) {
    const name = (expression.type === 'call' ? calleeName(expression) : dottedName(expression))?.split('.').pop();
    if (!name) continue;
    const fixed = DECORATOR_METHODS[name];
    if (fixed) return fixed;
    if ((name === 'require_http_methods' || name === 'api_view') && expression.type === 'call') {
      const args = callArguments(expression);
      const list = stringList(args.positional[0] ?? args.keywords.get('http_method_names'));
      return (list ?? ['GET']).map((method) => method.toUpperCase());
    }
  }
  return undefined;
}

function classView(definition: SyntaxNode, name: string): ViewFact | undefined {
  const superclasses = definition.childForFieldName('superclasses');
  const bases = superclasses ? superclasses.namedChildren.map((base) => dottedName(base)).filter((base): base is string => base !== undefined) : [];
  const handlers: ViewFact['handlers'] = [];
  const actions: ViewFact['actions'] = [];
  const body = definition.childForFieldName('body');
  for (const statement of body ? body.namedChildren : []) {
    const method = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (method?.type !== 'function_definition') continue;
    const methodName = method.childForFieldName('name')?.text;
    if (!methodName) continue;
    if (HANDLER_NAMES.has(methodName)) handlers.push({ name: methodName, line: lineOf(method) });
    const action = drfAction(method, methodName);
    if (action) actions.push(action);
  }
  // Repositories and services define `get`/`list` too: only classes built on a view base count.
  if (!bases.some((base) => VIEW_BASE.test(base))) return undefined;
  return { name, line: lineOf(definition), kind: 'class', bases, handlers, actions };
}

function drfAction(method: SyntaxNode, methodName: string): ViewFact['actions'][number] | undefined {
  for (const expression of decoratorsOf(method)) {
    if (expression.type !== 'call' || calleeName(expression)?.split('.').pop() !== 'action') continue;
    const args = callArguments(expression);
    const detail = args.keywords.get('detail')?.text === 'True';
    const methods = (stringList(args.keywords.get('methods')) ?? ['get']).map((m) => m.toUpperCase());
    const urlPath = stringValue(args.keywords.get('url_path')) ?? methodName;
    return { name: methodName, line: lineOf(method), detail, methods, urlPath };
  }
  return undefined;
}

/** A string constant a prefix may be built from: module level or a class attribute (settings classes). */
export interface ConstantFact extends PathExpression {
  name: string;
  line: number;
  container?: string;
}

export function extractConstants(root: SyntaxNode, facts: FileFacts): void {
  const constants: ConstantFact[] = [];
  const collect = (block: SyntaxNode, container?: string) => {
    for (const statement of block.namedChildren) {
      if (statement.type === 'class_definition' && !container) {
        const body = statement.childForFieldName('body');
        const className = statement.childForFieldName('name')?.text;
        if (body && className) collect(body, className);
        continue;
      }
      if (statement.type !== 'expression_statement') continue;
      const assignment = statement.namedChildren[0];
      if (assignment?.type !== 'assignment') continue;
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type !== 'identifier' || left.text.startsWith('__') || !right || !isStringy(right)) continue;
      const expression = pathExpression(right);
      if (expression.value !== undefined && !looksLikePath(left.text, expression.value)) continue;
      constants.push({ name: left.text, line: lineOf(assignment), ...(container ? { container } : {}), ...expression });
    }
  };
  collect(root);
  if (constants.length > 0) (facts.checkFacts[PYTHON_CONSTANTS] ??= []).push(...constants);
}

const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|KEY|CREDENTIAL|DSN/i;

/**
 * Facts are cached on disk, so only values that can be URL prefixes are kept: short, single-line,
 * with a slash (or empty), no scheme, and not named like a secret. `SECRET_KEY = '...'` never is.
 */
function looksLikePath(name: string, value: string): boolean {
  if (SECRET_NAME.test(name)) return false;
  if (value === '') return true;
  return value.length <= 200 && value.includes('/') && !value.includes('://') && !/\s/.test(value);
}

/** Strings, f-strings and `+` concatenations that involve a string. */
function isStringy(node: SyntaxNode): boolean {
  if (node.type === 'string' || node.type === 'concatenated_string') return true;
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '+') {
    return node.namedChildren.some((child) => isStringy(child));
  }
  if (node.type === 'parenthesized_expression') return node.namedChildren.some(isStringy);
  return false;
}
