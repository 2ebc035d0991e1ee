from dataclasses import dataclass

from pydantic import BaseModel


class UserBase(BaseModel):
    email: str


class User(UserBase):
    id: int


class UserCreate(UserBase):
    password: str


@dataclass
class UserRow:
    id: int
    email: str
