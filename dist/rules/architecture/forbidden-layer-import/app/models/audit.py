# A model reaching up into a service: dependencies must point down.
from app.services.user_service import UserService  # expect: architecture/forbidden-layer-import
from app.models.user import User  # ok: architecture/forbidden-layer-import


def audit(user: User, service: UserService) -> str:
    return f"{user.email} via {service}"
