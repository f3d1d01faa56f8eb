"""Recurring plans: generation to the horizon, idempotency, edits that follow only untouched visits, skips and
pauses (monthly billing: test_plan_billing.py)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from models import Job, JobAssignment, JobLine
from models.enums import JobStatus, PlanStatus
from models.problems import UserInputError
from resolvers import plans
from resolvers.jobs import JobChanges, set_job_status, update_job
from tests import factories
from tests.factories_plans import NEW_YORK, draft, override, plan, setting, today


async def plan_jobs(session: AsyncSession, plan_id: int | None) -> list[Job]:
    statement = (sa.select(Job).where(col(Job.plan_id) == plan_id).order_by(col(Job.occurrence_date))
                 .execution_options(populate_existing=True))
    return list((await session.execute(statement)).scalars())


async def test_a_new_plan_gets_its_visits_up_to_the_horizon_as_pending_jobs(session: AsyncSession) -> None:
    # given a customer's property and a catalog service at $120
    where = await setting(session)
    worker = await factories.employee(session)

    # when the office sets up a weekly plan at 9:00 with a price of its own and a worker
    saved, outcome = await plan(session, where, services=override(where, "95.00"), employee_ids=(worker.id,))

    # then eight weeks of visits exist (the company's default horizon), each Pending at 9:00 New York time
    jobs = await plan_jobs(session, saved.id)
    tomorrow = today() + timedelta(days=1)
    assert outcome.created == len(jobs) == 8
    assert [job.occurrence_date for job in jobs] == [tomorrow + timedelta(weeks=week) for week in range(8)]
    assert {job.status for job in jobs} == {JobStatus.PENDING}
    assert {job.scheduled_start.astimezone(NEW_YORK).time() for job in jobs} == {time(9)}
    assert {job.scheduled_end.astimezone(NEW_YORK).time() for job in jobs if job.scheduled_end} == {time(11)}
    # and each carries the plan's line at the plan's price and its crew
    lines = (await session.execute(sa.select(JobLine).where(col(JobLine.job_id).in_([j.id for j in jobs])))).scalars()
    assert {(line.description, line.unit_price_cents) for line in lines} == {("Standard clean", 9_500)}
    crew = (await session.execute(sa.select(col(JobAssignment.employee_id))
                                  .where(col(JobAssignment.job_id).in_([j.id for j in jobs])))).scalars().all()
    assert crew == [worker.id] * 8


async def test_generating_again_creates_nothing_and_never_remakes_a_cancelled_visit(session: AsyncSession) -> None:
    # given a plan with its visits, one of which the office cancelled by hand
    where = await setting(session)
    saved, _ = await plan(session, where)
    first = (await plan_jobs(session, saved.id))[0]
    await set_job_status(session, factories.office(), first.id or 0, JobStatus.CANCELLED)

    # when the generator runs twice more
    again = await plans.generate_jobs(session)
    once_more = await plans.generate_jobs(session)

    # then it made nothing: every occurrence already has its job, whatever became of it
    assert (again.jobs_created, once_more.jobs_created) == (0, 0)
    assert len(await plan_jobs(session, saved.id)) == 8


async def test_a_longer_horizon_fills_in_the_new_weeks_only(session: AsyncSession) -> None:
    where = await setting(session)
    saved, _ = await plan(session, where)
    await session.execute(sa.text("UPDATE company SET plan_horizon_weeks = 10"))

    report = await plans.generate_jobs(session)

    assert report.jobs_created == 2
    assert len(await plan_jobs(session, saved.id)) == 10


async def test_editing_a_plan_rewrites_untouched_pending_visits_and_lists_the_others(session: AsyncSession) -> None:
    # given a plan's eight visits: one started, one edited by hand, six untouched
    where = await setting(session)
    saved, _ = await plan(session, where)
    jobs = await plan_jobs(session, saved.id)
    office = factories.office()
    await set_job_status(session, office, jobs[0].id or 0, JobStatus.ON_THE_WAY)
    await update_job(session, office, jobs[1].id or 0, JobChanges(client_notes="Gate code 1234"))

    # when the office moves the plan to 13:00–15:00 and changes the price
    _, outcome = await plans.update_plan(session, office, saved.id or 0, plans.PlanChanges(
        start_time=time(13), end_time=time(15), services=override(where, "150.00")))

    # then the six untouched visits moved and were repriced; the two touched ones stayed as they were and are listed
    after = await plan_jobs(session, saved.id)
    assert outcome.updated == 6 and outcome.created == outcome.cancelled == 0
    assert {job.id for job in outcome.left_alone} == {jobs[0].id, jobs[1].id}
    assert [job.scheduled_start.astimezone(NEW_YORK).time() for job in after] == [time(9), time(9)] + [time(13)] * 6
    prices = dict((await session.execute(sa.select(col(JobLine.job_id), col(JobLine.unit_price_cents))
                                         .where(col(JobLine.job_id).in_([j.id for j in after])))).all())
    assert [prices[job.id or 0] for job in after] == [12_000, 12_000] + [15_000] * 6
    assert after[1].client_notes == "Gate code 1234"


async def test_changing_the_weekdays_cancels_dropped_visits_and_generates_new_ones(session: AsyncSession) -> None:
    # given a weekly plan on tomorrow's weekday
    where = await setting(session)
    saved, _ = await plan(session, where)
    day_after = (today() + timedelta(days=2)).weekday()

    # when it moves to the day after
    _, outcome = await plans.update_plan(session, factories.office(), saved.id or 0,
                                         plans.PlanChanges(weekdays=(day_after,)))

    # then the old visits are cancelled (kept, with their history) and the new day's are Pending
    jobs = await plan_jobs(session, saved.id)
    assert (outcome.cancelled, outcome.created) == (8, 8)
    assert sorted((job.occurrence_date.weekday(), job.status) for job in jobs if job.occurrence_date) == sorted(
        [((today() + timedelta(days=1)).weekday(), JobStatus.CANCELLED)] * 8 + [(day_after, JobStatus.PENDING)] * 8)


async def test_skipping_a_date_cancels_its_visit_and_a_wrong_date_is_refused(session: AsyncSession) -> None:
    where = await setting(session)
    saved, _ = await plan(session, where)
    second = today() + timedelta(days=8)

    _, outcome = await plans.skip_date(session, factories.office(), saved.id or 0, second)

    jobs = {job.occurrence_date: job for job in await plan_jobs(session, saved.id)}
    assert outcome.cancelled == 1 and jobs[second].status is JobStatus.CANCELLED
    assert saved.skipped_dates == [second]
    with pytest.raises(UserInputError) as refused:
        await plans.skip_date(session, factories.office(), saved.id or 0, second + timedelta(days=1))
    assert refused.value.problems[0].field == ("input", "date")


async def test_pausing_cancels_untouched_visits_and_resuming_restores_them(session: AsyncSession) -> None:
    where = await setting(session)
    saved, _ = await plan(session, where)
    started = (await plan_jobs(session, saved.id))[0]
    await set_job_status(session, factories.office(), started.id or 0, JobStatus.ON_THE_WAY)

    _, paused = await plans.pause_plan(session, factories.office(), saved.id or 0)
    assert saved.status is PlanStatus.PAUSED and paused.cancelled == 7 and paused.left_alone == [started]
    assert (await plans.generate_jobs(session)).jobs_created == 0

    _, resumed = await plans.resume_plan(session, factories.office(), saved.id or 0)
    assert resumed.restored == 7 and resumed.created == 0
    statuses = [job.status for job in await plan_jobs(session, saved.id)]
    assert statuses == [JobStatus.ON_THE_WAY] + [JobStatus.PENDING] * 7


async def test_a_bad_plan_is_refused_with_every_problem_and_writes_nothing(session: AsyncSession) -> None:
    where = await setting(session)

    with pytest.raises(UserInputError) as refused:
        await plans.create_plan(session, factories.office(), draft(
            where, name=" ", weekdays=(), end_time=time(8), services=(), interval=0))

    fields = {problem.field for problem in refused.value.problems}
    assert fields == {("input", "name"), ("input", "weekdays"), ("input", "endTime"), ("input", "services"),
                      ("input", "interval")}
    assert (await session.execute(sa.text("SELECT count(*) FROM recurring_plan"))).scalar() == 0
