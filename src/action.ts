import * as core from '@actions/core';
import { describeError, isUserError } from './core/errors.js';
import { runAction } from './github/run-action.js';

/** The action's entry: one run(), one try/catch that turns errors into a failed step. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    core.setFailed(isUserError(error) ? describeError(error) : `internal error: ${describeError(error)}`);
    if (!isUserError(error) && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

await run();
