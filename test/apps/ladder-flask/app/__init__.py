from flask import Flask

from app.extensions import db


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object("app.config")
    db.init_app(app)
    from app.routes.orders import orders

    app.register_blueprint(orders)
    return app
