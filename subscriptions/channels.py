"""Channel names and the small JSON messages published on them.

A message names rows, never carries them: each subscriber re-reads what it announces through its own
scoped loaders, so a message can't leak a field or a row, and PostgreSQL's 8,000-byte NOTIFY limit is far.

Channels
  * ``jobs.customer.<customer id>``: every status move of that customer's jobs. Clients (portal users,
    integration tokens) listen here, and so does the office when it filters by job, property or customer.
  * ``jobs.all``: every status move; the office without a filter, and field employees (who filter by
    assignment through the scoped loader).
  * ``notifications.user.<user id>``: that user's new notifications.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Self

ALL_JOBS = "jobs.all"


def customer_jobs(customer_id: int) -> str:
    return f"jobs.customer.{customer_id}"


def user_notifications(user_id: int) -> str:
    return f"notifications.user.{user_id}"


class BadMessage(ValueError):
    """A message on one of our channels that isn't ours (ignored by subscribers, logged once)."""


def _ints(raw: str, names: tuple[str, ...]) -> dict[str, int]:
    try:
        data: Any = json.loads(raw)
        values = {name: data[name] for name in names}
    except (ValueError, TypeError, KeyError) as error:
        raise BadMessage(f"not a {names} message: {raw[:200]!r}") from error
    if not all(isinstance(value, int) and not isinstance(value, bool) for value in values.values()):
        raise BadMessage(f"not a {names} message: {raw[:200]!r}")
    return values


@dataclass(frozen=True, slots=True)
class JobStatusMessage:
    """A committed `JobStatusChange` row: its id and where it belongs (for filtering before any read)."""

    change_id: int
    job_id: int
    customer_id: int
    property_id: int

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> Self:
        return cls(**_ints(raw, ("change_id", "job_id", "customer_id", "property_id")))

    def channels(self) -> tuple[str, ...]:
        return customer_jobs(self.customer_id), ALL_JOBS


@dataclass(frozen=True, slots=True)
class NotificationMessage:
    """A committed `Notification` row for one user."""

    notification_id: int
    user_id: int

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> Self:
        return cls(**_ints(raw, ("notification_id", "user_id")))

    def channels(self) -> tuple[str, ...]:
        return (user_notifications(self.user_id),)
