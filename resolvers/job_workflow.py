"""The job status machine, as pure rules: which moves are normal, and who may make the others.

Normal path: PENDING → ON_THE_WAY → STARTED → FINISHED, and CANCELLED from PENDING or ON_THE_WAY.
Assigned employees, OFFICE and OWNER may make normal moves. OWNER and OFFICE may also correct a job to any
other status, but only with a reason. Nobody finishes a job while a required checklist item is open.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from models.enums import JobStatus
from models.problems import ProblemCode, UserInputError

LABELS: dict[JobStatus, str] = {
    JobStatus.PENDING: "Pending",
    JobStatus.ON_THE_WAY: "On the Way",
    JobStatus.STARTED: "Started",
    JobStatus.FINISHED: "Finished",
    JobStatus.CANCELLED: "Cancelled",
}

NORMAL_NEXT: dict[JobStatus, frozenset[JobStatus]] = {
    JobStatus.PENDING: frozenset({JobStatus.ON_THE_WAY, JobStatus.CANCELLED}),
    JobStatus.ON_THE_WAY: frozenset({JobStatus.STARTED, JobStatus.CANCELLED}),
    JobStatus.STARTED: frozenset({JobStatus.FINISHED}),
    JobStatus.FINISHED: frozenset(),
    JobStatus.CANCELLED: frozenset(),
}

STATUS_FIELD = ("input", "status")
REASON_FIELD = ("input", "reason")


def label(status: JobStatus | None) -> str:
    return LABELS[status] if status is not None else "nothing"


def allowed_next(current: JobStatus) -> set[JobStatus]:
    """The statuses a job may move to from `current` along the normal path (no correction needed)."""
    return set(NORMAL_NEXT[current])


def is_correction(current: JobStatus, target: JobStatus) -> bool:
    """A move outside the normal path: only OWNER and OFFICE may make it, and only with a reason."""
    return target != current and target not in NORMAL_NEXT[current]


def _choices(current: JobStatus) -> str:
    names = [LABELS[status] for status in JobStatus if status in NORMAL_NEXT[current]]
    return " or ".join(names) if names else "no other status"


def check_move(viewer_is_office: bool, current: JobStatus, target: JobStatus, reason: str | None,
               open_required_items: Sequence[str]) -> None:
    """Raise a UserInputError when this viewer may not move a job from `current` to `target`.

    `open_required_items` are the labels of the job's required checklist items not yet done.
    """
    if target == current:
        raise UserInputError.one(STATUS_FIELD, ProblemCode.INVALID, f"The job is already {LABELS[current]}.")
    if is_correction(current, target):
        if not viewer_is_office:
            raise UserInputError.one(
                STATUS_FIELD, ProblemCode.NOT_ALLOWED,
                f"A {LABELS[current]} job can move to {_choices(current)}; only the office can correct it "
                f"to {LABELS[target]}.",
            )
        if reason is None or not reason.strip():
            raise UserInputError.one(
                REASON_FIELD, ProblemCode.REQUIRED,
                f"Moving a job from {LABELS[current]} to {LABELS[target]} is a correction: give a reason.",
            )
    if target is JobStatus.FINISHED and open_required_items:
        items = ", ".join(f"“{item}”" for item in open_required_items)
        raise UserInputError.one(
            STATUS_FIELD, ProblemCode.CONFLICT,
            f"The job cannot be finished while required checklist items are open: {items}. "
            "Tick them off first.",
            data={"openItems": list(open_required_items)},
        )


def may_move(*, viewer_is_office: bool, viewer_employee_id: int | None,
             assigned_employee_ids: Collection[int]) -> bool:
    """OWNER, OFFICE, and the employees assigned to the job may move its status."""
    if viewer_is_office:
        return True
    return viewer_employee_id is not None and viewer_employee_id in assigned_employee_ids
