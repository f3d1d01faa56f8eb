"""`jobChanged` over real WebSockets: another office user's reassignment or new time reaches the boards, scoped like
`jobStatusChanged` (the office every job, a client only its own with no internal value, nobody else)."""

from __future__ import annotations

from contextlib import AsyncExitStack

import pytest

from tests.subscriptions.conftest import WAIT, GraphQLWS, LiveServer, People, gid, graphql_http, ready

# committed: a uvicorn app with its own engine and broadcaster reads the rows
pytestmark = [pytest.mark.timeout(60), pytest.mark.committed]

CHANGES = """subscription { jobChanged { fields job { id scheduledStart internalNotes
  employees { id } customer { internalNotes } } } }"""
UPDATE = """mutation($input: JobUpdateInput!) { jobUpdate(input: $input) { userErrors { field message } } }"""


async def update(base: str, token: str, payload: dict[str, object]) -> None:
    data = await graphql_http(base, token, UPDATE, {"input": payload})
    assert data["jobUpdate"]["userErrors"] == [], data


async def test_the_office_sees_another_office_user_move_a_job_and_clients_see_only_their_own_without_internals(
    live_server: LiveServer, people: People,
) -> None:
    # given the office, the job's client, another customer's client and an unassigned employee, all subscribed
    async with live_server() as base, AsyncExitStack() as stack:
        office = await stack.enter_async_context(GraphQLWS.open(base, people.office.token))
        client = await stack.enter_async_context(GraphQLWS.open(base, people.client.token))
        stranger = await stack.enter_async_context(GraphQLWS.open(base, people.other_client.token))
        outsider = await stack.enter_async_context(GraphQLWS.open(base, people.other_employee.token))
        for ws in (office, client, stranger, outsider):
            await ws.subscribe(CHANGES)
        await ready(office)

        # when an office user moves the job two hours later and takes its employee off it
        start = people.job.scheduled_start.replace(hour=(people.job.scheduled_start.hour + 2) % 24)
        await update(base, people.office.token, {"id": gid("Job", people.job), "scheduledStart": start.isoformat(),
                                                 "scheduledEnd": None, "employeeIds": []})

        # then the office receives the job as it is now, with what changed and its internal notes
        seen = (await office.next_data(within=WAIT))["jobChanged"]
        assert sorted(seen["fields"]) == ["EMPLOYEES", "TIME"]
        assert seen["job"]["id"] == gid("Job", people.job)
        assert seen["job"]["employees"] == []
        assert seen["job"]["internalNotes"] == "Key under the mat"
        # and the job's client receives it with no internal value
        told = (await client.next_data(within=WAIT))["jobChanged"]
        assert told["job"]["id"] == gid("Job", people.job)
        assert told["job"]["scheduledStart"] == seen["job"]["scheduledStart"]
        assert told["job"]["internalNotes"] is None
        assert told["job"]["customer"]["internalNotes"] is None
        # and another customer's client and an employee not on the job receive nothing
        await stranger.nothing_within(0.5)
        await outsider.nothing_within(0.1)


async def test_a_change_that_does_not_move_the_job_on_the_board_announces_nothing(
    live_server: LiveServer, people: People,
) -> None:
    # given the office subscribed
    async with live_server() as base, GraphQLWS.open(base, people.office.token) as office:
        await office.subscribe(CHANGES)
        await ready(office)

        # when only the job's notes change, then its employees are set to the ones it already has
        await update(base, people.office.token, {"id": gid("Job", people.job), "clientNotes": "Ring twice"})
        await update(base, people.office.token, {"id": gid("Job", people.job),
                                                 "employeeIds": [gid("Employee", people.worker)]})

        # then nothing is announced
        await office.nothing_within(0.5)
