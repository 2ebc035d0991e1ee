import type { RuleFinding, SemanticCheck } from '../types.js';
import { FLASK_GLOBAL_WRITES, type FlaskGlobalWriteFact } from './flask-global-state-facts.js';

/** A Flask request handler writes module-level state: it outlives the request and is shared by every thread of the worker. */
export const flaskRequestStateInModuleGlobal: SemanticCheck = {
  name: 'flask-request-state-in-module-global',
  run(model, _project, _params, context) {
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const write of (model.files.get(file)?.checkFacts[FLASK_GLOBAL_WRITES] ?? []) as FlaskGlobalWriteFact[]) {
        findings.push(context.finding({ file, line: write.line, message: describe(write) }));
      }
    }
    return findings;
  },
};

function describe(write: FlaskGlobalWriteFact): string {
  const what =
    write.kind === 'rebind'
      ? `rebinds the module global \`${write.name}\``
      : write.kind === 'item'
        ? `${write.method === 'del' ? 'deletes' : 'writes'} an item of the module-level \`${write.name}\``
        : `changes the module-level \`${write.name}\` in place (\`.${write.method}()\`)`;
  return `The request handler \`${write.handler}\` ${what}: it outlives the request and is shared by every request and thread of the worker, so one user's data leaks into another's and concurrent requests race. Keep per-request state on \`flask.g\` or the session, shared data in a cache or the database.`;
}
