from werkzeug.wrappers import Response


class Flask:
    """Stand-in for the application object; only what the fixture needs."""

    def __init__(self, import_name: str) -> None:
        self.import_name = import_name
        self.view_functions: dict = {}

    def route(self, rule: str, **options):
        def decorator(function):
            self.view_functions[rule] = function
            return function

        return decorator

    def make_response(self, body: str) -> Response:
        return Response(body)
