from sqlalchemy.orm import Session

from ..models import User


def add_user(db: Session, user: User) -> User:
    db.add(user)  # ok: sqlalchemy/uncommitted-write
    return user


def delete_user(db: Session, user: User) -> None:
    db.delete(user)  # expect: sqlalchemy/uncommitted-write


def remember(seen: set, user: User) -> None:
    seen.add(user.email)  # ok: sqlalchemy/uncommitted-write
