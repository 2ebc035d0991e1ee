import sqlite3


def totals_by_customer(path: str = "orders.db") -> list[tuple[str, float]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT customer, SUM(total) FROM 'order' GROUP BY customer")
        return [(customer, float(total)) for customer, total in rows]
