import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { calleeName, dottedName, lineOf } from '../../source/python/syntax.js';

/**
 * Writes to module-level state from Flask request handlers, gathered in the parse worker: a name
 * rebound after `global x`, an item of a module-level dict/list/set written or deleted
 * (`cache[key] = ...`), or such a container changed in place (`.append()`, `.update()`...).
 * Handlers are the routes the route extractor attributed to Flask, functions registered with
 * `before_request`/`after_request`/`teardown_request`/`errorhandler`/`context_processor` (app or
 * blueprint) and the methods of MethodView/View classes. Writes made while holding a module-level
 * lock (`with lock:`) are taken as deliberate shared state and left out.
 */
export const FLASK_GLOBAL_WRITES = 'flask-global-writes';

export interface FlaskGlobalWriteFact {
  line: number;
  /** The module-level name written. */
  name: string;
  kind: 'rebind' | 'item' | 'mutate';
  /** The handler function. */
  handler: string;
  /** The mutating method for `mutate` (`append`); `del` for an item deleted. */
  method?: string;
}

type ModuleValue = 'container' | 'lock' | 'other';

const CONTAINER_CALLS = new Set(['dict', 'list', 'set', 'defaultdict', 'OrderedDict', 'Counter', 'deque', 'ChainMap', 'WeakValueDictionary', 'WeakKeyDictionary', 'WeakSet']);
const LOCK_CALLS = new Set(['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition']);
const MUTATORS = new Set(['append', 'extend', 'insert', 'add', 'update', 'setdefault', 'pop', 'popitem', 'remove', 'discard', 'clear', 'appendleft', 'extendleft', 'popleft', 'sort', 'reverse', 'difference_update', 'intersection_update', 'symmetric_difference_update', '__setitem__']);
const HOOKS = /\.(before_request|before_app_request|after_request|after_app_request|teardown_request|teardown_app_request|errorhandler|app_errorhandler|context_processor|app_context_processor|url_value_preprocessor|app_url_value_preprocessor)\b/;
const VIEW_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'dispatch_request']);

export function addFlaskGlobalStateFacts(context: ExtractContext): void {
  const { facts, root } = context;
  if (!facts.imports.some((entry) => entry.kind === 'python' && (entry.specifier === 'flask' || entry.specifier.startsWith('flask.')))) return;
  const routes = facts.routes.filter((route) => route.framework === 'flask' && route.handler);
  const lines = new Set(routes.map((route) => route.handler!.line));
  const names = new Set(routes.map((route) => route.handler!.name).filter((name): name is string => name !== undefined));
  const writes = collectFlaskGlobalWrites(root, lines, names);
  if (writes.length > 0) facts.checkFacts[FLASK_GLOBAL_WRITES] = writes;
}

/** `handlerLines`: `def` lines of decorated route handlers; `handlerNames`: names of functions registered as routes. */
export function collectFlaskGlobalWrites(root: SyntaxNode, handlerLines: ReadonlySet<number>, handlerNames: ReadonlySet<string>): FlaskGlobalWriteFact[] {
  const moduleValues = moduleBindings(root);
  if (moduleValues.size === 0) return [];
  const writes: FlaskGlobalWriteFact[] = [];
  for (const handler of handlers(root, handlerLines, handlerNames)) writes.push(...writesIn(handler, moduleValues));
  return writes;
}

/** Names bound by module-level statements (also inside module-level if/try/with blocks), with what they hold. */
function moduleBindings(root: SyntaxNode): Map<string, ModuleValue> {
  const values = new Map<string, ModuleValue>();
  const visit = (block: SyntaxNode) => {
    for (const statement of block.namedChildren) {
      if (statement.type === 'expression_statement') {
        const assignment = statement.namedChildren[0];
        if (assignment?.type !== 'assignment') continue;
        const left = assignment.childForFieldName('left');
        const right = assignment.childForFieldName('right');
        if (left?.type === 'identifier' && right) values.set(left.text, valueKind(right));
      } else if (['if_statement', 'try_statement', 'with_statement', 'else_clause', 'elif_clause', 'except_clause', 'finally_clause', 'block'].includes(statement.type)) {
        visit(statement);
      }
    }
  };
  visit(root);
  return values;
}

function valueKind(value: SyntaxNode): ModuleValue {
  if (['dictionary', 'list', 'set', 'dictionary_comprehension', 'list_comprehension', 'set_comprehension'].includes(value.type)) return 'container';
  if (value.type === 'call') {
    const name = calleeName(value)?.split('.').pop() ?? '';
    if (CONTAINER_CALLS.has(name)) return 'container';
    if (LOCK_CALLS.has(name)) return 'lock';
  }
  return 'other';
}

function handlers(root: SyntaxNode, handlerLines: ReadonlySet<number>, handlerNames: ReadonlySet<string>): { fn: SyntaxNode; name: string }[] {
  const found: { fn: SyntaxNode; name: string }[] = [];
  for (const statement of root.namedChildren) {
    const fn = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (!fn) continue;
    const name = fn.childForFieldName('name')?.text ?? '';
    if (fn.type === 'function_definition') {
      const decorators = statement.type === 'decorated_definition' ? statement.namedChildren.filter((child) => child.type === 'decorator') : [];
      if (handlerLines.has(lineOf(fn)) || handlerNames.has(name) || decorators.some((decorator) => HOOKS.test(decorator.text))) found.push({ fn, name });
    } else if (fn.type === 'class_definition') {
      const superclasses = fn.childForFieldName('superclasses');
      if (!superclasses || !superclasses.namedChildren.some((base) => /(^|\.)(MethodView|View)$/.test(dottedName(base) ?? ''))) continue;
      for (const member of (fn.childForFieldName('body') ?? fn).namedChildren) {
        const method = member.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
        const methodName = method?.childForFieldName('name')?.text;
        if (method?.type === 'function_definition' && methodName && VIEW_METHODS.has(methodName)) found.push({ fn: method, name: `${name}.${methodName}` });
      }
    }
  }
  return found;
}

function writesIn({ fn, name: handler }: { fn: SyntaxNode; name: string }, moduleValues: ReadonlyMap<string, ModuleValue>): FlaskGlobalWriteFact[] {
  const body = fn.childForFieldName('body');
  if (!body) return [];
  const own = ownNodes(body);
  const globals = new Set(own.filter((node) => node.type === 'global_statement').flatMap((statement) => statement.namedChildren.map((name) => name.text)));
  const locals = localNames(fn, own, globals);
  const locks = new Set([...moduleValues].filter(([, kind]) => kind === 'lock').map(([name]) => name));
  const isContainer = (node: SyntaxNode | null | undefined) =>
    node?.type === 'identifier' && !locals.has(node.text) && moduleValues.get(node.text) === 'container';
  const writes: FlaskGlobalWriteFact[] = [];
  const add = (node: SyntaxNode, fact: Omit<FlaskGlobalWriteFact, 'line' | 'handler'>) => {
    if (!underLock(node, body, locks)) writes.push({ line: lineOf(node), handler, ...fact });
  };
  for (const node of own) {
    if (node.type === 'assignment' || node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left');
      for (const target of left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChildren : left ? [left] : []) {
        if (target.type === 'identifier' && globals.has(target.text)) add(node, { name: target.text, kind: 'rebind' });
        else if (target.type === 'subscript' && isContainer(target.childForFieldName('value'))) add(node, { name: target.childForFieldName('value')!.text, kind: 'item' });
      }
    } else if (node.type === 'delete_statement') {
      for (const target of node.namedChildren.flatMap((child) => (child.type === 'expression_list' ? child.namedChildren : [child]))) {
        if (target.type === 'subscript' && isContainer(target.childForFieldName('value'))) add(node, { name: target.childForFieldName('value')!.text, kind: 'item', method: 'del' });
      }
    } else if (node.type === 'call') {
      const callee = node.childForFieldName('function');
      const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
      if (method && MUTATORS.has(method) && isContainer(callee!.childForFieldName('object'))) add(node, { name: callee!.childForFieldName('object')!.text, kind: 'mutate', method });
    }
  }
  return writes;
}

/** The nodes of a function body that run in the function itself: nested defs, lambdas and classes are left out. */
function ownNodes(body: SyntaxNode): SyntaxNode[] {
  const nodes: SyntaxNode[] = [];
  const visit = (node: SyntaxNode) => {
    for (const child of node.namedChildren) {
      if (child.type === 'function_definition' || child.type === 'lambda' || child.type === 'class_definition' || child.type === 'decorated_definition') continue;
      nodes.push(child);
      visit(child);
    }
  };
  visit(body);
  return nodes;
}

/** Parameters and names the function binds itself (Python makes them local everywhere in it), minus `global` ones. */
function localNames(fn: SyntaxNode, own: readonly SyntaxNode[], globals: ReadonlySet<string>): Set<string> {
  const locals = new Set<string>();
  const parameters = fn.childForFieldName('parameters');
  for (const parameter of parameters ? parameters.namedChildren : []) {
    const name = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren[0]);
    if (name?.type === 'identifier') locals.add(name.text);
  }
  const bind = (target: SyntaxNode | null | undefined) => {
    if (!target) return;
    if (target.type === 'identifier') locals.add(target.text);
    else if (['pattern_list', 'tuple_pattern', 'list_pattern'].includes(target.type)) target.namedChildren.forEach(bind);
  };
  for (const node of own) {
    if (node.type === 'assignment' || node.type === 'augmented_assignment' || node.type === 'for_statement') bind(node.childForFieldName('left'));
    else if (node.type === 'as_pattern') bind(node.childForFieldName('alias')?.namedChildren[0] ?? null);
    else if (node.type === 'named_expression') bind(node.childForFieldName('name'));
    else if (node.type === 'import_statement' || node.type === 'import_from_statement') {
      for (const child of node.namedChildren) if (child.type === 'aliased_import') bind(child.childForFieldName('alias'));
    }
  }
  for (const name of globals) locals.delete(name);
  return locals;
}

function underLock(node: SyntaxNode, body: SyntaxNode, locks: ReadonlySet<string>): boolean {
  if (locks.size === 0) return false;
  for (let current = node.parent; current && current.id !== body.id; current = current.parent) {
    if (current.type !== 'with_statement') continue;
    const clause = current.namedChildren.find((child) => child.type === 'with_clause');
    for (const item of clause ? clause.namedChildren : []) {
      const value = item.childForFieldName('value');
      if (value?.type === 'identifier' && locks.has(value.text)) return true;
    }
  }
  return false;
}
