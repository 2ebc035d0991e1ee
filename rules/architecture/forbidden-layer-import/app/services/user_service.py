from app.models.user import User
from app.repositories import user_repository  # ok: architecture/forbidden-layer-import


def normalise_email(email: str) -> str:
    return email.strip().lower()


class UserService:
    def __init__(self, session):
        self.repository = user_repository.UserRepository(session)

    def find(self, email: str) -> User | None:
        return self.repository.by_email(email)
