"""`jobEvents(after:, first:)`: the append-only log of status moves an integration catches up from."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Job
from models.enums import JobStatus, Role
from resolvers.jobs import set_job_status
from resolvers.transactions import run_in_transaction
from tests import factories
from tests.graphql import execute, execute_raw, gid

EVENTS = """
query($after: String, $first: Int) {
  jobEvents(after: $after, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { previousStatus status changedBy job { id internalNotes } } }
  }
}
"""


async def _move(sessions: async_sessionmaker[AsyncSession], job: Job, *targets: JobStatus) -> None:
    office = Viewer(role=Role.OFFICE)
    for target in targets:
        async def work(session: AsyncSession, viewer: Viewer, target: JobStatus = target) -> Any:
            return await set_job_status(session, viewer, job.id or 0, target)

        await run_in_transaction(sessions, office, work)


@pytest.fixture
async def world(sessions: async_sessionmaker[AsyncSession]) -> dict[str, Any]:
    async with sessions() as session, session.begin():
        await factories.company(session)
        customer = await factories.customer(session)
        place = await factories.property_(session, customer)
        worker = await factories.employee(session)
        job = await factories.job(session, place, employees=[worker], internal_notes="Secret gate code 4411")
        other = await factories.customer(session)
        other_job = await factories.job(session, await factories.property_(session, other))
        stranger = await factories.employee(session)
    return {"customer": customer, "job": job, "other": other, "other_job": other_job, "worker": worker,
            "stranger": stranger}


async def test_an_integration_catches_up_page_by_page_from_its_last_cursor(
    sessions: async_sessionmaker[AsyncSession], world: dict[str, Any],
) -> None:
    # given three moves of the customer's job and one of another customer's
    await _move(sessions, world["job"], JobStatus.ON_THE_WAY, JobStatus.STARTED)
    await _move(sessions, world["other_job"], JobStatus.ON_THE_WAY)
    await _move(sessions, world["job"], JobStatus.FINISHED)
    client = factories.client_of(world["customer"])

    # when its integration reads two events, then the rest after the last cursor
    first = (await execute(sessions, client, EVENTS, {"first": 2}))["jobEvents"]
    rest = (await execute(sessions, client, EVENTS, {"after": first["pageInfo"]["endCursor"]}))["jobEvents"]

    # then it gets its own job's moves, in order, once each, with no internal values
    moves = [(edge["node"]["previousStatus"], edge["node"]["status"]) for edge in first["edges"] + rest["edges"]]
    assert moves == [("PENDING", "ON_THE_WAY"), ("ON_THE_WAY", "STARTED"), ("STARTED", "FINISHED")]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"] is True
    assert rest["totalCount"] == 1 and rest["pageInfo"]["hasNextPage"] is False
    for edge in first["edges"] + rest["edges"]:
        assert edge["node"]["job"] == {"id": gid("Job", world["job"]), "internalNotes": None}
        assert edge["node"]["changedBy"] is None

    # and asking again after the last cursor gives nothing new, with the cursor kept
    again = (await execute(sessions, client, EVENTS, {"after": rest["pageInfo"]["endCursor"]}))["jobEvents"]
    assert again["edges"] == [] and again["pageInfo"]["endCursor"] == rest["pageInfo"]["endCursor"]


async def test_employees_read_only_their_assigned_jobs_events(sessions: async_sessionmaker[AsyncSession],
                                                             world: dict[str, Any]) -> None:
    # given moves of an assigned job and of a job nobody is assigned to
    await _move(sessions, world["job"], JobStatus.ON_THE_WAY)
    await _move(sessions, world["other_job"], JobStatus.ON_THE_WAY)

    # when the assigned employee and another employee read the log
    mine = (await execute(sessions, factories.field_worker(world["worker"]), EVENTS))["jobEvents"]
    theirs = (await execute(sessions, factories.field_worker(world["stranger"]), EVENTS))["jobEvents"]

    # then each sees only what it is assigned to (creation rows are not in these jobs' history)
    assert [edge["node"]["job"]["id"] for edge in mine["edges"]] == [gid("Job", world["job"])]
    assert theirs["edges"] == [] and theirs["totalCount"] == 0


async def test_the_office_reads_every_move(sessions: async_sessionmaker[AsyncSession], world: dict[str, Any]) -> None:
    await _move(sessions, world["job"], JobStatus.ON_THE_WAY)
    await _move(sessions, world["other_job"], JobStatus.CANCELLED)
    events = (await execute(sessions, factories.office(), EVENTS))["jobEvents"]
    assert [edge["node"]["status"] for edge in events["edges"]] == ["ON_THE_WAY", "CANCELLED"]


async def test_a_cursor_we_did_not_hand_out_is_refused(sessions: async_sessionmaker[AsyncSession],
                                                       world: dict[str, Any]) -> None:
    result = await execute_raw(sessions, factories.office(), EVENTS, {"after": "bm90LWEtY3Vyc29y"})
    assert result.errors and "Invalid cursor" in result.errors[0].message
