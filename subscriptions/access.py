"""Access changes, announced to every process once committed, so open WebSockets follow them.

A WebSocket authenticates at `connection_init` and then lives for hours; a sign-out, a revoked API token, a
disabled user or a narrowed scope must reach it. Whoever ends or narrows access notes it on the database
session (`auth.sessions.note_access_change`: `revoke_session`, `revoke_user_sessions`, `revoke_api_token`,
`revoke_customer_access` and the scope change do). Here, once that transaction commits, the change is
published on `ACCESS_CHANNEL` through the session's broadcaster (the one `subscriptions.events.bind_broadcast`
bound to the session factory), and every process re-checks the connections it concerns (see `app.ws_access`).

The message names ids only (sessions, users, API tokens, customers). It is a hint, never a verdict: a
receiver re-reads the credentials before closing anything, so a stray or forged message can't close a socket
whose access still holds. Delivery is at most once like every broadcast; a receiver whose listening was
interrupted re-checks all of its connections when it listens again, and every operation started on a socket
re-checks its credentials anyway.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from auth.sessions import AccessChanges, take_access_changes
from subscriptions.broadcast import Broadcaster
from subscriptions.channels import BadMessage
from subscriptions.events import broadcast_of

__all__ = [
    "ACCESS_CHANNEL",
    "decode_access_changes",
    "encode_access_changes",
    "install_access_announcer",
    "publish_access_changes",
]

log = logging.getLogger(__name__)

ACCESS_CHANNEL = "access.changes"
"""Every process listens here for sessions, tokens, users and customers whose access ended or narrowed."""

_FIELDS = ("session_ids", "user_ids", "api_token_ids", "customer_ids")
_sending: set[asyncio.Task[None]] = set()


def encode_access_changes(changes: AccessChanges) -> str:
    return json.dumps({name: sorted(getattr(changes, name)) for name in _FIELDS}, separators=(",", ":"))


def decode_access_changes(raw: str) -> AccessChanges:
    """The message's changes; BadMessage when it is not one of ours."""
    try:
        data: Any = json.loads(raw)
        values = [data.get(name, []) for name in _FIELDS]
    except (ValueError, TypeError, AttributeError) as error:
        raise BadMessage(f"not an access change: {raw[:200]!r}") from error
    for ids in values:
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise BadMessage(f"not an access change: {raw[:200]!r}")
    return AccessChanges(*(set(ids) for ids in values))


async def publish_access_changes(broadcast: Broadcaster, changes: AccessChanges) -> None:
    """Announce `changes` to every process; a failure is logged (the write has committed already)."""
    try:
        await broadcast.publish(ACCESS_CHANNEL, encode_access_changes(changes))
    except Exception:
        log.exception("broadcast: could not announce an access change (%s)", encode_access_changes(changes))


def _after_commit(session: Session) -> None:
    changes = take_access_changes(session)
    if changes is None:
        return
    broadcast = broadcast_of(session)
    if broadcast is None:
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        log.warning("an access change committed outside an event loop was not announced")
        return
    task = loop.create_task(publish_access_changes(broadcast, changes), name="announce-access-change")
    _sending.add(task)
    task.add_done_callback(_sending.discard)


def _after_soft_rollback(session: Session, previous_transaction: SessionTransaction) -> None:
    if previous_transaction.parent is None:  # the whole transaction: nothing it noted happened
        take_access_changes(session)


def install_access_announcer() -> None:
    """Announce the access changes every committed session noted (idempotent; the app calls it at start)."""
    if not event.contains(Session, "after_commit", _after_commit):
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", _after_soft_rollback)
