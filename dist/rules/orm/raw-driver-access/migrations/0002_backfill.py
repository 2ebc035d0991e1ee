import psycopg2  # ok: orm/raw-driver-access


def upgrade(dsn):
    psycopg2.connect(dsn).cursor().execute("UPDATE users SET active = true")
