from fastapi import APIRouter

from app.models import Ticket

router = APIRouter()


@router.get("/")
async def list_tickets() -> list[dict]:
    return [{"id": ticket.id, "title": ticket.title} for ticket in await Ticket.all()]
