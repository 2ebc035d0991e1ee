import { Router, type Request, type Response } from 'express';
import { orders } from '../services/orders';

export const router = Router();

router.get('/orders/:id', async (req: Request, res: Response) => {
  const order = await orders.find(req.params.id);
  if (!order) {
    res.status(404).json({ error: 'not found' });
  }
  // A bare end() after a send does nothing; the json() below fails with ERR_HTTP_HEADERS_SENT.
  if (order.cancelled) return res.status(410).end(); // ok: express/response-sent-twice
  return res.json(order); // expect: express/response-sent-twice
});

router.post('/orders', async (req: Request, res: Response) => {
  const order = await orders.create(req.body);
  res.status(201).json(order);
  if (!res.headersSent) res.json({ status: 'queued' }); // ok: express/response-sent-twice
});

router.patch('/orders/:id', async (req: Request, res: Response) => {
  const order = await orders.find(req.params.id);
  if (!order) res.sendStatus(404);
  if (order) res.json(await orders.update(order, req.body)); // ok: express/response-sent-twice
});

router.get('/orders', (req: Request, res: Response) => {
  switch (req.query.format) {
    case 'csv':
      res.type('text/csv').send(orders.csv());
      break;
    default:
      res.json(orders.all()); // ok: express/response-sent-twice
  }
});
