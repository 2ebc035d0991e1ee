import { Router } from 'express';
import pool from '../db';
import { prisma } from '../prisma';

export const router = Router();

router.get('/orders', async (_req, res) => {
  const orders = await prisma.order.findMany();
  const items = [];
  for (const order of orders) { // expect: node-data/query-in-loop
    items.push(...(await prisma.item.findMany({ where: { orderId: order.id } })));
  }
  res.json({ orders, items });
});

router.get('/invoices', async (_req, res) => {
  const { rows } = await pool.query('SELECT id FROM invoices');
  // expect: node-data/query-in-loop
  rows.forEach(async (row: { id: number }) => {
    await pool.query('UPDATE invoices SET seen = true WHERE id = $1', [row.id]);
  });
  res.json(rows);
});

router.get('/ids', async (_req, res) => {
  const ids = await prisma.order.findMany({ select: { id: true } });
  const byId = await prisma.item.findMany({ where: { orderId: { in: ids.map((order) => order.id) } } }); // ok: node-data/query-in-loop
  res.json(byId);
});
