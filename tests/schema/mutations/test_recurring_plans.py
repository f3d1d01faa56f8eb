"""recurringPlanCreate/Update/Pause/Resume/Skip over GraphQL: the office sets up repeat work and sees its next
visits; nobody else reaches a plan (clients see the visits, as jobs, never the plan)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.factories_jobs import (
    client_user,
    database_state,
    mutate,
    mutate_raw,
    office_user,
    only_error,
    worker_user,
)
from tests.factories_plans import Setting, setting, today
from tests.graphql import execute, gid

PAYLOAD = """plan { id name status frequency weekdays startTime endTime billing timeZone skippedDates
    services { description unitPrice { amount } service { name } }
    nextOccurrences(first: 3) { date start end job { id status plan { name } occurrenceDate } } }
    jobsCreated jobsUpdated jobsCancelled jobsRestored leftAlone { id }"""
PLAN_TABLES = ("recurring_plan", "recurring_plan_service", "recurring_plan_employee", "job", "job_line",
               "job_status_change", "activity")


def weekly(where: Setting, **fields: Any) -> dict[str, Any]:
    tomorrow = today() + timedelta(days=1)
    return {"customerId": gid("Customer", where.customer), "propertyId": gid("Property", where.place),
            "name": "Weekly clean", "frequency": "WEEKLY", "weekdays": [tomorrow.strftime("%A").upper()],
            "startDate": today().isoformat(), "startTime": "09:00:00", "endTime": "11:00:00",
            "services": [{"serviceId": gid("Service", where.service), "unitPrice": "99.50"}]} | fields


async def scene(session: AsyncSession) -> tuple[Setting, Any]:
    where = await setting(session)
    viewer = await office_user(session)
    await session.commit()
    return where, viewer


async def test_the_office_sets_up_a_plan_and_sees_its_next_visits(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    where, office = await scene(session)

    payload = await mutate(sessions, office, "recurringPlanCreate", "RecurringPlanCreateInput", weekly(where), PAYLOAD)

    assert payload["userErrors"] == []
    plan = payload["plan"]
    assert (plan["status"], plan["frequency"], plan["billing"], plan["timeZone"]) == (
        "ACTIVE", "WEEKLY", "PER_VISIT", "America/New_York")
    assert plan["services"] == [{"description": "Standard clean", "unitPrice": {"amount": "99.50"},
                                 "service": {"name": "Standard clean"}}]
    assert payload["jobsCreated"] == 8
    coming = plan["nextOccurrences"]
    assert [visit["date"] for visit in coming] == [(today() + timedelta(days=1 + 7 * week)).isoformat()
                                                   for week in range(3)]
    assert all(visit["job"]["status"] == "PENDING" and visit["job"]["plan"]["name"] == "Weekly clean"
               and visit["job"]["occurrenceDate"] == visit["date"] for visit in coming)


async def test_skip_pause_and_resume_report_what_they_did_to_the_visits(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    where, office = await scene(session)
    created = await mutate(sessions, office, "recurringPlanCreate", "RecurringPlanCreateInput", weekly(where),
                           PAYLOAD)
    plan_id = created["plan"]["id"]
    second = created["plan"]["nextOccurrences"][1]["date"]

    skipped = await mutate(sessions, office, "recurringPlanSkip", "RecurringPlanSkipInput",
                           {"planId": plan_id, "date": second}, PAYLOAD)
    paused = await mutate(sessions, office, "recurringPlanPause", "RecurringPlanPauseInput", {"planId": plan_id},
                          PAYLOAD)
    resumed = await mutate(sessions, office, "recurringPlanResume", "RecurringPlanResumeInput",
                           {"planId": plan_id}, PAYLOAD)
    changed = await mutate(sessions, office, "recurringPlanUpdate", "RecurringPlanUpdateInput",
                           {"planId": plan_id, "startTime": "13:30:00", "endTime": "15:00:00"}, PAYLOAD)

    assert (skipped["jobsCancelled"], skipped["plan"]["skippedDates"]) == (1, [second])
    assert second not in [visit["date"] for visit in skipped["plan"]["nextOccurrences"]]
    assert (paused["plan"]["status"], paused["jobsCancelled"], paused["plan"]["nextOccurrences"]) == ("PAUSED", 7, [])
    assert (resumed["plan"]["status"], resumed["jobsRestored"], resumed["jobsCreated"]) == ("ACTIVE", 7, 0)
    assert (changed["jobsUpdated"], changed["leftAlone"], changed["plan"]["startTime"]) == (7, [], "13:30:00")


async def test_a_bad_plan_reports_each_field_and_saves_nothing(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    where, office = await scene(session)
    before = await database_state(sessions, PLAN_TABLES)

    payload = await mutate(sessions, office, "recurringPlanCreate", "RecurringPlanCreateInput",
                           weekly(where, frequency="MONTHLY_BY_WEEKDAY", weekdays=[], endTime="08:00:00",
                                  services=[]), PAYLOAD)

    assert payload["plan"] is None
    assert {tuple(error["field"]) for error in payload["userErrors"]} == {
        ("input", "weekOfMonth"), ("input", "weekdays"), ("input", "endTime"), ("input", "services")}
    assert await database_state(sessions, PLAN_TABLES) == before


async def test_skipping_a_date_the_plan_does_not_have_is_refused(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    where, office = await scene(session)
    created = await mutate(sessions, office, "recurringPlanCreate", "RecurringPlanCreateInput", weekly(where),
                           "plan { id }")

    payload = await mutate(sessions, office, "recurringPlanSkip", "RecurringPlanSkipInput",
                           {"planId": created["plan"]["id"], "date": today().isoformat()}, "plan { id }")

    assert only_error(payload) == (["input", "date"], "INVALID")


@pytest.mark.parametrize("who", ["client", "field employee"])
async def test_nobody_but_the_office_reaches_plans(
        who: str, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a plan with its visits, and a client of that customer and an employee assigned to every visit
    where, office = await scene(session)
    worker = await factories.employee(session)
    await session.commit()
    created = await mutate(sessions, office, "recurringPlanCreate", "RecurringPlanCreateInput",
                           weekly(where, employeeIds=[gid("Employee", worker)]), "plan { id }")
    viewer = await (client_user(session, where.customer) if who == "client" else worker_user(session, worker))
    await session.commit()
    before = await database_state(sessions, PLAN_TABLES)

    # when they try to change the plan, and read it through the customer, a visit and node(id:)
    refused = await mutate_raw(sessions, viewer, "recurringPlanPause", "RecurringPlanPauseInput",
                               {"planId": created["plan"]["id"]}, "plan { id }")
    read = await execute(sessions, viewer, """query($customer: ID!, $plan: ID!) {
        customer: node(id: $customer) { ... on Customer { recurringPlans { totalCount } jobs { nodes { plan { id }
            occurrenceDate } } } }
        plan: node(id: $plan) { id } }""", {"customer": gid("Customer", where.customer),
                                           "plan": created["plan"]["id"]})

    # then the change is FORBIDDEN and changes nothing; the visits are theirs to see, the plan is not
    assert refused.errors and refused.errors[0].extensions["code"] == "FORBIDDEN"
    assert await database_state(sessions, PLAN_TABLES) == before
    assert read["plan"] is None
    customer = read["customer"]
    if customer is not None:  # the field employee reaches the customer through the assigned visits
        assert customer["recurringPlans"] is None
        assert customer["jobs"]["nodes"] and all(job == {"plan": None, "occurrenceDate": None}
                                                 for job in customer["jobs"]["nodes"])
