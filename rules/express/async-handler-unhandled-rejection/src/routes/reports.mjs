import { Router } from 'express';
import { reports } from '../services/reports.js';

// A home-made wrapper: it forwards the rejection to next().
const catchAsync = (fn) => (req, res, next) => fn(req, res, next).catch(next);

export const router = Router();

router.get('/reports', catchAsync(async (req, res) => { // ok: express/async-handler-unhandled-rejection
  res.json(await reports.list());
}));

// expect: express/async-handler-unhandled-rejection
router.post('/reports', async (req, res) => {
  try {
    res.status(201).json(await reports.create(req.body));
  } catch (error) {
    if (error.code === 'duplicate') return res.status(409).json({ error: 'exists' });
    // Re-thrown from an async handler: Express 4 sees a rejected promise, not an error.
    throw error;
  }
});

export async function download(req, res) { // expect: express/async-handler-unhandled-rejection
  const file = await reports.render(req.params.id);
  res.download(file);
}

router.get('/reports/:id/download', download);

router.delete('/reports/:id', async (req, res, next) => { // ok: express/async-handler-unhandled-rejection
  try {
    await reports.remove(req.params.id);
    res.sendStatus(204);
  } catch (error) {
    next(error);
  }
});
