from sqlalchemy.orm import Session

from app.models.user import User
from app.repositories.user_repository import UserRepository


class EmailTaken(Exception):
    pass


class UserService:
    def __init__(self, session: Session) -> None:
        self.users = UserRepository(session)

    def list_active(self) -> list[User]:
        return self.users.list_active()

    def register(self, email: str) -> User:
        normalised = email.strip().lower()
        if self.users.by_email(normalised):
            raise EmailTaken(normalised)
        return self.users.add(User(email=normalised))
