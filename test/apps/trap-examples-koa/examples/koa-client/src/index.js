const Koa = require('koa');
const Router = require('@koa/router');
const { MongoClient } = require('mongodb');

const app = new Koa();
const router = new Router();
const cache = new MongoClient('mongodb://localhost:27017').db('demo').collection('tickets');

router.get('/tickets', async (ctx) => {
  const response = await fetch('http://localhost:8000/tickets/');
  ctx.body = await response.json();
  await cache.insertMany(ctx.body);
});

app.use(router.routes());
app.listen(4000);
