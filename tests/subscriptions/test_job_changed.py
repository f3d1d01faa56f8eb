"""`jobChanged` over real WebSockets: another office user's reassignment or new time reaches the boards, scoped like
`jobStatusChanged` (the office every job, a client only its own with no internal value, nobody else), and the field
employees a crew change takes off a job or puts on it hear of it, so their day follows."""

from __future__ import annotations

from contextlib import AsyncExitStack
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from models import TeamMember
from models.base import row_id
from models.enums import Role
from subscriptions.channels import JOB_CHANGES, customer_job_changes
from tests import factories
from tests.factories_jobs import team
from tests.subscriptions.conftest import WAIT, GraphQLWS, LiveServer, People, Person, gid, graphql_http, person, ready

# committed: a uvicorn app with its own engine and broadcaster reads the rows
pytestmark = [pytest.mark.timeout(60), pytest.mark.committed]

CHANGES = """subscription { jobChanged { jobId fields job { id scheduledStart internalNotes
  employees { id } customer { internalNotes } } } }"""
UPDATE = """mutation($input: JobUpdateInput!) { jobUpdate(input: $input) { userErrors { field message } } }"""


async def update(base: str, token: str, payload: dict[str, object]) -> None:
    data = await graphql_http(base, token, UPDATE, {"input": payload})
    assert data["jobUpdate"]["userErrors"] == [], data


def employee_gid(who: Person) -> str:
    """The global id of a field user's Employee."""
    return str(GlobalID("Employee", str(who.user.employee_id)))


async def employee_on_no_job(sessions: async_sessionmaker[AsyncSession]) -> Person:
    """A field employee with a session, assigned to nothing."""
    async with sessions() as session, session.begin():
        worker = await factories.employee(session)
        return await person(session, Role.EMPLOYEE, employee_id=worker.id)


async def subscribed(stack: AsyncExitStack, base: str, *tokens: str) -> list[GraphQLWS]:
    """One socket per token, each subscribed to `jobChanged`, closed with `stack`."""
    sockets = [await stack.enter_async_context(GraphQLWS.open(base, token)) for token in tokens]
    for ws in sockets:
        await ws.subscribe(CHANGES)
    return sockets


async def test_the_office_sees_another_office_user_move_a_job_and_clients_see_only_their_own_without_internals(
    live_server: LiveServer, people: People,
) -> None:
    # given the office, the job's client, another customer's client and an unassigned employee, all subscribed
    async with live_server() as base, AsyncExitStack() as stack:
        office, client, stranger, outsider = await subscribed(
            stack, base, people.office.token, people.client.token, people.other_client.token,
            people.other_employee.token)
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


async def test_an_employee_taken_off_a_job_hears_only_that_its_crew_changed(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given the job's employee, an employee on no job and another customer's client, all subscribed
    unrelated = await employee_on_no_job(sessions)
    async with live_server() as base, AsyncExitStack() as stack:
        removed, bystander, stranger = await subscribed(
            stack, base, people.employee.token, unrelated.token, people.other_client.token)
        await ready(removed)

        # when the office moves the job two hours later and gives it to another employee
        start = people.job.scheduled_start + timedelta(hours=2)
        await update(base, people.office.token, {"id": gid("Job", people.job), "scheduledStart": start.isoformat(),
                                                 "scheduledEnd": None,
                                                 "employeeIds": [employee_gid(people.other_employee)]})

        # then the employee taken off hears that the job's crew changed, and no more: not its new time, and the
        # job no longer reads for them
        told = (await removed.next_data(within=WAIT))["jobChanged"]
        assert told == {"jobId": gid("Job", people.job), "fields": ["EMPLOYEES"], "job": None}
        # and an employee who never had the job and another customer's client hear nothing
        await bystander.nothing_within(0.5)
        await stranger.nothing_within(0.1)


async def test_an_employee_put_on_a_job_hears_of_it_and_reads_the_job(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given an employee not on the job, one on no job and another customer's client, all subscribed
    unrelated = await employee_on_no_job(sessions)
    async with live_server() as base, AsyncExitStack() as stack:
        added, bystander, stranger = await subscribed(
            stack, base, people.other_employee.token, unrelated.token, people.other_client.token)
        await ready(added)

        # when the office puts them on the job next to its employee
        crew = [gid("Employee", people.worker), employee_gid(people.other_employee)]
        await update(base, people.office.token, {"id": gid("Job", people.job), "employeeIds": crew})

        # then the employee put on it receives the job as it is now, crew included, with its field rules
        told = (await added.next_data(within=WAIT))["jobChanged"]
        assert told["fields"] == ["EMPLOYEES"]
        assert told["jobId"] == told["job"]["id"] == gid("Job", people.job)
        assert sorted(member["id"] for member in told["job"]["employees"]) == sorted(crew)
        assert told["job"]["internalNotes"] == "Key under the mat"  # staff read internal notes
        # and an employee on no job and another customer's client hear nothing
        await bystander.nothing_within(0.5)
        await stranger.nothing_within(0.1)


async def test_a_team_change_reaches_the_jobs_employees_and_no_member_of_either_team(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    # given the job on one team, a member of that team and of the next one who is not on the job (an employee
    # reads the jobs they are assigned to, whatever their team), and the job's employee, all subscribed
    async with sessions() as session, session.begin():
        first, second = await team(session, "Blue team"), await team(session, "Green team")
        member = await factories.employee(session)
        session.add_all([TeamMember(team_id=row_id(first), employee_id=row_id(member)),
                         TeamMember(team_id=row_id(second), employee_id=row_id(member))])
        teammate = await person(session, Role.EMPLOYEE, employee_id=member.id)
    async with live_server() as base, AsyncExitStack() as stack:
        await update(base, people.office.token, {"id": gid("Job", people.job), "teamId": gid("Team", first)})
        assigned, outsider = await subscribed(stack, base, people.employee.token, teammate.token)
        await ready(assigned)

        # when the office moves the job to the other team
        await update(base, people.office.token, {"id": gid("Job", people.job), "teamId": gid("Team", second)})

        # then the job's employee hears of it and reads the job
        told = (await assigned.next_data(within=WAIT))["jobChanged"]
        assert told["fields"] == ["TEAM"]
        assert told["job"]["id"] == gid("Job", people.job)
        # and the member of both teams, never on the job, hears nothing
        await outsider.nothing_within(0.5)


async def test_a_message_from_a_process_of_the_previous_version_still_reaches_those_who_read_the_job(
    live_server: LiveServer, people: People,
) -> None:
    # given the job's employee and an employee not on it, subscribed
    async with live_server() as base, AsyncExitStack() as stack:
        broadcast = live_server.apps[-1].state.runtime.broadcast
        assigned = await stack.enter_async_context(GraphQLWS.open(base, people.employee.token))
        outsider = await stack.enter_async_context(GraphQLWS.open(base, people.other_employee.token))
        for ws in (assigned, outsider):
            await ws.subscribe(CHANGES)
        await ready(assigned)

        # when a process that does not name removed employees announces a crew change of the job
        job, customer = people.job, people.customer
        old = (f'{{"job_id":{job.id},"customer_id":{customer.id},"property_id":{job.property_id},'
               f'"fields":["employee_ids"]}}')
        await broadcast.publish_many((customer_job_changes(customer.id or 0), JOB_CHANGES), old)

        # then the employee who reads the job hears of it, and the one who does not hears nothing
        told = (await assigned.next_data(within=WAIT))["jobChanged"]
        assert told["fields"] == ["EMPLOYEES"]
        assert told["job"]["id"] == gid("Job", people.job)
        await outsider.nothing_within(0.5)

