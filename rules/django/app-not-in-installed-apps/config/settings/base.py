DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
]

LOCAL_APPS = (
    "catalog.apps.CatalogConfig",
    "apps.members",
)

INSTALLED_APPS = DJANGO_APPS + list(LOCAL_APPS)
