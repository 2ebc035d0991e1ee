const User = require('./user');
const { Post } = require('./post');

User.hasMany(Post, { as: 'posts' });
Post.belongsTo(User);

module.exports = { User, Post };
