"""The shared cache (Redis) that never takes the site down with it.

Django's RedisCache raises on every call while Redis is unreachable, and every page asks the
cache (page cache, renditions, site root paths, restricted paths, the forms' rate limit). This
backend turns a connection error into a miss: reads return the default, writes store nothing,
`incr` behaves as for a missing key. After a failure it stops asking Redis for a few seconds
(`RETRY_AFTER`), so that a Redis that does not answer costs one short timeout, not one per
call; the first failure of an outage is logged once."""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# Seconds without asking Redis after a failure.
RETRY_AFTER = 5.0
# Socket timeouts (seconds) unless the settings' OPTIONS give others: Redis on the same
# network answers in well under a millisecond.
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.5}


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, degraded to a miss while Redis is unreachable."""

    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        import redis

        self._errors = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
        self._down_until = 0.0
        self._lock = threading.Lock()

    @property
    def available(self):
        return time.monotonic() >= self._down_until

    def _call(self, method, fallback, *args, **kwargs):
        if not self.available:
            return fallback()
        try:
            return method(*args, **kwargs)
        except self._errors as error:
            with self._lock:
                if self.available:
                    logger.warning(
                        "Cache unreachable (%s): serving without it for %s s.", error, RETRY_AFTER
                    )
                self._down_until = time.monotonic() + RETRY_AFTER
            return fallback()

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, lambda: False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(super().get, lambda: default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, lambda: None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, lambda: False, key, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, lambda: False, key, version)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (cache unreachable).")

        return self._call(super().incr, missing, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, lambda: list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, lambda: None, keys, version)

    def clear(self):
        return self._call(super().clear, lambda: False)
