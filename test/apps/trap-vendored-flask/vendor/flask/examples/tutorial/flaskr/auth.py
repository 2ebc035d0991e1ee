from flask import Flask

bp = Flask(__name__)
