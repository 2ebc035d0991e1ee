import { DataTypes, Model } from 'sequelize';
import sequelize from '../db';

export class Comment extends Model {}

// Its own rename wins over the defaults: comments are created at `postedAt`.
Comment.init({ text: DataTypes.TEXT }, { sequelize, tableName: 'comments', createdAt: 'postedAt' });
