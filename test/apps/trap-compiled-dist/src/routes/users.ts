import { Router, type Request, type Response } from 'express';
import { pool } from '../db';

export const usersRouter = Router();

usersRouter.get('/', async (_req: Request, res: Response) => {
  const { rows } = await pool.query('SELECT id, email FROM users ORDER BY id');
  res.json(rows);
});
