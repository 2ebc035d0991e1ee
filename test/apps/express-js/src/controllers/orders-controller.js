const orderService = require('../services/order-service');

async function list(req, res) {
  res.json(await orderService.list());
}

async function listForUser(req, res) {
  res.json(await orderService.listForUser(req.params.userId));
}

async function show(req, res) {
  const order = await orderService.find(req.params.id);
  if (!order) return res.status(404).json({ error: 'order not found' });
  res.json(order);
}

async function create(req, res) {
  const order = await orderService.place(req.body.customerId, req.body.items || []);
  res.status(201).json(order);
}

async function remove(req, res) {
  await orderService.cancel(req.params.id);
  res.status(204).end();
}

module.exports = { list, listForUser, show, create, remove };
