import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';

// Typed as an error handler: TypeScript accepts fewer parameters, Express does not.
export const jsonErrors: ErrorRequestHandler = (problem, _req, res) => { // expect: express/error-middleware-arity
  res.status(500).json({ error: String(problem) });
};

export default function finalHandler(err: Error, _req: Request, res: Response, _next: NextFunction) { // ok: express/error-middleware-arity
  res.status(500).json({ error: err.message });
}
