from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="book",
            name="isbn",
            field=models.CharField(default="", max_length=13, unique=True, verbose_name="ISBN"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="book",
            name="published",
            field=models.DateField(null=True),
        ),
    ]
