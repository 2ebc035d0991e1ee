"""A small notes API used by constraint-gate's contract tests.

SQLite (stdlib sqlite3) at $DATABASE_PATH, token auth (`Authorization: Token <token>`).
CG_BREAK (comma separated) breaks one thing on purpose so the tests can see the gate notice:
  wrong-status   POST /api/notes answers 200 instead of 201
  missing-field  GET /api/notes/<id> leaves out the required `author`
  crash          PUT /api/notes/<id> raises before answering
"""
import os
import secrets
import sqlite3
from datetime import datetime, timezone
from functools import wraps

from flask import Flask, g, jsonify, request

BREAK = set(filter(None, os.environ.get("CG_BREAK", "").split(",")))

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect(os.environ.get("DATABASE_PATH", "notes.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_error):
    connection = g.pop("db", None)
    if connection is not None:
        connection.close()


def init_db():
    with sqlite3.connect(os.environ.get("DATABASE_PATH", "notes.db")) as connection:
        connection.executescript(
            """
            CREATE TABLE IF NOT EXISTS users (
                id INTEGER PRIMARY KEY, username TEXT UNIQUE NOT NULL,
                password TEXT NOT NULL, token TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS notes (
                id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
                author_id INTEGER NOT NULL REFERENCES users(id), created_at TEXT NOT NULL,
                archived_at TEXT);
            """
        )


def error(status, message):
    return jsonify({"errors": {"body": [message]}}), status


def current_user():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        return None
    return db().execute("SELECT * FROM users WHERE token = ?", (header[6:],)).fetchone()


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        user = current_user()
        if user is None:
            return error(401, "authentication required")
        g.user = user
        return view(*args, **kwargs)

    return wrapper


def user_json(user):
    return {"user": {"id": user["id"], "username": user["username"], "token": user["token"]}}


def note_json(row):
    author = db().execute("SELECT username FROM users WHERE id = ?", (row["author_id"],)).fetchone()
    return {
        "id": row["id"],
        "title": row["title"],
        "body": row["body"],
        "author": author["username"],
        "createdAt": row["created_at"],
        "archivedAt": row["archived_at"],
    }


def find_note(note_id):
    return db().execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()


@app.get("/api/health")
def health():
    return jsonify({"status": "ok"})


@app.post("/api/users")
def register():
    data = (request.get_json(silent=True) or {}).get("user") or {}
    username, password = data.get("username"), data.get("password")
    if not username or not password:
        return error(422, "username and password are required")
    token = secrets.token_hex(16)
    try:
        cursor = db().execute(
            "INSERT INTO users (username, password, token) VALUES (?, ?, ?)", (username, password, token)
        )
        db().commit()
    except sqlite3.IntegrityError:
        return error(422, "username is taken")
    return jsonify(user_json(db().execute("SELECT * FROM users WHERE id = ?", (cursor.lastrowid,)).fetchone())), 201


@app.post("/api/users/login")
def login():
    data = (request.get_json(silent=True) or {}).get("user") or {}
    user = db().execute(
        "SELECT * FROM users WHERE username = ? AND password = ?", (data.get("username"), data.get("password"))
    ).fetchone()
    if user is None:
        return error(401, "wrong username or password")
    return jsonify(user_json(user))


@app.get("/api/notes")
def list_notes():
    rows = db().execute("SELECT * FROM notes ORDER BY id DESC").fetchall()
    return jsonify({"notes": [note_json(row) for row in rows], "count": len(rows)})


@app.post("/api/notes")
@login_required
def create_note():
    data = (request.get_json(silent=True) or {}).get("note") or {}
    if not data.get("title") or "body" not in data:
        return error(422, "title and body are required")
    cursor = db().execute(
        "INSERT INTO notes (title, body, author_id, created_at) VALUES (?, ?, ?, ?)",
        (data["title"], data["body"], g.user["id"], datetime.now(timezone.utc).isoformat()),
    )
    db().commit()
    status = 200 if "wrong-status" in BREAK else 201
    return jsonify({"note": note_json(find_note(cursor.lastrowid))}), status


@app.get("/api/notes/<int:note_id>")
def get_note(note_id):
    row = find_note(note_id)
    if row is None:
        return error(404, "note not found")
    note = note_json(row)
    if "missing-field" in BREAK:
        del note["author"]
    return jsonify({"note": note})


@app.put("/api/notes/<int:note_id>")
@login_required
def update_note(note_id):
    row = find_note(note_id)
    if row is None:
        return error(404, "note not found")
    if row["author_id"] != g.user["id"]:
        return error(403, "only the author can change a note")
    data = (request.get_json(silent=True) or {}).get("note") or {}
    if "crash" in BREAK:
        raise RuntimeError("update_note broke on purpose (CG_BREAK=crash)")
    db().execute(
        "UPDATE notes SET title = ?, body = ? WHERE id = ?",
        (data.get("title", row["title"]), data.get("body", row["body"]), note_id),
    )
    db().commit()
    return jsonify({"note": note_json(find_note(note_id))})


@app.delete("/api/notes/<int:note_id>")
@login_required
def delete_note(note_id):
    row = find_note(note_id)
    if row is None:
        return error(404, "note not found")
    if row["author_id"] != g.user["id"]:
        return error(403, "only the author can delete a note")
    db().execute("DELETE FROM notes WHERE id = ?", (note_id,))
    db().commit()
    return "", 204


@app.get("/api/stats")
def stats():
    users = db().execute("SELECT COUNT(*) FROM users").fetchone()[0]
    notes = db().execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    return jsonify({"users": users, "notes": notes})


if __name__ == "__main__":
    init_db()
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=False, use_reloader=False)
