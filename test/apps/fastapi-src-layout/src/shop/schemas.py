from decimal import Decimal

from pydantic import BaseModel, ConfigDict


class CustomerIn(BaseModel):
    email: str
    name: str | None = None


class CustomerOut(CustomerIn):
    model_config = ConfigDict(from_attributes=True)
    id: int


class OrderItemIn(BaseModel):
    sku: str
    quantity: int = 1
    unit_price: Decimal


class OrderIn(BaseModel):
    customer_id: int
    note: str | None = None
    items: list[OrderItemIn] = []


class OrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    customer_id: int
    note: str | None
