/** The slice of newman's untyped API the contract run uses. */
declare module 'newman' {
  import type { EventEmitter } from 'node:events';

  interface NewmanRunOptions {
    collection: unknown;
    globals?: unknown;
    environment?: unknown;
    timeoutRequest?: number;
    reporters?: string[];
    insecure?: boolean;
    ignoreRedirects?: boolean;
  }

  interface NewmanSummary {
    error?: unknown;
    globals?: { values?: { toObject?: () => Record<string, unknown> } };
    environment?: { values?: { toObject?: () => Record<string, unknown> } };
    collection?: { variables?: { toObject?: () => Record<string, unknown> } };
  }

  function run(options: NewmanRunOptions, callback: (error: unknown, summary: NewmanSummary) => void): EventEmitter;

  const newman: { run: typeof run };
  export default newman;
}
