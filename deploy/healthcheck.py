"""The image's HEALTHCHECK: exit 0 while the site's process answers /healthz on the port
gunicorn listens on (GUNICORN_BIND, else PORT, else 8000: deploy/entrypoint.sh), 1 otherwise.
Python's standard library only."""

import os
import sys
import urllib.request

bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
port = bind.rsplit(":", 1)[-1]
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=4) as response:
        sys.exit(0 if response.status == 200 else 1)
except OSError as error:
    print(f"healthz: {error}", file=sys.stderr)
    sys.exit(1)
