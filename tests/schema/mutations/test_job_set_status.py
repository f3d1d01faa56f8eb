"""jobSetStatus: the crew and the office move a job along its workflow; the office corrects with a reason."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from auth.viewer import Viewer
from models import Activity, Job, JobStatusChange, User
from models.enums import JobStatus, Role
from tests import factories
from tests.factories_jobs import (
    checklist_item,
    client_user,
    database_state,
    ghost,
    mutate,
    mutate_raw,
    office_user,
    only_error,
    worker_user,
)
from tests.graphql import execute, gid

SELECTION = """job { id status startedAt finishedAt statusHistory { fromStatus toStatus reason changedByUserId } }
    statusChange { id fromStatus toStatus reason changedByUserId changedAt }"""


async def move(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, job: Job, status: str,
               reason: str | None = None) -> dict[str, Any]:
    return await mutate(sessions, viewer, "jobSetStatus", "JobSetStatusInput",
                        {"jobId": gid("Job", job), "status": status, "reason": reason}, SELECTION)


async def scene(session: AsyncSession, status: JobStatus = JobStatus.PENDING) -> dict[str, Any]:
    """A pending job with one assigned employee, plus an unassigned one, the office and the client."""
    await factories.company(session)
    owner = await factories.customer(session)
    place = await factories.property_(session, owner)
    ann = await factories.employee(session, name="Ann")
    bob = await factories.employee(session, name="Bob")
    job = await factories.job(session, place, status=status, employees=[ann])
    s = {"owner": owner, "place": place, "job": job, "ann": await worker_user(session, ann),
         "bob": await worker_user(session, bob), "office": await office_user(session),
         "client": await client_user(session, owner)}
    await session.commit()
    return s


async def history(sessions: async_sessionmaker[AsyncSession]) -> list[tuple[Any, ...]]:
    async with sessions() as check:
        rows = await check.execute(sa.select(JobStatusChange).order_by(col(JobStatusChange.id)))
        return [(row.from_status, row.to_status, row.changed_by_user_id, row.reason) for row in rows.scalars()]


async def test_the_assigned_employee_moves_the_job_along_the_whole_path(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a pending job assigned to Ann
    s = await scene(session)

    # when Ann moves it On the Way, Started, Finished
    steps = [await move(sessions, s["ann"], s["job"], status) for status in ("ON_THE_WAY", "STARTED", "FINISHED")]

    # then each move succeeds and returns the job and the history entry it wrote
    assert all(step["userErrors"] == [] for step in steps)
    assert [step["statusChange"]["toStatus"] for step in steps] == ["ON_THE_WAY", "STARTED", "FINISHED"]
    assert steps[0]["statusChange"]["fromStatus"] == "PENDING"
    assert steps[0]["statusChange"]["changedByUserId"] == s["ann"].user_id
    done = steps[-1]["job"]
    assert done["status"] == "FINISHED"
    assert done["startedAt"] is not None and done["finishedAt"] is not None
    assert done["startedAt"] <= done["finishedAt"]
    assert [(h["fromStatus"], h["toStatus"]) for h in done["statusHistory"]] == [
        ("PENDING", "ON_THE_WAY"), ("ON_THE_WAY", "STARTED"), ("STARTED", "FINISHED")]
    # and the history and the activity trail record who did what
    uid = s["ann"].user_id
    assert await history(sessions) == [
        (JobStatus.PENDING, JobStatus.ON_THE_WAY, uid, None), (JobStatus.ON_THE_WAY, JobStatus.STARTED, uid, None),
        (JobStatus.STARTED, JobStatus.FINISHED, uid, None)]
    async with sessions() as check:
        activity = (await check.execute(sa.select(Activity).order_by(col(Activity.id)))).scalars().all()
    assert [(a.verb, a.details["from_status"], a.details["to_status"], a.actor_user_id) for a in activity] == [
        ("job.status_changed", "PENDING", "ON_THE_WAY", uid), ("job.status_changed", "ON_THE_WAY", "STARTED", uid),
        ("job.status_changed", "STARTED", "FINISHED", uid)]


async def refused(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, job: Job, status: str,
                  reason: str | None = None) -> tuple[tuple[list[str] | None, str], str]:
    """Move, assert it was refused with one userError and nothing changed; return (field, code), message."""
    before = await database_state(sessions)
    payload = await move(sessions, viewer, job, status, reason)
    assert payload["job"] is None and payload["statusChange"] is None
    assert await database_state(sessions) == before
    return only_error(payload), payload["userErrors"][0]["message"]


async def test_a_job_cannot_be_finished_while_a_required_item_is_open(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a started job with an open required item, an open optional one, and a done required one
    s = await scene(session, JobStatus.STARTED)
    await checklist_item(session, s["job"], label="Lock the back door", required=True)
    await checklist_item(session, s["job"], label="Water plants")
    done = await checklist_item(session, s["job"], label="Mop floors", required=True, done=True)
    await session.commit()

    # when Ann finishes it
    error, message = await refused(sessions, s["ann"], s["job"], "FINISHED")

    # then CONFLICT listing the open required item only, and nothing changes
    assert error == (["input", "status"], "CONFLICT")
    assert "Lock the back door" in message
    assert "Water plants" not in message and done.label not in message


async def test_the_job_finishes_once_the_required_items_are_done(sessions: async_sessionmaker[AsyncSession],
                                                                 session: AsyncSession) -> None:
    # given a started job whose required items are all done and an optional one open
    s = await scene(session, JobStatus.STARTED)
    await checklist_item(session, s["job"], label="Lock the back door", required=True, done=True)
    await checklist_item(session, s["job"], label="Water plants")
    await session.commit()
    # when Ann finishes it; then it is Finished
    payload = await move(sessions, s["ann"], s["job"], "FINISHED")
    assert payload["userErrors"] == [] and payload["job"]["status"] == "FINISHED"


async def test_an_employee_cannot_skip_a_step(sessions: async_sessionmaker[AsyncSession],
                                              session: AsyncSession) -> None:
    s = await scene(session)
    error, message = await refused(sessions, s["ann"], s["job"], "STARTED")
    assert error == (["input", "status"], "NOT_ALLOWED")
    assert "On the Way or Cancelled" in message


async def test_an_employee_cannot_cancel_a_started_job(sessions: async_sessionmaker[AsyncSession],
                                                       session: AsyncSession) -> None:
    s = await scene(session, JobStatus.STARTED)
    assert (await refused(sessions, s["ann"], s["job"], "CANCELLED", reason="rain"))[0] == (
        ["input", "status"], "NOT_ALLOWED")


async def test_an_employee_may_cancel_before_work_starts(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    s = await scene(session, JobStatus.ON_THE_WAY)
    payload = await move(sessions, s["ann"], s["job"], "CANCELLED", reason="Nobody home")
    assert payload["userErrors"] == [] and payload["job"]["status"] == "CANCELLED"
    assert payload["statusChange"]["reason"] == "Nobody home"


async def test_an_office_correction_needs_a_reason(sessions: async_sessionmaker[AsyncSession],
                                                   session: AsyncSession) -> None:
    # given a finished job
    s = await scene(session, JobStatus.FINISHED)
    # when the office sends it back to Started without a reason (or a blank one); then REQUIRED on reason
    assert (await refused(sessions, s["office"], s["job"], "STARTED"))[0] == (["input", "reason"], "REQUIRED")
    assert (await refused(sessions, s["office"], s["job"], "STARTED", "  "))[0] == (["input", "reason"],
                                                                                    "REQUIRED")


async def test_an_office_correction_with_a_reason_is_made_and_recorded(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a pending job
    s = await scene(session)
    # when the office corrects it straight to Finished with a reason
    payload = await move(sessions, s["office"], s["job"], "FINISHED", "  Done yesterday, crew forgot the app ")
    # then it is Finished and the history keeps the reason and who
    assert payload["userErrors"] == []
    assert payload["job"]["status"] == "FINISHED" and payload["job"]["finishedAt"] is not None
    assert await history(sessions) == [(JobStatus.PENDING, JobStatus.FINISHED, s["office"].user_id,
                                        "Done yesterday, crew forgot the app")]
    async with sessions() as check:
        [activity] = (await check.execute(sa.select(Activity))).scalars().all()
    assert activity.details["correction"] is True


async def test_the_owner_reopens_a_finished_job_and_finished_at_is_cleared(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    s = await scene(session, JobStatus.STARTED)
    await move(sessions, s["ann"], s["job"], "FINISHED")
    owner = await office_user(session, role=Role.OWNER)
    await session.commit()
    payload = await move(sessions, owner, s["job"], "STARTED", "Missed the upstairs bathroom")
    assert payload["userErrors"] == []
    assert payload["job"]["status"] == "STARTED" and payload["job"]["finishedAt"] is None


async def test_a_move_to_the_current_status_is_refused(sessions: async_sessionmaker[AsyncSession],
                                                       session: AsyncSession) -> None:
    s = await scene(session, JobStatus.ON_THE_WAY)
    error, message = await refused(sessions, s["ann"], s["job"], "ON_THE_WAY")
    assert error == (["input", "status"], "INVALID")
    assert "already On the Way" in message
    assert (await refused(sessions, s["office"], s["job"], "ON_THE_WAY", "again"))[0][1] == "INVALID"


async def test_an_unassigned_employee_is_told_the_job_does_not_exist(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    s = await scene(session)
    assert (await refused(sessions, s["bob"], s["job"], "ON_THE_WAY"))[0] == (["input", "jobId"], "NOT_FOUND")


async def test_a_client_may_read_the_job_but_not_move_it(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    # given the job's own client and another customer's client
    s = await scene(session)
    stranger = await client_user(session, await factories.customer(session))
    await session.commit()
    before = await database_state(sessions)

    # when the job's client moves it: an access error (they can read it), and nothing changes
    result = await mutate_raw(sessions, s["client"], "jobSetStatus", "JobSetStatusInput",
                              {"jobId": gid("Job", s["job"]), "status": "CANCELLED"}, "job { id }")
    assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await database_state(sessions) == before

    # and another customer's client is told it does not exist
    assert (await refused(sessions, stranger, s["job"], "CANCELLED"))[0] == (["input", "jobId"], "NOT_FOUND")


async def test_signed_out_callers_are_refused(sessions: async_sessionmaker[AsyncSession],
                                              session: AsyncSession) -> None:
    s = await scene(session)
    result = await mutate_raw(sessions, Viewer(), "jobSetStatus", "JobSetStatusInput",
                              {"jobId": gid("Job", s["job"]), "status": "ON_THE_WAY"}, "job { id }")
    assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"


async def test_unknown_job_ids_are_not_found(sessions: async_sessionmaker[AsyncSession],
                                             session: AsyncSession) -> None:
    s = await scene(session)
    before = await database_state(sessions)
    for job_id in [ghost("Job"), gid("Property", s["job"]), "garbage"]:
        payload = await mutate(sessions, s["office"], "jobSetStatus", "JobSetStatusInput",
                               {"jobId": job_id, "status": "ON_THE_WAY"}, "job { id }")
        assert only_error(payload) == (["input", "jobId"], "NOT_FOUND")
    assert await database_state(sessions) == before


@pytest.mark.committed
async def test_two_concurrent_moves_of_one_job_let_exactly_one_through(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a pending job
    s = await scene(session)

    # when Ann and the office both move it On the Way at the same time, from two sessions
    results = await asyncio.gather(move(sessions, s["ann"], s["job"], "ON_THE_WAY"),
                                   move(sessions, s["office"], s["job"], "ON_THE_WAY"))

    # then exactly one succeeds, the other is told it is already On the Way
    succeeded = [r for r in results if r["userErrors"] == []]
    failed = [r for r in results if r["userErrors"]]
    assert len(succeeded) == 1 and len(failed) == 1
    assert failed[0]["userErrors"][0]["code"] == "INVALID"
    assert "already On the Way" in failed[0]["userErrors"][0]["message"]
    # and the history has one such move
    assert [(row[0], row[1]) for row in await history(sessions)] == [(JobStatus.PENDING, JobStatus.ON_THE_WAY)]


async def test_the_history_names_who_moved_the_job_for_staff_only(sessions: async_sessionmaker[AsyncSession],
                                                                  session: AsyncSession) -> None:
    # given a pending job that Ann (an employee without a user name of her own) takes on her way
    s = await scene(session)
    await move(sessions, s["ann"], s["job"], "ON_THE_WAY")
    # and the office corrects it back to Pending with a reason
    await move(sessions, s["office"], s["job"], "PENDING", "Wrong house")
    query = """query ($id: ID!) { node(id: $id) { ... on Job {
        statusHistory { toStatus reason changedBy } } } }"""

    # when the office reads the history
    office = await execute(sessions, s["office"], query, {"id": gid("Job", s["job"])})
    # then each move names who made it: the employee's name, the office user's username
    async with sessions() as check:
        office_name = (await check.get(User, s["office"].user_id)).username  # type: ignore[union-attr]
    assert [(row["toStatus"], row["changedBy"]) for row in office["node"]["statusHistory"]][-2:] == [
        ("ON_THE_WAY", "Ann"), ("PENDING", office_name)]

    # and the customer's user sees the moves but neither who nor why
    client = await execute(sessions, s["client"], query, {"id": gid("Job", s["job"])})
    assert {(row["reason"], row["changedBy"]) for row in client["node"]["statusHistory"]} == {(None, None)}
