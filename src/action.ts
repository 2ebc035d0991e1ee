import * as core from '@actions/core';
import { ConfigurationError, describeError, isUserError } from './core/errors.js';
import { runAction } from './github/run-action.js';

/** A configuration mistake with a position becomes an error annotation on that file and line. */
function annotateConfigurationError(error: ConfigurationError): void {
  const related = (error as ConfigurationError & { related?: ConfigurationError[] }).related ?? [];
  for (const problem of [error, ...related]) {
    if (!problem.position?.line) continue;
    core.error(`${problem.message}${problem.hint ? ` ${problem.hint}` : ''}`, {
      title: 'constraint-gate configuration',
      file: problem.position.file,
      startLine: problem.position.line,
      ...(problem.position.column ? { startColumn: problem.position.column } : {}),
    });
  }
}

/** The action's entry: one run(), one try/catch that turns errors into a failed step. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    if (error instanceof ConfigurationError) annotateConfigurationError(error);
    core.setFailed(isUserError(error) ? describeError(error) : `internal error: ${describeError(error)}`);
    if (!isUserError(error) && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

await run();
