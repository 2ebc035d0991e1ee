# expect: orm/raw-driver-access
import csv, sqlite3


def export(path: str):
    with sqlite3.connect(path) as connection:
        return list(csv.reader(connection.execute("SELECT * FROM users")))
