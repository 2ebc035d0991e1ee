from sqlmodel import Field, Session, SQLModel, select


class HeroBase(SQLModel):
    name: str


class Hero(HeroBase, table=True):
    id: int | None = Field(default=None, primary_key=True)


def heroes(session: Session):
    return session.exec(select(Hero)).all()  # ok: sqlalchemy/query-of-unmapped-class


def hero_bases(session: Session):
    return session.exec(select(HeroBase)).all()  # expect: sqlalchemy/query-of-unmapped-class
