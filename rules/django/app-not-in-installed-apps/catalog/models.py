from django.db import models

# Abstract models only: `core` does not need to be installed.
from core.models import TimeStamped  # ok: django/app-not-in-installed-apps


class Book(TimeStamped):  # ok: django/app-not-in-installed-apps
    title = models.CharField(max_length=200)
