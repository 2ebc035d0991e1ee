import type { SyntaxNode } from '../../source/syntax-tree.js';
import type { ExtractContext } from '../../source/extract.js';
import { calleeName, callArguments, lastName, lineOf } from '../../source/python/syntax.js';

/**
 * What a Python module does with an event loop while it is being imported, gathered in the parse
 * worker for the check of pools bound to the import-time loop:
 *
 *   pool = asyncpg.create_pool(DSN)                                  (not awaited: binds get_event_loop())
 *   pool = asyncio.get_event_loop().run_until_complete(make_pool())  (runs a loop at import)
 *   asyncio.run(init_models())                                       (runs, then closes, a loop at import)
 *
 * Only statements run at import count: the module's own, and those in module-level `if`/`try`
 * blocks other than `if __name__ == "__main__":`.
 */
export const PYTHON_IMPORT_TIME_LOOPS = 'python-import-time-loops';
export const PYTHON_ASYNC_DATABASE_FUNCTIONS = 'python-async-database-functions';

export interface ImportTimeLoopFact {
  line: number;
  kind: 'unawaited-pool' | 'loop-run';
  /** The call as written: `asyncpg.create_pool`, `loop.run_until_complete`. */
  call: string;
  /** For a loop run: the coroutine function called in it (`init_models`, `db.connect`). */
  runs?: string;
  /** The coroutine opens database connections as far as this file can tell. */
  database?: true;
  /** The module mentions NullPool: its engine keeps no connection between uses. */
  nullPool?: true;
}

/** Opening connections: a pool, a connection, an engine's connection or transaction, a session. */
const DATABASE_WORK = /\b(create_pool|asyncpg\.connect|aiomysql|aiopg|create_async_engine)\b|\.(connect|begin|acquire)\s*\(|\brun_sync\s*\(|\bAsyncSession\b|\basync_session\w*\s*\(/;
const DATABASE_CALL = /(^|\.)(create_pool|connect|begin|acquire|create_async_engine)$/;

export function addImportTimeLoopFacts(context: ExtractContext): void {
  if (context.grammar !== 'python') return;
  const { root, text, facts } = context;
  const asyncDatabaseFunctions = new Set<string>();
  for (const statement of /async\s+def/.test(text) ? root.namedChildren : []) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'function_definition' && text.startsWith('async', definition.startIndex) && DATABASE_WORK.test(definition.text)) {
      const name = definition.childForFieldName('name')?.text;
      if (name) asyncDatabaseFunctions.add(name);
    }
  }
  facts.checkFacts[PYTHON_ASYNC_DATABASE_FUNCTIONS] = [...asyncDatabaseFunctions];
  if (!/run_until_complete|asyncio\.run|\brun\s*\(|create_pool/.test(text)) {
    facts.checkFacts[PYTHON_IMPORT_TIME_LOOPS] = [];
    return;
  }
  const asyncpgPool = facts.imports.some((fact) => fact.specifier === 'asyncpg' && (fact.names.length === 0 || fact.names.includes('create_pool')));
  const asyncioRun = facts.imports.some((fact) => fact.specifier === 'asyncio' && fact.names.includes('run'));
  const loops: ImportTimeLoopFact[] = [];
  for (const call of importTimeCalls(root)) {
    // `asyncio.get_event_loop().run_until_complete` has no dotted name: keep its text.
    const callee = calleeName(call) ?? call.childForFieldName('function')?.text.replace(/\s+/g, '');
    const last = lastName(call);
    if (!callee || !last) continue;
    // `pool = asyncpg.create_pool(...)` on its own; inside `run_until_complete(...)` it is the loop run that matters.
    const standalone = call.parent?.type === 'assignment' || call.parent?.type === 'expression_statement';
    if (last === 'create_pool' && asyncpgPool && (callee === 'asyncpg.create_pool' || callee === 'create_pool') && standalone) {
      loops.push({ line: lineOf(call), kind: 'unawaited-pool', call: callee });
      continue;
    }
    const runsLoop = last === 'run_until_complete' || callee === 'asyncio.run' || (callee === 'run' && asyncioRun);
    if (!runsLoop) continue;
    const coroutine = callArguments(call).positional[0];
    const runs = coroutine?.type === 'call' ? calleeName(coroutine) : undefined;
    const fact: ImportTimeLoopFact = { line: lineOf(call), kind: 'loop-run', call: callee };
    if (runs) fact.runs = runs;
    if (/\bNullPool\b/.test(text)) fact.nullPool = true;
    if ((runs && (DATABASE_CALL.test(runs) || asyncDatabaseFunctions.has(runs))) || (coroutine && DATABASE_WORK.test(coroutine.text))) fact.database = true;
    loops.push(fact);
  }
  facts.checkFacts[PYTHON_IMPORT_TIME_LOOPS] = loops;
}

/** Calls in the statements that run when the module is imported, not inside functions or classes. */
function importTimeCalls(root: SyntaxNode): SyntaxNode[] {
  const calls: SyntaxNode[] = [];
  const visit = (statements: readonly SyntaxNode[]) => {
    for (const statement of statements) {
      if (statement.type === 'expression_statement') calls.push(...callsIn(statement));
      else if (statement.type === 'if_statement') {
        if (/__name__\s*==\s*['"]__main__['"]/.test(statement.childForFieldName('condition')?.text ?? '')) continue;
        for (const part of statement.namedChildren) if (part.type === 'block' || part.type === 'else_clause' || part.type === 'elif_clause') visit(blockStatements(part));
      } else if (statement.type === 'try_statement') {
        for (const part of statement.namedChildren) visit(blockStatements(part));
      }
    }
  };
  visit(root.namedChildren);
  return calls;
}

function blockStatements(node: SyntaxNode): readonly SyntaxNode[] {
  if (node.type === 'block') return node.namedChildren;
  const block = node.namedChildren.find((child) => child.type === 'block');
  return block ? block.namedChildren : [];
}

/** Calls of one statement, outside lambdas. */
function callsIn(statement: SyntaxNode): SyntaxNode[] {
  return statement.descendantsOfType('call').filter((call): call is SyntaxNode => {
    if (!call) return false;
    for (let current = call.parent; current && current.id !== statement.id; current = current.parent) if (current.type === 'lambda') return false;
    return true;
  });
}
