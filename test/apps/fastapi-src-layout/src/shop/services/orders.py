from ..models import Order, OrderItem
from ..repositories.orders import OrderRepository
from ..schemas import OrderIn


class OrderService:
    def __init__(self, repository: OrderRepository) -> None:
        self.repository = repository

    async def place(self, data: OrderIn) -> Order:
        order = Order(customer_id=data.customer_id, note=data.note)
        items = [OrderItem(sku=i.sku, quantity=i.quantity, unit_price=i.unit_price) for i in data.items]
        return await self.repository.add(order, items)

    async def find(self, order_id: int) -> Order | None:
        return await self.repository.get_with_items(order_id)
