import json
import urllib.request

with urllib.request.urlopen("http://localhost:8000/tickets/") as response:
    print(json.dumps(json.load(response), indent=2))
