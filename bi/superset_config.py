"""Superset settings for the local BI path (`make bi`): everything lives in SUPERSET_HOME (git-ignored)."""

import os
from pathlib import Path

_HOME = Path(os.environ["SUPERSET_HOME"]).resolve()

SECRET_KEY = (_HOME / "secret_key").read_text().strip()  # generated once by bi/superset_bi.py
SQLALCHEMY_DATABASE_URI = f"sqlite:///{_HOME / 'superset.db'}"
SQLALCHEMY_EXAMPLES_URI = SQLALCHEMY_DATABASE_URI
DATA_DIR = str(_HOME)
CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 300}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 60}
RATELIMIT_STORAGE_URI = "memory://"
# Local only (bound to 127.0.0.1): no outgoing analytics, no HTTPS redirects.
SCARF_ANALYTICS = False
TALISMAN_ENABLED = False
SESSION_COOKIE_SECURE = False
SUPERSET_WEBSERVER_TIMEOUT = 120
