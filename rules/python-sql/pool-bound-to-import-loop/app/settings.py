import json

DSN = "postgresql://app@db/app"


async def load_settings():
    with open("settings.json") as handle:
        return json.load(handle)
