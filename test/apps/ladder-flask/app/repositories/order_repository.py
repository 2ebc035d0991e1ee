from app.extensions import db
from app.models.order import Order


class OrderRepository:
    def all(self) -> list[Order]:
        return db.session.scalars(db.select(Order)).all()

    def add(self, order: Order) -> Order:
        db.session.add(order)
        db.session.commit()
        return order
