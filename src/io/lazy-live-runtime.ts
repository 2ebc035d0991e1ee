import type { ContractRuntime } from '../contract/runtime.js';

/**
 * The contract live runtime, loaded on first use: it brings Newman and the Postman sandbox,
 * which most runs (static contract coverage only) never need and would otherwise load at start-up.
 */
export function lazyLiveRuntime(): ContractRuntime {
  let loaded: Promise<ContractRuntime> | undefined;
  const runtime = () => (loaded ??= import('../contract/live/live-runtime.js').then((module) => module.liveRuntime()));
  return {
    startApp: async (plan) => (await runtime()).startApp(plan),
    runCollection: async (collection, options, app) => (await runtime()).runCollection(collection, options, app),
    send: async (request, timeoutMs, app) => (await runtime()).send(request, timeoutMs, app),
    now: () => Date.now(),
  };
}
