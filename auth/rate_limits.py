"""Abuse limits on sign-in: how many codes a username or a client address may ask for, how many sign-in
attempts an address may make. Built on the `limits` library (moving windows, async storage).

Where the counters live (they must hold across processes) is decided by the app at start-up
(`app.settings.Settings.rate_limit_storage_url`, handed to `use_rate_limit_storage`):

1. `RATE_LIMIT_URL` (`app.settings.Settings.rate_limit_url`) when set: any `limits` storage URI, e.g.
   ``redis://redis:6379/1`` (the async client is chosen for you: ``redis://`` becomes ``async+redis://``
   with redis-py).
2. else `BROADCAST_URL` when it is a ``redis://`` URL: the same Redis that carries live events.
3. else process memory (``async+memory://``), with a warning once. Fine for one process (`dop serve`);
   several processes multiply the limits by their number, so multi-process deployments must set
   `RATE_LIMIT_URL=redis://…`. The per-user cap on codes is also enforced in PostgreSQL
   (`auth.codes.CODES_PER_USER`), so mail-bombing one real user is bounded whatever the storage.

If the shared storage fails (Redis down), the limits do not fail open: each process counts in its own memory
meanwhile (logged once per outage) and goes back to the shared storage as soon as it answers again. The
PostgreSQL cap, single-use codes, the 5-tries-per-code rule and the account lock apply throughout.
"""

from __future__ import annotations

import inspect
import logging
import math
import time
from dataclasses import dataclass
from typing import Any

from limits import RateLimitItem, parse
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

__all__ = [
    "CODES_PER_ADDRESS",
    "CODES_PER_USERNAME",
    "RATE_LIMIT_URL_ENV",
    "SIGN_INS_PER_ADDRESS",
    "RateLimits",
    "configure_rate_limits",
    "rate_limits",
    "retry_minutes",
    "use_rate_limit_storage",
]

log = logging.getLogger(__name__)

RATE_LIMIT_URL_ENV = "RATE_LIMIT_URL"
NAMESPACE = "dop"

CODES_PER_USERNAME: RateLimitItem = parse("5/15 minutes")
"""Login codes one username may be sent (counted for unknown usernames too: nothing to enumerate)."""
CODES_PER_ADDRESS: RateLimitItem = parse("20/hour")
"""Login codes one client address may ask for, whatever the usernames."""
SIGN_INS_PER_ADDRESS: RateLimitItem = parse("60/15 minutes")
"""Sign-in attempts (right or wrong) from one client address."""


def _storage_uri(uri: str) -> tuple[str, dict[str, Any]]:
    """A `limits` async storage URI and its options for a plain or async URI."""
    if uri.startswith("async+"):
        scheme = uri.split("://", 1)[0]
        return uri, ({"implementation": "redispy"} if "redis" in scheme else {})
    scheme = uri.split("://", 1)[0]
    if scheme in ("redis", "rediss", "redis+unix", "redis+cluster", "redis+sentinel"):
        return f"async+{uri}", {"implementation": "redispy"}
    return f"async+{uri}", {}


@dataclass(frozen=True, slots=True)
class Check:
    """One limit applied to one key (e.g. CODES_PER_USERNAME for "alice")."""

    limit: RateLimitItem
    scope: str
    key: str


class RateLimits:
    """The limiter over one storage; `hit` consumes every check or none."""

    def __init__(self, url: str) -> None:
        self.url = url
        storage_uri, options = _storage_uri(url)
        self.storage = storage_from_string(storage_uri, **options)
        self.limiter = MovingWindowRateLimiter(self.storage)
        self.local = MovingWindowRateLimiter(storage_from_string("async+memory://"))
        """This process's own counters, used while the shared storage fails."""
        self.degraded = False
        """Whether the last check fell back to the local counters (the shared storage failed)."""

    @property
    def in_memory(self) -> bool:
        return self.url.startswith(("memory://", "async+memory://"))

    async def hit(self, *checks: Check) -> int | None:
        """Consume one unit of each check when all have room; else the seconds until the fullest frees up.

        When the storage fails, the same limits are applied with this process's own counters (logged once
        per outage), never skipped.
        """
        try:
            wait = await _hit(self.limiter, checks)
        except Exception as error:  # noqa: BLE001 - any storage failure: count locally meanwhile
            if not self.degraded:
                log.error("Rate limit storage %s failed (%s); counting in this process's memory until it is back",
                          self.url.split("@")[-1], " ".join(str(error).split()) or type(error).__name__)
            self.degraded = True
            return await _hit(self.local, checks)
        if self.degraded:
            log.warning("Rate limit storage %s answers again", self.url.split("@")[-1])
            self.degraded = False
        return wait

    async def reset(self) -> None:
        """Forget every counter (tests)."""
        for storage in (self.storage, self.local.storage):
            result = storage.reset()
            if inspect.isawaitable(result):
                await result


async def _hit(limiter: MovingWindowRateLimiter, checks: tuple[Check, ...]) -> int | None:
    for check in checks:
        if not await limiter.test(check.limit, NAMESPACE, check.scope, check.key):
            reset_at, _remaining = await limiter.get_window_stats(check.limit, NAMESPACE, check.scope, check.key)
            return max(1, math.ceil(reset_at - time.time()))
    for check in checks:
        await limiter.hit(check.limit, NAMESPACE, check.scope, check.key)
    return None


_current: RateLimits | None = None


def rate_limits() -> RateLimits:
    """The process's limiter: the storage the app chose (`use_rate_limit_storage`), else process memory."""
    return _current if _current is not None else use_rate_limit_storage("memory://")


def use_rate_limit_storage(url: str) -> RateLimits:
    """Count in `url` from now on; the current limiter (and its counts) is kept when it already uses `url`."""
    if _current is not None and _current.url == url:
        return _current
    limits = configure_rate_limits(url)
    if limits.in_memory:
        log.warning("Sign-in rate limits are kept in this process's memory; with several processes set "
                    "%s=redis://… so they hold across all of them.", RATE_LIMIT_URL_ENV)
    return limits


def configure_rate_limits(url: str = "memory://") -> RateLimits:
    """Replace the process's limiter (e.g. ``configure_rate_limits("memory://")`` for a fresh one in tests)."""
    global _current
    _current = RateLimits(url)
    return _current


def retry_minutes(seconds: int) -> int:
    """Whole minutes to tell a person to wait (at least 1)."""
    return max(1, math.ceil(seconds / 60))
