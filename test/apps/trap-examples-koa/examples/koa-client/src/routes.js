const Router = require('@koa/router');

module.exports = new Router({ prefix: '/demo' });
