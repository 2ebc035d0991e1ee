from flask import Flask, jsonify

from .config import Config
from .extensions import db


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)
    db.init_app(app)

    from .users.routes import bp as users_bp
    from .posts.routes import posts

    app.register_blueprint(users_bp)
    app.register_blueprint(posts, url_prefix=Config.API_PREFIX + "/posts")

    @app.route("/health")
    def health():
        return jsonify(status="ok")

    app.add_url_rule("/version", "version", version, methods=["GET"])

    with app.app_context():
        db.create_all()

    return app


def version():
    return jsonify(version="1.0.0")
