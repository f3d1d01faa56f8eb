"""The client's word on a finished job: a rating (1–5), a comment, and whether something was wrong.

Rules (`review_job`):

* Who: a client's portal user who sees the job (its property); not an integration token, not staff.
* When: once the job is FINISHED, until the company's review window closes (`Company.review_window_days`
  after `finished_at`, 7 by default).
* How many: one review per job, the account's word on it. Within the window any of the account's users who
  see the job may change it (the last word counts, and who changed it is kept in the activity); after the
  window it is fixed.
* A problem needs a comment saying what was wrong. Flagging one (first time, or after it was cleared) opens a
  reminder for the office (unassigned: the office's shared list; the team has no lead to give it to) and
  notifies every owner and office user; the review and the problem are in the job's activity.

Ratings roll up for the office (`employee_ratings`, `team_ratings`): average and count of the reviews of the
jobs each employee was assigned to, and of the jobs each team was sent to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.activity import record_activity
from auth.scope import readable
from auth.viewer import Viewer
from models import Company, Customer, Job, JobAssignment, JobReview, Property, Reminder
from models.base import row_id
from models.enums import JobStatus, NotificationKind
from models.problems import Forbidden, ProblemCode, UserInputError
from resolvers.notifications import notify_office

__all__ = ["COMMENT_LENGTH", "DEFAULT_WINDOW_DAYS", "employee_ratings", "review_closes_at", "review_job",
           "team_ratings"]

COMMENT_LENGTH = 2_000
DEFAULT_WINDOW_DAYS = 7
JOB_FIELD = ("input", "jobId")


def review_closes_at(job: Job, window_days: int) -> datetime | None:
    """When the job's review window closes; None while it is not finished."""
    if job.status is not JobStatus.FINISHED or job.finished_at is None:
        return None
    return job.finished_at + timedelta(days=window_days)


async def window_days(session: AsyncSession) -> int:
    days = (await session.execute(sa.select(col(Company.review_window_days)).order_by(col(Company.id)).limit(1)
                                  )).scalar()
    return DEFAULT_WINDOW_DAYS if days is None else int(days)


async def review_job(session: AsyncSession, viewer: Viewer, *, job_id: int, rating: int, comment: str | None,
                     problem: bool, now: datetime | None = None) -> JobReview:
    """Write (or, within the window, change) the account's review of a finished job it sees."""
    if not viewer.is_client or viewer.user_id is None:
        raise Forbidden("Only a client's portal user may review a job.")
    statement: sa.Select[Any] = (readable(viewer, Job).where(col(Job.id) == job_id).with_for_update()
                                 .execution_options(populate_existing=True))
    job: Job | None = (await session.execute(statement)).scalar()
    if job is None:
        raise UserInputError.one(JOB_FIELD, ProblemCode.NOT_FOUND, "No job with this id. Check the id and try again.")
    days = await window_days(session)
    closes = review_closes_at(job, days)
    if closes is None:
        raise UserInputError.one(JOB_FIELD, ProblemCode.NOT_ALLOWED,
                                 "This job isn't finished yet: you can review it once it is.")
    moment = now or datetime.now(UTC)
    if moment > closes:
        raise UserInputError.one(JOB_FIELD, ProblemCode.NOT_ALLOWED,
                                 f"Reviews close {days} days after a job is finished, and this one closed on "
                                 f"{closes:%b} {closes.day}, {closes.year}. Contact the office about it.")
    if not 1 <= rating <= 5:
        raise UserInputError.one(("input", "rating"), ProblemCode.INVALID, "Rate the job from 1 to 5 stars.")
    text = (comment or "").strip() or None
    if text is not None and len(text) > COMMENT_LENGTH:
        raise UserInputError.one(("input", "comment"), ProblemCode.INVALID,
                                 f"Keep the comment under {COMMENT_LENGTH} characters.")
    if problem and text is None:
        raise UserInputError.one(("input", "comment"), ProblemCode.REQUIRED,
                                 "Say what was wrong, so the office can put it right.")

    review: JobReview | None = (await session.execute(
        sa.select(JobReview).where(col(JobReview.job_id) == job_id).with_for_update()
        .execution_options(populate_existing=True))).scalar()
    flagged_now = problem and (review is None or not review.problem)
    changed = review is not None
    if review is None:
        review = JobReview(job_id=job_id, customer_id=job.customer_id, property_id=job.property_id,
                           user_id=viewer.user_id, rating=rating, comment=text, problem=problem)
    else:
        review.user_id, review.rating, review.comment, review.problem = viewer.user_id, rating, text, problem
    session.add(review)
    await session.flush()
    record_activity(session, viewer, subject=job, verb="job.review_changed" if changed else "job.reviewed",
                    customer_id=job.customer_id, rating=rating, comment=text, problem=problem)
    if flagged_now:
        review.reminder_id = await _follow_up(session, viewer, job, review, moment)
        session.add(review)
    await session.flush()
    return review


async def _follow_up(session: AsyncSession, viewer: Viewer, job: Job, review: JobReview, moment: datetime) -> int:
    """The office's reminder and notification about a problem the client flagged."""
    prop = await session.get(Property, job.property_id)
    customer = await session.get(Customer, job.customer_id)
    where = prop.name if prop is not None and prop.name else "the property"
    who = customer.display_name if customer is not None else "A client"
    when = job.finished_at or moment
    text = (f"{who} flagged a problem with the job at {where} finished {when:%b} {when.day}: "
            f"{review.comment} (rated {review.rating}/5)")
    reminder = Reminder(customer_id=job.customer_id, text=text[:2000], due_at=moment, assigned_user_id=None)
    session.add(reminder)
    await session.flush()
    record_activity(session, viewer, subject=job, verb="job.problem_reported", customer_id=job.customer_id,
                    reminder_id=reminder.id, comment=review.comment, rating=review.rating)
    await notify_office(session, kind=NotificationKind.JOB_PROBLEM, title=f"Problem reported: {who}",
                        body=text, subject=job, path=f"/customers/{job.customer_id}")
    return row_id(reminder)


def employee_ratings(employee_ids: Sequence[int]) -> sa.Select[Any, Any]:
    """(employee id, [average, count]) over the reviews of the jobs each was assigned to."""
    return (sa.select(col(JobAssignment.employee_id),
                      sa.func.json_build_array(sa.func.round(sa.func.avg(col(JobReview.rating)), 2),
                                               sa.func.count(col(JobReview.id))))
            .join(JobReview, col(JobReview.job_id) == col(JobAssignment.job_id))
            .where(col(JobAssignment.employee_id).in_(list(employee_ids)))
            .group_by(col(JobAssignment.employee_id)))


def team_ratings(team_ids: Sequence[int]) -> sa.Select[Any, Any]:
    """(team id, [average, count]) over the reviews of the jobs each team was sent to."""
    return (sa.select(col(Job.team_id),
                      sa.func.json_build_array(sa.func.round(sa.func.avg(col(JobReview.rating)), 2),
                                               sa.func.count(col(JobReview.id))))
            .join(JobReview, col(JobReview.job_id) == col(Job.id))
            .where(col(Job.team_id).in_(list(team_ids)))
            .group_by(col(Job.team_id)))
