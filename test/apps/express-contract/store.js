// A tiny table store kept in memory and written through to a JSON file ($DATA_FILE), so the
// fixture needs no native SQLite module.
const fs = require('node:fs');

class Store {
  constructor(file) {
    this.file = file;
    this.data = { users: [], projects: [], nextId: 1 };
    if (file && fs.existsSync(file)) this.data = JSON.parse(fs.readFileSync(file, 'utf8'));
  }

  insert(table, row) {
    const saved = { id: this.data.nextId++, ...row };
    this.data[table].push(saved);
    this.save();
    return saved;
  }

  find(table, predicate) {
    return this.data[table].find(predicate);
  }

  all(table) {
    return [...this.data[table]];
  }

  update(table, id, changes) {
    const row = this.find(table, (candidate) => candidate.id === id);
    if (row) Object.assign(row, changes);
    this.save();
    return row;
  }

  remove(table, id) {
    this.data[table] = this.data[table].filter((row) => row.id !== id);
    this.save();
  }

  save() {
    if (this.file) fs.writeFileSync(this.file, JSON.stringify(this.data));
  }
}

module.exports = { Store };
