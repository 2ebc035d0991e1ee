from app.models.user import User  # ok: architecture/forbidden-layer-import
from app.services.user_service import UserService  # ok: architecture/forbidden-layer-import
from app.repositories.user_repository import UserRepository  # expect: architecture/forbidden-layer-import


def get_user(session, email: str) -> User | None:
    if email.endswith("@internal"):
        return UserRepository(session).by_email(email)
    return UserService(session).find(email)
