import sqlalchemy as sa
from sqlalchemy import ARRAY, JSON, Column, Integer, String
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.mutable import MutableList
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Post(Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    tags: Mapped[list[str]] = mapped_column(ARRAY(String))
    labels: Mapped[list[str]] = mapped_column(postgresql.ARRAY(String))
    scores = Column(MutableList.as_mutable(sa.ARRAY(Integer)))
    meta = Column(JSON)
    data = Column(JSONB)
    settings: Mapped[dict] = mapped_column(postgresql.JSON)
