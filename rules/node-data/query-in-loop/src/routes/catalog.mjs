import { Router } from 'express';
import { db } from '../data/knex.mjs';

export const catalog = Router();

catalog.get('/categories', async (req, res) => {
  const categories = await db('categories').select('id', 'name');
  // expect: node-data/query-in-loop
  for (const category of categories) {
    category.products = await db('products').where({ category_id: category.id });
  }
  res.json(categories);
});

catalog.get('/categories/flat', async (req, res) => {
  const categories = await db('categories').select('id');
  const products = await db('products').whereIn('category_id', categories.map((c) => c.id)); // ok: node-data/query-in-loop
  res.json({ categories, products });
});
