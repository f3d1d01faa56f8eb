"""The jobs write rules called directly: locking, one transaction per move, timestamps, who may move."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity, Job, JobStatusChange
from models.enums import JobStatus
from models.problems import Forbidden, UserInputError
from resolvers.jobs import JobDraft, LineDraft, create_job, jobs_statement, set_job_status
from tests import factories
from tests.factories_jobs import client_user, office_user, worker_user


async def scene(session: AsyncSession, status: JobStatus = JobStatus.PENDING) -> dict[str, Any]:
    owner = await factories.customer(session)
    place = await factories.property_(session, owner)
    ann = await factories.employee(session, name="Ann")
    job = await factories.job(session, place, status=status, employees=[ann])
    s = {"owner": owner, "place": place, "job": job, "ann": await worker_user(session, ann),
         "office": await office_user(session), "client": await client_user(session, owner)}
    await session.commit()
    return s


async def count(sessions: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with sessions() as check:
        return int((await check.execute(sa.select(sa.func.count()).select_from(model))).scalar_one())


async def writers(sessions: async_sessionmaker[AsyncSession]) -> set[tuple[str, int]]:
    """(table, transaction id that wrote the row) for the job, its history and the activity trail."""
    async with sessions() as check:
        rows = await check.execute(sa.text(
            "SELECT 'job', xmin::text::bigint FROM job UNION ALL "
            "SELECT 'job_status_change', xmin::text::bigint FROM job_status_change UNION ALL "
            "SELECT 'activity', xmin::text::bigint FROM activity"))
        return {(table, xid) for table, xid in rows}


async def test_a_move_its_history_row_and_its_activity_are_written_by_one_transaction(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a pending job
    s = await scene(session)

    # when Ann moves it On the Way and the caller commits
    async with sessions() as work, work.begin():
        job, change = await set_job_status(work, s["ann"], s["job"].id, JobStatus.ON_THE_WAY)

    # then the job row, the history row and the activity row carry the same transaction id
    written = await writers(sessions)
    assert {table for table, _ in written} == {"job", "job_status_change", "activity"}
    assert len({xid for _, xid in written}) == 1
    # and the history row is returned (the subscription layer publishes its id after commit)
    assert change.id is not None and change.job_id == job.id
    assert (change.from_status, change.to_status, change.changed_by_user_id) == (
        JobStatus.PENDING, JobStatus.ON_THE_WAY, s["ann"].user_id)


async def test_a_rolled_back_move_leaves_no_history_and_no_activity(sessions: async_sessionmaker[AsyncSession],
                                                                     session: AsyncSession) -> None:
    s = await scene(session)
    async with sessions() as work:
        await set_job_status(work, s["ann"], s["job"].id, JobStatus.ON_THE_WAY)
        await work.rollback()
    assert await count(sessions, JobStatusChange) == 0
    assert await count(sessions, Activity) == 0
    async with sessions() as check:
        assert (await check.get(Job, s["job"].id)).status is JobStatus.PENDING  # type: ignore[union-attr]


@pytest.mark.committed
async def test_a_second_move_waits_for_the_first_and_then_sees_its_result(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a pending job, and a first move made but not yet committed
    s = await scene(session)
    first = sessions()
    await first.begin()
    await set_job_status(first, s["ann"], s["job"].id, JobStatus.ON_THE_WAY)

    # when a second move of the same job starts in another session
    async def second_move() -> None:
        async with sessions() as other, other.begin():
            await set_job_status(other, s["office"], s["job"].id, JobStatus.ON_THE_WAY)

    second = asyncio.create_task(second_move())
    await asyncio.sleep(0.5)

    # then it waits on the job's row lock until the first commits, and is then told it is already On the Way
    assert not second.done()
    await first.commit()
    await first.close()
    with pytest.raises(UserInputError) as caught:
        await asyncio.wait_for(second, timeout=10)
    assert "already On the Way" in str(caught.value)
    assert await count(sessions, JobStatusChange) == 1


async def test_started_and_finished_times_follow_the_moves(sessions: async_sessionmaker[AsyncSession],
                                                           session: AsyncSession) -> None:
    s = await scene(session, JobStatus.ON_THE_WAY)
    async with sessions() as work, work.begin():
        job, _ = await set_job_status(work, s["ann"], s["job"].id, JobStatus.STARTED)
        started = job.started_at
        assert started is not None and job.finished_at is None
        job, _ = await set_job_status(work, s["ann"], s["job"].id, JobStatus.FINISHED)
        assert job.started_at == started and job.finished_at is not None
        # a correction back to Pending forgets both: the work is to be done again
        job, _ = await set_job_status(work, s["office"], s["job"].id, JobStatus.PENDING, "Wrong house")
        assert (job.started_at, job.finished_at) == (None, None)


async def test_a_client_who_can_read_the_job_is_denied_rather_than_not_found(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    s = await scene(session)
    async with sessions() as work, work.begin():
        with pytest.raises(Forbidden):
            await set_job_status(work, s["client"], s["job"].id, JobStatus.CANCELLED)


async def test_creating_a_job_writes_the_job_its_first_history_row_and_activity_together(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a customer's property and a service
    owner = await factories.customer(session)
    place = await factories.property_(session, owner)
    clean = await factories.service(session)
    viewer = await office_user(session)
    await session.commit()

    # when a job is created and committed
    async with sessions() as work, work.begin():
        job = await create_job(work, viewer, JobDraft(
            customer_id=owner.id, property_id=place.id,  # type: ignore[arg-type]
            scheduled_start=datetime(2030, 1, 2, 8, tzinfo=UTC), services=(LineDraft(service_id=clean.id),),  # type: ignore[arg-type]
        ))

    # then one transaction wrote the job, its PENDING history row and the activity
    written = await writers(sessions)
    assert {table for table, _ in written} == {"job", "job_status_change", "activity"}
    assert len({xid for _, xid in written}) == 1
    async with sessions() as check:
        [change] = (await check.execute(sa.select(JobStatusChange))).scalars().all()
        assert (change.job_id, change.from_status, change.to_status) == (job.id, None, JobStatus.PENDING)


async def test_the_jobs_listing_still_filters_by_status(sessions: async_sessionmaker[AsyncSession],
                                                        session: AsyncSession) -> None:
    s = await scene(session)
    async with sessions() as read:
        rows = (await read.execute(jobs_statement(s["office"], statuses=[JobStatus.PENDING]))).scalars().all()
        none = (await read.execute(jobs_statement(s["office"], statuses=[JobStatus.FINISHED]))).scalars().all()
    assert [row.id for row in rows] == [s["job"].id] and none == []
