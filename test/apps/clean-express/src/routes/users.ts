import { Router } from 'express';
import type { User } from '../models/user.js';
import { EmailTaken, listActive, register } from '../services/userService.js';

export const usersRouter = Router();

const view = (user: User) => ({ id: user.id, email: user.email });

usersRouter.get('/users', async (_req, res) => {
  const users = await listActive();
  res.json(users.map(view));
});

usersRouter.post('/users', async (req, res) => {
  try {
    const user = await register(String(req.body?.email ?? ''));
    res.status(201).json(view(user));
  } catch (error) {
    if (error instanceof EmailTaken) res.status(409).json({ error: 'email taken' });
    else throw error;
  }
});
