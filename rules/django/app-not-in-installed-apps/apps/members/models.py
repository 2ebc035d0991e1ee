from django.db import models

from extras.models import Bookmark  # ok: django/app-not-in-installed-apps


class Member(models.Model):  # ok: django/app-not-in-installed-apps
    favourite = models.ForeignKey("catalog.Book", on_delete=models.SET_NULL, null=True)
    last_order = models.ForeignKey("orders.Order", on_delete=models.SET_NULL, null=True)
    bookmark = models.ForeignKey(Bookmark, on_delete=models.SET_NULL, null=True)
