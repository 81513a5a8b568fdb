"""gunicorn's settings, read from the working directory (`make serve`, and production):
every value can be changed from the environment."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# Sync workers: the pages are rendered by CPU-bound Python, cached pages take under a
# millisecond; 2 x cores + 1 is gunicorn's advice for the usual mix of waiting and computing.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# The application is loaded once, before the workers are forked: a worker (re)starts at once,
# and the workers share the loaded code's memory.
preload_app = True
# Recycling workers after N requests is off (0): at a thousand cached pages a second, each
# recycling left requests waiting for seconds. Set it if a leak ever shows.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
# One line per request on standard output ("-"); empty to turn the access log off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
# Each line names the visitor's address behind the trusted proxies, not the proxy's.
logger_class = "jumelage.access_log.VisitorAddressLogger"
errorlog = "-"
# The proxy in front sets X-Forwarded-Proto; only trust it from the proxy's address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn's control socket ($HOME/.gunicorn/gunicorn.ctl) would be shared by every gunicorn of
# the same user on the machine; nothing here uses it.
control_socket_disable = True
