import os


class Config:
    # Falls back to a local SQLite file so the app runs without a database server.
    SQLALCHEMY_DATABASE_URI = os.getenv("DATABASE_URL", "sqlite:///blog.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    API_PREFIX = "/api"
