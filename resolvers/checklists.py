"""Checklists: the crew ticks a job's items off (proof of work); the office adds items and corrects.

Items are copied from templates when a job is scheduled (`resolvers.jobs.create_job`). Ticking or unticking
locks the job row FOR UPDATE, as `set_job_status` does, so an untick and a finish of the same job serialize:
the finish sees the item open (and refuses), or the untick sees the job Finished (and refuses).
Every change is announced on the job's proof channel once it commits (`jobProofChanged`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import ChecklistItem, Employee, Job, JobAssignment, User
from models.base import row_id, utc_now
from models.enums import JobStatus, Role
from models.problems import Forbidden, Problem, ProblemCode, UserInputError
from resolvers.crm import record_activity
from resolvers.job_workflow import label as status_label
from resolvers.properties import clean_text, missing, raise_if, scoped
from subscriptions.channels import ProofChange
from subscriptions.events import publish_job_proof_after_commit

CLOSED = (JobStatus.FINISHED, JobStatus.CANCELLED)
MAX_LABEL_LENGTH = 200


def may_work_on(viewer: Viewer, assigned_employee_ids: Collection[int]) -> bool:
    """OWNER, OFFICE, and the employees assigned to the job may tick its checklist and attach its photos."""
    if viewer.is_office:
        return True
    return (viewer.role is Role.EMPLOYEE and viewer.employee_id is not None
            and viewer.employee_id in assigned_employee_ids)


async def assigned_employee_ids(session: AsyncSession, job_id: int) -> set[int]:
    statement = sa.select(col(JobAssignment.employee_id)).where(col(JobAssignment.job_id) == job_id)
    return set((await session.execute(statement)).scalars())


async def lock_job(session: AsyncSession, viewer: Viewer, job_id: int, *, share: bool = False) -> Job | None:
    """The job as the viewer may read it, locked (FOR UPDATE, or FOR SHARE with `share`); None when it is not
    theirs to read."""
    statement = (scoped(viewer, Job).where(col(Job.id) == job_id)
                 .with_for_update(read=share).execution_options(populate_existing=True))
    return (await session.execute(statement)).scalar_one_or_none()


def _announce(session: AsyncSession, job: Job) -> None:
    publish_job_proof_after_commit(session, job_id=row_id(job), customer_id=job.customer_id,
                                   property_id=job.property_id, change=ProofChange.CHECKLIST)


async def set_item_done(session: AsyncSession, viewer: Viewer, item_id: int, done: bool,
                        ) -> tuple[ChecklistItem, Job]:
    """Tick (`done`) or untick a checklist item; returns the item and its job.

    NOT_FOUND when the viewer can't read the item; `Forbidden` when they can but may not change it (clients,
    other roles); CONFLICT for the crew once the job is Finished or Cancelled (the office may still correct).
    Asking for the state the item is already in changes nothing and records nothing.
    """
    field = ("input", "itemId")
    found = (await session.execute(scoped(viewer, ChecklistItem).where(col(ChecklistItem.id) == item_id)))
    item = found.scalar_one_or_none()
    if item is None:
        raise missing(field, "checklist item")
    job = await lock_job(session, viewer, item.job_id)
    if job is None:  # pragma: no cover - the item was readable through its job a moment ago
        raise missing(field, "checklist item")
    if not may_work_on(viewer, await assigned_employee_ids(session, row_id(job))):
        raise Forbidden("Only the employees assigned to this job and the office can change its checklist.")
    # Read the item again under the job's lock: another request may have ticked it meanwhile.
    item = (await session.execute(
        sa.select(ChecklistItem).where(col(ChecklistItem.id) == item_id)
        .execution_options(populate_existing=True))).scalar_one_or_none()
    if item is None:  # pragma: no cover - items are only removed with their job
        raise missing(field, "checklist item")
    if job.status in CLOSED and not viewer.is_office:
        raise UserInputError.one(
            field, ProblemCode.CONFLICT,
            f"This job is {status_label(job.status)}, so its checklist can no longer change. "
            "Ask the office if something needs correcting.",
        )
    if (item.done_at is not None) == done:
        return item, job
    if done:
        item.done_at = utc_now()
        item.done_by_user_id = viewer.user_id
    else:
        item.done_at = None
        item.done_by_user_id = None
    await session.flush()
    record_activity(session, viewer, subject=item, verb="checklist_item.done" if done else "checklist_item.undone",
                    customer_id=job.customer_id, job_id=job.id, label=item.label, required=item.required,
                    job_status=job.status)
    await session.flush()
    _announce(session, job)
    return item, job


async def add_item(session: AsyncSession, viewer: Viewer, job_id: int, label: str, required: bool,
                   ) -> tuple[ChecklistItem, Job]:
    """Append an item to a job's checklist (office only; any status, since the office may correct)."""
    if not viewer.is_office:
        raise Forbidden("Only the office can add checklist items.")
    job = await lock_job(session, viewer, job_id)
    if job is None:
        raise missing(("input", "jobId"), "job")
    problems: list[Problem] = []
    text = clean_text(label)
    if text is None:
        problems.append(Problem(("input", "label"), ProblemCode.REQUIRED,
                                "Say what to check, e.g. “Lock the back door”."))
    elif len(text) > MAX_LABEL_LENGTH:
        problems.append(Problem(("input", "label"), ProblemCode.INVALID,
                                f"Keep the label to {MAX_LABEL_LENGTH} characters (it has {len(text)})."))
    raise_if(problems)
    assert text is not None
    last = (await session.execute(sa.select(sa.func.max(col(ChecklistItem.position)))
                                  .where(col(ChecklistItem.job_id) == job_id))).scalar()
    item = ChecklistItem(job_id=row_id(job), label=text, required=required,
                         position=(last if last is not None else -1) + 1)
    session.add(item)
    await session.flush()
    record_activity(session, viewer, subject=item, verb="checklist_item.added", customer_id=job.customer_id,
                    job_id=job.id, label=text, required=required)
    await session.flush()
    _announce(session, job)
    return item, job


def done_by_names(user_ids: list[int]) -> sa.Select[Any, Any]:
    """(user id, name to show) for the people who ticked items: their name, else their employee's, else the
    username. A values statement for `Loaders.values`."""
    name = sa.func.coalesce(col(User.name), col(Employee.name), sa.cast(col(User.username), sa.String))
    return (sa.select(col(User.id), name)
            .outerjoin(Employee, col(Employee.id) == col(User.employee_id))
            .where(col(User.id).in_(user_ids)))
