import type { RuleFinding, SemanticCheck } from '../types.js';
import { KOA_CONTEXT, type KoaContextFact } from './koa-context-facts.js';

function koaFacts(kind: KoaContextFact['kind'], message: (fact: KoaContextFact) => string): SemanticCheck['run'] {
  return (model, _project, _params, context) => {
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const fact of (model.files.get(file)?.checkFacts[KOA_CONTEXT] ?? []) as KoaContextFact[]) {
        if (fact.kind === kind) findings.push(context.finding({ file, line: fact.line, message: message(fact) }));
      }
    }
    return findings;
  };
}

/** `ctx.body` / `ctx.status` set when Koa has already answered (or handed the response to Node). */
export const koaBodyAfterResponse: SemanticCheck = {
  name: 'koa-body-after-response',
  run: koaFacts('late-body', (fact) => `The response is set ${fact.after}: Koa has already answered, so this value never reaches the client.`),
};

/** A catch around `await next()` or the code that answers, which neither answers, rethrows nor reports the error. */
export const koaSwallowedError: SemanticCheck = {
  name: 'koa-swallowed-error',
  run: koaFacts('swallowed-error', () => 'This catch swallows the error: it neither sets `ctx.status`/`ctx.body`, rethrows, calls `ctx.throw()` nor emits it on `ctx.app`; the client gets Koa\'s default 404 and the error reaches no handler.'),
};
