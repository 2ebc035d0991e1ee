// A RealWorld "Conduit" backend in Express with an in-memory store: the app the Conduit
// end-to-end check (npm run e2e:conduit) runs the shared OpenAPI document and Postman collection
// against. Token auth (`Authorization: Token <token>`), everything under /api.
const crypto = require('node:crypto');
const express = require('express');

const db = { users: [], articles: [], comments: [], follows: new Set(), favorites: new Set(), nextCommentId: 1 };
const app = express();
const router = express.Router();
app.use(express.json());

const now = () => new Date().toISOString();
const invalid = (res, ...messages) => res.status(422).json({ errors: { body: messages } });
const unauthorized = (res) => res.status(401).json({ errors: { body: ['authentication required'] } });
const notFound = (res, what) => res.status(404).json({ errors: { body: [`${what} not found`] } });

function userFromToken(req) {
  const header = req.get('authorization') || '';
  const match = /^(?:Token|Bearer) (.+)$/.exec(header);
  return match ? db.users.find((user) => user.token === match[1]) : undefined;
}

function optionalAuth(req, res, next) {
  req.user = userFromToken(req);
  next();
}

function requireAuth(req, res, next) {
  req.user = userFromToken(req);
  if (!req.user) return unauthorized(res);
  return next();
}

const userJson = (user) => ({ user: { email: user.email, token: user.token, username: user.username, bio: user.bio, image: user.image } });

function profileJson(user, viewer) {
  return { username: user.username, bio: user.bio, image: user.image, following: Boolean(viewer && db.follows.has(`${viewer.username}>${user.username}`)) };
}

function articleJson(article, viewer) {
  const author = db.users.find((user) => user.username === article.author);
  const favoritedBy = [...db.favorites].filter((key) => key.endsWith(`>${article.slug}`));
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList: [...article.tagList],
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    favorited: Boolean(viewer && db.favorites.has(`${viewer.username}>${article.slug}`)),
    favoritesCount: favoritedBy.length,
    author: profileJson(author, viewer),
  };
}

function commentJson(comment, viewer) {
  const author = db.users.find((user) => user.username === comment.author);
  return { id: comment.id, createdAt: comment.createdAt, updatedAt: comment.updatedAt, body: comment.body, author: profileJson(author, viewer) };
}

function slugify(title) {
  const base = String(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

function findArticle(req, res) {
  const article = db.articles.find((candidate) => candidate.slug === req.params.slug);
  if (!article) notFound(res, 'article');
  return article;
}

function listResponse(articles, req, res) {
  const limit = Number(req.query.limit ?? 20);
  const offset = Number(req.query.offset ?? 0);
  const sorted = [...articles].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  res.json({ articles: sorted.slice(offset, offset + limit).map((article) => articleJson(article, req.user)), articlesCount: sorted.length });
}

router.post('/users', (req, res) => {
  const { username, email, password } = (req.body && req.body.user) || {};
  if (!username || !email || !password) return invalid(res, 'username, email and password are required');
  if (db.users.some((user) => user.email === email || user.username === username)) return invalid(res, 'email or username is taken');
  const user = { username, email, password, bio: '', image: 'https://api.realworld.io/images/smiley-cyrus.jpeg', token: crypto.randomBytes(24).toString('hex') };
  db.users.push(user);
  return res.status(201).json(userJson(user));
});

router.post('/users/login', (req, res) => {
  const { email, password } = (req.body && req.body.user) || {};
  const user = db.users.find((candidate) => candidate.email === email && candidate.password === password);
  if (!user) return res.status(401).json({ errors: { body: ['email or password is invalid'] } });
  return res.json(userJson(user));
});

router.get('/user', requireAuth, (req, res) => res.json(userJson(req.user)));

router.put('/user', requireAuth, (req, res) => {
  const changes = (req.body && req.body.user) || {};
  for (const key of ['email', 'username', 'password', 'bio', 'image']) if (typeof changes[key] === 'string') req.user[key] = changes[key];
  res.json(userJson(req.user));
});

router.get('/profiles/:username', optionalAuth, (req, res) => {
  const user = db.users.find((candidate) => candidate.username === req.params.username);
  if (!user) return notFound(res, 'profile');
  return res.json({ profile: profileJson(user, req.user) });
});

router.post('/profiles/:username/follow', requireAuth, (req, res) => {
  const user = db.users.find((candidate) => candidate.username === req.params.username);
  if (!user) return notFound(res, 'profile');
  db.follows.add(`${req.user.username}>${user.username}`);
  return res.json({ profile: profileJson(user, req.user) });
});

router.delete('/profiles/:username/follow', requireAuth, (req, res) => {
  const user = db.users.find((candidate) => candidate.username === req.params.username);
  if (!user) return notFound(res, 'profile');
  db.follows.delete(`${req.user.username}>${user.username}`);
  return res.json({ profile: profileJson(user, req.user) });
});

router.get('/articles/feed', requireAuth, (req, res) => {
  listResponse(db.articles.filter((article) => db.follows.has(`${req.user.username}>${article.author}`)), req, res);
});

router.get('/articles', optionalAuth, (req, res) => {
  const { tag, author, favorited } = req.query;
  listResponse(db.articles.filter((article) =>
    (!tag || article.tagList.includes(tag))
    && (!author || article.author === author)
    && (!favorited || db.favorites.has(`${favorited}>${article.slug}`))), req, res);
});

router.post('/articles', requireAuth, (req, res) => {
  const { title, description, body, tagList = [] } = (req.body && req.body.article) || {};
  if (!title || !description || !body) return invalid(res, 'title, description and body are required');
  const stamp = now();
  const article = { slug: slugify(title), title, description, body, tagList: tagList.map(String), createdAt: stamp, updatedAt: stamp, author: req.user.username };
  db.articles.push(article);
  return res.status(201).json({ article: articleJson(article, req.user) });
});

router.get('/articles/:slug', optionalAuth, (req, res) => {
  const article = findArticle(req, res);
  if (article) res.json({ article: articleJson(article, req.user) });
});

router.put('/articles/:slug', requireAuth, (req, res) => {
  const article = findArticle(req, res);
  if (!article) return undefined;
  if (article.author !== req.user.username) return res.status(403).json({ errors: { body: ['only the author can edit'] } });
  const changes = (req.body && req.body.article) || {};
  for (const key of ['title', 'description', 'body']) if (typeof changes[key] === 'string') article[key] = changes[key];
  article.updatedAt = now();
  return res.json({ article: articleJson(article, req.user) });
});

router.delete('/articles/:slug', requireAuth, (req, res) => {
  const article = findArticle(req, res);
  if (!article) return undefined;
  if (article.author !== req.user.username) return res.status(403).json({ errors: { body: ['only the author can delete'] } });
  db.articles = db.articles.filter((candidate) => candidate !== article);
  db.comments = db.comments.filter((comment) => comment.article !== article.slug);
  return res.json({});
});

router.post('/articles/:slug/favorite', requireAuth, (req, res) => {
  const article = findArticle(req, res);
  if (!article) return undefined;
  db.favorites.add(`${req.user.username}>${article.slug}`);
  return res.json({ article: articleJson(article, req.user) });
});

router.delete('/articles/:slug/favorite', requireAuth, (req, res) => {
  const article = findArticle(req, res);
  if (!article) return undefined;
  db.favorites.delete(`${req.user.username}>${article.slug}`);
  return res.json({ article: articleJson(article, req.user) });
});

router.get('/articles/:slug/comments', optionalAuth, (req, res) => {
  const article = findArticle(req, res);
  if (!article) return undefined;
  return res.json({ comments: db.comments.filter((comment) => comment.article === article.slug).map((comment) => commentJson(comment, req.user)) });
});

router.post('/articles/:slug/comments', requireAuth, (req, res) => {
  const article = findArticle(req, res);
  if (!article) return undefined;
  const { body } = (req.body && req.body.comment) || {};
  if (!body) return invalid(res, 'body is required');
  const stamp = now();
  const comment = { id: db.nextCommentId++, body, article: article.slug, author: req.user.username, createdAt: stamp, updatedAt: stamp };
  db.comments.push(comment);
  return res.json({ comment: commentJson(comment, req.user) });
});

router.delete('/articles/:slug/comments/:id', requireAuth, (req, res) => {
  const article = findArticle(req, res);
  if (!article) return undefined;
  const comment = db.comments.find((candidate) => candidate.id === Number(req.params.id) && candidate.article === article.slug);
  if (!comment) return notFound(res, 'comment');
  if (comment.author !== req.user.username) return res.status(403).json({ errors: { body: ['only the author can delete'] } });
  db.comments = db.comments.filter((candidate) => candidate !== comment);
  return res.json({});
});

router.get('/tags', (req, res) => res.json({ tags: [...new Set(db.articles.flatMap((article) => article.tagList))] }));

app.use('/api', router);

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`conduit listening on ${port}`));
