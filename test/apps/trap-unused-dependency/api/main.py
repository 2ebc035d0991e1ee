from fastapi import Depends, FastAPI
from sqlmodel import Session, select

from api.db import get_session
from api.models import Hero

app = FastAPI()


@app.get("/heroes")
def list_heroes(session: Session = Depends(get_session)) -> list[Hero]:
    return list(session.exec(select(Hero)))
