from django.db import migrations

from .common import LEDGER_OPERATIONS


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = LEDGER_OPERATIONS
