const express = require('express');
const path = require('node:path');
const accounts = require('./routes/accounts');

const app = express();
app.use(express.json());
app.use('/api/accounts', accounts);
// The built React app from ../frontend/dist is served as static files.
app.use(express.static(path.join(__dirname, '..', '..', 'frontend', 'dist')));

app.listen(process.env.PORT || 3000);
