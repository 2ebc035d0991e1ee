from app.models.user import User  # ok: architecture/forbidden-layer-import
# expect: architecture/forbidden-layer-import
from app.services.user_service import normalise_email


class UserRepository:
    def __init__(self, session):
        self.session = session

    def by_email(self, email: str) -> User | None:
        return self.session.get(User, normalise_email(email))
