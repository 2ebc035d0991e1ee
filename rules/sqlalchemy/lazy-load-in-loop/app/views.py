from flask import Blueprint, jsonify
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, joinedload, selectinload

from .models import Author, Book, db

bp = Blueprint("books", __name__)


@bp.get("/books")
def books():
    rows = []
    for book in Book.query.order_by(Book.title).all():
        rows.append({"title": book.title, "author": book.author.name})  # expect: sqlalchemy/lazy-load-in-loop
    return jsonify(rows)


@bp.get("/authors")
def authors():
    authors = db.session.scalars(select(Author)).all()
    return jsonify({author.name: len(author.books) for author in authors})  # expect: sqlalchemy/lazy-load-in-loop


@bp.get("/authors/eager")
def authors_eager():
    authors = db.session.scalars(select(Author).options(selectinload(Author.books))).all()
    return jsonify({author.name: len(author.books) for author in authors})  # ok: sqlalchemy/lazy-load-in-loop


@bp.get("/books/publishers")
def publishers():
    # lazy="joined" on the relationship: loaded with each book.
    return jsonify([book.publisher.name for book in Book.query.all()])  # ok: sqlalchemy/lazy-load-in-loop


@bp.get("/books/joined")
def books_joined():
    result = db.session.execute(select(Book).options(joinedload(Book.author)))
    return jsonify([book.author.name for book in result.scalars()])  # ok: sqlalchemy/lazy-load-in-loop


@bp.get("/books/titles")
def titles():
    return jsonify([book.title for book in Book.query.all()])  # ok: sqlalchemy/lazy-load-in-loop


def first_author(session: Session):
    # One object, one lazy load: not a loop.
    book = session.scalars(select(Book)).first()
    return book.author.name  # ok: sqlalchemy/lazy-load-in-loop


def legacy_report(session: Session):
    lines = []
    for book in session.query(Book).filter(Book.title.like("A%")):
        # expect: sqlalchemy/lazy-load-in-loop
        lines.append(f"{book.title} by {book.author.name}")
    return lines


async def async_report(session: AsyncSession):
    books = (await session.scalars(select(Book))).all()
    # Under asyncio this read fails outright: sqlalchemy/lazy-load-in-async-session reports it.
    return [book.author.name for book in books]  # ok: sqlalchemy/lazy-load-in-loop


async def async_report_eager(session: AsyncSession):
    books = (await session.scalars(select(Book).options(selectinload(Book.author)))).all()
    return [book.author.name for book in books]  # ok: sqlalchemy/lazy-load-in-loop
