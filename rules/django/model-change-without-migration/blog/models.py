from django.db import models


# expect: django/model-change-without-migration
class Post(models.Model):
    title = models.CharField(max_length=200)


# ok: django/model-change-without-migration
class ExternalFeed(models.Model):
    url = models.URLField()

    class Meta:
        managed = False
