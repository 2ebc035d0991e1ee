/**
 * The routes the contract maps operations to are the source model's composed routes
 * (src/source/routes/compose-routes.ts); the contract code reads only method, path, partial,
 * framework, file, line and handler.
 */
export type { Route as ContractRoute } from '../source/routes/compose-routes.js';
