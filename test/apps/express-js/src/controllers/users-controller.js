const userService = require('../services/user-service');

exports.list = async (req, res) => {
  res.json(await userService.list(Number(req.query.page || 1)));
};

exports.show = async (req, res) => {
  const user = await userService.find(req.params.id);
  if (!user) return res.status(404).json({ error: 'user not found' });
  res.json(user);
};

exports.create = async (req, res) => {
  const user = await userService.create(req.body);
  res.status(201).json(user);
};

exports.update = async (req, res) => {
  const user = await userService.update(req.params.id, req.body);
  if (!user) return res.status(404).json({ error: 'user not found' });
  res.json(user);
};
