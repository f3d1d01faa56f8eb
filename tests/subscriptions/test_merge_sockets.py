"""A merge moves the source's portal users: their open WebSockets keep working and follow the target."""

from __future__ import annotations

import pytest
from strawberry.relay import GlobalID

from tests.subscriptions.conftest import (
    JOB_EVENT_FIELDS,
    GraphQLWS,
    LiveServer,
    People,
    gid,
    graphql_http,
    ready,
    set_status,
)

pytestmark = [pytest.mark.timeout(60), pytest.mark.committed]  # committed: a uvicorn app reads the rows

ALL_MOVES = f"subscription {{ jobStatusChanged {{ {JOB_EVENT_FIELDS} }} }}"
MERGE = """
mutation($input: CustomerMergeInput!) { customerMerge(input: $input) { target { id } userErrors { code message } } }
"""


async def test_a_moved_users_socket_stays_open_and_follows_the_target(live_server: LiveServer,
                                                                      people: People) -> None:
    async with live_server() as base, GraphQLWS.open(base, people.other_client.token) as client:
        # given the other customer's client subscribed to its job moves
        operation = await client.subscribe(ALL_MOVES)
        await ready(client, 0.5)

        # when the office merges that customer into the customer with the job
        source = str(GlobalID("Customer", str(people.other_client.user.customer_id)))
        merged = await graphql_http(base, people.office.token, MERGE, {"input": {
            "sourceId": source, "targetId": gid("Customer", people.customer)}})
        assert merged["customerMerge"]["userErrors"] == []

        # then the subscription ends with ACCESS_CHANGED, the socket stays open, and subscribing again, the
        # client now hears the target's job move
        ended = await client.receive()
        assert (ended["type"], ended["id"]) == ("error", operation)
        assert ended["payload"][0]["extensions"]["code"] == "ACCESS_CHANGED"
        await client.subscribe(ALL_MOVES)
        await ready(client, 0.5)
        await set_status(base, people.employee.token, people.job, "ON_THE_WAY")
        event = (await client.next_data())["jobStatusChanged"]
        assert (event["status"], event["job"]["id"]) == ("ON_THE_WAY", gid("Job", people.job))
