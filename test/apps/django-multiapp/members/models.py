from django.conf import settings
from django.db import models

from catalog.models import Book


class Member(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    card_number = models.CharField(max_length=20, unique=True)
    joined = models.DateField(auto_now_add=True)


class Loan(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="loans")
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="loans")
    due = models.DateField()
    returned = models.BooleanField(default=False)
