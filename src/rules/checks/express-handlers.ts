import type { RuleFinding, SemanticCheck } from '../types.js';
import { EXPRESS_ASYNC_HANDLERS, EXPRESS_PROMISE_PATCHES, type ExpressAsyncHandlerFact } from './express-handler-facts.js';

/**
 * Async Express handlers whose awaits no try/catch guards, in projects that do not patch Express
 * to forward rejections (`require('express-async-errors')` once at startup is enough for all).
 * Express 5 forwards them itself; the source model does not carry the installed version, so the
 * rule assumes Express 4, the version most existing code targets.
 */
export const expressAsyncHandlerRejection: SemanticCheck = {
  name: 'express-async-handler-rejection',
  run(model, _project, _params, context) {
    const patched = context.files.some((file) => model.files.get(file)?.imports.some((fact) => EXPRESS_PROMISE_PATCHES.has(fact.specifier)));
    if (patched) return [];
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      for (const fact of (model.files.get(file)?.checkFacts[EXPRESS_ASYNC_HANDLERS] ?? []) as ExpressAsyncHandlerFact[]) {
        findings.push(
          context.finding({
            file,
            line: fact.line,
            message: `This async handler awaits outside a try/catch (line ${fact.awaitLine}); in Express 4 a rejection there never reaches the error middleware and the request hangs.`,
          }),
        );
      }
    }
    return findings;
  },
};
