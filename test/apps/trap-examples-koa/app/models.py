from tortoise import fields
from tortoise.models import Model


class Ticket(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    done = fields.BooleanField(default=False)
