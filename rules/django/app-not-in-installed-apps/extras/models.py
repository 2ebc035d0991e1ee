from django.db import models


# Placed in the installed catalog app by its label.
# ok: django/app-not-in-installed-apps
class Bookmark(models.Model):
    page = models.PositiveIntegerField()

    class Meta:
        app_label = "catalog"
