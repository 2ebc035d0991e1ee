import type { RuleFinding, SemanticCheck } from '../types.js';
import { callsOf, callText, classifier, describeMisuse, isHonoResponse, misuseOf } from './data-calls.js';

/**
 * Hono handlers that answer with a query's promise instead of its result, read from the data-call
 * facts (which calls return promises is decided from their receivers, see data-calls.ts):
 *  - `c.json(db.query(...))`, directly or through a variable: the promise is serialised, `{}`;
 *  - a route handler that returns the query itself (`(c) => db.selectFrom('users').execute()`,
 *    awaited or not): Hono takes the rows it resolves to for the Response.
 */
export const honoPromiseInResponse: SemanticCheck = {
  name: 'hono-promise-in-response',
  run(model, _project, _params, context) {
    const classify = classifier(model, context.files);
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      const facts = model.files.get(file);
      const calls = callsOf(model, file);
      if (!facts || calls.length === 0) continue;
      const handlers = new Set(facts.routes.filter((route) => route.framework === 'hono' && route.handler).map((route) => route.handler!.line));
      for (const call of calls) {
        const returned = call.returnedFrom !== undefined && handlers.has(call.returnedFrom);
        const classified = returned || call.misuse?.kind === 'response' ? classify.classify(file, call) : undefined;
        if (!classified) continue;
        const what = callText(call, classified);
        const misuse = misuseOf(call, classified);
        if (misuse && isHonoResponse(model, file, misuse)) {
          findings.push(
            context.finding({
              file,
              line: call.line,
              message: `\`${what}\` returns a promise (${classified.library}) and the handler ${describeMisuse(misuse)}: \`${misuse.via}()\` serialises the promise, so the client gets \`{}\`.`,
            }),
          );
        } else if (returned) {
          findings.push(
            context.finding({
              file,
              line: call.line,
              message: `The handler returns \`${what}\` (${classified.library}): Hono receives the rows it resolves to where it needs a Response; return \`c.json(await …)\` instead.`,
            }),
          );
        }
      }
    }
    return findings;
  },
};
