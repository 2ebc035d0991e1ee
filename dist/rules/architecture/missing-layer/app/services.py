# ok: architecture/missing-layer
# A layer may be a single module: app/services.py is the services layer.
from app.models.user import User


def list_users() -> list[User]:
    return []
