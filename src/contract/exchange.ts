/** What the live run observed, as plain data: the edge fills these in, the pure accounting reads them. */
import type { ObservedResponse } from './response-check.js';

export interface AssertionOutcome {
  name: string;
  passed: boolean;
  /** The assertion's error message when it failed. */
  message?: string;
}

export interface Exchange {
  /** `collection` for requests a Postman collection sent, `generated` for requests built from the spec. */
  source: 'collection' | 'generated';
  /** The Postman item name, or the operation label for generated requests. */
  name: string;
  method: string;
  url: string;
  requestBody?: string;
  /** Authorization-style header values sent; kept only so they can be masked, never printed. */
  secretsSent: string[];
  response?: ObservedResponse;
  /** Why no response came back (connection refused, timeout). */
  error?: string;
  assertions: AssertionOutcome[];
  /** Server log lines written while this request was in flight: [first, end) indexes into the log. */
  logRange?: [number, number];
}
