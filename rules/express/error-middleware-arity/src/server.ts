import express, { type NextFunction, type Request, type Response } from 'express';
import { errorHandler } from './middleware/errors';
import finalHandler, { jsonErrors } from './middleware/not-found';

const app = express();

app.use((err: Error, req: Request, res: Response) => { // expect: express/error-middleware-arity
  res.status(500).json({ error: err.message });
});

// ok: express/error-middleware-arity
app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message });
});

// `errors` is a route-level helper, not an error handler.
app.use((errors: string[], res: Response) => res.json(errors)); // ok: express/error-middleware-arity

app.use(errorHandler);
app.use('/api', [jsonErrors, finalHandler]);

export default app;
