import type { SyntaxNode } from '../../source/syntax-tree.js';
import { callArguments, lineOf, stringList, stringValue } from '../../source/python/syntax.js';
import type { BindingFact, FileScan, ReadFact, ReturnFact, SessionFunctionFact, Unit, WriteFact } from './sqlalchemy-session-facts.js';
import { loadOf, statementOf, unwrap, yieldsObjects, type LoadScope, type LoadShapeInfo, type StatementShape } from './sqlalchemy-statements.js';

/**
 * Reads one function for the session facts (sqlalchemy-session-facts.ts): the sessions it opens
 * and when they close, what it writes through a session, and which values hold loaded objects,
 * through assignments, loops and returns, with the attributes read on them. Values are followed
 * in document order with one event per binding of a name, so `user = ...` later in the function
 * starts a new value; branches are not told apart.
 */

export const WRITE_METHODS = new Set(['add', 'add_all', 'delete']);
/** Callees that never lead to project code; left out of the call list to keep the facts small. */
export const NOT_PROJECT_CALLS = new Set([
  'print', 'len', 'str', 'int', 'float', 'bool', 'list', 'dict', 'set', 'tuple', 'isinstance', 'range', 'enumerate', 'zip',
  'sorted', 'min', 'max', 'sum', 'any', 'all', 'getattr', 'setattr', 'hasattr', 'super', 'format', 'append', 'extend',
  'items', 'keys', 'values', 'join', 'split', 'strip', 'lower', 'upper', 'replace', 'startswith', 'endswith', 'pop',
  'debug', 'info', 'warning', 'error', 'exception', 'isoformat', 'encode', 'decode', 'where', 'filter', 'filter_by',
  'order_by', 'limit', 'offset', 'options', 'scalars', 'scalar', 'scalar_one', 'scalar_one_or_none', 'first', 'one',
  'one_or_none', 'execute', 'select', 'Column', 'mapped_column', 'relationship', 'Field', 'Depends',
]);
export const SESSION_FACTORY = /^(Session|AsyncSession|SessionLocal|AsyncSessionLocal|[Aa]sync_?[Ss]ession(_?[Mm]aker|_?[Ff]actory|_?[Ll]ocal)?|[Ss]ession_?([Mm]aker|[Ff]actory|[Ll]ocal)|session_factory|async_session_factory)$/;
/** HTTP clients, browsers and websockets have sessions too. */
export const NOT_A_DATABASE_SESSION = /client|http|aiohttp|requests|browser|websocket|(^|[._])ws($|[._])/i;
/** True when a receiver (as written) names a database session: `session`, `db`, `self._session`, `db.session`... */
export function looksLikeSession(receiver: string): boolean {
  if (NOT_A_DATABASE_SESSION.test(receiver)) return false;
  const last = receiver.split('.').pop()!;
  return /^_*(session|db|sess|s|async_session|db_session|dbsession|database|uow)$/.test(last) || /_session$/.test(last) || receiver.endsWith('db.session');
}

interface SessionScope {
  name: string;
  start: number;
  end: number;
  /** Closed when the scope ends (a `with` block); assigned sessions close only on `close()`. */
  closesAtEnd: boolean;
  factory: string;
  sqlalchemy: boolean;
  /** `with Session.begin() as s`: the block commits on success. */
  commits: boolean;
}

interface Event {
  name: string;
  at: number;
  until?: number;
  binding?: number;
  statement?: StatementShape;
}

interface AttributeRead {
  binding: number;
  attribute: string;
  variable: string;
  at: number;
  line: number;
}

interface Binding {
  fact: BindingFact;
  /** The load this binding's objects come from (itself, or what a loop iterates). */
  root?: Binding;
  load?: LoadShapeInfo;
  at: number;
  closedFrom?: number;
  /** Returning from inside this range leaves the session closed for the caller. */
  closingRanges: [number, number][];
  touched: Set<string>;
  /** attribute -> position from which it is loaded (refresh(obj, [...]), awaitable_attrs). */
  preloaded: Map<string, number>;
  /** Where `session.add(obj)` attached the object to a session again. */
  attachedFrom?: number;
}

/** Session methods that load, with the receiver before them: `self.session.get(`. */
const SESSION_CALL = /([A-Za-z_][\w.]*)\s*\.\s*(?:get|query|execute|scalars?|exec)\s*\(/g;
/** The variable an expression starts from: `result` in `(await result.scalars()).all()`. */
const LEADING_NAME = /^[(\s]*(?:await\s+)?[(\s]*([A-Za-z_]\w*)\s*\./;

export class FunctionReader {
  private readonly node: SyntaxNode;
  private readonly scopes: SessionScope[] = [];
  private readonly closes = new Map<string, { at: number; tryRange?: [number, number] }[]>();
  private sessionParams?: Set<string>;
  private source?: string;
  private readonly events = new Map<string, Event[]>();
  private readonly bindings: Binding[] = [];
  private readonly scope: LoadScope;

  constructor(
    private readonly scan: FileScan,
    private readonly unit: Unit,
  ) {
    this.node = unit.info.node;
    this.scope = {
      statementAt: (name, at) => this.eventAt(name, at)?.statement,
      loadAt: (name, at) => {
        const index = this.eventAt(name, at)?.binding;
        return index === undefined ? undefined : this.bindings[index]!.load;
      },
      isSession: (receiver) => this.isSession(receiver),
      isSelect: (callee) => this.scan.selectNames.has(callee),
    };
    this.readSessions();
  }

  private ownScopeAt(at: number): boolean {
    return !this.unit.info.nested.some(([start, end]) => at >= start && at < end);
  }

  /** Parameters annotated `Session`/`AsyncSession`, read when first needed. */
  private parameters(): Set<string> {
    if (this.sessionParams) return this.sessionParams;
    this.sessionParams = new Set();
    const parameters = this.node.childForFieldName('parameters');
    if (!parameters || !/Session/.test(parameters.text)) return this.sessionParams;
    for (const parameter of parameters.namedChildren) {
      if (parameter.type !== 'typed_parameter' && parameter.type !== 'typed_default_parameter') continue;
      const type = parameter.childForFieldName('type')?.text ?? '';
      const nameNode = parameter.type === 'typed_default_parameter' ? parameter.childForFieldName('name') : parameter.namedChildren.find((child) => child.type === 'identifier');
      if (nameNode && /\b(Async)?Session\b/.test(type) && !NOT_A_DATABASE_SESSION.test(type)) this.sessionParams.add(nameNode.text);
    }
    return this.sessionParams;
  }

  private isSession(receiver: string): boolean {
    if (NOT_A_DATABASE_SESSION.test(receiver)) return false;
    return looksLikeSession(receiver) || this.scopes.some((scope) => scope.name === receiver) || this.parameters().has(receiver);
  }

  private eventAt(name: string, at: number): Event | undefined {
    let found: Event | undefined;
    for (const event of this.events.get(name) ?? []) {
      if (event.at < at && (!found || event.at >= found.at)) found = event;
    }
    if (found?.until !== undefined && at >= found.until) return undefined;
    return found;
  }

  private addEvent(event: Event): void {
    const list = this.events.get(event.name) ?? [];
    list.push(event);
    this.events.set(event.name, list);
  }

  // -------------------------------------------------------------------------------------------
  // Sessions opened here, and when they close

  private readSessions(): void {
    for (const statement of this.unit.ownStructure) {
      if (statement.type !== 'with_statement' || !/\bas\b/.test(statement.text.slice(0, 400))) continue;
      const clause = statement.namedChildren.find((child) => child.type === 'with_clause');
      const body = statement.childForFieldName('body');
      for (const item of clause ? clause.namedChildren : []) {
        const value = item.childForFieldName('value');
        if (value?.type !== 'as_pattern') continue;
        const call = value.namedChildren[0];
        const alias = value.childForFieldName('alias');
        const target = alias ? alias.namedChildren[0] : undefined;
        if (call?.type !== 'call' || target?.type !== 'identifier' || !body) continue;
        const callee = this.scan.callee(call);
        const factory = callee.text ?? '';
        const last = callee.last ?? '';
        // `engine.connect()` / `engine.begin()` give Core connections, and HTTP clients are sessions of another kind.
        if (last === 'connect' || NOT_A_DATABASE_SESSION.test(factory) || (last === 'begin' && /engine/i.test(factory)) || unboundSession(call, last)) continue;
        this.scopes.push({ name: target.text, start: body.startIndex, end: statement.endIndex, closesAtEnd: true, factory, sqlalchemy: this.scan.fromSqlAlchemy(callee), commits: last === 'begin' });
      }
    }
    const opensSessions = /[Ss]ession|sessionmaker/.test(this.text());
    for (const assignment of opensSessions ? this.unit.ownAssignments : []) {
      const right = assignment.childForFieldName('right');
      if (right?.type !== 'call') continue;
      const callee = this.scan.callee(right);
      const inner = callee.text ? undefined : right.childForFieldName('function');
      const factoryCall = inner?.type === 'call' && /^(async_)?sessionmaker$/.test(this.scan.callee(inner).last ?? '');
      if (!factoryCall && !(callee.last && SESSION_FACTORY.test(callee.last) && !unboundSession(right, callee.last))) continue;
      const left = assignment.childForFieldName('left');
      if (left?.type !== 'identifier') continue;
      this.scopes.push({
        name: left.text,
        start: assignment.endIndex,
        end: this.node.endIndex,
        closesAtEnd: false,
        factory: factoryCall ? 'sessionmaker' : (callee.text ?? callee.last!),
        sqlalchemy: factoryCall || this.scan.fromSqlAlchemy(callee),
        commits: false,
      });
    }
    for (const call of this.text().includes('close') ? this.unit.ownCalls : []) {
      const { last, receiver } = this.scan.callee(call);
      if (last !== 'close' || !receiver) continue;
      const list = this.closes.get(receiver) ?? [];
      const tryRange = finallyTry(call, this.node);
      list.push({ at: call.endIndex, ...(tryRange ? { tryRange } : {}) });
      this.closes.set(receiver, list);
    }
  }

  /** When a load through `session` at `at` stops being attached, and the ranges a return would close it from. */
  private closing(session: string, at: number): { closedFrom?: number; ranges: [number, number][] } {
    const scope = this.scopes.find((candidate) => candidate.name === session && candidate.closesAtEnd && at >= candidate.start && at < candidate.end);
    if (scope) return { closedFrom: scope.end, ranges: [[scope.start, scope.end]] };
    const close = (this.closes.get(session) ?? []).filter((candidate) => candidate.at > at).sort((a, b) => a.at - b.at)[0];
    if (!close) return { ranges: [] };
    const ranges: [number, number][] = close.tryRange && at >= close.tryRange[0] && at < close.tryRange[1] ? [close.tryRange] : [];
    return { closedFrom: close.at, ranges };
  }

  // -------------------------------------------------------------------------------------------
  // Writes

  writes(): WriteFact[] {
    const writes: WriteFact[] = [];
    for (const call of this.unit.calls) {
      const { last: method, receiver } = this.scan.callee(call);
      if (!method || !WRITE_METHODS.has(method) || !receiver || !this.isSessionForWrites(receiver, method)) continue;
      const args = callArguments(call);
      if (args.positional.length !== 1 || args.keywords.size > 0 || args.positional[0]!.type === 'string' || stringValue(args.positional[0]) !== undefined) continue;
      const write: WriteFact = { line: lineOf(call), method: method as WriteFact['method'], session: receiver };
      const scope = this.scopes.find((candidate) => candidate.name === receiver && call.startIndex >= candidate.start && call.startIndex < candidate.end);
      if (scope) write.local = { factory: scope.factory, sqlalchemy: scope.sqlalchemy, committed: scope.commits || this.unitCommits(scope) };
      writes.push(write);
    }
    return writes;
  }

  private isSessionForWrites(receiver: string, method: string): boolean {
    if (receiver.endsWith('db.session') || this.parameters().has(receiver)) return true;
    if (NOT_A_DATABASE_SESSION.test(receiver)) return false;
    // `session.delete(url)` is just as often aiohttp's or requests': deletes need a SQLAlchemy import.
    if (method === 'delete' && !this.scan.sqlAlchemyFile) return false;
    return this.scopes.some((scope) => scope.name === receiver) || looksLikeSession(receiver);
  }

  /**
   * Whether a session opened here is committed within this function, or handed to code that may
   * commit it: anything named commit, `with ... .begin()`, or the session passed on, returned,
   * yielded or stored.
   */
  private unitCommits(scope: SessionScope): boolean {
    const text = this.scan.context.text.slice(scope.start, scope.end);
    if (/\bcommit\w*\s*\(|\.begin\s*\(/.test(text)) return true;
    // Rolled back or expunged on purpose, or used to inspect pending objects: not meant to be saved.
    if (new RegExp(`\\b${scope.name}\\s*\\.\\s*(rollback|expunge\\w*|new|dirty|deleted)\\b`).test(text)) return true;
    const escapes = new RegExp(`(?<![\\w.])${scope.name}(?!\\s*[.\\w])`, 'g');
    return escapes.test(text);
  }

  // -------------------------------------------------------------------------------------------
  // Bindings, reads, returns

  readBindings(fact: SessionFunctionFact): void {
    const steps = [...this.unit.ownAssignments, ...this.unit.ownStructure.filter((node) => node.type !== 'with_statement')].sort((a, b) => a.startIndex - b.startIndex);
    const returns: { node: SyntaxNode; binding: number }[] = [];
    for (const step of steps) {
      if (step.type === 'assignment') this.readAssignment(step);
      else if (step.type === 'for_statement') this.readLoop(step.childForFieldName('left'), step.childForFieldName('right'), step.childForFieldName('body')?.startIndex ?? step.endIndex, step.endIndex);
      else if (step.type === 'for_in_clause') {
        const comprehension = step.parent;
        if (comprehension) this.readLoop(step.childForFieldName('left'), step.childForFieldName('right'), comprehension.startIndex, comprehension.endIndex);
      } else if (step.type === 'return_statement') {
        const value = step.namedChildren[0];
        const binding = value ? this.bindingOfValue(value, step.startIndex) : undefined;
        if (binding !== undefined) returns.push({ node: step, binding });
      }
    }
    this.readRefreshes();
    const reads = this.readAttributes();
    this.emit(fact, reads, returns);
  }

  private newBinding(fact: BindingFact, at: number, load?: LoadShapeInfo, root?: Binding): number {
    const binding: Binding = { fact, at, closingRanges: [], touched: new Set(), preloaded: new Map(), ...(load ? { load } : {}) };
    binding.root = root ?? (fact.kind === 'load' ? binding : undefined);
    if (fact.kind === 'load' && load) {
      const closing = this.closing(load.session, at);
      if (closing.closedFrom !== undefined) binding.closedFrom = closing.closedFrom;
      binding.closingRanges = closing.ranges;
    }
    this.bindings.push(binding);
    return this.bindings.length - 1;
  }

  private loadBinding(load: LoadShapeInfo, node: SyntaxNode): number {
    const fact: BindingFact = { kind: 'load', line: lineOf(node), model: load.model, shape: load.shape, ...(load.eager.length > 0 ? { eager: load.eager } : {}), ...(load.eagerAll ? { eagerAll: true } : {}), ...(load.awaited ? { awaited: true } : {}) };
    return this.newBinding(fact, node.startIndex, load);
  }

  /** The binding an expression evaluates to: a variable, a load, a call, or `items[0]`. */
  private bindingOfValue(value: SyntaxNode, at: number, text = value.text, knownLoad?: LoadShapeInfo | null): number | undefined {
    const expression = unwrap(value);
    if (expression.type === 'identifier') return this.eventAt(expression.text, at)?.binding;
    if (expression.type === 'subscript') {
      const object = expression.childForFieldName('value');
      const of = object?.type === 'identifier' ? this.eventAt(object.text, at)?.binding : undefined;
      return of === undefined ? undefined : this.elementOf(of, expression);
    }
    // Most values are no query: the text says so without walking the expression.
    // `knownLoad`: the caller already asked loadOf about this value (null: not a load).
    const load = this.mayLoad(text, at) ? (knownLoad === undefined ? loadOf(expression, this.scope) : (knownLoad ?? undefined)) : undefined;
    if (load) return this.loadBinding(load, expression);
    const call = expression.type === 'await' ? expression.namedChildren[0] : expression;
    if (call?.type !== 'call') return undefined;
    const { text: callee, last = '' } = this.scan.callee(call);
    // Constructors and builtins do not hand back loaded objects.
    // Nor does a bare name no import or definition of this file gives (FunctionIndex.resolve cannot follow it).
    if (!callee || /^[A-Z]/.test(last) || NOT_PROJECT_CALLS.has(last) || !this.scan.mayReachProject(callee)) return undefined;
    return this.newBinding({ kind: 'call', callee, ...(expression.type === 'await' ? { awaited: true as const } : {}) }, call.startIndex);
  }

  /**
   * Whether an expression's text can be a load at all: a call of a loading method on a session, a
   * Flask-SQLAlchemy `Model.query`, or a chain on a variable holding a result or a query.
   */
  private mayLoad(text: string, at: number): boolean {
    if (/\b[A-Z]\w*\s*\.\s*query\b/.test(text) || this.startsFrom(text, at, 'binding')) return true;
    for (const match of text.matchAll(SESSION_CALL)) if (this.isSession(match[1]!)) return true;
    return false;
  }

  private startsFrom(text: string, at: number, kind: 'binding' | 'statement'): boolean {
    const name = LEADING_NAME.exec(text)?.[1];
    return name !== undefined && this.eventAt(name, at)?.[kind] !== undefined;
  }

  private elementOf(of: number, node: SyntaxNode): number | undefined {
    const source = this.bindings[of]!;
    if (source.fact.kind === 'load' && !yieldsObjects(source.fact.shape)) return undefined;
    if (source.fact.kind === 'element') return undefined;
    return this.newBinding({ kind: 'element', of }, node.startIndex, source.load, source.root);
  }

  private readAssignment(assignment: SyntaxNode): void {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (!left || !right) return;
    if (left.type !== 'identifier') {
      // `a, b = ...` rebinds a and b; `user.posts = ...` and `items[0] = ...` rebind nothing.
      for (const target of boundNames(left)) this.addEvent({ name: target, at: assignment.endIndex });
      return;
    }
    const at = assignment.endIndex;
    const text = right.text;
    const mayQuery = right.type === 'identifier' || (right.type === 'call' && (/\bselect\s*\(/.test(text) || this.startsFrom(text, at, 'statement')));
    const statement = mayQuery ? statementOf(right, this.scope) : undefined;
    const load = statement ? (loadOf(right, this.scope) ?? null) : undefined;
    if (statement && !load) {
      this.addEvent({ name: left.text, at, statement });
      return;
    }
    const binding = this.bindingOfValue(right, assignment.startIndex, text, load);
    this.addEvent({ name: left.text, at, ...(binding !== undefined ? { binding } : {}) });
  }

  private readLoop(left: SyntaxNode | null, right: SyntaxNode | null, from: number, until: number): void {
    if (!left || !right) return;
    if (left.type !== 'identifier') {
      for (const target of boundNames(left)) this.addEvent({ name: target, at: from, until });
      return;
    }
    const iterated = this.bindingOfValue(right, right.startIndex);
    const element = iterated === undefined ? undefined : this.elementOf(iterated, left);
    this.addEvent({ name: left.text, at: from, until, ...(element !== undefined ? { binding: element } : {}) });
  }

  /**
   * `session.refresh(user, ["posts"])` / `attribute_names=[...]` loads those attributes;
   * `session.add(user)` attaches a detached object to a session again.
   */
  private readRefreshes(): void {
    for (const call of this.unit.ownCalls) {
      const { last: method, receiver } = this.scan.callee(call);
      if ((method !== 'refresh' && method !== 'add') || !receiver || !this.isSession(receiver)) continue;
      const args = callArguments(call);
      const target = args.positional[0];
      if (target?.type !== 'identifier') continue;
      const binding = this.eventAt(target.text, call.startIndex)?.binding;
      const held = binding === undefined ? undefined : this.bindings[binding]!;
      if (!held) continue;
      if (method === 'add') {
        held.attachedFrom ??= call.endIndex;
        continue;
      }
      for (const attribute of stringList(args.positional[1] ?? args.keywords.get('attribute_names')) ?? []) {
        held.preloaded.set(attribute, call.startIndex);
        held.root?.touched.add(attribute);
      }
    }
  }

  /**
   * `var.attr` for every variable holding a binding: found in the function's text, then confirmed
   * on the tree, so no attribute node is walked that could not matter.
   */
  private readAttributes(): AttributeRead[] {
    const names = [...this.events.entries()].filter(([, events]) => events.some((event) => event.binding !== undefined)).map(([name]) => name);
    if (names.length === 0) return [];
    const pattern = new RegExp(`(?<![\\w.])(${names.join('|')})\\s*\\.\\s*([A-Za-z_]\\w*)(\\s*(?:\\(|=(?!=)|\\.\\s*([A-Za-z_]\\w*))?)`, 'g');
    const start = this.node.startIndex;
    const body = this.text();
    const lambdas = body.includes('lambda');
    const reads: AttributeRead[] = [];
    for (const match of body.matchAll(pattern)) {
      const [, variable, attribute, after, next] = match as unknown as [string, string, string, string, string | undefined];
      // A method call (`user.save()`), an assignment (`user.posts = []`), a key column: not a relationship read.
      if (after.endsWith('(') || after.endsWith('=') || attribute === 'id' || attribute.endsWith('_id')) continue;
      const at = start + match.index;
      if (!this.ownScopeAt(at)) continue;
      // Text in strings and comments is not code: the tree has an identifier here only in code.
      const identifier = this.scan.context.root.descendantForIndex(at);
      if (identifier?.type !== 'identifier' || (lambdas && insideLambda(identifier, this.node))) continue;
      const binding = this.eventAt(variable, at)?.binding;
      const fact = binding === undefined ? undefined : this.bindings[binding]!.fact;
      // Reads on a Result or a list are method calls, not attributes of a mapped object.
      if (binding === undefined || (fact?.kind === 'load' && fact.shape !== 'one')) continue;
      if (attribute === 'awaitable_attrs') {
        if (next) {
          this.bindings[binding]!.preloaded.set(next, at);
          this.bindings[binding]!.root?.touched.add(next);
        }
        continue;
      }
      reads.push({ binding, attribute, variable, at, line: identifier.startPosition.row + 1 });
    }
    return reads;
  }

  /** The function's source text, sliced once. */
  private text(): string {
    this.source ??= this.scan.context.text.slice(this.node.startIndex, this.node.endIndex);
    return this.source;
  }

  private emit(fact: SessionFunctionFact, reads: readonly AttributeRead[], returns: { node: SyntaxNode; binding: number }[]): void {
    const bindings: BindingFact[] = [];
    const readFacts: ReadFact[] = [];
    const returnFacts: ReturnFact[] = [];
    const kept = new Map<number, number>();
    const keep = (index: number): number => {
      const existing = kept.get(index);
      if (existing !== undefined) return existing;
      const binding = this.bindings[index]!;
      const copy: BindingFact = binding.fact.kind === 'element' ? { ...binding.fact, of: keep(binding.fact.of) } : { ...binding.fact };
      bindings.push(copy);
      kept.set(index, bindings.length - 1);
      return bindings.length - 1;
    };
    // One read per variable, attribute and session state is enough to report: later ones repeat it.
    const seen = new Set<string>();
    for (const read of reads) {
      const binding = this.bindings[read.binding]!;
      const at = read.at;
      const preloadedAt = binding.preloaded.get(read.attribute) ?? binding.root?.preloaded.get(read.attribute);
      if (preloadedAt !== undefined && preloadedAt < at) continue;
      const root = binding.root;
      const attached = binding.attachedFrom !== undefined && binding.attachedFrom < at;
      const closed = !attached && root?.closedFrom !== undefined && at >= root.closedFrom;
      if (root && !closed) root.touched.add(read.attribute);
      const key = `${read.binding}.${read.attribute}.${closed}.${attached}`;
      if (seen.has(key)) continue;
      seen.add(key);
      readFacts.push({
        binding: keep(read.binding),
        attribute: read.attribute,
        variable: read.variable,
        line: read.line,
        ...(closed ? { closed: true as const } : {}),
        ...(attached ? { attached: true as const } : {}),
      });
    }
    for (const { node, binding: index } of returns) {
      const root = this.bindings[index]!.root;
      const at = node.startIndex;
      const closed = root?.closedFrom !== undefined && (at >= root.closedFrom || root.closingRanges.some(([start, end]) => at >= start && at < end));
      returnFacts.push({ binding: keep(index), ...(closed ? { closed: true as const } : {}) });
    }
    // Attributes read while the session was open are loaded for whoever gets the objects later.
    for (const [index, position] of kept) {
      const binding = this.bindings[index]!;
      const copy = bindings[position]!;
      if (copy.kind === 'load' && binding.touched.size > 0) copy.touched = [...binding.touched];
    }
    if (bindings.length > 0) fact.bindings = bindings;
    if (readFacts.length > 0) fact.reads = readFacts;
    if (returnFacts.length > 0) fact.returns = returnFacts;
  }
}

/** Names an assignment or loop target binds: `a`, `a, b`, `(a, [b, *c])`; none for `x.attr` or `x[i]`. */
function boundNames(target: SyntaxNode): string[] {
  if (target.type === 'identifier') return [target.text];
  if (target.type === 'list_splat_pattern') return target.namedChildren.flatMap(boundNames);
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'parenthesized_expression'].includes(target.type)) return target.namedChildren.flatMap(boundNames);
  return [];
}

/** `Session()` / `AsyncSession()` without an engine: a scratch session that cannot write anywhere. */
function unboundSession(call: SyntaxNode, last: string): boolean {
  if (last !== 'Session' && last !== 'AsyncSession') return false;
  const args = call.childForFieldName('arguments');
  return !args || args.namedChildren.every((argument) => argument.type === 'comment');
}

/** The try statement whose `finally:` holds `node`, as a range, when there is one inside `fn`. */
function finallyTry(node: SyntaxNode, fn: SyntaxNode): [number, number] | undefined {
  for (let current = node.parent; current && current.id !== fn.id; current = current.parent) {
    if (current.type === 'finally_clause' && current.parent?.type === 'try_statement') return [current.parent.startIndex, current.parent.endIndex];
  }
  return undefined;
}

function insideLambda(node: SyntaxNode, fn: SyntaxNode): boolean {
  for (let current = node.parent; current && current.id !== fn.id; current = current.parent) if (current.type === 'lambda') return true;
  return false;
}
