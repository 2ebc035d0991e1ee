import { DataTypes, Model } from 'sequelize';
import sequelize from '../db';

export class Comment extends Model {}

Comment.init({ text: DataTypes.TEXT, approved: DataTypes.BOOLEAN }, { sequelize, tableName: 'comments' });

export class Tag extends Model {}

Tag.init({ label: DataTypes.STRING }, { sequelize, tableName: 'tags' });
