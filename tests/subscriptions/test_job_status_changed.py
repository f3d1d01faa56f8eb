"""`jobStatusChanged` over real WebSockets against a real uvicorn serving the app (memory broadcast)."""

from __future__ import annotations

import base64
import os
from contextlib import AsyncExitStack

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import JobStatusChange
from models.enums import JobStatus
from resolvers.jobs import set_job_status
from resolvers.transactions import run_in_transaction
from subscriptions.channels import JobStatusMessage
from subscriptions.events import bind_broadcast
from subscriptions.runtime import create_live_broadcast
from tests.subscriptions.conftest import (
    JOB_EVENT_FIELDS,
    WAIT,
    GraphQLWS,
    LiveServer,
    People,
    gid,
    postgres_broadcast_url,
    ready,
    set_status,
)

# committed: a uvicorn app with its own engine and broadcaster reads the rows
pytestmark = [pytest.mark.timeout(60), pytest.mark.committed]

ALL_MOVES = f"subscription {{ jobStatusChanged {{ {JOB_EVENT_FIELDS} }} }}"
ONE_JOB = f"subscription($id: ID!) {{ jobStatusChanged(jobId: $id) {{ {JOB_EVENT_FIELDS} }} }}"
MAX_MOVES_UNTIL_CUT_OFF = 400
"""Socket buffers on loopback hold a few MB (each event here is ~200 KB): far fewer moves fill them."""


async def test_the_client_sees_the_crew_move_its_job_in_order_and_nobody_else_does(
    live_server: LiveServer, people: People,
) -> None:
    # given the client, a client of another customer and an employee not assigned, all subscribed
    async with live_server() as base, AsyncExitStack() as stack:
        client = await stack.enter_async_context(GraphQLWS.open(base, people.client.token))
        stranger = await stack.enter_async_context(GraphQLWS.open(base, people.other_client.token))
        outsider = await stack.enter_async_context(GraphQLWS.open(base, people.other_employee.token))
        for ws in (client, stranger, outsider):
            await ws.subscribe(ALL_MOVES)
        await ready(client)

        # when the assigned employee moves the job to On the Way, then Started
        await set_status(base, people.employee.token, people.job, "ON_THE_WAY")
        await set_status(base, people.employee.token, people.job, "STARTED")

        # then the client receives both, in order, with no internal value in them (how fast is measured in
        # bench/fanout.py, not asserted here)
        first = (await client.next_data(within=WAIT))["jobStatusChanged"]
        second = (await client.next_data(within=WAIT))["jobStatusChanged"]
        assert (first["previousStatus"], first["status"]) == ("PENDING", "ON_THE_WAY")
        assert (second["previousStatus"], second["status"]) == ("ON_THE_WAY", "STARTED")
        for event in (first, second):
            assert event["snapshot"] is False
            assert event["job"]["id"] == gid("Job", people.job)
            assert event["job"]["internalNotes"] is None
            assert event["job"]["customer"]["internalNotes"] is None
            assert event["job"]["clientNotes"] == "Please water the plants"
            assert event["changedBy"] is None
        assert first["cursor"] != second["cursor"]
        # and the others receive nothing
        await stranger.nothing_within(0.5)
        await outsider.nothing_within(0.1)


async def test_staff_see_who_moved_it_and_the_internal_notes(live_server: LiveServer, people: People) -> None:
    # given the office and the assigned employee subscribed to every move they may read
    async with live_server() as base, AsyncExitStack() as stack:
        office = await stack.enter_async_context(GraphQLWS.open(base, people.office.token))
        crew = await stack.enter_async_context(GraphQLWS.open(base, people.employee.token))
        for ws in (office, crew):
            await ws.subscribe(ALL_MOVES)
        await ready(office)

        # when the employee moves the job
        await set_status(base, people.employee.token, people.job, "ON_THE_WAY")

        # then both see it with who moved it and the staff-only notes
        for ws in (office, crew):
            event = (await ws.next_data())["jobStatusChanged"]
            assert event["status"] == "ON_THE_WAY"
            assert event["changedBy"] == "Field One"
            assert event["job"]["internalNotes"] == "Key under the mat"


async def test_subscribing_to_one_job_first_gives_its_current_state(live_server: LiveServer,
                                                                    people: People) -> None:
    async with live_server() as base:
        # given the job is already on the way
        await set_status(base, people.employee.token, people.job, "ON_THE_WAY")

        # when the client (re)connects and subscribes to that job
        async with GraphQLWS.open(base, people.client.token) as client:
            await client.subscribe(ONE_JOB, {"id": gid("Job", people.job)})

            # then the first message is the current state, and later moves follow
            snapshot = (await client.next_data())["jobStatusChanged"]
            assert snapshot["snapshot"] is True
            assert snapshot["status"] == snapshot["previousStatus"] == "ON_THE_WAY"
            assert snapshot["job"]["status"] == "ON_THE_WAY"
            await set_status(base, people.employee.token, people.job, "STARTED")
            moved = (await client.next_data())["jobStatusChanged"]
            assert (moved["snapshot"], moved["previousStatus"], moved["status"]) == (False, "ON_THE_WAY", "STARTED")


async def test_another_customers_job_cannot_be_subscribed_to(live_server: LiveServer, people: People) -> None:
    async with live_server() as base, GraphQLWS.open(base, people.other_client.token) as stranger:
        # when a client of another customer subscribes to the job by id
        await stranger.subscribe(ONE_JOB, {"id": gid("Job", people.job)})

        # then it gets the same answer as for a job that does not exist
        message = await stranger.receive()
        assert message["type"] in ("next", "error")
        errors = message["payload"]["errors"] if message["type"] == "next" else message["payload"]
        assert "No job with this id" in errors[0]["message"]


async def test_a_rolled_back_move_announces_nothing(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession], migrated_database_url: str,
) -> None:
    # given a server on the Postgres broadcast, the office subscribed, and a writer in this process on the
    # same broadcast
    url = postgres_broadcast_url(migrated_database_url)
    writer = create_live_broadcast(url)
    await writer.connect()
    bind_broadcast(sessions, writer)
    try:
        async with live_server(url) as base, GraphQLWS.open(base, people.office.token) as office:
            await office.subscribe(ALL_MOVES)
            await ready(office)
            viewer = await _office_viewer(people)

            # when a transaction moves the job and is then rolled back
            class Abort(Exception):
                pass

            async def move_then_fail(session: AsyncSession, _viewer: object) -> None:
                await set_job_status(session, viewer, people.job.id or 0, JobStatus.ON_THE_WAY)
                raise Abort

            with pytest.raises(Abort):
                await run_in_transaction(sessions, viewer, move_then_fail)

            # then nothing is announced, and nothing was written
            await office.nothing_within(0.7)
            async with sessions() as session:
                moves = (await session.execute(sa.select(sa.func.count()).select_from(JobStatusChange))).scalar()
            assert moves == 0

            # and the same move, committed, is announced (the pipe works)
            async def move(session: AsyncSession, _viewer: object) -> None:
                await set_job_status(session, viewer, people.job.id or 0, JobStatus.ON_THE_WAY)

            await run_in_transaction(sessions, viewer, move)
            event = (await office.next_data())["jobStatusChanged"]
            assert event["status"] == "ON_THE_WAY"
    finally:
        bind_broadcast(sessions, None)
        await writer.disconnect()


async def _office_viewer(people: People):  # type: ignore[no-untyped-def]
    from auth.viewer import Viewer
    from models.enums import Role

    return Viewer(user_id=people.office.user.id, role=Role.OFFICE)


async def test_a_silent_client_is_disconnected_with_4008_while_others_keep_receiving(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given a server whose subscribers may fall 5 events behind (and no protocol-level ping, whose unanswered
    # pong would close the silent client with 1011 after 40 s: which close came first would depend on the
    # machine's speed), a job with a large client note (random, so that socket buffers fill quickly), a client
    # that keeps reading and one that never reads
    async with sessions() as session, session.begin():
        await session.execute(sa.text("UPDATE job SET client_notes = :notes WHERE id = :id"),
                              {"notes": base64.b64encode(os.urandom(150_000)).decode(), "id": people.job.id})
    async with live_server(queue_size=5, protocol_pings=False) as base, AsyncExitStack() as stack:
        broadcast = live_server.apps[-1].state.runtime.broadcast
        reader = await stack.enter_async_context(GraphQLWS.open(base, people.office.token))
        silent = await stack.enter_async_context(GraphQLWS.open(base, people.client.token, max_queue=1,
                                                                          compression=None))
        await silent.subscribe(ALL_MOVES)
        await reader.subscribe(ONE_JOB, {"id": gid("Job", people.job)})
        assert (await reader.next_data())["jobStatusChanged"]["snapshot"] is True  # the reader is listening

        # when the office corrects the job's status back and forth until the server has cut a subscriber off
        # (the silent client's socket buffers fill, its subscription blocks on sending, 5 more events pile up)
        statuses = ["ON_THE_WAY", "PENDING"]
        moves = 0
        while broadcast.cut_off == 0:
            assert moves < MAX_MOVES_UNTIL_CUT_OFF, "the silent client was never cut off"
            await set_status(base, people.office.token, people.job, statuses[moves % 2], reason="bench")
            event = (await reader.next_data())["jobStatusChanged"]
            # then the reader keeps receiving every move
            assert event["status"] == statuses[moves % 2]
            moves += 1

        # and the one cut off was the silent client: once it reads again, it finds itself disconnected with 4008
        assert broadcast.cut_off == 1
        assert await silent.close_code(within=60) == 4008
        await set_status(base, people.office.token, people.job, statuses[moves % 2], reason="after")
        assert (await reader.next_data())["jobStatusChanged"]["status"] == statuses[moves % 2]


async def test_moves_of_one_job_arrive_in_order_even_when_announcements_cross(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession], migrated_database_url: str,
) -> None:
    # given a server on the Postgres broadcast with the client subscribed, and two moves committed here
    # without being announced (this process's sessions have no broadcaster)
    url = postgres_broadcast_url(migrated_database_url)
    async with live_server(url) as base, GraphQLWS.open(base, people.client.token) as client:
        await client.subscribe(ALL_MOVES)
        await ready(client)
        viewer = await _office_viewer(people)
        changes = []
        for target in (JobStatus.ON_THE_WAY, JobStatus.STARTED):
            async def move(session: AsyncSession, _viewer: object, target: JobStatus = target) -> None:
                changes.append((await set_job_status(session, viewer, people.job.id or 0, target))[1])

            await run_in_transaction(sessions, viewer, move)

        # when their announcements arrive in the wrong order (as two processes' publishes may)
        writer = create_live_broadcast(url)
        await writer.connect()
        try:
            for change in reversed(changes):
                message = JobStatusMessage(change_id=change.id or 0, job_id=change.job_id,
                                           customer_id=change.customer_id, property_id=change.property_id)
                for channel in message.channels():
                    await writer.publish(channel, message.to_json())
        finally:
            await writer.disconnect()

        # then the first announcement the subscriber hears is the later move alone (nothing before it is
        # owed: it had delivered nothing of this job); the late, older one is dropped as out of order
        first = (await client.next_data())["jobStatusChanged"]
        assert (first["previousStatus"], first["status"]) == ("ON_THE_WAY", "STARTED")
        await client.nothing_within(0.5)

        # and a later move after a lost announcement brings the missed ones first, in order
        async def correct(session: AsyncSession, _viewer: object) -> None:
            await set_job_status(session, viewer, people.job.id or 0, JobStatus.PENDING, "lost")

        await run_in_transaction(sessions, viewer, correct)  # committed, never announced
        await set_status(base, people.office.token, people.job, "ON_THE_WAY", reason="again")
        caught_up = [(await client.next_data())["jobStatusChanged"] for _ in range(2)]
        assert [(e["previousStatus"], e["status"]) for e in caught_up] == [("STARTED", "PENDING"),
                                                                            ("PENDING", "ON_THE_WAY")]
