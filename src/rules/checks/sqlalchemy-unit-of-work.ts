import type { SourceModel } from '../../source/model.js';
import type { CheckContext, RuleFinding, SemanticCheck } from '../types.js';
import { functionIndexFor, type FunctionIndex } from './sqlalchemy-functions.js';
import { resolveName } from './sqlalchemy-names.js';
import type { SessionFunctionFact, WriteFact } from './sqlalchemy-session-facts.js';

/**
 * `session.add()` / `add_all()` / `delete()` in a unit of work that never commits: the session is
 * closed (or removed at the end of the request) and the write is rolled back without an error.
 * Two cases, both kept narrow because a false alarm here teaches people to ignore the rule:
 *
 *   1. The session is opened in the same function (`with SessionLocal() as s:`, `s = Session(engine)`)
 *      and nothing in the function commits, enters `.begin()`, or receives the session.
 *   2. The session comes from outside and the write is reached from a route: neither the route nor
 *      anything it may call commits (calls with several possible targets count every target), the
 *      project has no dependency, context manager or middleware that commits around a request,
 *      and it does commit explicitly somewhere (so commits are the project's own convention, not
 *      something hidden in a library or an autocommit setting).
 */

interface Located {
  file: string;
  fn: SessionFunctionFact;
}

const written = (write: WriteFact): string => `${write.session}.${write.method}()`;

export const sqlalchemyUncommittedWrite: SemanticCheck = {
  name: 'sqlalchemy-uncommitted-write',
  run(model, _project, _params, context) {
    const index = functionIndexFor(model, context.files);
    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    const report = (file: string, write: WriteFact, message: string) => {
      if (!context.mayReport(file)) return;
      const key = `${file}:${write.line}`;
      if (reported.has(key)) return;
      reported.add(key);
      findings.push(context.finding({ file, line: write.line, message }));
    };
    localSessions(model, index, context, report);
    requestPaths(model, index, context, report);
    return findings;
  },
};

/** Writes on a session this function opens and never commits. */
function localSessions(model: SourceModel, index: FunctionIndex, context: CheckContext, report: (file: string, write: WriteFact, message: string) => void): void {
  for (const file of index.files()) {
    if (!context.mayReport(file)) continue;
    for (const fn of index.functions(file)) {
      if (fn.generator) continue;
      for (const write of fn.writes ?? []) {
        const local = write.local;
        if (!local || local.committed || !isSessionFactory(model, index, file, local)) continue;
        report(
          file,
          write,
          `\`${written(write)}\` writes through a session opened in \`${fn.name}\` (\`${local.factory}(...)\`) that is never committed: closing it rolls the write back.`,
        );
      }
    }
  }
}

/** `Session`/`AsyncSession` from SQLAlchemy, `sessionmaker(...)()`, or a module-level sessionmaker without autocommit. */
function isSessionFactory(model: SourceModel, index: FunctionIndex, file: string, local: NonNullable<WriteFact['local']>): boolean {
  if (local.sqlalchemy) return true;
  const factoryIn = (candidate: string, name: string) => index.fileFacts(candidate)?.factories.find((factory) => factory.name === name);
  const found = resolveName(model, file, local.factory, (candidate, name) => factoryIn(candidate, name) !== undefined);
  return found !== undefined && !factoryIn(found.file, found.name)!.autocommit;
}

function requestPaths(model: SourceModel, index: FunctionIndex, context: CheckContext, report: (file: string, write: WriteFact, message: string) => void): void {
  const all: Located[] = [];
  for (const file of index.files()) for (const fn of index.functions(file)) all.push({ file, fn });
  if (!all.some(({ fn }) => fn.commits)) return;
  const hookNames = new Set<string>();
  for (const file of index.files()) {
    const facts = index.fileFacts(file);
    if (facts?.commitOnTeardown || facts?.factories.some((factory) => factory.autocommit)) return;
    facts?.hookNames.forEach((name) => hookNames.add(name));
  }
  // A dependency (`yield db; db.commit()`), a context manager or a middleware commits around each request.
  if (all.some(({ fn }) => fn.commits && (fn.generator || fn.hook || hookNames.has(fn.name)))) return;

  for (const route of routes(model, index, context)) {
    const { reached, anyCommits } = unitOfWork(index, route);
    if (anyCommits) continue;
    for (const { file, fn } of reached) {
      for (const write of fn.writes ?? []) {
        if (write.local) continue;
        const through = fn === route.fn ? '' : ` (reached from the route \`${route.fn.name}\`, ${route.file}:${route.fn.line})`;
        report(
          file,
          write,
          `\`${written(write)}\` runs on a request path${through} that never commits: no \`commit()\` or \`begin()\` in the route or anything it calls, and no session dependency or middleware commits; the write is rolled back when the session closes.`,
        );
      }
    }
  }
}

/** Functions decorated as routes, and handlers registered by name in the same file. */
function routes(model: SourceModel, index: FunctionIndex, context: CheckContext): Located[] {
  const found: Located[] = [];
  for (const file of context.files) {
    const handlers = new Set((model.files.get(file)?.routes ?? []).map((route) => route.handler?.name).filter((name): name is string => name !== undefined));
    for (const fn of index.functions(file)) if (fn.route || (fn.container === undefined && handlers.has(fn.name))) found.push({ file, fn });
  }
  return found;
}

/**
 * What one request may run: the route and every function it may call. Writes are taken from
 * functions reached through calls that resolve to one target; a commit anywhere, even behind an
 * ambiguous call, makes the whole unit count as committed.
 */
function unitOfWork(index: FunctionIndex, route: Located): { reached: Located[]; anyCommits: boolean } {
  const walk = (follow: (targets: Located[]) => Located[], visit: (target: Located) => boolean): void => {
    const seen = new Set<SessionFunctionFact>([route.fn]);
    const queue: Located[] = [route];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const callee of current.fn.calls ?? []) {
        for (const target of follow(index.candidates(current.file, current.fn, callee))) {
          if (seen.has(target.fn)) continue;
          seen.add(target.fn);
          if (!visit(target)) return;
          queue.push(target);
        }
      }
    }
  };
  let anyCommits = route.fn.commits === true;
  if (!anyCommits) walk((targets) => targets, (target) => !(anyCommits = target.fn.commits === true));
  if (anyCommits) return { reached: [], anyCommits };
  const reached: Located[] = [route];
  walk((targets) => (targets.length === 1 ? targets : []), (target) => reached.push(target) > 0);
  return { reached, anyCommits };
}
