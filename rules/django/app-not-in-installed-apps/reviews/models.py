from django.db import models


# Not installed, but nothing outside the app uses it.
# ok: django/app-not-in-installed-apps
class Review(models.Model):
    book = models.ForeignKey("catalog.Book", on_delete=models.CASCADE)
    stars = models.PositiveSmallIntegerField()
