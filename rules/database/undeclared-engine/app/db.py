import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# ok: database/undeclared-engine
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql+psycopg://app:app@localhost:5432/app")
# A SQLite URL in a comment does not count: sqlite:///app.db  # ok: database/undeclared-engine

engine = create_engine(DATABASE_URL)
SessionLocal = sessionmaker(bind=engine)

# expect: database/undeclared-engine
cache_engine = create_engine("sqlite:///cache.db")
