from django.db import models


# ok: django/model-change-without-migration
class TimeStamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Audited(TimeStamped):
    # Added to the abstract base after the shop migrations were written.
    audited_by = models.CharField(max_length=100, blank=True)

    class Meta:
        abstract = True
