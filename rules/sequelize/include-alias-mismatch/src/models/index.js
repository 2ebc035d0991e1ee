const User = require('./user');
const Post = require('./post');
const { Comment, Tag } = require('./comment');

User.hasMany(Post, { as: 'posts', foreignKey: 'authorId' });
Post.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
Post.hasMany(Comment);
Comment.belongsTo(Post);
Comment.belongsTo(User);
Post.belongsToMany(Tag, { through: 'PostTags' });

module.exports = { User, Post, Comment, Tag };
