import type { SemanticCheck } from '../types.js';
import { FASTIFY_BODYLESS_ROUTES, FASTIFY_EMPTY_BODY_HANDLING, type FastifyBodylessRouteFact } from './fastify-body-facts.js';

/**
 * POST/PUT/DELETE Fastify routes that take no body, in a project that leaves Fastify's JSON parser
 * as it is: a client sending `Content-Type: application/json` without a body gets a 400
 * (FST_ERR_CTP_EMPTY_JSON_BODY) before the handler runs. One parser registration or header hook
 * anywhere in the project silences the rule, since its reach (plugin encapsulation) is not followed.
 */
export const fastifyBodylessRoute: SemanticCheck = {
  name: 'fastify-bodyless-route',
  run(model, _project, _params, context) {
    // The routes of the files a finding may go to first: with none, the other files need no reading.
    const routes = context.files.filter((file) => context.mayReport(file)).flatMap((file) => ((model.files.get(file)?.checkFacts[FASTIFY_BODYLESS_ROUTES] ?? []) as FastifyBodylessRouteFact[]).map((route) => ({ file, route })));
    if (routes.length === 0) return [];
    if (context.files.some((file) => (model.files.get(file)?.checkFacts[FASTIFY_EMPTY_BODY_HANDLING] ?? []).length > 0)) return [];
    return routes.map(({ file, route }) => {
      const name = route.path !== undefined ? `${route.method} ${route.path}` : route.method;
      return context.finding({
        file,
        line: route.line,
        message: `\`${name}\` takes no body, but a client calling it with \`Content-Type: application/json\` and no body gets 400 FST_ERR_CTP_EMPTY_JSON_BODY from Fastify's JSON parser.`,
      });
    });
  },
};
