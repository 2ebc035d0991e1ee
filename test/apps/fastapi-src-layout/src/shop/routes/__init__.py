from fastapi import APIRouter

from . import customers
from .orders import router as orders_router

api_router = APIRouter()
api_router.include_router(customers.router, prefix="/customers", tags=["customers"])
api_router.include_router(orders_router)
