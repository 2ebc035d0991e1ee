const express = require('express');

const app = express();

// Express ignores what a handler returns: sending and returning is harmless here.
app.get('/ping', async (req, res) => {
  res.send('pong'); // ok: fastify/return-and-send
  return 'pong';
});

module.exports = app;
