from sqlalchemy import create_engine

from app.repositories.user_repository import UserRepository

# Tests run on SQLite in memory; the constraints concern application code only.
engine = create_engine("sqlite://")


def test_repository_exists():
    assert UserRepository is not None
