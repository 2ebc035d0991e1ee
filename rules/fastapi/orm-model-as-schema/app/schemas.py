from pydantic import BaseModel, ConfigDict


class User(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    email: str


class ItemCreate(BaseModel):
    title: str
