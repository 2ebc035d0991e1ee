const db = require('../data/db');

async function tagsOfPosts() {
  const posts = await db.knex('posts').select('id');
  // expect: node-data/query-in-loop
  for (const post of posts) {
    post.tags = await db.knex('posts_tags').where({ post_id: post.id });
  }
  return posts;
}

async function tagsOfPostsAtOnce() {
  const posts = await db.knex('posts').select('id');
  const links = await db.knex('posts_tags').whereIn('post_id', posts.map((post) => post.id));
  // ok: node-data/query-in-loop
  for (const post of posts) {
    post.tags = links.filter((link) => link.post_id === post.id);
  }
  return posts;
}

module.exports = { tagsOfPosts, tagsOfPostsAtOnce };
