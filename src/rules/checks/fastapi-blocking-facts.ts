import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { callArguments, dottedName, lineOf } from '../../source/python/syntax.js';

/**
 * Blocking calls inside `async def`, and the functions FastAPI calls through `Depends()`, gathered
 * in the parse worker for fastapi/blocking-call-in-async-endpoint. Which async functions FastAPI runs
 * on the event loop is only known across files (an endpoint in `routes/users.py` may depend on an
 * `async def get_settings()` in `deps.py`), so each blocking call records the async functions
 * around it, and each `Depends(x)`/`Security(x)` the name it passes; the check joins them.
 */
export const FASTAPI_BLOCKING_CALLS = 'fastapi-blocking-calls';
export const FASTAPI_DEPENDENCIES = 'fastapi-dependencies';

export interface FastapiBlockingCallFact {
  line: number;
  /** The callee as written: `time.sleep`, `requests.get`, `db.query`. */
  callee: string;
  /** An enclosing async function is an endpoint (route decorator) or takes `Depends()`/`Request`/`WebSocket`. */
  direct: boolean;
  /** Names of the enclosing async functions defined at module level (or `Class.method`), for `Depends()` to match. */
  functions: string[];
}

export interface FastapiDependencyFact {
  /** The callable passed to `Depends(...)`/`Security(...)` as written: `get_settings`, `deps.current_user`. */
  name: string;
  line: number;
}

const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace', 'api_route', 'websocket', 'route', 'middleware', 'exception_handler']);
const DIRECT_PARAMETERS = /\b(Depends|Security)\(|:\s*(Request|WebSocket|BackgroundTasks)\b|\brequest\b/;
const REQUESTS_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);
const SESSION_RECEIVER = /^(db|session|db_session|sess|db\.session)$/;
const SESSION_METHODS = new Set(['query', 'execute', 'scalars', 'scalar', 'commit', 'flush', 'refresh', 'merge']);
// `get`/`delete` only on names that are not also an HTTP client's usual name.
const DB_RECEIVER = /^(db|db_session|db\.session)$/;
/** A cheap text test: a file none of whose lines could hold a blocking call is not walked. */
const MAY_BLOCK = /\b(time\.sleep|requests\.\w+|urlopen|(db|session|db_session|sess)\.\w+)\(/;
const THREAD_WRAPPERS = new Set(['run_in_threadpool', 'to_thread', 'run_in_executor', 'run_sync', 'sync_to_async']);

export function addFastapiBlockingFacts(context: ExtractContext): void {
  const { text, root, facts } = context;
  if (text.includes('Depends(') || text.includes('Security(')) {
    const dependencies = collectDependencies(root);
    if (dependencies.length > 0) facts.checkFacts[FASTAPI_DEPENDENCIES] = dependencies;
  }
  if (!text.includes('async def') || !MAY_BLOCK.test(text)) return;
  const calls = collectBlockingCalls(root);
  if (calls.length > 0) facts.checkFacts[FASTAPI_BLOCKING_CALLS] = calls;
}

export function collectDependencies(root: SyntaxNode): FastapiDependencyFact[] {
  const found: FastapiDependencyFact[] = [];
  for (const call of root.descendantsOfType('call')) {
    const callee = dottedName(call.childForFieldName('function'))?.split('.').pop();
    if (callee !== 'Depends' && callee !== 'Security') continue;
    const args = callArguments(call);
    const name = dottedName(args.keywords.get('dependency') ?? args.positional[0]);
    if (name) found.push({ name, line: lineOf(call) });
  }
  return found;
}

export function collectBlockingCalls(root: SyntaxNode): FastapiBlockingCallFact[] {
  const found: FastapiBlockingCallFact[] = [];
  for (const call of root.descendantsOfType('call')) {
    const callee = blockingCallee(call);
    if (!callee) continue;
    const context = asyncContext(call);
    if (context) found.push({ line: lineOf(call), callee, ...context });
  }
  return found;
}

function blockingCallee(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return undefined;
  const receiver = dottedName(callee.childForFieldName('object'));
  const method = callee.childForFieldName('attribute')?.text;
  if (!receiver || !method) return undefined;
  const blocking =
    (receiver === 'time' && method === 'sleep') ||
    (receiver === 'requests' && REQUESTS_VERBS.has(method)) ||
    (receiver === 'urllib.request' && method === 'urlopen') ||
    (SESSION_RECEIVER.test(receiver) && SESSION_METHODS.has(method)) ||
    (DB_RECEIVER.test(receiver) && (method === 'get' || method === 'delete'));
  return blocking ? `${receiver}.${method}` : undefined;
}

/**
 * The async functions a call runs in, or undefined when it does not block the loop: it is awaited
 * (an async session or client), handed to a thread (`run_in_threadpool`, `asyncio.to_thread`...),
 * or inside a plain `def`, which runs wherever its caller sends it.
 */
function asyncContext(call: SyntaxNode): Pick<FastapiBlockingCallFact, 'direct' | 'functions'> | undefined {
  let direct = false;
  const functions: string[] = [];
  let sawAsync = false;
  for (let current = call.parent; current; current = current.parent) {
    if (current.type === 'await') return undefined;
    if (current.type === 'call' && THREAD_WRAPPERS.has(dottedName(current.childForFieldName('function'))?.split('.').pop() ?? '')) return undefined;
    if (current.type !== 'function_definition') continue;
    if (!isAsync(current)) return undefined;
    sawAsync = true;
    direct ||= isEndpoint(current) || DIRECT_PARAMETERS.test(current.childForFieldName('parameters')?.text ?? '');
    const name = topLevelName(current);
    if (name) functions.push(name);
  }
  return sawAsync ? { direct, functions } : undefined;
}

function isAsync(fn: SyntaxNode): boolean {
  return fn.children.some((child) => child?.type === 'async');
}

function isEndpoint(fn: SyntaxNode): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  if (!decorated) return false;
  return decorated.namedChildren.some((decorator) => {
    if (decorator.type !== 'decorator') return false;
    const call = decorator.namedChildren[0];
    const callee = call?.type === 'call' ? call.childForFieldName('function') : undefined;
    return callee?.type === 'attribute' && ROUTE_VERBS.has(callee.childForFieldName('attribute')?.text ?? '');
  });
}

/** `name` for a module-level function, `Class.name` for a method of a module-level class; undefined when nested deeper. */
function topLevelName(fn: SyntaxNode): string | undefined {
  const name = fn.childForFieldName('name')?.text;
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent.parent : fn.parent;
  if (!name || !holder) return undefined;
  if (holder.type === 'module') return name;
  const cls = holder.type === 'block' ? holder.parent : undefined;
  const clsHolder = cls?.parent?.type === 'decorated_definition' ? cls.parent.parent : cls?.parent;
  if (cls?.type === 'class_definition' && clsHolder?.type === 'module') return `${cls.childForFieldName('name')?.text}.${name}`;
  return undefined;
}
