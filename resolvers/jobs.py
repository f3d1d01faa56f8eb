"""Jobs: listing with filters (reads). Status moves and edits live beside."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from auth.scope import readable
from auth.viewer import Viewer
from models import Job
from models.enums import JobStatus
from resolvers.reads import NEWEST_JOBS, c


def jobs_statement(viewer: Viewer, *, statuses: list[JobStatus] | None = None, customer_id: int | None = None,
                   property_ids: list[int] | None = None, scheduled_from: datetime | None = None,
                   scheduled_to: datetime | None = None, oldest_first: bool = False) -> sa.Select[Any]:
    statement = readable(viewer, Job)
    if statuses:
        statement = statement.where(c(Job, "status").in_(statuses))
    if customer_id is not None:
        statement = statement.where(c(Job, "customer_id") == customer_id)
    if property_ids:
        statement = statement.where(c(Job, "property_id").in_(property_ids))
    if scheduled_from is not None:
        statement = statement.where(c(Job, "scheduled_start") >= scheduled_from)
    if scheduled_to is not None:
        statement = statement.where(c(Job, "scheduled_start") < scheduled_to)
    if oldest_first:
        return statement.order_by(c(Job, "scheduled_start"), c(Job, "id"))
    return statement.order_by(*NEWEST_JOBS)
