"""The demo site served as in production, on the loopback, for `make lighthouse` and
`make screenshots`: production settings (DEBUG off, WhiteNoise's hashed and compressed static
files, the production CSP and headers), gunicorn, and a database and media folder of its own
(var/measure/) holding the demo content.

What a local machine lacks is supplied as `make serve` does: a throwaway SECRET_KEY, the
loopback's host names, no redirection to HTTPS and no HSTS (plain http on 127.0.0.1; the
session and CSRF cookies stay Secure, which no public page needs). Uploaded pictures are served
beside the site (tools/wsgi_with_media.py) as the proxy or the bucket serves them in
production. The page cache is off (PAGE_CACHE_SECONDS=0): every page is rendered for the measure.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "measure"
BIN = Path(sys.executable).parent


def environment():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
        "SECRET_KEY": "local-measure-only-not-a-secret-long-enough-for-the-production-check",
        "REGISTER_KEY": "local-measure-only-register-key-not-a-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": f"sqlite:///{VAR / 'db.sqlite3'}",
        "MEDIA_ROOT": str(VAR / "media"),
        "STATIC_ROOT": str(VAR / "static"),
        "CACHE_URL": "",
        "REDIS_URL": "",
        "PAGE_CACHE_SECONDS": "0",
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
        "GUNICORN_ACCESS_LOG": "",
        "LOG_LEVEL": "WARNING",
    }


def log(message):
    print(message, file=sys.stderr, flush=True)


def manage(env, *command):
    subprocess.run(  # noqa: S603 - our own command
        [sys.executable, str(ROOT / "manage.py"), *command],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare(env, fresh=False):
    """Migrate, load the demo content (idempotent: a second run changes nothing) and collect
    the static files."""
    if fresh:
        shutil.rmtree(VAR, ignore_errors=True)
    VAR.mkdir(parents=True, exist_ok=True)
    log(f"Preparing the demo site in {VAR.relative_to(ROOT)}/ (production settings)")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo_content", "--no-accounts")
    manage(env, "collectstatic", "--noinput", "-v", "0")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def production_site(fresh=False, port=None):
    """Prepare the site, serve it with gunicorn, and yield its base URL. Stopped by Ctrl-C or
    SIGTERM, it stops gunicorn too."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    env = environment()
    prepare(env, fresh=fresh)
    port = port or free_port()
    env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
    url = f"http://127.0.0.1:{port}"
    server_log = (VAR / "gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603 - our own command
        [str(BIN / "gunicorn"), "tools.wsgi_with_media:application"],
        cwd=ROOT,
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(url + "/robots.txt", timeout=1)  # noqa: S310 - loopback
                break
            except OSError:
                if server.poll() is not None:
                    raise SystemExit(f"gunicorn stopped: see {server_log.name}") from None
                time.sleep(0.25)
        else:
            raise SystemExit(f"gunicorn did not answer: see {server_log.name}")
        log(f"Serving {url} (gunicorn, production settings)")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        server_log.close()
