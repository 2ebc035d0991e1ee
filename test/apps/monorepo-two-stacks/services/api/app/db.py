import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# PostgreSQL in every deployed environment; a local SQLite file when nothing is configured.
DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./acme.db")

engine = create_engine(DATABASE_URL)
SessionLocal = sessionmaker(bind=engine)


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()
