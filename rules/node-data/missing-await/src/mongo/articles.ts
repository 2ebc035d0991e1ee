import { Router } from 'express';
import Article from './article';

export const articles = Router();

articles.get('/articles/:id', async (req, res) => {
  const article = Article.findById(req.params.id); // expect: node-data/missing-await
  if (!article) return res.status(404).end();
  res.json({ title: article.title });
});

articles.get('/articles', async (_req, res) => {
  // A query chain is still a query: `.lean()` and `.sort()` build it, `await` runs it.
  const list = await Article.find({ published: true }).sort({ title: 1 }).lean(); // ok: node-data/missing-await
  const drafts = [1, 2, 3].find((id) => id > 1); // ok: node-data/missing-await
  res.json({ list, drafts, count: Article.countDocuments().length }); // expect: node-data/missing-await
});
