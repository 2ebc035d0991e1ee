import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { callArguments, dottedName, lineOf } from '../../source/python/syntax.js';
import { FunctionReader, looksLikeSession, NOT_PROJECT_CALLS } from './sqlalchemy-function-reader.js';
import type { LoadShape } from './sqlalchemy-statements.js';

/**
 * How the functions of one Python file use SQLAlchemy sessions, gathered in the parse worker for
 * the session checks (lazy loads on detached objects or under asyncio, lazy loads in loops,
 * writes never committed). Everything is recorded as written; the checks decide in the main
 * thread, with the model facts and the import graph of the whole project, whether `User` is a
 * mapped class, `posts` a lazy relationship, or `get_user` the function of another file.
 *
 * Per top-level function or method:
 *   - bindings: variables holding objects loaded through a session (with the statement's eager
 *     options), elements of loops over them, and results of calls to other functions;
 *   - reads: `var.attr` on those bindings, and whether the loading session was closed by then;
 *   - returns: which binding a `return` hands back, and whether its session is closed for the caller;
 *   - writes (`session.add/add_all/delete`), commits, calls made, route/hook/generator flags.
 */
export const SQLALCHEMY_FUNCTIONS = 'sqlalchemy-functions';
export const SQLALCHEMY_SESSION_FILE = 'sqlalchemy-session-file';

/**
 * A value the function holds: objects loaded through a session here (the line of the load, the
 * class, what the statement's options load eagerly), an element of a loop over another binding,
 * or what a call to another function returned.
 */
export type BindingFact =
  | { kind: 'load'; line: number; model: string; shape: LoadShape; eager?: string[]; eagerAll?: true; awaited?: true; touched?: string[] }
  | { kind: 'call'; callee: string; awaited?: true }
  | { kind: 'element'; of: number };

export interface ReadFact {
  binding: number;
  attribute: string;
  /** The variable read, as written. */
  variable: string;
  line: number;
  /** The session that loaded the object was closed before this read (same function only). */
  closed?: true;
  /** `session.add(obj)` attached the object to this function's session before the read. */
  attached?: true;
}

export interface ReturnFact {
  binding: number;
  /** The caller gets the object after its session was closed (returned from inside `with`, after `close()`...). */
  closed?: true;
}

export interface WriteFact {
  line: number;
  method: 'add' | 'add_all' | 'delete';
  /** The session as written (`db`, `self.session`, `db.session`). */
  session: string;
  /** Set when the session is opened in this function: its factory and whether this unit of work commits. */
  local?: { factory: string; sqlalchemy: boolean; committed: boolean };
}

/** One top-level function or method; empty lists are left out to keep the cached facts small. */
export interface SessionFunctionFact {
  name: string;
  /** The line of the definition as in the file's definitions: its first decorator, or `def`. */
  line: number;
  /** Decorated as a route (`@app.get`, `@router.post`, `@bp.route`...). */
  route?: true;
  /** A middleware, after-request or teardown hook: runs around every request. */
  hook?: true;
  /** Contains `yield` and commits: a dependency or context manager that commits after its caller. */
  generator?: true;
  /** Calls something named `commit`, or enters `with ... .begin()`. */
  commits?: true;
  /**
   * Callees as written (`get_user`, `crud.create_user`, `self.repo.add`, `.save` for a computed receiver), plus `Depends(x)` targets and
   * decorators; a bare name only when the file imports or defines it (or has a `*` import), since only then can the index follow it.
   */
  calls?: string[];
  writes?: WriteFact[];
  bindings?: BindingFact[];
  reads?: ReadFact[];
  returns?: ReturnFact[];
}

export interface SessionFileFact {
  /** Names passed to hook registrations (`app.after_request(f)`, `app.teardown_appcontext(f)`). */
  hookNames: string[];
  /** Module-level session factories (`SessionLocal = sessionmaker(...)`), with `autocommit=True` marked. */
  factories: { name: string; line: number; autocommit?: true }[];
  /** Flask-SQLAlchemy 2's SQLALCHEMY_COMMIT_ON_TEARDOWN is switched on here. */
  commitOnTeardown?: true;
}

const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'route', 'api_route', 'websocket', 'view']);
const HOOK_WORDS = ['after_request', 'teardown_', 'middleware', 'before_request'];
const HOOKS = new Set(['middleware', 'after_request', 'teardown_request', 'teardown_appcontext', 'after_app_request', 'before_request']);


export interface FunctionInfo {
  node: SyntaxNode;
  parent?: FunctionInfo;
  unit: FunctionInfo;
  /** Ranges of the functions directly inside this one (their bodies are not its own scope). */
  nested: [number, number][];
}

/** A call's callee read once from its text: `a.b.f` -> text a.b.f, last f, receiver a.b; `X(y).f` -> text .f. */
export interface Callee {
  text?: string;
  last?: string;
  receiver?: string;
}

/** What one unit (a top-level function or method) contains, found by sweeps over the file's node lists. */
export interface Unit {
  info: FunctionInfo;
  /** Calls anywhere inside, nested functions included. */
  calls: SyntaxNode[];
  /** Calls, assignments and with/for/return nodes of the unit's own scope. */
  ownCalls: SyntaxNode[];
  ownAssignments: SyntaxNode[];
  ownStructure: SyntaxNode[];
  /** The `decorated_definition` around the function, if any. */
  decorated?: SyntaxNode;
  /** The class the function is a method of, if any. */
  container?: SyntaxNode;
}

/** Fills `checkFacts['sqlalchemy-functions' | 'sqlalchemy-session-file']` of a Python file. */
export function addSqlAlchemySessionFacts(context: ExtractContext): void {
  if (context.grammar !== 'python') return;
  const { functions, file } = collectSessionFacts(context);
  // Empty keys are left out: every warm run loads these facts for every file from the cache.
  if (functions.length > 0) context.facts.checkFacts[SQLALCHEMY_FUNCTIONS] = functions;
  if (file.hookNames.length > 0 || file.factories.length > 0 || file.commitOnTeardown) context.facts.checkFacts[SQLALCHEMY_SESSION_FILE] = [file];
}

/** Per-file state shared by the functions of one file. */
export class FileScan {
  readonly imports: Map<string, string>;
  readonly selectNames = new Set<string>();
  readonly sqlAlchemyFile: boolean;
  /**
   * Bare names a call may go to a project function through (FunctionIndex.resolve): functions
   * defined in this file and imported names; undefined when a `*` import lets any name through.
   */
  private bareTargets?: Set<string> | 'any';
  private readonly callees = new Map<number, Callee>();

  constructor(readonly context: ExtractContext) {
    this.imports = importedFrom(context.facts.imports);
    for (const [local, module] of this.imports) {
      if (!isSqlAlchemyModule(module)) continue;
      if (local === 'select') this.selectNames.add('select');
      else if (!module.includes('.')) this.selectNames.add(`${local}.select`);
    }
    this.sqlAlchemyFile = [...this.imports.values()].some(isSqlAlchemyModule);
  }

  /** Whether a callee as written may lead to a project function; bare names no import or definition gives lead nowhere. */
  mayReachProject(callee: string): boolean {
    if (callee.includes('.')) return true;
    if (!this.bareTargets) {
      const targets = new Set<string>(this.imports.keys());
      const star = this.context.facts.imports.some((fact) => fact.kind === 'python' && fact.names.includes('*'));
      for (const node of this.context.root.descendantsOfType('function_definition')) {
        const name = node.childForFieldName('name')?.text;
        if (name) targets.add(name);
      }
      this.bareTargets = star ? 'any' : targets;
    }
    return this.bareTargets === 'any' || this.bareTargets.has(callee);
  }

  callee(call: SyntaxNode): Callee {
    let found = this.callees.get(call.id);
    if (!found) {
      found = readCallee(call);
      this.callees.set(call.id, found);
    }
    return found;
  }

  fromSqlAlchemy(callee: Callee): boolean {
    const root = callee.text?.split('.')[0];
    return root !== undefined && root !== '' && isSqlAlchemyModule(this.imports.get(root));
  }
}

function readCallee(call: SyntaxNode): Callee {
  const fn = call.childForFieldName('function');
  if (!fn) return {};
  const raw = fn.text;
  const text = /\s/.test(raw) ? raw.replace(/\s+/g, '') : raw;
  if (/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(text)) {
    const dot = text.lastIndexOf('.');
    return { text, last: text.slice(dot + 1), ...(dot > 0 ? { receiver: text.slice(0, dot) } : {}) };
  }
  const last = fn.type === 'attribute' ? /\.([A-Za-z_]\w*)$/.exec(text)?.[1] : undefined;
  return last ? { text: `.${last}`, last } : {};
}

export function collectSessionFacts(context: ExtractContext): { functions: SessionFunctionFact[]; file: SessionFileFact } {
  const { root, text } = context;
  const scan = new FileScan(context);
  const calls = root.descendantsOfType('call');
  const file = fileFacts(root, text, calls, scan);
  if (!/\bdef\s/.test(text)) return { functions: [], file };
  const infos = nestFunctions(root.descendantsOfType('function_definition'));
  const units = new Map<number, Unit>();
  for (const info of infos) if (info.unit === info) units.set(info.node.id, { info, calls: [], ownCalls: [], ownAssignments: [], ownStructure: [] });
  const unitOf = (owner: FunctionInfo | undefined) => (owner ? units.get(owner.unit.node.id) : undefined);
  owners(infos, calls).forEach((owner, index) => {
    const unit = unitOf(owner);
    if (!unit) return;
    unit.calls.push(calls[index]!);
    if (owner === unit.info) unit.ownCalls.push(calls[index]!);
  });
  const assignments = root.descendantsOfType('assignment');
  owners(infos, assignments).forEach((owner, index) => {
    const unit = unitOf(owner);
    if (unit && owner === unit.info) unit.ownAssignments.push(assignments[index]!);
  });
  // The statements the bindings need, from the file's index of node types, handed to the function they belong to.
  const structure = root.descendantsOfType(['with_statement', 'for_statement', 'for_in_clause', 'return_statement']);
  owners(infos, structure).forEach((owner, index) => {
    const unit = unitOf(owner);
    if (unit && owner === unit.info) unit.ownStructure.push(structure[index]!);
  });
  // Decorators and classes by position, one pass over each list.
  const decorated = new Map<number, SyntaxNode>();
  for (const node of root.descendantsOfType('decorated_definition')) decorated.set(node.endIndex, node);
  const classes = root.descendantsOfType('class_definition');
  const unitList = [...units.values()];
  innermost(classes, unitList.map((unit) => unit.info.node)).forEach((classNode, index) => {
    const unit = unitList[index]!;
    if (classNode) unit.container = classNode;
    const candidate = decorated.get(unit.info.node.endIndex);
    if (candidate && candidate.startIndex < unit.info.node.startIndex && candidate.childForFieldName('definition')?.startIndex === unit.info.node.startIndex) unit.decorated = candidate;
  });
  const functions: SessionFunctionFact[] = [];
  for (const unit of units.values()) {
    const fact = readFunction(scan, unit);
    if (fact) functions.push(fact);
  }
  return { functions, file };
}

/** Local name -> the module it was imported from (`from sqlalchemy import select` -> select: sqlalchemy). */
function importedFrom(imports: ExtractContext['facts']['imports']): Map<string, string> {
  const map = new Map<string, string>();
  for (const fact of imports) {
    if (fact.kind !== 'python') continue;
    for (const local of fact.locals) map.set(local, fact.specifier);
  }
  return map;
}

const isSqlAlchemyModule = (module: string | undefined): boolean => module !== undefined && /^(sqlalchemy|sqlmodel|flask_sqlalchemy)(\.|$)/.test(module);

/** Each function with its enclosing function and the top-level function or method it is part of. */
function nestFunctions(nodes: readonly SyntaxNode[]): FunctionInfo[] {
  const infos: FunctionInfo[] = [];
  const stack: FunctionInfo[] = [];
  for (const node of nodes) {
    while (stack.length > 0 && stack[stack.length - 1]!.node.endIndex <= node.startIndex) stack.pop();
    const parent = stack[stack.length - 1];
    const info: FunctionInfo = { node, ...(parent ? { parent } : {}), unit: undefined as unknown as FunctionInfo, nested: [] };
    info.unit = parent ? parent.unit : info;
    parent?.nested.push([node.startIndex, node.endIndex]);
    infos.push(info);
    stack.push(info);
  }
  return infos;
}

/** The innermost of `ranges` (nested nodes in document order) around each of `nodes` (in document order). */
function innermost(ranges: readonly SyntaxNode[], nodes: readonly SyntaxNode[]): (SyntaxNode | undefined)[] {
  const result: (SyntaxNode | undefined)[] = [];
  const stack: SyntaxNode[] = [];
  let next = 0;
  for (const node of nodes) {
    const start = node.startIndex;
    while (next < ranges.length && ranges[next]!.startIndex <= start) {
      const range = ranges[next++]!;
      while (stack.length > 0 && stack[stack.length - 1]!.endIndex <= range.startIndex) stack.pop();
      stack.push(range);
    }
    while (stack.length > 0 && stack[stack.length - 1]!.endIndex <= start) stack.pop();
    result.push(stack[stack.length - 1]);
  }
  return result;
}

/** The innermost function around each node (nodes and functions in document order). */
function owners(functions: readonly FunctionInfo[], nodes: readonly SyntaxNode[]): (FunctionInfo | undefined)[] {
  const byStart = new Map(functions.map((info) => [info.node.startIndex, info]));
  return innermost(
    functions.map((info) => info.node),
    nodes,
  ).map((node) => (node ? byStart.get(node.startIndex) : undefined));
}

function fileFacts(root: SyntaxNode, text: string, calls: readonly SyntaxNode[], scan: FileScan): SessionFileFact {
  const hookNames = new Set<string>();
  // Plain substring searches: one alternation regex over every file's text costs more.
  if (HOOK_WORDS.some((word) => text.includes(word))) {
    for (const call of calls) {
      const name = scan.callee(call).last;
      if (!name || !HOOKS.has(name)) continue;
      const target = callArguments(call).positional[0];
      if (target?.type === 'identifier') hookNames.add(target.text);
    }
  }
  const factories: SessionFileFact['factories'] = [];
  for (const statement of /sessionmaker|scoped_session/.test(text) ? root.namedChildren : []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call') continue;
    const callee = scan.callee(right).last;
    if (callee !== 'sessionmaker' && callee !== 'async_sessionmaker' && callee !== 'scoped_session') continue;
    const autocommit = callArguments(right).keywords.get('autocommit')?.text === 'True';
    factories.push({ name: left.text, line: lineOf(assignment), ...(autocommit ? { autocommit: true as const } : {}) });
  }
  return { hookNames: [...hookNames], factories, ...(/COMMIT_ON_TEARDOWN/.test(text) ? { commitOnTeardown: true as const } : {}) };
}

// ---------------------------------------------------------------------------------------------
// One function

function readFunction(scan: FileScan, unit: Unit): SessionFunctionFact | undefined {
  const { node } = unit.info;
  const name = node.childForFieldName('name')?.text;
  if (!name) return undefined;
  const outer = unit.decorated ?? node;
  const fact: SessionFunctionFact = { name, line: lineOf(outer) };
  const classNode = unit.container;

  const callees = new Set<string>();
  for (const decorator of outer.type === 'decorated_definition' ? outer.namedChildren.filter((child) => child.type === 'decorator') : []) {
    const expression = decorator.namedChildren[0];
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    const dotted = dottedName(callee);
    const last = dotted?.split('.').pop();
    if (expression?.type === 'call' && callee?.type === 'attribute' && last && ROUTE_VERBS.has(last)) fact.route = true;
    else if (last && HOOKS.has(last)) fact.hook = true;
    else if (dotted) callees.add(dotted);
  }
  if (classNode && (name === 'dispatch' || name === '__call__') && /Middleware/.test(classNode.childForFieldName('superclasses')?.text ?? '')) fact.hook = true;

  for (const call of unit.calls) {
    const { text, last, receiver } = scan.callee(call);
    if (!last) continue;
    if (/commit/i.test(last)) fact.commits = true;
    if (last === 'begin' && inWithItem(call)) fact.commits = true;
    if (last === 'Depends') {
      const target = dottedName(callArguments(call).positional[0]);
      if (target) callees.add(target);
    }
    // Session methods and constructors lead to no project function worth following.
    if (text && !NOT_PROJECT_CALLS.has(last) && !/^[A-Z]/.test(last) && !(receiver && looksLikeSession(receiver))) callees.add(text);
  }
  const reachable = [...callees].filter((callee) => scan.mayReachProject(callee));
  if (reachable.length > 0) fact.calls = reachable;
  if (fact.commits && node.descendantsOfType('yield').length > 0) fact.generator = true;

  const reader = new FunctionReader(scan, unit);
  const writes = reader.writes();
  if (writes.length > 0) fact.writes = writes;
  reader.readBindings(fact);
  const interesting = fact.calls || fact.writes || fact.reads || fact.returns || fact.route || fact.hook || fact.commits;
  return interesting ? fact : undefined;
}

function inWithItem(call: SyntaxNode): boolean {
  const parent = call.parent;
  return parent?.type === 'with_item' || (parent?.type === 'as_pattern' && parent.parent?.type === 'with_item');
}

