const express = require('express');
const { notes } = require('./notes');

const app = express();

// Express 5 passes a rejected handler promise to the error middleware itself.
app.get('/notes', async (req, res) => { // ok: express/async-handler-unhandled-rejection
  res.json(await notes.list());
});

module.exports = app;
