from app.extensions import db


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    customer = db.Column(db.String(120), nullable=False)
    total = db.Column(db.Numeric(10, 2), nullable=False)
