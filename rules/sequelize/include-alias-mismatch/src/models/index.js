const User = require('./user');
const Post = require('./post');
const { Comment, Tag } = require('./comment');

User.hasMany(Post, { as: 'posts', foreignKey: 'authorId' });
Post.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
Post.hasMany(Comment);
Comment.belongsTo(Post);
Comment.belongsTo(User);
Post.belongsToMany(Tag, { through: 'PostTags' });
// Options in a variable: the alias is not visible here, so includes of Tag -> Post are not judged.
const tagOptions = { through: 'PostTags', as: 'taggedPosts' };
Tag.belongsToMany(Post, tagOptions);

module.exports = { User, Post, Comment, Tag };
