/** Replaced at bundle time; the fallback is what tests see when running from source. */
declare const __CONSTRAINT_GATE_VERSION__: string | undefined;

export const TOOL_VERSION: string =
  typeof __CONSTRAINT_GATE_VERSION__ === 'string' ? __CONSTRAINT_GATE_VERSION__ : '0.0.0-source';
