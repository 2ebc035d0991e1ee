/**
 * Errors a user can act on. Anything else that escapes is an internal error:
 * the edges print its stack only under --debug.
 */

export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

export class ConfigurationError extends Error {
  readonly position: SourcePosition | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: { position?: SourcePosition; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ConfigurationError';
    this.position = options.position;
    this.hint = options.hint;
  }
}

/** Wrong flags or arguments on the command line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function formatPosition(position: SourcePosition): string {
  let text = position.file;
  if (position.line !== undefined) text += `:${position.line}`;
  if (position.line !== undefined && position.column !== undefined) text += `:${position.column}`;
  return text;
}

export function isUserError(error: unknown): error is ConfigurationError | UsageError {
  return error instanceof ConfigurationError || error instanceof UsageError;
}

/** One sentence for any thrown value, prefixed with the position when it has one. */
export function describeError(error: unknown): string {
  if (error instanceof ConfigurationError) {
    const where = error.position ? `${formatPosition(error.position)}: ` : '';
    const hint = error.hint ? `\n  ${error.hint}` : '';
    return `${where}${error.message}${hint}`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
