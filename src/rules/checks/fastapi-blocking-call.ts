import type { Project } from '../../core/types.js';
import type { SourceModel } from '../../source/model.js';
import { resolveSymbol, type SymbolIndex } from '../../source/routes/symbols.js';
import type { RuleFinding, SemanticCheck } from '../types.js';
import { FASTAPI_BLOCKING_CALLS, FASTAPI_DEPENDENCIES, type FastapiBlockingCallFact, type FastapiDependencyFact } from './fastapi-blocking-facts.js';

/**
 * A blocking call inside an `async def` FastAPI runs on the event loop: an endpoint, a function
 * taking `Depends()`/`Request`/`WebSocket` (a dependency, a middleware), or an async function some
 * `Depends(...)`/`Security(...)` of the project names, wherever it is defined.
 */
export const fastapiBlockingCallInAsyncEndpoint: SemanticCheck = {
  name: 'fastapi-blocking-call-in-async-endpoint',
  run(model, project, _params, context) {
    if (!usesFastapi(model, project, context.files)) return [];
    // Which async functions are dependencies is asked of every file, so it is worked out only when
    // a reported blocking call sits in a function that is not itself an endpoint.
    let dependencies: Set<string> | undefined;
    const dependencyTargets = () => (dependencies ??= projectDependencies(model, context.files));
    const findings: RuleFinding[] = [];
    for (const file of context.files) {
      if (!context.mayReport(file)) continue;
      for (const call of (model.files.get(file)?.checkFacts[FASTAPI_BLOCKING_CALLS] ?? []) as FastapiBlockingCallFact[]) {
        const dependency = call.direct ? undefined : call.functions.find((name) => dependencyTargets().has(`${file}#${name}`));
        if (!call.direct && !dependency) continue;
        const where = dependency ? ` (\`${dependency}\` is an async dependency, run by FastAPI on the event loop)` : '';
        findings.push(
          context.finding({
            file,
            line: call.line,
            message: `\`${call.callee}()\` blocks the event loop inside \`async def\`${where}; every other request waits until it returns.`,
          }),
        );
      }
    }
    return findings;
  },
};

/** `file#function` of every function some `Depends(...)`/`Security(...)` of the project names. */
function projectDependencies(model: SourceModel, files: readonly string[]): Set<string> {
  const symbols: SymbolIndex = { files: model.files, graph: model.graph };
  const dependencies = new Set<string>();
  for (const file of files) {
    for (const dependency of (model.files.get(file)?.checkFacts[FASTAPI_DEPENDENCIES] ?? []) as FastapiDependencyFact[]) {
      const target = resolveSymbol(symbols, file, dependency.name);
      if (target?.name) dependencies.add(`${target.file}#${[target.name, ...target.rest].join('.')}`);
    }
  }
  return dependencies;
}

/**
 * What the rule's `frameworks: [fastapi]` filter would say, for a check (which the fixture tests run
 * without detection): a FastAPI project, or one detection could not place that imports FastAPI.
 */
export function usesFastapi(model: SourceModel, project: Project, files: readonly string[]): boolean {
  if (project.framework === 'fastapi') return true;
  if (project.framework !== 'unknown' && project.framework !== 'mixed') return false;
  return files.some((file) => model.files.get(file)?.imports.some((entry) => /^(fastapi|starlette)(\.|$)/.test(entry.specifier)));
}
