import type { SourceModel } from '../../source/model.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { EXPRESS_ERROR_MIDDLEWARE, type ExpressErrorMiddlewareFacts } from './express-middleware-facts.js';
import { EXPRESS_DOUBLE_SENDS, type ExpressDoubleSendFact } from './express-response-facts.js';

/** A handler that can send a second response on the path that already sent one. */
export const expressResponseSentTwice: SemanticCheck = {
  name: 'express-response-sent-twice',
  run(model, _project, _params, context) {
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const fact of (model.files.get(file)?.checkFacts[EXPRESS_DOUBLE_SENDS] ?? []) as ExpressDoubleSendFact[]) {
        findings.push(
          context.finding({
            file,
            line: fact.line,
            message: `\`res.${fact.method}()\` can run after the response was already sent on line ${fact.firstLine} (no \`return\` after it): it fails with "Cannot set headers after they are sent" (or a write after end).`,
          }),
        );
      }
    }
    return findings;
  },
};

type Handler = ExpressErrorMiddlewareFacts['handlers'][number];

function middlewareFacts(model: SourceModel, file: string): ExpressErrorMiddlewareFacts | undefined {
  return (model.files.get(file)?.checkFacts[EXPRESS_ERROR_MIDDLEWARE] as ExpressErrorMiddlewareFacts[] | undefined)?.[0];
}

/** The short error handler a name passed to `use()` refers to: defined in the file, or imported from a project file. */
function resolveHandler(model: SourceModel, file: string, name: string): { file: string; handler: Handler } | undefined {
  const [local, member] = name.split('.');
  if (!local) return undefined;
  if (member === undefined) {
    const own = middlewareFacts(model, file)?.handlers.find((handler) => handler.name === local);
    if (own) return { file, handler: own };
  }
  for (const edge of model.graph.edgesFrom(file)) {
    const index = edge.locals.indexOf(local);
    if (!edge.to || index < 0 || edge.typeOnly) continue;
    const imported = edge.names.length === edge.locals.length ? edge.names[index]! : 'default';
    // `import * as errors` / `const errors = require(...)`: `errors.handler` names an export of the module.
    const exported = member !== undefined ? (imported === '*' || imported === 'default' ? member : undefined) : imported;
    const handler = exported ? middlewareFacts(model, edge.to)?.handlers.find((candidate) => candidate.exportedAs.includes(exported)) : undefined;
    if (handler) return { file: edge.to, handler };
  }
  return undefined;
}

/**
 * Error middleware declaring fewer than four parameters, passed to `use()` inline, by a name
 * defined in the same file, or by a name imported from another project file (reported where the
 * function is defined, since that is where the parameter goes).
 */
export const expressErrorMiddlewareArity: SemanticCheck = {
  name: 'express-error-middleware-arity',
  run(model, _project, _params, context) {
    // A finding goes to an inline handler's `use()` or to a short handler's definition: when no
    // file a finding may go to has either, no `use()` needs resolving.
    const reportable = context.files.some((file) => {
      const facts = context.mayReport(file) ? middlewareFacts(model, file) : undefined;
      return facts !== undefined && (facts.handlers.length > 0 || facts.uses.some((use) => use.inline !== undefined));
    });
    if (!reportable) return [];
    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    // A handler registered in one file is reported where it is defined, maybe another file: every
    // `use()` is read, and only the findings are left out.
    const report = (file: string, line: number, message: string) => {
      if (!context.mayReport(file) || reported.has(`${file}:${line}`)) return;
      reported.add(`${file}:${line}`);
      findings.push(context.finding({ file, line, message }));
    };
    for (const file of context.files) {
      for (const use of middlewareFacts(model, file)?.uses ?? []) {
        if (use.inline !== undefined) {
          report(file, use.line, `This error handler declares ${use.inline} parameters; Express passes errors only to functions declaring \`(err, req, res, next)\`.`);
          continue;
        }
        const resolved = use.name ? resolveHandler(model, file, use.name) : undefined;
        if (!resolved) continue;
        const where = resolved.file === file ? `line ${use.line}` : `${file}:${use.line}`;
        report(
          resolved.file,
          resolved.handler.line,
          `\`${resolved.handler.name === 'default' ? use.name : resolved.handler.name}\` is registered as error middleware (\`use()\` on ${where}) but declares ${resolved.handler.parameters} parameters; Express passes errors only to functions declaring four.`,
        );
      }
    }
    return findings;
  },
};
