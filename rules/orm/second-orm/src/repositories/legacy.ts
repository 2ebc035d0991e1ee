// expect: orm/second-orm
import knexFactory from 'knex';
import type { Knex } from 'knex'; // ok: orm/second-orm

const knex: Knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

export async function legacyOrders(userId: number) {
  return knex('orders').where({ user_id: userId });
}
