from fastapi import APIRouter, Depends, Security

from . import deps
from .deps import Flags, get_settings, sync_settings

router = APIRouter()


@router.get("/items", dependencies=[Depends(get_settings)])
async def list_items(flags: Flags, settings: dict = Depends(sync_settings)):
    return {"flags": flags, "settings": settings}


@router.get("/admin")
async def admin(user=Security(deps.get_settings)):
    return {"user": user}
