from .base import Base
from .customer import Customer
from .order import Order, OrderItem

__all__ = ["Base", "Customer", "Order", "OrderItem"]
