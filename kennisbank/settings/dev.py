"""`make dev`: `make run`'s settings (local.py) with DEBUG on, for developers: Django's debug pages
and any host name. Uploaded documents are still never served from /media/ (kennisbank/media.py).
"""

from .local import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
