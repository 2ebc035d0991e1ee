import type { PathExpression } from '../facts.js';

/**
 * How the Node extractors (Express, Fastify, Hono, Koa) fill RouteFact, RouterFact and MountFact,
 * for whoever composes the cross-file routes table (src/source/routes/). All names are local to
 * the file that declares them; the composer joins them through the import graph.
 *
 * RouterFact
 * - One per app/router object created in the file, named by its variable: `const app = express()`
 *   (kind 'app'), `const router = express.Router()` / `Router()` (kind 'router'), `Fastify()` ('app'),
 *   `new Koa()` ('app'), `new Router({ prefix: '/api' })` ('router', with `prefix`), `router.prefix('/x')`
 *   (sets `prefix`), `new Hono()` (kind 'app' when named app/server/api/*App, else 'router': Hono does
 *   not tell them apart, so treat any router that nothing mounts as a root), `new Hono().basePath('/api')`
 *   (`prefix` '/api'), `new Router().prefix('/v2')`; an anonymous `export default new Hono().get(...)`
 *   is named 'default'. Hono's chained style (`const app = new Hono().get(...).route(...)`) reads
 *   the chain's routes and mounts as declared on `app`.
 * - One per router held by a class, named `<Class>.<property>`: `class UserRoutes { router = Router() }`
 *   or `this.router = express.Router()`; routes on `this.router` are owned by 'UserRoutes.router'.
 *   `export default new UserRoutes().router` (or `const r = new UserRoutes().router`) adds a RouterFact
 *   'default' (or 'r') and a MountFact default <- UserRoutes.router without prefix, so importers
 *   resolve it like any other router; `app.use('/u', new UserRoutes().router)` mounts 'UserRoutes.router'
 *   (an imported class gives the child `UserRoutes.router`, which needs the class's file to resolve).
 * - One per registration function: a function whose first parameter is a router handed in by the
 *   caller. That is every Fastify plugin (`async function users(fastify, opts) {}`, `const users:
 *   FastifyPluginAsync = async (app) => {}`, `export default fp(async (fastify) => {})`, inline
 *   `register(async (instance) => {...})`) and Express/Koa route modules like
 *   `module.exports = (app) => { app.get(...) }`, and functions the file itself calls with a router
 *   (`function mountRoutes(app) {...}` + `mountRoutes(app)`). A route module that imports no
 *   framework is taken for Fastify when it is `async` or takes `opts`, else by its handlers'
 *   parameters ((req, res) Express, (ctx) Koa, (c) Hono). Its `name` is the function's binding name, 'default'
 *   for an anonymous default export, or `plugin@<line>` for an inline plugin. `line` is the function's.
 * - `exported`/`exportedAs` say how other files import it: `export const r` -> ['r'];
 *   `export default r`, `module.exports = r`, TypeScript `export = r`, `export default fp(r)` -> ['default'];
 *   `module.exports = { usersRouter: r }` / `exports.usersRouter = r` -> ['usersRouter'].
 *   An import binding `names: ['default']` (ESM default) or a whole-module `require('./r')`
 *   (`names: []`) picks the RouterFact whose exportedAs has 'default'.
 *
 * RouteFact
 * - `owner` is the RouterFact `name` the route is declared on. Inside a registration function the
 *   router parameter is renamed to the function's name (so `fastify.get('/x')` inside
 *   `async function users(fastify)` has owner 'users'): the parameter is usually called `fastify`
 *   or `app` in every plugin of a file and in the file's own app too, and only the function's
 *   name is unique and importable.
 * - A route declared on an app imported from another project file (`const app = require('./app');
 *   app.get('/x', (req, res) => {})`) keeps the imported local name as `owner`; resolve it through
 *   the import graph like a mount child. Only calls ending in a handler count (HTTP clients look alike).
 * - `method` is upper case; 'ALL' for `app.all` / `router.all`; `router.del` is 'DELETE'. Method
 *   arrays (`fastify.route({ method: ['GET', 'HEAD'] })`, Hono `app.on(['PUT', 'PATCH'], ...)`)
 *   give one RouteFact per method.
 * - `path` is relative to the owner (the owner's own `prefix` and the mounts above it still apply).
 *   Express `router.route('/p').get(h).post(h)` and Hono `app.get('/p', h).post(h)` chains repeat
 *   the path per method.
 * - Served paths: a route '/' under a prefix is served without the trailing slash in all four
 *   frameworks (Express and Koa strip it unless strict routing is on, Hono's route() joins without
 *   it, Fastify serves both by default): `router.get('/')` mounted at '/users' is `/users`.
 * - `handler.line` is the handler function's own line when it is inline or defined in this file
 *   (`handler.name` then names the local function, if it has a name). For a name imported from
 *   elsewhere (`users.list`, `listUsers`) `handler.name` is the name as written and `handler.line`
 *   is the route's line: resolve the first segment through the import graph and look the rest up
 *   in the target file's definitions. Wrappers (`asyncHandler(fn)`, `factory.createHandlers(mw, fn)`)
 *   point to the wrapped function.
 *
 * MountFact
 * - `parent` is the owner it is mounted on (named as for RouteFact.owner); `prefix` is the mount path
 *   (absent when mounted without one: `app.use(router)`, `app.use(api.routes())`).
 * - `child` is one of:
 *   - a local router or registrar name: `app.use('/api', router)`, `fastify.register(users)`;
 *   - an imported local name or `ns.member`: resolve through the import graph (then the exported
 *     RouterFact, see exportedAs above);
 *   - `module:<specifier>` for an inline `require('./routes')` / `import('./routes')` (the module's
 *     default export), `module:<specifier>#<name>` for `require('./routes').name`;
 *   - `dir:<path>` for `@fastify/autoload`: `register(autoload, { dir: path.join(__dirname, 'routes'),
 *     options: { prefix: '/v2' } })` gives child 'dir:routes' (relative to the declaring file's
 *     folder) and prefix '/v2'. Autoload registers every script under that folder as a plugin; each
 *     subfolder adds its name as a prefix (`routes/reviews/index.ts` -> '/v2/reviews'), so a file
 *     `<dir>/<sub>/<file>` contributes its default-exported registrar at prefix + '/<sub>'.
 * - Registration calls `usersRoutes(app)` / `require('./routes/users')(app)` are mounts without prefix.
 * - Hono `const v1 = app.basePath('/v1')` is a RouterFact 'v1' (prefix '/v1') mounted on 'app' without prefix.
 * - Middleware is not a mount: inline functions, calls such as `express.json()` or `cors()`, and
 *   names imported from packages. A name that stays ambiguous (imported from the project but a
 *   middleware after all) is still recorded; the composer drops children that resolve to no router.
 */

export const MODULE_CHILD_PREFIX = 'module:';
export const AUTOLOAD_CHILD_PREFIX = 'dir:';

/**
 * Key of module-level string constants in FileFacts.checkFacts (read by the routes composer to
 * resolve a prefix imported from another file): `{ name, container?, value | reference | text }`.
 */
export const NODE_CONSTANTS = 'constants';

export interface NodeConstantFact extends PathExpression {
  name: string;
  /** The object the constant is a property of: `PATHS` for `PATHS.users`, 'default' for `export default {...}`. */
  container?: string;
}

/** Key of the Sequelize association facts in FileFacts.checkFacts. */
export const SEQUELIZE_ASSOCIATIONS = 'sequelize-associations';

/**
 * `Order.belongsTo(User, { as: 'customer', foreignKey: 'customerId' })`, usually in a file other
 * than either model's: `source` and `target` are the model names as written (class or variable
 * names; the last segment of `models.User`; the enclosing class for `this.belongsTo(...)` in a
 * `static associate(models)`), for a check to join with ModelFacts across files.
 */
export interface SequelizeAssociationFact {
  source: string;
  target: string;
  kind: 'belongs-to' | 'has-one' | 'has-many' | 'many-to-many';
  alias?: string;
  foreignKey?: string;
  /** belongsToMany: the join model or table name. */
  through?: string;
  /** The options are a variable, spread in, or give `as` as an expression: the alias cannot be read here. */
  aliasUnknown?: boolean;
  /** Likewise for `foreignKey`. */
  foreignKeyUnknown?: boolean;
  line: number;
}
