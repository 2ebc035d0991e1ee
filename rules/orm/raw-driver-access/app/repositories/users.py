from sqlalchemy import select  # ok: orm/raw-driver-access
from sqlalchemy.orm import Session


def active_users(session: Session):
    return session.scalars(select("users")).all()
