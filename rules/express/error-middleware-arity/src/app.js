const express = require('express');
const errors = require('./middleware/errors');
const { logErrors } = require('./middleware/errors');

const app = express();

app.get('/users/:id', async (req, res, next) => {
  try {
    res.json(await findUser(req.params.id));
  } catch (error) {
    next(error);
  }
});

// expect: express/error-middleware-arity
app.use((err, req, res) => {
  res.status(err.status || 500).json({ error: err.message });
});

app.use('/api', function apiErrors(error, req, res) { // expect: express/error-middleware-arity
  res.status(500).json({ error: 'internal' });
});

// ok: express/error-middleware-arity
app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

app.use((req, res, next) => { // ok: express/error-middleware-arity
  res.status(404).json({ error: 'not found' });
});

// Named handlers: one defined below, one imported.
app.use(validationErrors);
app.use(errors.errorHandler);
app.use(logErrors);

function validationErrors(error, req, res) { // expect: express/error-middleware-arity
  res.status(422).json({ error: error.details });
}

module.exports = app;
