import { DataTypes, Model } from 'sequelize';
import sequelize from '../db';

export class Post extends Model {}

Post.init(
  {
    title: DataTypes.STRING,
    body: DataTypes.TEXT,
  },
  { sequelize, tableName: 'posts' },
);
