import threading
from collections import defaultdict

from flask import Blueprint, Flask, g, jsonify, request, session
from flask.views import MethodView
from flask_caching import Cache

app = Flask(__name__)
cache = Cache(app, config={"CACHE_TYPE": "SimpleCache"})
bp = Blueprint("api", __name__)

SETTINGS = {"page_size": 20}
profiles = {}
recent_paths = []
hits = defaultdict(int)
counter = 0
current_user = None
rate_lock = threading.Lock()
request_counts = {}
SUBMISSIONS = []


@app.before_request
def load_user():
    global current_user
    current_user = request.headers.get("X-User")  # expect: flask/request-state-in-module-global
    recent_paths.append(request.path)  # expect: flask/request-state-in-module-global
    g.user = request.headers.get("X-User")  # ok: flask/request-state-in-module-global


@app.route("/profile", methods=["POST"])
def save_profile():
    global counter
    counter += 1  # expect: flask/request-state-in-module-global
    profiles[request.json["id"]] = request.json  # expect: flask/request-state-in-module-global
    hits[request.remote_addr] += 1  # expect: flask/request-state-in-module-global
    session["last_profile"] = request.json["id"]  # ok: flask/request-state-in-module-global
    return jsonify(ok=True)


@app.get("/profile/<int:profile_id>")
def read_profile(profile_id):
    page_size = SETTINGS["page_size"]  # ok: flask/request-state-in-module-global
    current_user = request.headers.get("X-User")  # ok: flask/request-state-in-module-global
    cached = cache.get(f"profile:{profile_id}")
    if cached is None:
        cached = profiles.get(profile_id)  # ok: flask/request-state-in-module-global
        cache.set(f"profile:{profile_id}", cached, timeout=60)  # ok: flask/request-state-in-module-global
    return jsonify(profile=cached, size=page_size, user=current_user)


@bp.delete("/profile/<int:profile_id>")
async def forget_profile(profile_id):
    del profiles[profile_id]  # expect: flask/request-state-in-module-global
    return jsonify(ok=True)


@bp.post("/throttle")
def throttle():
    # A deliberate shared counter, guarded by a lock.
    with rate_lock:
        request_counts[request.remote_addr] = request_counts.get(request.remote_addr, 0) + 1  # ok: flask/request-state-in-module-global
    return jsonify(ok=True)


class SubmissionView(MethodView):
    def post(self):
        SUBMISSIONS.append(request.json)  # expect: flask/request-state-in-module-global
        return jsonify(ok=True)

    def _reset(self):
        SUBMISSIONS.clear()  # ok: flask/request-state-in-module-global


def warm_up():
    # Not a handler: runs once at start-up.
    profiles.update({0: {"name": "system"}})  # ok: flask/request-state-in-module-global


SETTINGS["page_size"] = 50  # ok: flask/request-state-in-module-global
app.add_url_rule("/submissions", view_func=SubmissionView.as_view("submissions"))
