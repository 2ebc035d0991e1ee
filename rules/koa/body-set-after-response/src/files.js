const fs = require('node:fs');
const Router = require('@koa/router');
const { reports } = require('./services');

const router = new Router();

router.get('/files/:name', (ctx) => {
  fs.readFile(`/srv/files/${ctx.params.name}`, (error, data) => {
    ctx.body = error ? 'missing' : data; // expect: koa/body-set-after-response
  });
});

router.get('/reports/:id', async (ctx) => {
  reports.load(ctx.params.id).then((report) => {
    ctx.body = report; // expect: koa/body-set-after-response
  });
});

router.get('/reports/:id/summary', async (ctx) => {
  // Returned: Koa waits for the chain.
  return reports.load(ctx.params.id).then((report) => {
    ctx.body = report.summary; // ok: koa/body-set-after-response
  });
});

router.get('/slow', async (ctx) => {
  setTimeout(() => {
    ctx.status = 202; // expect: koa/body-set-after-response
  }, 10);
});

router.get('/wait', async (ctx) => {
  await new Promise((resolve) => {
    setTimeout(() => {
      ctx.body = 'done'; // ok: koa/body-set-after-response
      resolve();
    }, 10);
  });
});

router.get('/items', async (ctx) => {
  const items = await reports.items();
  items.forEach((item) => {
    ctx.body = item; // ok: koa/body-set-after-response
  });
});

router.get('/export', async (ctx) => {
  if (ctx.query.raw) {
    ctx.respond = false;
    try {
      await reports.pipeTo(ctx.res);
      ctx.res.end();
      return;
    } catch (error) {
      ctx.res.end();
      return;
    }
  }
  ctx.body = await reports.all(); // ok: koa/body-set-after-response
});

module.exports = router;
