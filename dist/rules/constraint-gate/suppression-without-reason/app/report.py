ALLOWED_TABLES = {"orders", "invoices"}


def count_rows(cursor, table: str) -> int:
    if table not in ALLOWED_TABLES:
        raise ValueError(table)
    # ok: constraint-gate/suppression-without-reason
    cursor.execute(f"SELECT count(*) FROM {table}")  # constraint-gate: ignore python-sql/interpolated-sql-in-execute -- table comes from ALLOWED_TABLES
    return cursor.fetchone()[0]


def delete_rows(cursor, table: str) -> None:
    # expect: constraint-gate/suppression-without-reason
    cursor.execute(f"DELETE FROM {table}")  # constraint-gate: ignore python-sql/interpolated-sql-in-execute
