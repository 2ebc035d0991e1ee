from django.db import models
from django.db.models import CharField as Text

from core.models import Audited, TimeStamped


class Customer(TimeStamped):  # ok: django/model-change-without-migration
    name = Text(max_length=200)  # ok: django/model-change-without-migration
    email = models.EmailField()  # ok: django/model-change-without-migration
    phone = models.CharField(max_length=30, blank=True, help_text="with country code")  # ok: django/model-change-without-migration
    vip = models.BooleanField(default=False)  # expect: django/model-change-without-migration


class Product(models.Model):
    sku = models.CharField(max_length=20, unique=True)  # ok: django/model-change-without-migration
    title = models.CharField(max_length=300)  # expect: django/model-change-without-migration
    description = models.CharField(max_length=2000)  # expect: django/model-change-without-migration
    price = models.DecimalField(max_digits=10, decimal_places=2)  # ok: django/model-change-without-migration
    stock = models.IntegerField(null=True)  # expect: django/model-change-without-migration

    def __str__(self):
        return self.title


# expect: django/model-change-without-migration
class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")  # ok: django/model-change-without-migration
    product = models.ForeignKey("shop.Product", on_delete=models.PROTECT)  # ok: django/model-change-without-migration
    quantity = models.PositiveIntegerField(default=1)  # ok: django/model-change-without-migration
    # The migrations still have `note`: it was deleted from the model without a migration.


# expect: django/model-change-without-migration
class Coupon(models.Model):
    code = models.CharField(max_length=12)


# Fields of an abstract base: `audited_by` was never migrated.
# expect: django/model-change-without-migration
class Invoice(Audited):
    number = models.CharField(max_length=20)  # ok: django/model-change-without-migration


# ok: django/model-change-without-migration
class DiscountedProduct(Product):
    discount = models.PositiveSmallIntegerField()  # ok: django/model-change-without-migration


# ok: django/model-change-without-migration
class ProductProxy(Product):
    class Meta:
        proxy = True


# ok: django/model-change-without-migration
class LegacyStock(models.Model):
    quantity = models.IntegerField()  # ok: django/model-change-without-migration

    class Meta:
        managed = False
        db_table = "erp_stock"


class Shipment(models.Model):  # ok: django/model-change-without-migration
    # Moved between apps with SeparateDatabaseAndState: the state is not replayed.
    carrier = models.CharField(max_length=50)  # ok: django/model-change-without-migration
    tracking = models.CharField(max_length=80)  # ok: django/model-change-without-migration
