"""The app's broadcaster: `Broadcaster` that ends its subscribers when listening is interrupted (so their
clients reconnect and catch up instead of waiting for events that were lost), plus a callback when a
subscriber is cut off for falling behind.

A subscriber falls behind because whoever reads it is stuck, typically a WebSocket send blocked on a client
that stopped reading. That reader would only learn of the overflow (`SubscriberTooSlow`) once its send
returns, which may be never; `on_overflow` lets the WebSocket layer close such a connection at once (close
code `SLOW_CONSUMER_CLOSE_CODE`) from outside the stuck task.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from broadcaster import Event

from subscriptions.broadcast import DEFAULT_QUEUE_SIZE, BoundedSubscriber, Broadcaster

log = logging.getLogger(__name__)

__all__ = ["LiveBroadcaster", "create_live_broadcast"]


class LiveBroadcaster(Broadcaster):
    """A `Broadcaster` whose subscribers can be watched for overflow."""

    def __init__(self, url: str | None = None, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        super().__init__(url, queue_size=queue_size, end_on_interruption=True)
        self._overflow_callbacks: dict[BoundedSubscriber, Callable[[], None]] = {}

    def on_overflow(self, subscriber: BoundedSubscriber, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` (once, from the fan-out, so it must not block) if `subscriber` is cut off.

        Returns the function that stops watching (call it when the subscription ends).
        """
        self._overflow_callbacks[subscriber] = callback

        def unwatch() -> None:
            self._overflow_callbacks.pop(subscriber, None)

        return unwatch

    def _deliver(self, event: Event) -> None:
        watched = ([subscriber for subscriber in self._channels.get(event.channel, ())
                    if subscriber in self._overflow_callbacks] if self._overflow_callbacks else [])
        super()._deliver(event)
        for subscriber in watched:
            if subscriber.overflowed:
                callback = self._overflow_callbacks.pop(subscriber, None)
                if callback is not None:
                    try:
                        callback()
                    except Exception:
                        log.exception("broadcast: an overflow callback failed")


def create_live_broadcast(url: str, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> LiveBroadcaster:
    """A not-yet-connected LiveBroadcaster for `url` (memory://, postgresql://, redis://)."""
    return LiveBroadcaster(url, queue_size=queue_size)
