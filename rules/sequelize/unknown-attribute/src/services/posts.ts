import { Post, User } from '../models';
import { Comment } from '../models/comment';

export async function postsOf(userId: number) {
  // The default foreign key of `Post.belongsTo(User)` is `UserId`: PostgreSQL has no column "userId".
  return Post.findAll({ where: { userId } }); // expect: sequelize/unknown-attribute
}

export async function postsByUser(UserId: number) {
  return Post.findAll({
    where: { UserId }, // ok: sequelize/unknown-attribute
    order: [['published_at', 'DESC']], // expect: sequelize/unknown-attribute
  });
}

export async function countUsers() {
  return User.count({ where: { first_name: 'Ada' } }); // ok: sequelize/unknown-attribute
}

export async function recentComments(since: Date) {
  return Comment.findAll({
    where: { gmt_modified: since }, // ok: sequelize/unknown-attribute
    order: [['postedAt', 'DESC']], // ok: sequelize/unknown-attribute
  });
}

export async function recentPosts() {
  return Post.findAll({ order: [['postedAt', 'DESC']] }); // expect: sequelize/unknown-attribute
}
