from dataclasses import dataclass

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import create_engine

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80))


db.create_all()  # expect: flask/db-create-all-at-import

ADMIN = User.query.filter_by(name="admin").first()  # expect: flask/db-create-all-at-import

# ok: flask/db-create-all-at-import
reporting_engine = create_engine("sqlite:///reports.db")
db.metadata.create_all(reporting_engine)  # ok: flask/db-create-all-at-import

with app.app_context():
    db.create_all()  # ok: flask/db-create-all-at-import


@app.get("/users")
def list_users():
    return [user.name for user in User.query.all()]  # ok: flask/db-create-all-at-import


@app.get("/users/count")
async def count_users():
    return {"count": db.session.query(User).count()}  # ok: flask/db-create-all-at-import


@app.cli.command("init-db")
def init_db():
    db.create_all()  # ok: flask/db-create-all-at-import


@dataclass
class Search:
    query: str


DEMO_SEARCHES = [Search(query="Hello")]
# A dataclass field named `query` on a comprehension variable is not a model query.
SEARCH_INDEX = {search.query.lower(): search for search in DEMO_SEARCHES}  # ok: flask/db-create-all-at-import


if __name__ == "__main__":
    db.session.add(User(name="admin"))  # expect: flask/db-create-all-at-import
    app.run()
