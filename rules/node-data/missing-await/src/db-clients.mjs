import mysql from 'mysql2';
import mongoose from 'mongoose';
import pool from './db.js';

// A callback pool: `.promise()` gives the promise API.
const legacy = mysql.createPool({ uri: process.env.MYSQL_URL });

const tagSchema = new mongoose.Schema({ name: String });
export const Tag = mongoose.models.Tag || mongoose.model('Tag', tagSchema);

export async function audit() {
  const [rows] = legacy.promise().query('SELECT * FROM audit'); // expect: node-data/missing-await
  legacy.query('SELECT 1', (error, result) => console.log(error, result)); // ok: node-data/missing-await
  const client = await pool.connect();
  try {
    const changed = client.query('UPDATE audit SET seen = true').rowCount; // expect: node-data/missing-await
    return { rows, changed, tags: Tag.find().length }; // expect: node-data/missing-await
  } finally {
    client.release();
  }
}
