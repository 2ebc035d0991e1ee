const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function search(term) {
  // expect: prisma/interpolated-sql-in-unsafe-raw
  return prisma.$queryRawUnsafe(`SELECT * FROM "Post" WHERE title ILIKE '%${term}%'`);
}

async function archive(ids) {
  return prisma.$executeRawUnsafe('UPDATE "Post" SET archived = true WHERE id IN (' + ids.join(',') + ')'); // expect: prisma/interpolated-sql-in-unsafe-raw
}

async function searchSafely(term) {
  // ok: prisma/interpolated-sql-in-unsafe-raw
  const tagged = await prisma.$queryRaw`SELECT * FROM "Post" WHERE title ILIKE ${`%${term}%`}`;
  const bound = await prisma.$queryRawUnsafe('SELECT * FROM "Post" WHERE title ILIKE $1', `%${term}%`); // ok: prisma/interpolated-sql-in-unsafe-raw
  return { tagged, bound };
}

module.exports = { search, archive, searchSafely };

const POSTS = '"Post"';

async function page(limit, ids) {
  const slots = ids.map(() => '?').join(', ');
  // ok: prisma/interpolated-sql-in-unsafe-raw
  return prisma.$queryRawUnsafe('SELECT * FROM ' + POSTS + ' WHERE id IN (' + slots + ') LIMIT ' + Number(limit), ...ids);
}

module.exports.page = page;
