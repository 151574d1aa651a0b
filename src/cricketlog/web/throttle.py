"""Login throttling: repeated failed logins for one account or from one address are refused
for a while (429 with ``Retry-After``), so a password cannot be guessed at speed.

Counters live in the process (``limits``' memory storage) or, with the ``redis_url`` setting,
in Redis, so several workers or hosts count together. A moving window counts the failures of the
last few minutes; a successful login does not wipe the address's count (an attacker with one
good account would otherwise reset it), but does the account's.
"""

from __future__ import annotations

import math
import time
from typing import Final

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from cricketlog.errors import Unavailable

LIMITS: Final = {"account": parse("5/5 minutes"), "address": parse("20/5 minutes")}
"""Failures allowed per kind of key (``account:EMAIL``, ``address:IP``) in a moving window."""
NAMESPACE = "cricketlog-login"


class ThrottleUnavailable(Unavailable):
    """The shared counters (Redis) cannot be reached."""


class Throttle:
    """Failed-login counters for keys such as ``account:a@b.c`` and ``address:10.0.0.1``."""

    def __init__(self, redis_url: str = "") -> None:
        self.shared = bool(redis_url)
        self._storage = storage_from_string(redis_url or "memory://")
        self._limiter = MovingWindowRateLimiter(self._storage)

    def check(self, key: str) -> int | None:
        """None while ``key`` may try again; else the seconds until it may."""
        item = _item(key)
        try:
            if self._limiter.test(item, NAMESPACE, key):
                return None
            reset, _ = self._limiter.get_window_stats(item, NAMESPACE, key)
        except Exception as exc:  # the storage's own errors (redis) differ by backend
            raise ThrottleUnavailable(f"The login counters cannot be reached: {exc}") from None
        return max(1, math.ceil(reset - time.time()))

    def hit(self, key: str) -> None:
        """Count one failure for ``key``."""
        try:
            self._limiter.hit(_item(key), NAMESPACE, key)
        except Exception as exc:
            raise ThrottleUnavailable(f"The login counters cannot be reached: {exc}") from None

    def clear(self, key: str) -> None:
        """Forget ``key``'s failures (after it logged in)."""
        try:
            self._limiter.clear(_item(key), NAMESPACE, key)
        except Exception as exc:
            raise ThrottleUnavailable(f"The login counters cannot be reached: {exc}") from None


def _item(key: str) -> RateLimitItem:
    return LIMITS[key.partition(":")[0]]
