const { User } = require('../models');
const { pageSize } = require('../config');

async function list(page) {
  return User.findAll({ limit: pageSize, offset: (page - 1) * pageSize, order: [['id', 'ASC']] });
}

function find(id) {
  return User.findByPk(id);
}

function create(attributes) {
  return User.create(attributes);
}

async function update(id, attributes) {
  const user = await User.findByPk(id);
  if (!user) return null;
  return user.update(attributes);
}

module.exports = { list, find, create, update };
