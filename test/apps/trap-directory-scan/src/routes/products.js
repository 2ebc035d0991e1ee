const db = require('../db');

module.exports = async function products(app) {
  app.get('/', async () => {
    const [rows] = await db.query('SELECT id, name FROM products');
    return rows;
  });
};
