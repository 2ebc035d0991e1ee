INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "core",
    "shop.apps.ShopConfig",
    "blog",
    "legacy",
    "reports",
]

# The reports app keeps its migrations elsewhere.
MIGRATION_MODULES = {"reports": "site.reports_migrations"}
