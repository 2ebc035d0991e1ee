const express = require('express');
const healthController = require('./controllers/health-controller');

const API_PREFIX = '/api';

const app = express();

app.use(express.json());
app.use((req, res, next) => {
  res.set('x-shop', '1');
  next();
});

app.get('/health', healthController.show);
app.use(API_PREFIX, require('./routes'));

app.all(`${API_PREFIX}/*`, (req, res) => {
  res.status(404).json({ error: 'not found' });
});

module.exports = app;
