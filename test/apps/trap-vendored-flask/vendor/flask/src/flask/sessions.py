import flask
from flask import json


class SessionInterface:
    app: "flask.Flask"
