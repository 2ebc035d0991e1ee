import type { Context, Next } from 'koa';
import { reportError } from './errors';

export async function timing(ctx: Context, next: Next): Promise<void> {
  const started = Date.now();
  try {
    await next();
  } catch (error) { // expect: koa/swallowed-error
    ctx.set('X-Failed', 'true');
  } finally {
    ctx.set('X-Response-Time', `${Date.now() - started}ms`);
  }
}

export async function errors(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (error) { // ok: koa/swallowed-error
    reportError(ctx, error);
  }
}

export async function retry(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (error) { // ok: koa/swallowed-error
    throw Object.assign(new Error('upstream failed'), { status: 502, cause: error });
  }
}
