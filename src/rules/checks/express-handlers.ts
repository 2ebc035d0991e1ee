import type { SemanticCheck } from '../types.js';
import { EXPRESS_ASYNC_HANDLERS, EXPRESS_PROMISE_PATCHES, type ExpressAsyncHandlerFact } from './express-handler-facts.js';
import { expressMajor } from './express-version.js';

/**
 * Async Express handlers whose awaits no try/catch guards, in projects whose manifest admits
 * Express 4 (or older) and that do not patch Express to forward rejections
 * (`require('express-async-errors')` once at startup is enough for all). Express 5 forwards them
 * itself; a project whose Express version cannot be read from its manifest is left alone.
 */
export const expressAsyncHandlerRejection: SemanticCheck = {
  name: 'express-async-handler-rejection',
  run(model, project, _params, context) {
    const major = expressMajor(project);
    if (major === undefined || major >= 5) return [];
    // The handlers of the files a finding may go to first: with none, the imports of every file need no reading.
    const handlers = context.files.filter((file) => context.mayReport(file)).flatMap((file) => ((model.files.get(file)?.checkFacts[EXPRESS_ASYNC_HANDLERS] ?? []) as ExpressAsyncHandlerFact[]).map((fact) => ({ file, fact })));
    if (handlers.length === 0) return [];
    const patched = context.files.some((file) => model.files.get(file)?.imports.some((fact) => EXPRESS_PROMISE_PATCHES.has(fact.specifier)));
    if (patched) return [];
    return handlers.map(({ file, fact }) => {
      const where = fact.rethrowLine ? `awaits in a try whose catch throws again (line ${fact.rethrowLine})` : `awaits outside a try/catch (line ${fact.awaitLine})`;
      return context.finding({
        file,
        line: fact.line,
        message: `This async handler ${where}; with Express ${major} a rejection there never reaches the error middleware and the request hangs.`,
      });
    });
  },
};
