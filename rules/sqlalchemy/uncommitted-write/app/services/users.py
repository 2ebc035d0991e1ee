from sqlalchemy.orm import Session

from ..models import User
from ..repositories.users import add_user


def register(db: Session, email: str) -> User:
    # The project's convention: services own the transaction, repositories only stage changes.
    user = add_user(db, User(email=email))
    db.commit()
    return user
