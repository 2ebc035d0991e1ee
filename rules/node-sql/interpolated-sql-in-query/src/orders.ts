import mysql from 'mysql2/promise';
import type { Knex } from 'knex';
import { Sequelize, QueryTypes } from 'sequelize';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.DATABASE_URL!);

export async function ordersOf(customer: string) {
  const [rows] = await pool.execute(`SELECT * FROM orders WHERE customer = '${customer}'`); // expect: node-sql/interpolated-sql-in-query
  return rows;
}

export async function deleteOrder(id: string) {
  // expect: node-sql/interpolated-sql-in-query
  return sequelize.query('DELETE FROM orders WHERE id = ' + id, { type: QueryTypes.DELETE });
}

export async function recent(knex: Knex, days: number) {
  return knex.raw(`with recent as (select * from orders where created_at > now() - interval '${days} days') select * from recent`); // expect: node-sql/interpolated-sql-in-query
}

export async function ordersOfSafely(customer: string, knex: Knex) {
  const [rows] = await pool.execute('SELECT * FROM orders WHERE customer = ?', [customer]); // ok: node-sql/interpolated-sql-in-query
  const byName = await sequelize.query('SELECT * FROM orders WHERE customer = :customer', { replacements: { customer } }); // ok: node-sql/interpolated-sql-in-query
  const tagged = await knex.raw('select * from orders where customer = ?', [customer]); // ok: node-sql/interpolated-sql-in-query
  return { rows, byName, tagged };
}

export function logLine(logger: { execute(message: string): void }, user: string) {
  // Not SQL: a message that happens to be interpolated.
  logger.execute(`user ${user} signed in`); // ok: node-sql/interpolated-sql-in-query
}
