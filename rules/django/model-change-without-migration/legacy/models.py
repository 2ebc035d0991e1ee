from django.db import models


class Ledger(models.Model):  # ok: django/model-change-without-migration
    # The app's history goes through an operation the replay cannot read.
    account = models.CharField(max_length=20)  # ok: django/model-change-without-migration
    balance = models.DecimalField(max_digits=12, decimal_places=2)  # ok: django/model-change-without-migration
