"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.usersRouter = void 0;
const express_1 = require("express");
const db_1 = require("../db");
exports.usersRouter = (0, express_1.Router)();
exports.usersRouter.get('/', async (_req, res) => {
    const { rows } = await db_1.pool.query('SELECT id, email FROM users ORDER BY id');
    res.json(rows);
});
