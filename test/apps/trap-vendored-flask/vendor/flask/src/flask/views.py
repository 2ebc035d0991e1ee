from flask.app import Flask
from flask.globals import request


class View:
    app: Flask

    def dispatch_request(self):
        return request
