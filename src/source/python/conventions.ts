/**
 * How the Python extractor fills the shared facts, for the route composer (src/source/routes/)
 * and the checks that read them. Names are local to the file that declares them.
 *
 * RouterFact: one per app/router object assigned anywhere in the file (also inside an app
 * factory): Flask()/Blueprint(url_prefix=) , FastAPI()/APIRouter(prefix=), web.Application()/
 * web.RouteTableDef(), NinjaAPI()/Router(), DRF DefaultRouter()/SimpleRouter(), and every Django
 * pattern list (`urlpatterns`, or any list of path()/re_path()/url() calls; an inline
 * `include([...])` list is named `<include@LINE>`). FastAPI's `root_path` is not a prefix: the app
 * still matches paths without it.
 *
 * RouteFact: `method` upper case, one fact per method. `ANY` when only the view can tell (Django
 * patterns, aiohttp `add_view`/`@routes.view`/`route('*')`, Flask `View.as_view()` without
 * methods); the composer refines it from `python-views`. Decorated handlers carry the `def` line;
 * handlers passed by name (`views.book_list`, `View.as_view()` -> `View`) carry the route's line and
 * the name as written. Django regex routes keep their named groups, anchors dropped.
 *
 * MountFact `child`: a local or dotted name (`users_bp`, `customers.router`), a factory call
 * (`create_admin_app()`: the router made inside that function), `x.urls` (DRF router, ninja API,
 * `admin.site.urls`), or a dotted module string (Django `include('app.urls')`, ninja
 * `add_router('/p', 'app.api.router')`). `register_blueprint(url_prefix=)` replaces the
 * blueprint's own prefix; every other framework adds both.
 *
 * PathExpression: `value` for literals; `reference` for names (`PREFIX`, `settings.API_PREFIX`);
 * `text` (plus its first `reference`) for `A + '/x'` and f-strings, evaluated by the composer.
 */

/** Class-based and method-restricted function views (views.ts ViewFact). */
export const PYTHON_VIEWS = 'python-views';
/** Module-level and class-level string constants a prefix may be built from (views.ts ConstantFact). */
export const PYTHON_CONSTANTS = 'python-constants';
/** DRF `router.register(prefix, ViewSet)` calls (django-urls.ts DrfRegistration). */
export const DRF_REGISTRATIONS = 'drf-registrations';
/** One entry per Django migration file (migrations.ts DjangoMigrationFact). */
export const DJANGO_MIGRATIONS = 'django-migrations';
/** One entry per Alembic revision file in a `versions/` folder (migrations.ts AlembicRevisionFact). */
export const ALEMBIC_MIGRATIONS = 'alembic-migrations';
