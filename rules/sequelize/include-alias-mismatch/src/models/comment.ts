import { DataTypes, Model } from 'sequelize';
import sequelize from '../db';

export class Comment extends Model {}

Comment.init({ text: DataTypes.TEXT, approved: DataTypes.BOOLEAN }, { sequelize, tableName: 'comments' });

// Set up in a static method: `this.init()` names the class.
export class Tag extends Model {
  static setup(): typeof Tag {
    return this.init({ label: DataTypes.STRING }, { sequelize, tableName: 'tags' });
  }
}

Tag.setup();
