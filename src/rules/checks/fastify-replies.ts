import type { RuleFinding, SemanticCheck } from '../types.js';
import { FASTIFY_REPLY, type FastifyReplyFact } from './fastify-reply-facts.js';

function replyFacts(kind: FastifyReplyFact['kind'], message: (fact: FastifyReplyFact) => string): SemanticCheck['run'] {
  return (model, _project, _params, context) => {
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const fact of (model.files.get(file)?.checkFacts[FASTIFY_REPLY] ?? []) as FastifyReplyFact[]) {
        if (fact.kind === kind) findings.push(context.finding({ file, line: fact.line, message: message(fact) }));
      }
    }
    return findings;
  };
}

/** An async Fastify handler that calls `reply.send()` and also returns a value: two answers to one request. */
export const fastifyReturnAndSend: SemanticCheck = {
  name: 'fastify-return-and-send',
  run: replyFacts('return-and-send', (fact) => `\`reply.send()\` answers the request, and the handler then returns a value (line ${fact.returnLine}) that Fastify tries to send as well.`),
};

/** An async Fastify handler that sends from a callback without returning or awaiting `reply`. */
export const fastifySendInCallback: SemanticCheck = {
  name: 'fastify-send-in-callback',
  run: replyFacts('send-in-callback', () => '`reply.send()` runs in a callback after the async handler has resolved with `undefined`; return or await `reply` in the handler.'),
};
