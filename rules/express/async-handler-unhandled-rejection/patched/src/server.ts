import 'express-async-errors';
import express from 'express';
import { notes } from './notes';

const app = express();

// `express-async-errors` patches Express 4's router once for the whole app.
app.get('/notes', async (_req, res) => { // ok: express/async-handler-unhandled-rejection
  res.json(await notes.list());
});

export default app;
