"""jobCreate: the office schedules a job at one of a customer's properties."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from models import Activity, ChecklistItem, Job, JobAssignment, JobLine, JobStatusChange
from models.enums import CustomerStatus, JobStatus
from tests import factories
from tests.factories_jobs import (
    database_state,
    ghost,
    mutate,
    mutate_raw,
    office_user,
    only_error,
    team,
    template_item,
)
from tests.graphql import gid

JOB = """job { id status scheduledStart scheduledEnd clientNotes internalNotes
    property { name } customer { displayName } team { name } employees { name }
    services { description quantity taxable unitPrice { amount } amount { amount } }
    checklist { label required done }
    statusHistory { fromStatus toStatus reason changedByUserId } }"""
START = datetime(2030, 5, 6, 9, 0, tzinfo=UTC)


async def create(sessions: async_sessionmaker[AsyncSession], viewer: Any, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, viewer, "jobCreate", "JobCreateInput", fields, JOB)


async def scene(session: AsyncSession) -> dict[str, Any]:
    """A customer with a property, two services with checklist templates, a crew and a team."""
    await factories.company(session)
    owner = await factories.customer(session, display_name="Ada Lovelace")
    place = await factories.property_(session, owner, name="Main house")
    clean = await factories.service(session, name="Standard clean", default_price_cents=12_000, taxable=True)
    windows = await factories.service(session, name="Windows", default_price_cents=4_550, taxable=False)
    await template_item(session, service=clean, label="Mop floors", required=True, position=1)
    await template_item(session, service=clean, label="Dust shelves", position=0)
    await template_item(session, service=windows, label="Squeegee glass", position=0)
    await template_item(session, place=place, label="Feed the cat", required=True)
    other_place = await factories.property_(session, owner)
    await template_item(session, place=other_place, label="Not this house")
    ann = await factories.employee(session, name="Ann")
    bob = await factories.employee(session, name="Bob")
    crew = await team(session, "Blue team")
    viewer = await office_user(session)
    await session.commit()
    return {"owner": owner, "place": place, "clean": clean, "windows": windows, "ann": ann, "bob": bob,
            "team": crew, "viewer": viewer}


def base_input(s: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    return {"customerId": gid("Customer", s["owner"]), "propertyId": gid("Property", s["place"]),
            "scheduledStart": START.isoformat(), "scheduledEnd": (START + timedelta(hours=3)).isoformat(),
            "services": [{"serviceId": gid("Service", s["clean"])}]} | overrides


async def test_the_office_schedules_a_job_with_lines_crew_checklist_and_a_first_history_row(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a customer's property, a catalog with checklist templates, and a crew
    s = await scene(session)

    # when the office schedules a job with two services (one priced by hand), two employees and a team
    payload = await create(sessions, s["viewer"], **base_input(
        s, teamId=gid("Team", s["team"]), employeeIds=[gid("Employee", s["bob"]), gid("Employee", s["ann"])],
        services=[{"serviceId": gid("Service", s["clean"])},
                  {"serviceId": gid("Service", s["windows"]), "quantity": "2", "unitPrice": "40.5",
                   "description": "Front windows", "taxable": True}],
        clientNotes="  Ring twice  ", internalNotes="Pays late"))

    # then the job is pending, priced from the catalog unless told otherwise, with the checklist copied
    assert payload["userErrors"] == []
    job = payload["job"]
    assert job["status"] == "PENDING"
    assert job["property"] == {"name": "Main house"}
    assert job["customer"] == {"displayName": "Ada Lovelace"}
    assert job["team"] == {"name": "Blue team"}
    assert [e["name"] for e in job["employees"]] == ["Ann", "Bob"]
    assert (job["clientNotes"], job["internalNotes"]) == ("Ring twice", "Pays late")
    assert job["services"] == [
        {"description": "Standard clean", "quantity": "1.00", "taxable": True, "unitPrice": {"amount": "120.00"},
         "amount": {"amount": "120.00"}},
        {"description": "Front windows", "quantity": "2.00", "taxable": True, "unitPrice": {"amount": "40.50"},
         "amount": {"amount": "81.00"}},
    ]
    assert job["checklist"] == [
        {"label": "Dust shelves", "required": False, "done": False},
        {"label": "Mop floors", "required": True, "done": False},
        {"label": "Squeegee glass", "required": False, "done": False},
        {"label": "Feed the cat", "required": True, "done": False},
    ]
    assert job["statusHistory"] == [{"fromStatus": None, "toStatus": "PENDING", "reason": None,
                                     "changedByUserId": s["viewer"].user_id}]
    # and the rows say the same, with line positions and the history row filled in
    async with sessions() as check:
        lines = (await check.execute(sa.select(JobLine).order_by(col(JobLine.position)))).scalars().all()
        assert [(line.position, line.unit_price_cents) for line in lines] == [(0, 12_000), (1, 4_050)]
        [change] = (await check.execute(sa.select(JobStatusChange))).scalars().all()
        assert (change.customer_id, change.property_id) == (s["owner"].id, s["place"].id)
        [activity] = (await check.execute(sa.select(Activity))).scalars().all()
        assert (activity.verb, activity.subject_type, activity.customer_id, activity.actor_user_id) == (
            "job.created", "Job", s["owner"].id, s["viewer"].user_id)
        positions = await check.execute(sa.select(col(ChecklistItem.position))
                                        .order_by(col(ChecklistItem.position)))
        assert list(positions.scalars()) == [0, 1, 2, 3]


async def test_a_job_with_only_the_required_fields_gets_no_lines_crew_or_end(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a customer's property
    s = await scene(session)

    # when the office schedules a job with just customer, property and start (no offset: taken as UTC)
    payload = await create(sessions, s["viewer"], customerId=gid("Customer", s["owner"]),
                           propertyId=gid("Property", s["place"]), scheduledStart="2030-05-06T09:00:00")

    # then it exists with the property's checklist only
    assert payload["userErrors"] == []
    job = payload["job"]
    assert (job["services"], job["employees"], job["team"], job["scheduledEnd"]) == ([], [], None, None)
    assert job["scheduledStart"] == "2030-05-06T09:00:00+00:00"
    assert [item["label"] for item in job["checklist"]] == ["Feed the cat"]


async def refused(sessions: async_sessionmaker[AsyncSession], s: dict[str, Any], **overrides: Any,
                  ) -> tuple[list[str] | None, str]:
    """Create with `overrides`, assert it was refused with one error and nothing changed; return it."""
    before = await database_state(sessions)
    payload = await create(sessions, s["viewer"], **base_input(s, **overrides))
    assert payload["job"] is None
    assert await database_state(sessions) == before
    return only_error(payload)


async def test_an_unknown_customer_is_not_found(sessions: async_sessionmaker[AsyncSession],
                                                session: AsyncSession) -> None:
    # given a scene; when the customer id is made up, or is another type's id, or is garbage
    s = await scene(session)
    # then NOT_FOUND on customerId and nothing is written
    for customer_id in [ghost("Customer"), gid("Property", s["place"]), "nonsense"]:
        assert await refused(sessions, s, customerId=customer_id) == (["input", "customerId"], "NOT_FOUND")


async def test_an_archived_or_merged_customer_gets_no_new_jobs(sessions: async_sessionmaker[AsyncSession],
                                                               session: AsyncSession) -> None:
    # given an archived customer and a customer merged into another
    s = await scene(session)
    archived = await factories.customer(session, status=CustomerStatus.ARCHIVED)
    merged = await factories.customer(session, merged_into_id=s["owner"].id)
    archived_place = await factories.property_(session, archived)
    merged_place = await factories.property_(session, merged)
    await session.commit()

    # when jobs are scheduled for them; then CONFLICT on customerId
    assert await refused(sessions, s, customerId=gid("Customer", archived),
                         propertyId=gid("Property", archived_place)) == (["input", "customerId"], "CONFLICT")
    assert await refused(sessions, s, customerId=gid("Customer", merged),
                         propertyId=gid("Property", merged_place)) == (["input", "customerId"], "CONFLICT")


async def test_another_customers_property_is_refused_with_a_clear_message(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given another customer's property
    s = await scene(session)
    stranger = await factories.customer(session)
    theirs = await factories.property_(session, stranger, name="Their flat")
    await session.commit()
    before = await database_state(sessions)

    # when a job for our customer is scheduled there
    payload = await create(sessions, s["viewer"], **base_input(s, propertyId=gid("Property", theirs)))

    # then INVALID on propertyId, saying whose properties to pick, and nothing is written
    assert only_error(payload) == (["input", "propertyId"], "INVALID")
    assert "belongs to another customer" in payload["userErrors"][0]["message"]
    assert "Ada Lovelace" in payload["userErrors"][0]["message"]
    assert await database_state(sessions) == before


async def test_an_unknown_or_inactive_property_is_refused(sessions: async_sessionmaker[AsyncSession],
                                                          session: AsyncSession) -> None:
    s = await scene(session)
    closed = await factories.property_(session, s["owner"], active=False)
    await session.commit()
    assert await refused(sessions, s, propertyId=ghost("Property")) == (["input", "propertyId"], "NOT_FOUND")
    assert await refused(sessions, s, propertyId=gid("Property", closed)) == (["input", "propertyId"], "INVALID")


async def test_employees_must_exist_and_be_active(sessions: async_sessionmaker[AsyncSession],
                                                  session: AsyncSession) -> None:
    # given an employee who left
    s = await scene(session)
    gone = await factories.employee(session, name="Gone", active=False)
    await session.commit()
    # when assigned, or when an unknown employee id is given; then the error points at the list entry
    assert await refused(sessions, s, employeeIds=[gid("Employee", s["ann"]), gid("Employee", gone)]) == (
        ["input", "employeeIds", "1"], "INVALID")
    assert await refused(sessions, s, employeeIds=[gid("Customer", s["ann"])]) == (
        ["input", "employeeIds", "0"], "NOT_FOUND")
    assert await refused(sessions, s, employeeIds=[ghost("Employee")]) == (
        ["input", "employeeIds", "0"], "NOT_FOUND")


async def test_services_must_exist(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    s = await scene(session)
    retired = await factories.service(session, active=False)
    await session.commit()
    assert await refused(sessions, s, services=[{"serviceId": ghost("Service")}]) == (
        ["input", "services", "0", "serviceId"], "NOT_FOUND")
    assert await refused(sessions, s, services=[{"serviceId": gid("Job", s["clean"])}]) == (
        ["input", "services", "0", "serviceId"], "NOT_FOUND")
    assert await refused(sessions, s, services=[{"serviceId": gid("Service", retired)}]) == (
        ["input", "services", "0", "serviceId"], "INVALID")


async def test_prices_and_quantities_are_checked(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    # given a scene
    s = await scene(session)
    clean = gid("Service", s["clean"])
    # when a line has a negative price, a price with 3 decimals, or a quantity that is not more than 0
    cases = [({"unitPrice": "-1"}, "unitPrice"), ({"unitPrice": "10.005"}, "unitPrice"),
             ({"quantity": "0"}, "quantity"), ({"quantity": "-2"}, "quantity"), ({"quantity": "1.001"}, "quantity")]
    for extra, field in cases:
        # then INVALID on that field of that line, and nothing is written
        assert await refused(sessions, s, services=[{"serviceId": clean}, {"serviceId": clean} | extra]) == (
            ["input", "services", "1", field], "INVALID"), extra


async def test_a_free_line_and_trailing_zeros_are_fine(sessions: async_sessionmaker[AsyncSession],
                                                       session: AsyncSession) -> None:
    s = await scene(session)
    payload = await create(sessions, s["viewer"], **base_input(
        s, services=[{"serviceId": gid("Service", s["clean"]), "unitPrice": "0", "quantity": "1.500"}]))
    assert payload["userErrors"] == []
    assert payload["job"]["services"][0]["unitPrice"] == {"amount": "0.00"}
    assert payload["job"]["services"][0]["quantity"] == "1.50"


async def test_the_end_must_come_after_the_start(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    s = await scene(session)
    for end in [START - timedelta(minutes=1), START]:
        assert await refused(sessions, s, scheduledEnd=end.isoformat()) == (["input", "scheduledEnd"], "INVALID")


async def test_an_unknown_team_is_not_found(sessions: async_sessionmaker[AsyncSession],
                                            session: AsyncSession) -> None:
    s = await scene(session)
    assert await refused(sessions, s, teamId=ghost("Team")) == (["input", "teamId"], "NOT_FOUND")


async def test_several_problems_are_reported_together(sessions: async_sessionmaker[AsyncSession],
                                                      session: AsyncSession) -> None:
    # given a scene
    s = await scene(session)
    before = await database_state(sessions)
    # when the end is before the start and a price is negative
    payload = await create(sessions, s["viewer"], **base_input(
        s, scheduledEnd=(START - timedelta(hours=1)).isoformat(),
        services=[{"serviceId": gid("Service", s["clean"]), "unitPrice": "-5"}]))
    # then both are reported, and nothing is written
    assert sorted((e["field"], e["code"]) for e in payload["userErrors"]) == [
        (["input", "scheduledEnd"], "INVALID"), (["input", "services", "0", "unitPrice"], "INVALID")]
    assert await database_state(sessions) == before


async def test_only_the_office_schedules_jobs(sessions: async_sessionmaker[AsyncSession],
                                              session: AsyncSession) -> None:
    # given a scene
    s = await scene(session)
    before = await database_state(sessions)
    # when a field employee or a client tries
    for viewer in [factories.field_worker(s["ann"]), factories.client_of(s["owner"])]:
        result = await mutate_raw(sessions, viewer, "jobCreate", "JobCreateInput", base_input(s), "job { id }")
        # then it is an access error, not a userError, and nothing is written
        assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await database_state(sessions) == before
    async with sessions() as check:
        assert (await check.execute(sa.select(sa.func.count()).select_from(Job))).scalar() == 0
        assert (await check.execute(sa.select(sa.func.count()).select_from(JobAssignment))).scalar() == 0


async def test_the_owner_may_schedule_too(sessions: async_sessionmaker[AsyncSession],
                                          session: AsyncSession) -> None:
    s = await scene(session)
    payload = await create(sessions, factories.owner(), **base_input(s))
    assert payload["userErrors"] == [] and payload["job"]["status"] == JobStatus.PENDING.value
