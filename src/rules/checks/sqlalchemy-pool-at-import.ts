import type { SourceModel } from '../../source/model.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { PYTHON_ASYNC_DATABASE_FUNCTIONS, PYTHON_IMPORT_TIME_LOOPS, type ImportTimeLoopFact } from './python-import-time-facts.js';
import { resolveName } from './sqlalchemy-names.js';

/**
 * Database pools tied at import time to an event loop the server will not run: an asyncpg pool
 * created without `await` (it captures `asyncio.get_event_loop()`), or a module that runs a loop
 * (`asyncio.run`, `run_until_complete`) to open connections while it is imported by the app.
 * A module-level `create_async_engine(...)` alone is not reported: it connects lazily, on the
 * loop of the first request.
 */
export const sqlalchemyPoolAtImport: SemanticCheck = {
  name: 'sqlalchemy-pool-at-import',
  run(model, _project, _params, context) {
    const inProject = new Set(context.files);
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      const facts = model.files.get(file);
      const loops = (facts?.checkFacts[PYTHON_IMPORT_TIME_LOOPS] ?? []) as ImportTimeLoopFact[];
      if (!facts || loops.length === 0) continue;
      for (const loop of loops) {
        if (loop.kind === 'unawaited-pool') {
          findings.push(
            context.finding({
              file,
              line: loop.line,
              message: `\`${loop.call}(...)\` runs at import without \`await\`: the pool captures the event loop current at import, not the one the server runs, and its connections fail with "attached to a different loop".`,
            }),
          );
          continue;
        }
        if (!(loop.database || opensConnections(model, file, loop.runs))) continue;
        // A script run on its own may use a loop at top level; a module the app imports may not.
        const importedByApp = model.graph.edgesTo(file).some((edge) => inProject.has(edge.from) && edge.from !== file) || facts.routers.length > 0 || facts.routes.length > 0;
        // With NullPool no connection outlives the loop that opened it.
        if (!importedByApp || loop.nullPool) continue;
        const runs = loop.runs ? `\`${loop.runs}()\`` : 'a coroutine';
        findings.push(
          context.finding({
            file,
            line: loop.line,
            message: `\`${loop.call}(...)\` runs ${runs} on an event loop while the module is imported: connections it opens stay in the pool bound to that loop, and the server's own loop fails on them ("attached to a different loop", "Event loop is closed").`,
          }),
        );
      }
    }
    return findings;
  },
};

/** The coroutine function a loop runs is defined in another project file and opens connections there. */
function opensConnections(model: SourceModel, file: string, runs: string | undefined): boolean {
  if (!runs) return false;
  const databaseFunctions = (candidate: string) => (model.files.get(candidate)?.checkFacts[PYTHON_ASYNC_DATABASE_FUNCTIONS] ?? []) as string[];
  return resolveName(model, file, runs, (candidate, name) => databaseFunctions(candidate).includes(name)) !== undefined;
}
