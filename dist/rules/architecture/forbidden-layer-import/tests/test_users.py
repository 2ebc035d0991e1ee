# Tests may reach into any layer.
from app.repositories.user_repository import UserRepository  # ok: architecture/forbidden-layer-import
from app.routes.users import get_user


def test_get_user():
    assert get_user is not None and UserRepository is not None
