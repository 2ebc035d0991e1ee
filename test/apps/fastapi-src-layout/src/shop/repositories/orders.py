from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from ..models import Order, OrderItem


class OrderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get_with_items(self, order_id: int) -> Order | None:
        statement = select(Order).where(Order.id == order_id).options(selectinload(Order.items))
        return await self.session.scalar(statement)

    async def add(self, order: Order, items: list[OrderItem]) -> Order:
        order.items = items
        self.session.add(order)
        await self.session.commit()
        return order
