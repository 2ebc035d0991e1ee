/**
 * EDGE: runs one Postman collection in-process with the newman library (no reporters, nothing
 * printed) and turns its events into plain Exchange records: every request, its response, every
 * assertion, test-script errors as failed assertions, and the server log lines written meanwhile.
 */
import newman from 'newman';
import type { Exchange } from '../exchange.js';
import type { CollectionRun, CollectionRunOptions, RunningApp } from '../runtime.js';

interface Cursor { ref?: string }
interface PropertyList { toObject?: () => Record<string, unknown>; each?: (fn: (item: { key: string; value: unknown; disabled?: boolean }) => void) => void }
interface PostmanRequest { method?: string; url?: { toString(): string }; headers?: PropertyList; body?: { raw?: string; mode?: string } }
interface PostmanResponse { code?: number; headers?: PropertyList; stream?: Buffer; text?: () => string }

export function runCollectionWithNewman(collection: Record<string, unknown>, options: CollectionRunOptions, app: RunningApp): Promise<CollectionRun> {
  const byRef = new Map<string, Exchange>();
  const order: Exchange[] = [];
  const logStart = new Map<string, number>();
  const pendingAssertions = new Map<string, Exchange['assertions']>();
  return new Promise((resolve) => {
    let emitter;
    try {
      emitter = newman.run(
        {
          collection,
          globals: { values: Object.entries(options.globals).map(([key, value]) => ({ key, value, type: 'default', enabled: true })) },
          timeoutRequest: options.requestTimeoutMs,
          reporters: [],
        },
        (error, summary) => {
          const variables: Record<string, string> = {};
          for (const scope of [summary?.collection?.variables, summary?.globals?.values, summary?.environment?.values]) {
            for (const [key, value] of Object.entries(scope?.toObject?.() ?? {})) if (value !== undefined && value !== null) variables[key] = String(value);
          }
          resolve({ exchanges: order, variables, ...(error ? { error: error instanceof Error ? error.message : String(error) } : {}) });
        },
      );
    } catch (error) {
      resolve({ exchanges: [], variables: {}, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    emitter.on('beforeRequest', (_error: unknown, args: { cursor?: Cursor }) => {
      if (args?.cursor?.ref) logStart.set(args.cursor.ref, app.logLines().length);
    });
    emitter.on('request', (error: unknown, args: { cursor?: Cursor; item?: { name?: string }; request?: PostmanRequest; response?: PostmanResponse }) => {
      const ref = args?.cursor?.ref ?? `request-${order.length}`;
      const request = args?.request;
      const headers = headerObject(request?.headers);
      const exchange: Exchange = {
        source: 'collection',
        name: args?.item?.name ?? 'request',
        method: (request?.method ?? 'GET').toUpperCase(),
        url: request?.url?.toString() ?? '',
        secretsSent: Object.entries(headers).filter(([key]) => /authorization|api-key|token|cookie/i.test(key)).map(([, value]) => value),
        assertions: pendingAssertions.get(ref) ?? [],
        logRange: [logStart.get(ref) ?? 0, app.logLines().length],
      };
      if (request?.body?.mode === 'raw' && typeof request.body.raw === 'string') exchange.requestBody = request.body.raw;
      if (error || !args?.response) exchange.error = error instanceof Error ? error.message : String(error ?? 'no response');
      else {
        const response = args.response;
        exchange.response = {
          status: response.code ?? 0,
          headers: lowerCase(headerObject(response.headers)),
          body: response.stream ? Buffer.from(response.stream).toString('utf8') : response.text?.() ?? '',
        };
      }
      byRef.set(ref, exchange);
      order.push(exchange);
    });
    emitter.on('assertion', (error: { message?: string } | null, args: { cursor?: Cursor; assertion?: string; skipped?: boolean }) => {
      if (args?.skipped) return;
      const ref = args?.cursor?.ref ?? '';
      const outcome = { name: args?.assertion ?? 'assertion', passed: !error, ...(error?.message ? { message: error.message } : {}) };
      const exchange = byRef.get(ref);
      if (exchange) exchange.assertions.push(outcome);
      else pendingAssertions.set(ref, [...(pendingAssertions.get(ref) ?? []), outcome]);
    });
    // A test script that throws outside pm.test ran none of its remaining checks: that is a failure too.
    emitter.on('script', (error: { message?: string } | null, args: { cursor?: Cursor; event?: { listen?: string } }) => {
      if (!error || args?.event?.listen !== 'test') return;
      const exchange = byRef.get(args?.cursor?.ref ?? '');
      exchange?.assertions.push({ name: 'test script ran', passed: false, message: error.message ?? 'script error' });
    });
  });
}

function headerObject(list: PropertyList | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  list?.each?.((header) => {
    if (!header.disabled) result[header.key] = String(header.value);
  });
  return result;
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}
