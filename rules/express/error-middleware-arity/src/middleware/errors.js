// Registered from ../app.js and ../server.ts.
function errorHandler(err, req, res) { // expect: express/error-middleware-arity
  res.status(err.status || 500).json({ error: err.message });
}

function logErrors(err, req, res, next) { // ok: express/error-middleware-arity
  console.error(err);
  next(err);
}

// Not registered as middleware: a helper that formats an error.
function describe(error, req) { // ok: express/error-middleware-arity
  return `${req.method} ${req.url}: ${error.message}`;
}

module.exports = { errorHandler, logErrors, describe };
