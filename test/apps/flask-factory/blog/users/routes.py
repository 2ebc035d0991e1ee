from flask import Blueprint, abort, jsonify, request

from ..extensions import db
from ..models import User

bp = Blueprint("users", __name__, url_prefix="/api/users")


@bp.get("/")
def list_users():
    return jsonify([user.to_dict() for user in User.query.order_by(User.id).all()])


@bp.post("/")
def create_user():
    payload = request.get_json() or {}
    if "email" not in payload:
        abort(400, "email is required")
    user = User(email=payload["email"], name=payload.get("name"))
    db.session.add(user)
    db.session.commit()
    return jsonify(user.to_dict()), 201


@bp.route("/<int:user_id>", methods=["GET", "DELETE"])
def user_detail(user_id):
    user = db.get_or_404(User, user_id)
    if request.method == "DELETE":
        db.session.delete(user)
        db.session.commit()
        return "", 204
    return jsonify(user.to_dict())
