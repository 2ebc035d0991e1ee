SECRET_KEY = "fixture-only"
DEBUG = True
ROOT_URLCONF = "project.urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "app"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": "db.sqlite3",
    }
}
