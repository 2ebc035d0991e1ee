import { Comment, Post, Tag, User } from '../models';

export async function feed() {
  return Post.findAll({
    include: [
      { model: User, as: 'author' }, // ok: sequelize/include-alias-mismatch
      { model: Comment }, // ok: sequelize/include-alias-mismatch
      Tag, // ok: sequelize/include-alias-mismatch
      // An association without `as` also answers to its default name.
      { model: Comment, as: 'Comments' }, // ok: sequelize/include-alias-mismatch
    ],
  });
}

export async function byAuthor() {
  return Post.findAll({
    include: [
      { model: User, as: 'writer' }, // expect: sequelize/include-alias-mismatch
      { model: Comment, include: [Tag] }, // expect: sequelize/include-alias-mismatch
    ],
  });
}

export async function withComments() {
  return User.findAll({
    // Comments belong to posts, not to users: there is no User -> Comment association.
    include: [{ model: Comment }], // expect: sequelize/include-alias-mismatch
  });
}

export async function tagged() {
  return Tag.findAll({
    include: [
      { model: Post, as: 'taggedPosts' }, // ok: sequelize/include-alias-mismatch
      Comment, // expect: sequelize/include-alias-mismatch
    ],
  });
}
