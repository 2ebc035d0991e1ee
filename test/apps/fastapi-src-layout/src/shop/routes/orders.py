from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.ext.asyncio import AsyncSession

from ..db import get_session
from ..repositories.orders import OrderRepository
from ..schemas import OrderIn, OrderOut
from ..services.orders import OrderService

ITEMS_PREFIX = "/{order_id}/items"

router = APIRouter(prefix="/orders", tags=["orders"])
items_router = APIRouter(prefix=ITEMS_PREFIX)


def get_service(session: AsyncSession = Depends(get_session)) -> OrderService:
    return OrderService(OrderRepository(session))


@router.post("", response_model=OrderOut, status_code=status.HTTP_201_CREATED)
async def place_order(data: OrderIn, service: OrderService = Depends(get_service)):
    return await service.place(data)


@router.get("/{order_id}", response_model=OrderOut)
async def get_order(order_id: int, service: OrderService = Depends(get_service)):
    order = await service.find(order_id)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    return order


@items_router.get("")
async def list_items(order_id: int, service: OrderService = Depends(get_service)):
    order = await service.find(order_id)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    return [{"sku": item.sku, "quantity": item.quantity} for item in order.items]


@items_router.api_route("/{item_id}", methods=["PUT", "PATCH"])
async def update_item(order_id: int, item_id: int):
    raise HTTPException(status_code=501, detail="not implemented")


router.include_router(items_router)
