from typing import Annotated, List, Optional

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from . import models, schemas
from .deps import current_user, get_db
from .heroes import Hero, HeroCreate, HeroPublic
from .models import Item, User

router = APIRouter()


@router.get("/users/{user_id}", response_model=models.User)  # expect: fastapi/orm-model-as-schema
def read_user(user_id: int, db: Session = Depends(get_db)):  # ok: fastapi/orm-model-as-schema
    return db.get(User, user_id)


@router.get("/users")
async def list_users(db: Session = Depends(get_db)) -> list[User]:  # expect: fastapi/orm-model-as-schema
    return db.query(User).all()


@router.post("/users")
def create_user(user: User, db: Session = Depends(get_db)):  # expect: fastapi/orm-model-as-schema
    db.add(user)
    return user


@router.get("/items", response_model=List[Item])  # expect: fastapi/orm-model-as-schema
async def list_items(limit: int = Query(20)):  # ok: fastapi/orm-model-as-schema
    return []


@router.get("/me", response_model=schemas.User)  # ok: fastapi/orm-model-as-schema
def me(user: Annotated[User, Depends(current_user)]) -> User:  # ok: fastapi/orm-model-as-schema
    # The ORM object is converted by the response model, and the parameter is a dependency.
    return user


@router.post("/items")
async def create_item(payload: schemas.ItemCreate, owner: User = Depends(current_user)) -> Optional[schemas.User]:  # ok: fastapi/orm-model-as-schema
    return None


@router.post("/heroes", response_model=HeroPublic)  # ok: fastapi/orm-model-as-schema
def create_hero(hero: Hero):  # expect: fastapi/orm-model-as-schema
    return hero


@router.post("/heroes/v2", response_model=HeroPublic)  # ok: fastapi/orm-model-as-schema
def create_hero_v2(hero: HeroCreate, db: Session = Depends(get_db)):  # ok: fastapi/orm-model-as-schema
    row = Hero.model_validate(hero)
    db.add(row)
    return row


@router.get("/heroes/{hero_id}", response_model=Hero)  # ok: fastapi/orm-model-as-schema
def read_hero(hero_id: int, db: Session = Depends(get_db)):
    return db.get(Hero, hero_id)


def to_user(data: dict) -> User:  # ok: fastapi/orm-model-as-schema
    # Not an endpoint.
    return User(**data)
