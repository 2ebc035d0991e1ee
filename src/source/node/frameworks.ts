import type { FileScope } from './file-scope.js';

/** The Node web frameworks whose routes we read, and the modules that reveal each of them. */
export type NodeFramework = 'express' | 'fastify' | 'hono' | 'koa';

export const EXPRESS_MODULES = ['express'] as const;
export const FASTIFY_MODULES = ['fastify'] as const;
export const FASTIFY_PLUGIN_MODULES = ['fastify-plugin'] as const;
export const FASTIFY_AUTOLOAD_MODULES = ['@fastify/autoload', 'fastify-autoload'] as const;
export const HONO_MODULES = ['hono', 'hono/tiny', 'hono/quick', '@hono/zod-openapi'] as const;
export const HONO_FACTORY_MODULES = ['hono/factory'] as const;
export const KOA_MODULES = ['koa'] as const;
export const KOA_ROUTER_MODULES = ['@koa/router', 'koa-router'] as const;

/** Frameworks a file imports anything from (type-only imports count: plugin files often only import types). */
export function frameworksOf(scope: FileScope): Set<NodeFramework> {
  const found = new Set<NodeFramework>();
  for (const module of scope.modules) {
    if (module === 'express') found.add('express');
    else if (module === 'fastify' || module === 'fastify-plugin' || module.startsWith('@fastify/')) found.add('fastify');
    else if (module === 'hono' || module.startsWith('hono/') || module.startsWith('@hono/')) found.add('hono');
    else if (module === 'koa' || module === '@koa/router' || module === 'koa-router') found.add('koa');
  }
  return found;
}

/** HTTP methods by the name of the router method that declares them. */
export const ROUTE_METHODS: Record<NodeFramework, Record<string, string>> = {
  express: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS', head: 'HEAD', all: 'ALL' },
  fastify: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS', head: 'HEAD', all: 'ALL' },
  hono: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS', all: 'ALL' },
  koa: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE', options: 'OPTIONS', head: 'HEAD', all: 'ALL' },
};

/** The framework a handler's parameters suggest: (req, res), (request, reply), (ctx), (c). */
export function frameworkOfHandler(parameters: string[]): NodeFramework | undefined {
  const [first, second] = parameters;
  if (first === 'ctx' || first === 'context') return 'koa';
  if (first === 'c') return 'hono';
  if (second === 'reply') return 'fastify';
  if (first === 'req' || first === 'request' || first === '_req') return 'express';
  return undefined;
}
