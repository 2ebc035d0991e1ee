from .base import *  # noqa: F403

INSTALLED_APPS += ["debug_toolbar"]  # noqa: F405
