from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.ext.asyncio import AsyncSession

from ..db import get_session
from ..models import Customer
from ..repositories.customers import CustomerRepository
from ..schemas import CustomerIn, CustomerOut

router = APIRouter()


def get_repository(session: AsyncSession = Depends(get_session)) -> CustomerRepository:
    return CustomerRepository(session)


@router.get("", response_model=list[CustomerOut])
async def list_customers(repository: CustomerRepository = Depends(get_repository)):
    return await repository.list()


@router.post("", response_model=CustomerOut, status_code=status.HTTP_201_CREATED)
async def create_customer(data: CustomerIn, repository: CustomerRepository = Depends(get_repository)):
    return await repository.add(Customer(email=data.email, name=data.name))


@router.get("/{customer_id}", response_model=CustomerOut)
async def get_customer(customer_id: int, repository: CustomerRepository = Depends(get_repository)):
    customer = await repository.get(customer_id)
    if customer is None:
        raise HTTPException(status_code=404, detail="customer not found")
    return customer
