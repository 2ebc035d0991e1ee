const Database = require('better-sqlite3');
const express = require('express');

const db = new Database('app.db');
const insertTag = db.prepare('INSERT INTO tags (name) VALUES (?)'); // ok: better-sqlite3/prepare-in-loop
const app = express();

function importUsers(users) {
  for (const user of users) {
    db.prepare('INSERT INTO users (name, email) VALUES (?, ?)').run(user.name, user.email); // expect: better-sqlite3/prepare-in-loop
  }
}

function importTags(tags) {
  tags.forEach((tag) => {
    insertTag.run(tag); // ok: better-sqlite3/prepare-in-loop
  });
}

app.get('/users/:id', (req, res) => {
  // expect: better-sqlite3/prepare-in-loop
  const user = db.prepare(`SELECT * FROM users WHERE id = ?`).get(req.params.id);
  res.json(user);
});

function exportTables(names) {
  // Each statement differs: there is nothing to prepare once.
  return names.map((name) => db.prepare(`SELECT * FROM ${name}`).all()); // ok: better-sqlite3/prepare-in-loop
}

module.exports = { app, importUsers, importTags, exportTables };
