/** EDGE: sends one generated request with fetch and records it as an Exchange. */
import type { Exchange } from '../exchange.js';
import type { GeneratedRequest } from '../generate-requests.js';
import type { RunningApp } from '../runtime.js';

export async function sendGenerated(request: GeneratedRequest, timeoutMs: number, app: RunningApp): Promise<Exchange> {
  const logFrom = app.logLines().length;
  const exchange: Exchange = {
    source: 'generated',
    name: `generated request for ${request.operationLabel}`,
    method: request.method,
    url: request.url,
    ...(request.body !== undefined ? { requestBody: request.body } : {}),
    secretsSent: request.headers.authorization ? [request.headers.authorization] : [],
    assertions: [],
  };
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    exchange.response = { status: response.status, headers, body: await response.text() };
  } catch (error) {
    exchange.error = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  }
  exchange.logRange = [logFrom, app.logLines().length];
  return exchange;
}
