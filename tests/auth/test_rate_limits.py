"""Where the sign-in rate limits keep their counters, and how they behave when the storage fails."""

from __future__ import annotations

import os
import uuid

import pytest
from limits import parse

from app.settings import Settings
from auth import rate_limits
from auth.rate_limits import Check, RateLimits, retry_minutes
from tests.own_redis import own_redis


def test_rate_limit_url_wins() -> None:
    settings = Settings(rate_limit_url="redis://limits:6379/2", broadcast_url="redis://events:6379/0")
    assert settings.rate_limit_storage_url == "redis://limits:6379/2"


def test_a_redis_broadcast_url_is_shared_and_anything_else_means_memory() -> None:
    assert Settings(rate_limit_url=None, broadcast_url="redis://events:6379/0").rate_limit_storage_url \
        == "redis://events:6379/0"
    assert Settings(rate_limit_url=None, broadcast_url="postgres://db/dop").rate_limit_storage_url == "memory://"
    assert Settings(rate_limit_url="  ", broadcast_url="memory://").rate_limit_storage_url == "memory://"


def test_the_app_keeps_the_limiter_while_the_storage_stays_the_same() -> None:
    kept = rate_limits.use_rate_limit_storage("memory://")
    assert rate_limits.use_rate_limit_storage("memory://") is kept
    assert rate_limits.rate_limits() is kept


def test_plain_redis_urls_use_the_async_redis_py_client() -> None:
    limits = RateLimits("redis://127.0.0.1:1/0")
    assert type(limits.storage).__module__.startswith("limits.aio.storage")


async def test_all_checks_are_consumed_or_none() -> None:
    limits = RateLimits("memory://")
    tight, loose = parse("1/minute"), parse("10/minute")
    assert await limits.hit(Check(tight, "a", "x"), Check(loose, "b", "y")) is None
    wait = await limits.hit(Check(loose, "b", "y"), Check(tight, "a", "x"))
    assert wait is not None and 0 < wait <= 60
    # the refused call consumed nothing from the looser limit: 9 more fit
    for _ in range(9):
        assert await limits.hit(Check(loose, "b", "y")) is None
    assert await limits.hit(Check(loose, "b", "y")) is not None


async def test_an_unreachable_storage_still_limits_with_the_processs_own_counters(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limits = RateLimits("redis://127.0.0.1:1/0")  # nothing listens on port 1
    assert await limits.hit(Check(parse("1/minute"), "a", "x")) is None
    assert await limits.hit(Check(parse("1/minute"), "a", "x")) is not None
    assert limits.degraded
    assert any("counting in this process's memory" in record.getMessage() for record in caplog.records)


async def test_while_redis_is_down_sign_in_limits_hold_locally_and_shared_counting_resumes_after() -> None:
    async with own_redis() as redis:
        limits = RateLimits(redis.url)
        limit = parse("3/minute")
        # given one attempt counted in Redis
        assert await limits.hit(Check(limit, "sign-in", "203.0.113.9")) is None
        assert not limits.degraded

        # when Redis goes down, the limit still holds, counted in this process
        await redis.stop()
        for _ in range(3):
            assert await limits.hit(Check(limit, "sign-in", "203.0.113.9")) is None
        assert await limits.hit(Check(limit, "sign-in", "203.0.113.9")) is not None
        assert limits.degraded

        # and once Redis is back (empty, after a crash), counting is shared again
        await redis.start()
        assert await limits.hit(Check(limit, "sign-in", "203.0.113.9")) is None
        assert not limits.degraded


def test_waits_are_told_in_whole_minutes() -> None:
    assert [retry_minutes(s) for s in (1, 60, 61, 900)] == [1, 1, 2, 15]


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set: the Redis storage is not tested")
async def test_redis_counters_are_shared_between_limiters() -> None:
    # given two limiters on the same Redis (as two processes would have)
    url = os.environ["REDIS_URL"]
    first, second = RateLimits(url), RateLimits(url)
    key = uuid.uuid4().hex
    limit = parse("2/minute")
    # when each hits once
    assert await first.hit(Check(limit, "test", key)) is None
    assert await second.hit(Check(limit, "test", key)) is None
    # then the third, from either, is refused
    assert await first.hit(Check(limit, "test", key)) is not None


def test_the_process_limiter_is_built_once_and_can_be_replaced() -> None:
    current = rate_limits.rate_limits()
    assert rate_limits.rate_limits() is current
    replaced = rate_limits.configure_rate_limits("memory://")
    assert rate_limits.rate_limits() is replaced is not current
