import type { SyntaxNode } from '../../source/syntax-tree.js';
import { callArguments, dottedName, stringValue } from '../../source/python/syntax.js';

/**
 * Reads SQLAlchemy query expressions of one function, as written: which mapped class a statement
 * selects, which relationships its loader options load eagerly, and what a session call hands
 * back (a Result, ScalarResult, legacy Query, a list of objects or one object). Only names are
 * recorded; whether `User` is a mapped class and `posts` a relationship is decided later, from
 * the model facts of the whole project.
 */

/** What a statement selects and which relationship attributes its options load. */
export interface StatementShape {
  /** The selected class as written (`User`, `models.User` -> `models.User`). */
  model: string;
  /** Relationship attribute names named by an eager (or deliberately non-lazy) loader option. */
  eager: string[];
  /** A wildcard option, or options this reader cannot see into: anything may be loaded. */
  eagerAll?: true;
}

/**
 * What an expression evaluates to: `result` (Result rows), `scalars` (a ScalarResult), `query`
 * (a legacy Query), `many` (a list of objects) or `one` (an object).
 */
export type LoadShape = 'result' | 'scalars' | 'query' | 'many' | 'one';

export interface LoadShapeInfo extends StatementShape {
  shape: LoadShape;
  /** Some step of the chain was awaited: the session is an AsyncSession. */
  awaited?: true;
  /** The session the objects were loaded through, as written (`session`, `self.db`); `Model.query` for Flask-SQLAlchemy. */
  session: string;
}

/** What the reader needs from the function it reads in. */
export interface LoadScope {
  /** A statement bound to a variable before `at` (`stmt = select(User)...`). */
  statementAt(name: string, at: number): StatementShape | undefined;
  /** A Result/ScalarResult/Query bound to a variable before `at` (`result = await session.execute(...)`). */
  loadAt(name: string, at: number): LoadShapeInfo | undefined;
  /** True when the receiver (as written) is a SQLAlchemy session here. */
  isSession(receiver: string): boolean;
  /** True when `select` (as called, `select` or `sa.select`) is SQLAlchemy's or SQLModel's. */
  isSelect(callee: string): boolean;
}

/** Options that load the named relationship (or make reading it deliberately not lazy). */
const LOADING_OPTIONS = new Set(['joinedload', 'selectinload', 'subqueryload', 'immediateload', 'contains_eager', 'raiseload', 'noload']);
/** Options that leave relationships as they are (or load columns only). */
const NEUTRAL_OPTIONS = new Set([
  'defaultload', 'lazyload', 'load_only', 'defer', 'undefer', 'undefer_group', 'with_expression', 'selectin_polymorphic', 'Load',
  'with_loader_criteria', 'joinedload_all', 'selectinload_all',
]);
/** Statement methods that keep the selected entity. */
const STATEMENT_STEPS = new Set([
  'where', 'filter', 'filter_by', 'order_by', 'limit', 'offset', 'join', 'outerjoin', 'join_from', 'select_from', 'distinct',
  'group_by', 'having', 'execution_options', 'with_for_update', 'params', 'options', 'slice', 'fetch', 'correlate',
]);
/** Legacy Query methods that keep it a Query of the same entity. */
const QUERY_STEPS = new Set([...STATEMENT_STEPS, 'populate_existing', 'yield_per', 'enable_eagerloads', 'autoflush', 'with_parent']);
const QUERY_ONE = new Set(['first', 'one', 'one_or_none', 'scalar', 'get', 'get_or_404', 'first_or_404', 'one_or_404']);
const QUERY_MANY = new Set(['all']);
const RESULT_ONE = new Set(['scalar_one', 'scalar_one_or_none', 'scalar']);
const SCALARS_ONE = new Set(['first', 'one', 'one_or_none']);
const SCALARS_MANY = new Set(['all', 'fetchall']);

/** Parentheses around an expression, which the reader looks through. */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildren.length === 1) current = current.namedChildren[0]!;
  return current;
}

/** `User` or `models.User` starting with a capital: what a mapped class looks like when selected. */
function entityName(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const name = dottedName(node);
  if (!name || !/^[A-Z]/.test(name.split('.').pop()!)) return undefined;
  return name;
}

/** The statement an expression is: `select(User)...` or a variable holding one. */
export function statementOf(node: SyntaxNode, scope: LoadScope): StatementShape | undefined {
  const expression = unwrap(node);
  if (expression.type === 'identifier') return scope.statementAt(expression.text, expression.startIndex);
  if (expression.type !== 'call') return undefined;
  const callee = expression.childForFieldName('function');
  if (!callee) return undefined;
  const calleeText = dottedName(callee);
  if (calleeText && scope.isSelect(calleeText)) {
    const model = entityName(callArguments(expression).positional[0]);
    return model ? { model, eager: [] } : undefined;
  }
  if (callee.type !== 'attribute') return undefined;
  const step = callee.childForFieldName('attribute')?.text ?? '';
  if (!STATEMENT_STEPS.has(step)) return undefined;
  const inner = statementOf(callee.childForFieldName('object')!, scope);
  if (!inner || step !== 'options') return inner;
  return withOptions(inner, callArguments(expression).positional);
}

function withOptions<T extends StatementShape>(shape: T, options: readonly SyntaxNode[]): T {
  const eager = new Set(shape.eager);
  let all = shape.eagerAll === true;
  for (const option of options) {
    const read = readOption(option);
    read.names.forEach((name) => eager.add(name));
    if (read.all) all = true;
  }
  return { ...shape, eager: [...eager], ...(all ? { eagerAll: true as const } : {}) };
}

/**
 * One loader option: `selectinload(User.posts)`, `joinedload(User.posts).selectinload(Post.tags)`,
 * `orm.joinedload("posts")`, `Load(User).joinedload(...)`, `selectinload("*")`. A variable, a
 * starred list or a call this reader does not know counts as loading everything, so an option it
 * cannot see into never produces a finding.
 */
function readOption(node: SyntaxNode): { names: string[]; all: boolean } {
  const expression = unwrap(node);
  if (expression.type !== 'call') return { names: [], all: true };
  const callee = expression.childForFieldName('function');
  if (!callee) return { names: [], all: true };
  let strategy: string | undefined;
  let before: { names: string[]; all: boolean } = { names: [], all: false };
  if (callee.type === 'identifier') strategy = callee.text;
  else if (callee.type === 'attribute') {
    strategy = callee.childForFieldName('attribute')?.text;
    const object = callee.childForFieldName('object')!;
    // `a(...).b(...)`: a chained option; `orm.b(...)` / `sa.orm.b(...)`: a qualified name.
    if (unwrap(object).type === 'call') before = readOption(object);
  }
  if (!strategy) return { names: [], all: true };
  if (NEUTRAL_OPTIONS.has(strategy)) return before;
  if (!LOADING_OPTIONS.has(strategy)) return { names: before.names, all: true };
  const names = [...before.names];
  let all = before.all;
  for (const path of callArguments(expression).positional) {
    const target = pathName(path);
    if (target === '*' || target === undefined) all = true;
    else names.push(...target.split('.'));
  }
  return { names, all };
}

/** `User.posts`, `User.posts.of_type(X)`, `User.posts.and_(...)` -> `posts`; `"posts"` -> `posts`. */
function pathName(node: SyntaxNode): string | undefined {
  let expression = unwrap(node);
  const literal = stringValue(expression);
  if (literal !== undefined) return literal;
  while (expression.type === 'call') {
    const callee = expression.childForFieldName('function');
    if (callee?.type !== 'attribute') return undefined;
    expression = callee.childForFieldName('object')!;
  }
  if (expression.type !== 'attribute') return undefined;
  return expression.childForFieldName('attribute')?.text;
}

/**
 * What an expression loads through a session, following method chains and `await`:
 *
 *   session.get(User, id)                                   -> one
 *   session.scalars(select(User)).all()                     -> many
 *   (await session.execute(stmt)).scalars().first()          -> one, awaited
 *   session.query(User).options(joinedload(User.posts))      -> query
 *   result.scalar_one()          (result bound earlier)      -> one
 *   User.query.filter_by(name=n).all()                       -> many (Flask-SQLAlchemy)
 */
export function loadOf(node: SyntaxNode, scope: LoadScope): LoadShapeInfo | undefined {
  const expression = unwrap(node);
  if (expression.type === 'await') {
    const inner = expression.namedChildren[0];
    const load = inner ? loadOf(inner, scope) : undefined;
    return load ? { ...load, awaited: true } : undefined;
  }
  if (expression.type === 'identifier') return scope.loadAt(expression.text, expression.startIndex);
  // Flask-SQLAlchemy's `User.query` property is a Query on the request-scoped session.
  if (expression.type === 'attribute' && expression.childForFieldName('attribute')?.text === 'query') {
    const model = entityName(expression.childForFieldName('object') ?? undefined);
    return model && !model.includes('.') ? { model, eager: [], shape: 'query', session: `${model}.query` } : undefined;
  }
  if (expression.type !== 'call') return undefined;
  const callee = expression.childForFieldName('function');
  if (callee?.type !== 'attribute') return undefined;
  const method = callee.childForFieldName('attribute')?.text ?? '';
  const object = callee.childForFieldName('object')!;
  const receiver = dottedName(object);
  if (receiver && scope.isSession(receiver)) {
    const fromSession = sessionCall(expression, method, receiver, scope);
    if (fromSession) return fromSession;
  }
  const inner = loadOf(object, scope);
  if (!inner) return undefined;
  const next = nextShape(inner.shape, method);
  if (!next) return undefined;
  if (next === 'query' && method === 'options') return withOptions({ ...inner, shape: next }, callArguments(expression).positional);
  return { ...inner, shape: next };
}

function sessionCall(call: SyntaxNode, method: string, session: string, scope: LoadScope): LoadShapeInfo | undefined {
  const args = callArguments(call);
  if (method === 'get') {
    const model = entityName(args.positional[0]);
    if (!model || args.positional.length < 2) return undefined;
    const options = args.keywords.get('options');
    const shape: LoadShapeInfo = { model, eager: [], shape: 'one', session };
    if (!options) return shape;
    return options.type === 'list' || options.type === 'tuple' ? withOptions(shape, options.namedChildren) : { ...shape, eagerAll: true };
  }
  if (method === 'query') {
    // `query(User, Post)` returns tuples, not objects.
    const model = args.positional.length === 1 ? entityName(args.positional[0]) : undefined;
    return model ? { model, eager: [], shape: 'query', session } : undefined;
  }
  const shapes: Record<string, LoadShape> = { execute: 'result', scalars: 'scalars', exec: 'scalars', scalar: 'one' };
  const shape = shapes[method];
  const first = args.positional[0];
  if (!shape || !first) return undefined;
  const statement = statementOf(first, scope);
  return statement ? { ...statement, shape, session } : undefined;
}

function nextShape(shape: LoadShape, method: string): LoadShape | undefined {
  switch (shape) {
    case 'result':
      if (method === 'scalars') return 'scalars';
      if (method === 'unique') return 'result';
      return RESULT_ONE.has(method) ? 'one' : undefined;
    case 'scalars':
      if (method === 'unique') return 'scalars';
      if (SCALARS_MANY.has(method)) return 'many';
      return SCALARS_ONE.has(method) ? 'one' : undefined;
    case 'query':
      if (QUERY_STEPS.has(method)) return 'query';
      if (QUERY_MANY.has(method)) return 'many';
      return QUERY_ONE.has(method) ? 'one' : undefined;
    default:
      return undefined;
  }
}

/** Shapes whose iteration yields mapped objects. */
export function yieldsObjects(shape: LoadShape): boolean {
  return shape === 'many' || shape === 'scalars' || shape === 'query';
}
