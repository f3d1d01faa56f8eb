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
  * ``jobs.changed``: a job's crew or time changed (`jobChanged`); staff listen here.
  * ``jobs.changed.<customer id>``: the same, for that customer's jobs; its clients listen here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any, Self

ALL_JOBS = "jobs.all"
JOB_CHANGES = "jobs.changed"


def customer_jobs(customer_id: int) -> str:
    return f"jobs.customer.{customer_id}"


def user_notifications(user_id: int) -> str:
    return f"notifications.user.{user_id}"


def job_proof(job_id: int) -> str:
    return f"jobs.proof.{job_id}"


def customer_job_changes(customer_id: int) -> str:
    return f"{JOB_CHANGES}.{customer_id}"


class BadMessage(ValueError):
    """A message on one of our channels that isn't ours (ignored by subscribers, logged once)."""


def _decode(raw: str, names: tuple[str, ...]) -> tuple[dict[str, int], Any]:
    """A message's integer ids `names`, and the whole decoded message for its other keys (parsed once)."""
    try:
        data: Any = json.loads(raw)
        values = {name: data[name] for name in names}
    except (ValueError, TypeError, KeyError) as error:
        raise BadMessage(f"not a {names} message: {raw[:200]!r}") from error
    if not all(_is_int(value) for value in values.values()):
        raise BadMessage(f"not a {names} message: {raw[:200]!r}")
    return values, data


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


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
        return cls(**_decode(raw, ("change_id", "job_id", "customer_id", "property_id"))[0])

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
        return cls(**_decode(raw, ("notification_id", "user_id"))[0])

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
        ids, data = _decode(raw, ("job_id", "customer_id", "property_id"))
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


@dataclass(frozen=True, slots=True)
class JobChangeMessage:
    """A committed change to a job's crew or time: `fields` names its changed columns.

    `removed_employee_ids`: the employees the change took off the job, read in the writer's transaction
    before the change. The subscriber can no longer find the job through such an employee's scope, yet that
    employee must hear of it (their day still shows the job). It is written only when someone was taken off,
    and a message without it (from a process running the previous version) means nobody was, so processes of
    either version read each other's messages.
    """

    job_id: int
    customer_id: int
    property_id: int
    fields: tuple[str, ...]
    removed_employee_ids: frozenset[int] = frozenset()

    def to_json(self) -> str:
        data: dict[str, Any] = {"job_id": self.job_id, "customer_id": self.customer_id,
                                "property_id": self.property_id, "fields": sorted(self.fields)}
        if self.removed_employee_ids:
            data["removed_employee_ids"] = sorted(self.removed_employee_ids)
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> Self:
        ids, data = _decode(raw, ("job_id", "customer_id", "property_id"))
        fields = data.get("fields")
        removed = data.get("removed_employee_ids", [])
        if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields) \
                or not isinstance(removed, list) or not all(_is_int(value) for value in removed):
            raise BadMessage(f"not a job change: {raw[:200]!r}")
        return cls(**ids, fields=tuple(fields), removed_employee_ids=frozenset(removed))

    def channels(self) -> tuple[str, ...]:
        return customer_job_changes(self.customer_id), JOB_CHANGES
