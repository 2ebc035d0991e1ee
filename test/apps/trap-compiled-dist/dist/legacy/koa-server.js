"use strict";
// Left over from the Koa version of this service (v1); no source file builds it any more.
const Koa = require("koa");
const Router = require("@koa/router");
const mongoose = require("mongoose");
const app = new Koa();
const router = new Router();
router.get('/users', async (ctx) => { ctx.body = await mongoose.model('User').find(); });
app.use(router.routes());
module.exports = app;
