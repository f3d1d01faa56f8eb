"""Channel names and the small JSON messages published on them.

A message names rows, never carries them: each subscriber re-reads what it announces through its own
scoped loaders, so a message can't leak a field or a row, and PostgreSQL's 8,000-byte NOTIFY limit is far.

Channels
  * ``jobs.customer.<customer id>``: every status move of that customer's jobs. Clients (portal users,
    integration tokens) listen here, and so does the office when it filters by job, property or customer.
  * ``jobs.all``: every status move; the office without a filter, and field employees (who filter by
    assignment through the scoped loader).
  * ``notifications.user.<user id>``: that user's new notifications.
  * ``jobs.proof.<job id>``: that job's proof changed (a checklist item ticked or added, a photo or document
    attached, shown to or hidden from the client). Whoever watches the job (`jobProofChanged`) listens here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any, Self

ALL_JOBS = "jobs.all"


def customer_jobs(customer_id: int) -> str:
    return f"jobs.customer.{customer_id}"


def user_notifications(user_id: int) -> str:
    return f"notifications.user.{user_id}"


def job_proof(job_id: int) -> str:
    return f"jobs.proof.{job_id}"


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


class ProofChange(Enum):
    """What part of a job's proof of work changed."""

    CHECKLIST = "CHECKLIST"
    FILES = "FILES"


@dataclass(frozen=True, slots=True)
class JobProofMessage:
    """A committed change to a job's proof. `staff_only`: only staff can see it (a file hidden from the
    client), so client subscribers drop it without reading anything."""

    job_id: int
    customer_id: int
    property_id: int
    change: ProofChange
    staff_only: bool

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "change": self.change.value}, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> Self:
        ids = _ints(raw, ("job_id", "customer_id", "property_id"))
        data: Any = json.loads(raw)
        try:
            change = ProofChange(data["change"])
        except (KeyError, ValueError, TypeError) as error:
            raise BadMessage(f"not a proof message: {raw[:200]!r}") from error
        staff_only = data.get("staff_only")
        if not isinstance(staff_only, bool):
            raise BadMessage(f"not a proof message: {raw[:200]!r}")
        return cls(**ids, change=change, staff_only=staff_only)

    def channels(self) -> tuple[str, ...]:
        return (job_proof(self.job_id),)
