// A small projects API used by constraint-gate's contract tests.
// Bearer-token auth; data in store.js. CG_BREAK (comma separated) breaks one thing on purpose:
//   wrong-status   POST /api/projects answers 200 instead of 201
//   missing-field  GET /api/projects/:id leaves out the required `owner`
//   crash          PATCH /api/projects/:id throws before answering
const crypto = require('node:crypto');
const express = require('express');
const { Store } = require('./store');

const BREAK = new Set((process.env.CG_BREAK || '').split(',').filter(Boolean));
const store = new Store(process.env.DATA_FILE);
const app = express();
const router = express.Router();
app.use(express.json());

function fail(res, status, message) {
  return res.status(status).json({ error: { message } });
}

function requireUser(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const user = token && store.find('users', (candidate) => candidate.token === token);
  if (!user) return fail(res, 401, 'authentication required');
  req.user = user;
  return next();
}

function projectJson(project) {
  const owner = store.find('users', (user) => user.id === project.ownerId);
  return { id: project.id, name: project.name, description: project.description, owner: owner.email, done: project.done, dueDate: project.dueDate };
}

function userJson(user) {
  return { id: user.id, email: user.email, token: user.token };
}

function findProject(req, res) {
  const project = store.find('projects', (candidate) => candidate.id === Number(req.params.id));
  if (!project) fail(res, 404, 'project not found');
  return project;
}

router.get('/health', (req, res) => res.json({ status: 'ok' }));

router.post('/auth/register', (req, res) => {
  const { email, password } = req.body || {};
  if (!email || !password) return fail(res, 422, 'email and password are required');
  if (store.find('users', (user) => user.email === email)) return fail(res, 422, 'email is taken');
  const user = store.insert('users', { email, password, token: crypto.randomBytes(16).toString('hex') });
  return res.status(201).json(userJson(user));
});

router.post('/auth/login', (req, res) => {
  const { email, password } = req.body || {};
  const user = store.find('users', (candidate) => candidate.email === email && candidate.password === password);
  if (!user) return fail(res, 401, 'wrong email or password');
  return res.json(userJson(user));
});

router.get('/projects', (req, res) => {
  const projects = store.all('projects').map(projectJson);
  res.json({ items: projects, total: projects.length });
});

router.post('/projects', requireUser, (req, res) => {
  const { name, description = '', dueDate = null } = req.body || {};
  if (!name) return fail(res, 422, 'name is required');
  const project = store.insert('projects', { name, description, dueDate, done: false, ownerId: req.user.id });
  return res.status(BREAK.has('wrong-status') ? 200 : 201).json(projectJson(project));
});

router.get('/projects/:id', (req, res) => {
  const project = findProject(req, res);
  if (!project) return undefined;
  const body = projectJson(project);
  if (BREAK.has('missing-field')) delete body.owner;
  return res.json(body);
});

router.patch('/projects/:id', requireUser, (req, res) => {
  const project = findProject(req, res);
  if (!project) return undefined;
  if (project.ownerId !== req.user.id) return fail(res, 403, 'only the owner can change a project');
  if (BREAK.has('crash')) throw new Error('PATCH /projects/:id broke on purpose (CG_BREAK=crash)');
  const changes = {};
  for (const key of ['name', 'description', 'done', 'dueDate']) if (key in (req.body || {})) changes[key] = req.body[key];
  return res.json(projectJson(store.update('projects', project.id, changes)));
});

router.delete('/projects/:id', requireUser, (req, res) => {
  const project = findProject(req, res);
  if (!project) return undefined;
  if (project.ownerId !== req.user.id) return fail(res, 403, 'only the owner can delete a project');
  store.remove('projects', project.id);
  return res.status(204).end();
});

router.get('/stats', (req, res) => res.json({ users: store.all('users').length, projects: store.all('projects').length }));

app.use('/api', router);

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`projects API listening on ${port}`));
