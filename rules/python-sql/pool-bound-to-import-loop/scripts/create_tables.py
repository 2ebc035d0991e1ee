import asyncio

from app.db import init_models

# A script run on its own: the loop it runs is the only one.
asyncio.run(init_models())  # ok: python-sql/pool-bound-to-import-loop
