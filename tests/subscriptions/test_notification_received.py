"""`notificationReceived`: a finished job notifies the client's portal users live (when the company says so)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Notification
from models.enums import NotificationKind
from tests.subscriptions.conftest import GraphQLWS, LiveServer, People, gid, graphql_http, ready, set_status

# committed: a uvicorn app with its own engine and broadcaster reads the rows
pytestmark = [pytest.mark.timeout(60), pytest.mark.committed]

RECEIVED = """
subscription { notificationReceived { id kind title body readAt subject { id ... on Job { status } } } }
"""
UNREAD = "{ notifications(unreadOnly: true) { totalCount nodes { kind title subject { id } } } }"


async def _finish(base: str, people: People) -> None:
    for status in ("ON_THE_WAY", "STARTED", "FINISHED"):
        await set_status(base, people.employee.token, people.job, status)


async def test_the_client_is_notified_live_when_its_job_is_finished(live_server: LiveServer,
                                                                   people: People) -> None:
    async with live_server() as base:
        # given the client subscribed to its notifications, and another customer's client too
        async with GraphQLWS.open(base, people.client.token) as client, \
                GraphQLWS.open(base, people.other_client.token) as stranger:
            await client.subscribe(RECEIVED)
            await stranger.subscribe(RECEIVED)
            await ready(client)

            # when the employee finishes the job
            await _finish(base, people)

            # then the client receives a JOB_COMPLETED notification about that job; the stranger nothing
            note = (await client.next_data())["notificationReceived"]
            assert note["kind"] == "JOB_COMPLETED" and note["readAt"] is None
            assert note["body"] == people.place.name
            assert note["subject"] == {"id": gid("Job", people.job), "status": "FINISHED"}
            await stranger.nothing_within(0.5)

        # and on reconnect it is among the unread notifications
        unread = (await graphql_http(base, people.client.token, UNREAD))["notifications"]
        assert unread["totalCount"] == 1 and unread["nodes"][0]["kind"] == "JOB_COMPLETED"


async def test_no_notification_when_the_company_keeps_completions_quiet(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given the company does not notify clients of finished jobs
    async with sessions() as session, session.begin():
        await session.execute(sa.text("UPDATE company SET notify_clients_job_completed = false"))
    async with live_server() as base, GraphQLWS.open(base, people.client.token) as client:
        await client.subscribe(RECEIVED)
        await ready(client)

        # when the job is finished
        await _finish(base, people)

        # then nothing is sent and no notification is stored
        await client.nothing_within(0.5)
    async with sessions() as session:
        count = (await session.execute(sa.select(sa.func.count()).select_from(Notification))).scalar()
    assert count == 0


async def test_notifications_are_per_user(sessions: async_sessionmaker[AsyncSession], live_server: LiveServer,
                                          people: People) -> None:
    # given a notification for another user
    async with sessions() as session, session.begin():
        session.add(Notification(user_id=people.other_client.user.id or 0, kind=NotificationKind.BATCH_READY,
                                 title="Batch #1 is ready"))
    async with live_server() as base:
        # when the client lists its notifications
        unread = (await graphql_http(base, people.client.token, UNREAD))["notifications"]

        # then it sees none of someone else's
        assert unread == {"totalCount": 0, "nodes": []}
