from django.db import models


# ok: django/model-change-without-migration
class Snapshot(models.Model):
    taken = models.DateTimeField()
