from flask import Blueprint, jsonify, request

from app.repositories.order_repository import OrderRepository
from app.services.order_service import OrderService

orders = Blueprint("orders", __name__)
service = OrderService()


@orders.get("/orders")
def list_orders():
    return jsonify([{"id": order.id, "customer": order.customer} for order in OrderRepository().all()])


@orders.post("/orders")
def place_order():
    body = request.get_json(force=True)
    order = service.place(body["customer"], str(body["total"]))
    return jsonify({"id": order.id}), 201


@orders.get("/orders/report")
def report():
    return jsonify(service.report())
