"""The image's HEALTHCHECK: exit 0 while the site's process answers /healthz on the port
gunicorn listens on (GUNICORN_BIND), 1 otherwise. Python's standard library only."""

import os
import sys
import urllib.request

port = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").rsplit(":", 1)[-1]
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=4) as response:
        sys.exit(0 if response.status == 200 else 1)
except OSError as error:
    print(f"healthz: {error}", file=sys.stderr)
    sys.exit(1)
