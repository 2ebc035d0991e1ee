import Database from 'better-sqlite3';

const db = new Database(':memory:');

export function archive(ids: number[]): void {
  let index = 0;
  while (index < ids.length) {
    const statement = db.prepare('UPDATE orders SET archived = 1 WHERE id = ?'); // expect: better-sqlite3/prepare-in-loop
    statement.run(ids[index++]);
  }
}

const archiveOne = db.prepare('UPDATE orders SET archived = 1 WHERE id = ?'); // ok: better-sqlite3/prepare-in-loop

export const archiveAll = db.transaction((ids: number[]) => {
  for (const id of ids) archiveOne.run(id); // ok: better-sqlite3/prepare-in-loop
});

export function countAll(tables: string[]): unknown[] {
  // The SQL is not a constant: preparing it per table is all one can do.
  return tables.map((table) => db.prepare(sqlFor(table)).get()); // ok: better-sqlite3/prepare-in-loop
}

export function bulkInsert(rows: { id: number }[]): void {
  rows.forEach(function insertRow(row) {
    db.prepare("insert into rows (id) values (?)").run(row.id); // expect: better-sqlite3/prepare-in-loop
  });
}
