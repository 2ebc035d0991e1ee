from .app import Flask as Flask
from .globals import request as request

__version__ = "3.0.3"
