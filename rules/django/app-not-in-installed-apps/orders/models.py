from django.db import models


# expect: django/app-not-in-installed-apps
class Order(models.Model):
    book = models.ForeignKey("catalog.Book", on_delete=models.PROTECT)
    quantity = models.PositiveIntegerField()
