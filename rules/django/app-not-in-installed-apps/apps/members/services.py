from orders import models as order_models  # expect: django/app-not-in-installed-apps


def open_orders(member):
    return order_models.Order.objects.filter(member=member)
