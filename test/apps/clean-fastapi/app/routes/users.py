from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.dependencies import user_service
from app.services.user_service import EmailTaken, UserService

router = APIRouter(prefix="/users")


class UserIn(BaseModel):
    email: str


@router.get("")
def list_users(service: UserService = Depends(user_service)):
    return [{"id": user.id, "email": user.email} for user in service.list_active()]


@router.post("", status_code=201)
def register(body: UserIn, service: UserService = Depends(user_service)):
    try:
        user = service.register(body.email)
    except EmailTaken:
        raise HTTPException(status_code=409, detail="email taken")
    return {"id": user.id, "email": user.email}
