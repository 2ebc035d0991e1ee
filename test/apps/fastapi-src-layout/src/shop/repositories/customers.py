from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..models import Customer


class CustomerRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list(self) -> list[Customer]:
        result = await self.session.scalars(select(Customer).order_by(Customer.id))
        return list(result)

    async def get(self, customer_id: int) -> Customer | None:
        return await self.session.get(Customer, customer_id)

    async def add(self, customer: Customer) -> Customer:
        self.session.add(customer)
        await self.session.commit()
        await self.session.refresh(customer)
        return customer
