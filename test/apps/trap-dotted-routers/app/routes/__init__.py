import importlib

# Every module listed here exposes `urlpatterns`; they are found by name, never imported directly.
ROUTE_MODULES = ["orders", "reports"]

urlpatterns = []
for name in ROUTE_MODULES:
    urlpatterns += importlib.import_module(f"app.routes.{name}").urlpatterns
