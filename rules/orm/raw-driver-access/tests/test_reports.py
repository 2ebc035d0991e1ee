import sqlite3  # ok: orm/raw-driver-access


def test_memory_database():
    assert sqlite3.connect(":memory:") is not None
