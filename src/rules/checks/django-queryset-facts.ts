import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { callArguments, dottedName, lineOf, stringValue } from '../../source/python/syntax.js';

/**
 * Loops over Django query sets in code that serves a request, with what each row touches, gathered
 * in the parse worker for the N+1 check: `for post in Post.objects.filter(...)` (also comprehensions,
 * `enumerate(...)`, and a variable assigned the query set earlier in the function), the lookups
 * `select_related`/`prefetch_related` cover, and the attribute chains read from the loop variable
 * (`post.author.name`, `post.comments.all()`). Which attributes are relations is only known once
 * every model file is read, so the check decides.
 *
 * Request-serving code: a function with a `request` parameter, a method of a view class (a base
 * named `...View`, `...ViewSet`, `...Mixin`), a template tag (`@register....`), a function that
 * renders (`render`, `render_to_string`, `TemplateResponse`, `JsonResponse`, `Response`), and what
 * is nested in them.
 */
export const DJANGO_ROW_LOOPS = 'django-row-loops';

export interface DjangoRowLoopFact {
  line: number;
  /** The loop variable. */
  variable: string;
  /** The model as written before `.objects` (`Post`, `blog.Post`). */
  model: string;
  /** Lookups of `select_related(...)`; `all` for `select_related()` without arguments. */
  selectRelated: string[] | 'all';
  /** Lookups of `prefetch_related(...)` (`Prefetch("comments", ...)` included) and their `to_attr`. */
  prefetchRelated: string[];
  /** A `select_related`/`prefetch_related` argument that is not a literal: any relation may be covered. */
  coverageUnknown?: boolean;
  accesses: DjangoRowAccess[];
}

export interface DjangoRowAccess {
  line: number;
  /** Attribute names after the loop variable: `post.author.name` -> [author, name]. */
  path: string[];
  /** True when the last attribute is called (`post.comments.all()`). */
  called: boolean;
}

/** Query set methods that return a query set of model rows. */
const ROW_METHODS = new Set([
  'all', 'filter', 'exclude', 'order_by', 'select_related', 'prefetch_related', 'distinct', 'only', 'defer', 'annotate',
  'alias', 'using', 'iterator', 'reverse', 'select_for_update', 'extra', 'complex_filter',
]);
const MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);
const RENDERERS = /\b(render|render_to_string|render_to_response|TemplateResponse|JsonResponse|Response)\(/;
const VIEW_BASES = /(View|ViewSet|Mixin)$/;
const MAX_PATH = 4;
const MANAGER_CHAIN = /\b[A-Z]\w*\.(objects|_default_manager|_base_manager)\.\w+\(/;

export function addDjangoQuerysetFacts(context: ExtractContext): void {
  const { text, root } = context;
  // A loop over a query set needs a `Model.objects...` chain somewhere in the file (the walk for loops is the costly part).
  if (!text.includes('for ') || !MANAGER_CHAIN.test(text)) return;
  const loops = collectRowLoops(root);
  if (loops.length > 0) context.facts.checkFacts[DJANGO_ROW_LOOPS] = loops;
}

export function collectRowLoops(root: SyntaxNode): DjangoRowLoopFact[] {
  const servesRequest = new Map<number, boolean>();
  const facts: DjangoRowLoopFact[] = [];
  for (const loop of root.descendantsOfType(['for_statement', 'for_in_clause'])) {
    if (!loop) continue;
    const fn = enclosingFunction(loop);
    if (!fn || !isRequestCode(fn, servesRequest)) continue;
    const iterable = loop.childForFieldName('right');
    const target = loop.childForFieldName('left');
    if (!iterable || !target) continue;
    const unwrapped = unwrapEnumerate(iterable, target);
    if (!unwrapped) continue;
    const query = querySet(unwrapped.iterable, fn, lineOf(loop), 0);
    if (!query) continue;
    const scope = loop.type === 'for_statement' ? [loop.childForFieldName('body')] : comprehensionScopes(loop);
    const accesses = accessesOf(scope.filter((node): node is SyntaxNode => node !== null), unwrapped.variable);
    if (accesses.length === 0) continue;
    facts.push({ line: lineOf(loop), variable: unwrapped.variable, ...query, accesses });
  }
  return facts;
}

function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (current.type === 'function_definition') return current;
  return undefined;
}

function isRequestCode(fn: SyntaxNode, memo: Map<number, boolean>): boolean {
  const known = memo.get(fn.id);
  if (known !== undefined) return known;
  const parameters = fn.childForFieldName('parameters');
  const names = parameters ? parameters.namedChildren.map((parameter) => (parameter.type === 'identifier' ? parameter.text : parameter.childForFieldName('name')?.text ?? parameter.namedChildren[0]?.text)) : [];
  let result = names.includes('request') || RENDERERS.test(fn.childForFieldName('body')?.text ?? '');
  if (!result) {
    const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
    result = (decorated ?? fn).namedChildren.some((child) => child.type === 'decorator' && /^@\s*register\./.test(child.text));
  }
  if (!result) {
    // A method of a view class.
    const cls = (fn.parent?.type === 'decorated_definition' ? fn.parent : fn).parent?.parent;
    const superclasses = cls?.type === 'class_definition' ? cls.childForFieldName('superclasses') : null;
    result = !!superclasses && superclasses.namedChildren.some((base) => VIEW_BASES.test(dottedName(base) ?? ''));
  }
  if (!result) {
    const outer = enclosingFunction(fn);
    result = outer !== undefined && isRequestCode(outer, memo);
  }
  memo.set(fn.id, result);
  return result;
}

/** `for i, post in enumerate(qs)` -> qs and `post`; a plain name target otherwise. */
function unwrapEnumerate(iterable: SyntaxNode, target: SyntaxNode): { iterable: SyntaxNode; variable: string } | undefined {
  if (iterable.type === 'call' && dottedName(iterable.childForFieldName('function')) === 'enumerate') {
    const inner = callArguments(iterable).positional[0];
    const parts = target.type === 'pattern_list' || target.type === 'tuple_pattern' ? target.namedChildren : [];
    if (!inner || parts.length !== 2 || parts[1]!.type !== 'identifier') return undefined;
    return { iterable: inner, variable: parts[1]!.text };
  }
  if (iterable.type === 'call' && dottedName(iterable.childForFieldName('function')) === 'list') {
    const inner = callArguments(iterable).positional[0];
    return inner && target.type === 'identifier' ? { iterable: inner, variable: target.text } : undefined;
  }
  return target.type === 'identifier' ? { iterable, variable: target.text } : undefined;
}

type QuerySet = Pick<DjangoRowLoopFact, 'model' | 'selectRelated' | 'prefetchRelated' | 'coverageUnknown'>;

/** The query set an expression evaluates to, followed through assignments to local names before `line`. */
function querySet(node: SyntaxNode, fn: SyntaxNode, line: number, depth: number): QuerySet | undefined {
  if (depth > 8) return undefined;
  if (node.type === 'identifier') {
    const assigned = lastAssignment(fn, node.text, line);
    return assigned ? querySet(assigned.value, fn, assigned.line, depth + 1) : undefined;
  }
  // `Post.objects.order_by("-id")[:10]`: a slice is still a query set of rows.
  if (node.type === 'subscript' && node.childForFieldName('subscript')?.type === 'slice') {
    const sliced = node.childForFieldName('value');
    return sliced ? querySet(sliced, fn, line, depth + 1) : undefined;
  }
  if (node.type !== 'call') return undefined;
  const callee = node.childForFieldName('function');
  if (callee?.type !== 'attribute') return undefined;
  const method = callee.childForFieldName('attribute')?.text ?? '';
  const receiver = callee.childForFieldName('object');
  if (!ROW_METHODS.has(method) || !receiver) return undefined;
  let base: QuerySet | undefined;
  if (receiver.type === 'attribute' && MANAGERS.has(receiver.childForFieldName('attribute')?.text ?? '')) {
    const model = dottedName(receiver.childForFieldName('object'));
    base = model ? { model, selectRelated: [], prefetchRelated: [] } : undefined;
  } else {
    base = querySet(receiver, fn, line, depth + 1);
  }
  if (!base) return undefined;
  if (method !== 'select_related' && method !== 'prefetch_related') return base;
  const result: QuerySet = { ...base, selectRelated: base.selectRelated === 'all' ? 'all' : [...base.selectRelated], prefetchRelated: [...base.prefetchRelated] };
  const args = (node.childForFieldName('arguments') ?? node).namedChildren.filter((argument) => argument.type !== 'comment');
  if (method === 'select_related' && args.length === 0) {
    result.selectRelated = 'all';
    return result;
  }
  for (const argument of args) {
    const lookups = lookupsOf(argument);
    if (!lookups) {
      result.coverageUnknown = true;
      continue;
    }
    if (method === 'select_related') {
      if (result.selectRelated !== 'all') result.selectRelated.push(...lookups);
    } else result.prefetchRelated.push(...lookups);
  }
  return result;
}

/** `"author"` -> [author]; `Prefetch("comments", queryset=..., to_attr="recent")` -> [comments, recent]; undefined when not literal. */
function lookupsOf(argument: SyntaxNode): string[] | undefined {
  const literal = stringValue(argument);
  if (literal !== undefined) return [literal];
  if (argument.type === 'call' && dottedName(argument.childForFieldName('function'))?.split('.').pop() === 'Prefetch') {
    const args = callArguments(argument);
    const lookup = stringValue(args.keywords.get('lookup') ?? args.positional[0]);
    if (lookup === undefined) return undefined;
    const toAttr = stringValue(args.keywords.get('to_attr'));
    return toAttr ? [lookup, toAttr] : [lookup];
  }
  return undefined;
}

/** The last `name = value` in the function (not in a nested one) before `line`. */
function lastAssignment(fn: SyntaxNode, name: string, line: number): { value: SyntaxNode; line: number } | undefined {
  let found: { value: SyntaxNode; line: number } | undefined;
  for (const assignment of fn.descendantsOfType('assignment')) {
    if (lineOf(assignment) >= line || assignment.childForFieldName('left')?.text !== name) continue;
    if (enclosingFunction(assignment)?.id !== fn.id) continue;
    const value = assignment.childForFieldName('right');
    if (value) found = { value, line: lineOf(assignment) };
  }
  return found;
}

/** The parts of a comprehension evaluated once per element: its body and the clauses after this `for`. */
function comprehensionScopes(clause: SyntaxNode): (SyntaxNode | null)[] {
  const comprehension = clause.parent;
  if (!comprehension) return [];
  const scopes: (SyntaxNode | null)[] = [comprehension.childForFieldName('body')];
  let after = false;
  for (const child of comprehension.namedChildren) {
    if (child.id === clause.id) after = true;
    else if (after && child.type !== 'comment') scopes.push(child);
  }
  return scopes;
}

function accessesOf(scopes: SyntaxNode[], variable: string): DjangoRowAccess[] {
  const accesses: DjangoRowAccess[] = [];
  const seen = new Set<string>();
  for (const scope of scopes) {
    const candidates = scope.type === 'attribute' ? [scope, ...scope.descendantsOfType('attribute')] : scope.descendantsOfType('attribute');
    for (const attribute of candidates) {
      if (!attribute || attribute.childForFieldName('object')?.type !== 'identifier' || attribute.childForFieldName('object')?.text !== variable) continue;
      const path: string[] = [];
      let top = attribute;
      path.push(attribute.childForFieldName('attribute')?.text ?? '');
      while (top.parent?.type === 'attribute' && top.parent.childForFieldName('object')?.id === top.id && path.length < MAX_PATH) {
        top = top.parent;
        path.push(top.childForFieldName('attribute')?.text ?? '');
      }
      const called = top.parent?.type === 'call' && top.parent.childForFieldName('function')?.id === top.id;
      const key = `${lineOf(attribute)}:${path.join('.')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      accesses.push({ line: lineOf(attribute), path, called });
    }
  }
  return accesses;
}
