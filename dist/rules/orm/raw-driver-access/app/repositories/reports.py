import psycopg2  # expect: orm/raw-driver-access
from sqlalchemy.orm import Session


def monthly_totals(dsn: str):
    with psycopg2.connect(dsn) as connection:
        with connection.cursor() as cursor:
            cursor.execute("SELECT month, sum(total) FROM orders GROUP BY month")
            return cursor.fetchall()


def with_session(session: Session):
    return session
