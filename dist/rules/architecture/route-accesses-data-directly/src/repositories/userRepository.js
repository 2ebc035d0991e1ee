const { User } = require('../models/user');

async function findAll() {
  return User.findAll(); // ok: architecture/route-accesses-data-directly
}

module.exports = { findAll };
