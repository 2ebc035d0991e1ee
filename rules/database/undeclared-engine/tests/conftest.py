from sqlalchemy import create_engine

# Tests may use SQLite; the check reads application code only.
test_engine = create_engine("sqlite://")  # ok: database/undeclared-engine
