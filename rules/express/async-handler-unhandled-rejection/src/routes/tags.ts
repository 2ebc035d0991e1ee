import { Router, type Request, type Response } from 'express';
import { tags } from '../services/tags';

export const router = Router();

router.get('/tags', async (req: Request, res: Response) => { // expect: express/async-handler-unhandled-rejection
  res.json(await tags.all());
});

router.put('/tags/:id', async (req: Request, res: Response) => { // ok: express/async-handler-unhandled-rejection
  try {
    const tag = await tags.rename(req.params.id, req.body.name);
    res.json(tag);
  } catch (error) {
    res.status(400).json({ error: (error as Error).message });
  }
});
