import { Router } from 'express';
import { dataSource, kysely } from '../data/sources';

export const people = Router();
const owners = dataSource.getRepository('Owner');

people.get('/people', async (_req, res) => {
  const persons = await kysely.selectFrom('person').selectAll().execute();
  // One query for every person's pets, then a loop that runs none.
  const pets = await kysely.selectFrom('pet').selectAll().where('owner_id', 'in', persons.map((person) => person.id)).execute();
  for (const person of persons) await audit(person.id, pets.length); // ok: node-data/query-in-loop
  // expect: node-data/query-in-loop
  for (const person of persons) {
    await kysely.selectFrom('pet').selectAll().where('owner_id', '=', person.id).executeTakeFirst();
  }
  res.json({ persons, pets });
});

people.get('/owners', async (_req, res) => {
  const list = await owners.find();
  // expect: node-data/query-in-loop
  list.forEach(async (owner) => {
    await owners.update(owner.id, { seen: true });
  });
  res.json(list);
});
