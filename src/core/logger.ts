/** The core reports progress and problems through this, never through the console or @actions/core. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Collects messages in memory; used by tests to assert what the core said. */
export function memoryLogger(): Logger & { messages: { level: string; message: string }[] } {
  const messages: { level: string; message: string }[] = [];
  const push = (level: string) => (message: string) => void messages.push({ level, message });
  return { messages, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}
