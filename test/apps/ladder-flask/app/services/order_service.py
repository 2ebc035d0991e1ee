from decimal import Decimal

from app.models.order import Order
from app.repositories.order_repository import OrderRepository
from app.repositories.report_repository import totals_by_customer


class OrderService:
    def __init__(self) -> None:
        self.orders = OrderRepository()

    def place(self, customer: str, total: str) -> Order:
        amount = Decimal(total)
        if amount <= 0:
            raise ValueError("total must be positive")
        return self.orders.add(Order(customer=customer, total=amount))

    def report(self) -> list[tuple[str, float]]:
        return totals_by_customer()
