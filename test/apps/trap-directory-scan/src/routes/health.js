module.exports = async function health(app) {
  app.get('/', async () => ({ status: 'ok' }));
};
