import db from '../data/db';

export async function authorsOfPosts() {
  const posts = await db.knex('posts').select('id', 'author_id');
  // expect: node-data/query-in-loop
  for (const post of posts) {
    post.author = await db.knex.raw('select * from users where id = ?', [post.author_id]);
  }
  return posts;
}
