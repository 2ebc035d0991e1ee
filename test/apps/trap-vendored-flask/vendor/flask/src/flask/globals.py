from contextvars import ContextVar

request: ContextVar = ContextVar("flask.request")
