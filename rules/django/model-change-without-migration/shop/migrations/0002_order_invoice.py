import django.db.models.deletion
from django.db import migrations, models


def fill_phone(apps, schema_editor):
    Customer = apps.get_model("shop", "Customer")
    Customer.objects.filter(phone="").update(phone="unknown")


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(model_name="customer", old_name="full_name", new_name="name"),
        migrations.AddField(model_name="customer", name="phone", field=models.CharField(blank=True, max_length=30)),
        migrations.RunPython(fill_phone, migrations.RunPython.noop),
        migrations.AlterField(model_name="product", name="sku", field=models.CharField(max_length=20, unique=True)),
        migrations.AlterField(model_name="product", name="price", field=models.DecimalField(decimal_places=2, max_digits=10)),
        migrations.CreateModel(
            name="Order",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("quantity", models.PositiveIntegerField(default=1)),
                ("note", models.TextField(blank=True)),
                ("customer", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="orders", to="shop.customer")),
                ("product", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to="shop.product")),
            ],
        ),
        migrations.CreateModel(
            name="Invoice",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created", models.DateTimeField(auto_now_add=True)),
                ("updated", models.DateTimeField(auto_now=True)),
                ("number", models.CharField(max_length=20)),
            ],
            options={"abstract": False},
        ),
        migrations.CreateModel(
            name="DiscountedProduct",
            fields=[
                ("product_ptr", models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to="shop.product")),
                ("discount", models.PositiveSmallIntegerField()),
            ],
            bases=("shop.product",),
        ),
        migrations.AddIndex(model_name="order", index=models.Index(fields=["customer"], name="order_customer_idx")),
    ]
