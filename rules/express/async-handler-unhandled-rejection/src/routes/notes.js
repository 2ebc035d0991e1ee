const express = require('express');
const asyncHandler = require('express-async-handler');
const notes = require('../services/notes');

const router = express.Router();

// expect: express/async-handler-unhandled-rejection
router.get('/notes', async (req, res) => {
  const list = await notes.list(req.user.id);
  res.json(list);
});

router.get('/notes/:id', async (req, res, next) => { // ok: express/async-handler-unhandled-rejection
  try {
    res.json(await notes.get(req.params.id));
  } catch (error) {
    next(error);
  }
});

router.post('/notes', asyncHandler(async (req, res) => { // ok: express/async-handler-unhandled-rejection
  res.status(201).json(await notes.create(req.body));
}));

async function removeNote(req, res) { // expect: express/async-handler-unhandled-rejection
  await notes.remove(req.params.id);
  res.sendStatus(204);
}

router.delete('/notes/:id', removeNote);

const archive = asyncHandler(async (req, res) => { // ok: express/async-handler-unhandled-rejection
  res.json(await notes.archive(req.params.id));
});

router.post('/notes/:id/archive', archive);

router.get('/health', async (req, res) => { // ok: express/async-handler-unhandled-rejection
  res.json({ ok: true });
});

router.get('/legacy', (req, res, next) => { // ok: express/async-handler-unhandled-rejection
  notes.list(req.user.id).then((list) => res.json(list)).catch(next);
});

// The only awaits are in a callback and in a guarded try: none rejects the handler's own promise.
router.get('/notes/export', async (req, res, next) => { // ok: express/async-handler-unhandled-rejection
  const rows = [];
  req.on('data', async (chunk) => rows.push(await notes.parse(chunk)));
  try {
    res.json(await notes.export(req.user.id, rows));
  } catch (error) {
    next(error);
  }
});

module.exports = router;
