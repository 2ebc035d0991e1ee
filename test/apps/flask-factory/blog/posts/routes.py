from flask import Blueprint, jsonify, request

from ..extensions import db
from ..models import Post

posts = Blueprint("posts", __name__)


@posts.route("/")
def list_posts():
    return jsonify([post.to_dict() for post in Post.query.all()])


@posts.route("/", methods=["POST"])
def create_post():
    payload = request.get_json() or {}
    post = Post(title=payload["title"], body=payload["body"], author_id=payload["author_id"])
    db.session.add(post)
    db.session.commit()
    return jsonify(post.to_dict()), 201


@posts.route("/<int:post_id>")
def get_post(post_id):
    return jsonify(db.get_or_404(Post, post_id).to_dict())


@posts.put("/<int:post_id>")
def update_post(post_id):
    post = db.get_or_404(Post, post_id)
    payload = request.get_json() or {}
    post.title = payload.get("title", post.title)
    post.body = payload.get("body", post.body)
    db.session.commit()
    return jsonify(post.to_dict())
