const { DataTypes } = require('sequelize');
const sequelize = require('../db');

const Post = sequelize.define('post', {
  title: DataTypes.STRING,
  body: DataTypes.TEXT,
  authorId: DataTypes.INTEGER,
});

module.exports = Post;
