"""jobUpdate: the office changes a job's schedule, crew, services or notes; billed or closed lines stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from models import Activity, ChecklistItem, JobLine
from models.enums import InvoiceStatus, JobStatus
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
    team,
    template_item,
)
from tests.graphql import execute, gid

JOB = """job { id status scheduledStart scheduledEnd clientNotes internalNotes team { name }
    employees { name } services { description quantity unitPrice { amount } }
    checklist { label required done } }"""
START = datetime(2030, 5, 6, 9, 0, tzinfo=UTC)


async def update(sessions: async_sessionmaker[AsyncSession], viewer: Any, job: Any, **fields: Any,
                 ) -> dict[str, Any]:
    return await mutate(sessions, viewer, "jobUpdate", "JobUpdateInput", {"id": gid("Job", job)} | fields, JOB)


async def scene(session: AsyncSession, status: JobStatus = JobStatus.PENDING) -> dict[str, Any]:
    """A job with one line, Ann assigned, a team, notes and a checklist item; Bob and a second service free."""
    await factories.company(session)
    owner = await factories.customer(session)
    place = await factories.property_(session, owner)
    ann = await factories.employee(session, name="Ann")
    bob = await factories.employee(session, name="Bob")
    clean = await factories.service(session, name="Standard clean", default_price_cents=12_000)
    oven = await factories.service(session, name="Oven clean", default_price_cents=5_000)
    await template_item(session, service=oven, label="Degrease racks", required=True)
    await template_item(session, service=clean, label="Mop floors", required=True)
    blue = await team(session, "Blue team")
    job = await factories.job(session, place, status=status, employees=[ann], scheduled_start=START,
                              team_id=blue.id, client_notes="Ring twice", internal_notes="Pays late",
                              lines=[])
    session.add(JobLine(job_id=job.id, service_id=clean.id,  # type: ignore[arg-type]
                        description="Standard clean", quantity=Decimal("1"), unit_price_cents=12_000,
                        taxable=True, position=0))
    await checklist_item(session, job, label="Mop floors", required=True, done=True)
    s = {"owner": owner, "place": place, "job": job, "ann": ann, "bob": bob, "clean": clean, "oven": oven,
         "team": blue, "viewer": await office_user(session)}
    await session.commit()
    return s


async def test_a_partial_update_changes_only_what_is_given(sessions: async_sessionmaker[AsyncSession],
                                                           session: AsyncSession) -> None:
    # given a scheduled job
    s = await scene(session)

    # when the office moves the start an hour later and nothing else
    later = START + timedelta(hours=1)
    payload = await update(sessions, s["viewer"], s["job"], scheduledStart=later.isoformat())

    # then only the start changes
    assert payload["userErrors"] == []
    job = payload["job"]
    assert job["scheduledStart"] == later.isoformat()
    assert job["scheduledEnd"] == (START + timedelta(hours=2)).isoformat()
    assert (job["clientNotes"], job["internalNotes"], job["team"]) == ("Ring twice", "Pays late",
                                                                       {"name": "Blue team"})
    assert [e["name"] for e in job["employees"]] == ["Ann"]
    assert [line["description"] for line in job["services"]] == ["Standard clean"]
    # and the activity trail names the changed field
    async with sessions() as check:
        [activity] = (await check.execute(sa.select(Activity))).scalars().all()
    assert (activity.verb, activity.details["fields"]) == ("job.updated", ["scheduled_start"])


async def test_null_clears_the_end_the_team_and_notes(sessions: async_sessionmaker[AsyncSession],
                                                      session: AsyncSession) -> None:
    s = await scene(session)
    payload = await update(sessions, s["viewer"], s["job"], scheduledEnd=None, teamId=None, clientNotes=None,
                           internalNotes="  ")
    assert payload["userErrors"] == []
    job = payload["job"]
    assert (job["scheduledEnd"], job["team"], job["clientNotes"], job["internalNotes"]) == (None, None, None, None)


async def test_the_crew_is_replaced(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    s = await scene(session)
    payload = await update(sessions, s["viewer"], s["job"], employeeIds=[gid("Employee", s["bob"])])
    assert [e["name"] for e in payload["job"]["employees"]] == ["Bob"]
    payload = await update(sessions, s["viewer"], s["job"], employeeIds=[])
    assert payload["job"]["employees"] == []


async def test_services_replace_the_lines_and_bring_new_services_checklists(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a job with a standard clean (its checklist item already done)
    s = await scene(session)

    # when the office replaces its services with an oven clean at a custom price and the standard clean
    payload = await update(sessions, s["viewer"], s["job"], services=[
        {"serviceId": gid("Service", s["oven"]), "unitPrice": "45"},
        {"serviceId": gid("Service", s["clean"]), "quantity": "2"}])

    # then the lines are the new ones, in order, and the oven clean's checklist item is added after the others
    assert payload["userErrors"] == []
    assert payload["job"]["services"] == [
        {"description": "Oven clean", "quantity": "1.00", "unitPrice": {"amount": "45.00"}},
        {"description": "Standard clean", "quantity": "2.00", "unitPrice": {"amount": "120.00"}}]
    assert payload["job"]["checklist"] == [{"label": "Mop floors", "required": True, "done": True},
                                           {"label": "Degrease racks", "required": True, "done": False}]
    async with sessions() as check:
        positions = await check.execute(sa.select(col(ChecklistItem.position)).order_by(col(ChecklistItem.id)))
    assert list(positions.scalars()) == [0, 1]


async def refused(sessions: async_sessionmaker[AsyncSession], s: dict[str, Any], **fields: Any,
                  ) -> tuple[tuple[list[str] | None, str], str]:
    before = await database_state(sessions)
    payload = await update(sessions, s["viewer"], s["job"], **fields)
    assert payload["job"] is None
    assert await database_state(sessions) == before
    return only_error(payload), payload["userErrors"][0]["message"]


@pytest.mark.parametrize("status", [JobStatus.FINISHED, JobStatus.CANCELLED])
async def test_a_finished_or_cancelled_jobs_services_cannot_change(sessions: async_sessionmaker[AsyncSession],
                                                                    session: AsyncSession,
                                                                    status: JobStatus) -> None:
    # given a finished (or cancelled) job
    s = await scene(session, status)
    # when its services are replaced; then CONFLICT on services and nothing changes
    error, message = await refused(sessions, s, services=[{"serviceId": gid("Service", s["oven"])}])
    assert error == (["input", "services"], "CONFLICT")
    assert "services can't change" in message


async def test_a_finished_job_can_still_be_rescheduled_and_its_same_services_resent(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a finished job
    s = await scene(session, JobStatus.FINISHED)
    # when a form sends its unchanged services along with new notes
    payload = await update(sessions, s["viewer"], s["job"], clientNotes="Thanks!",
                           services=[{"serviceId": gid("Service", s["clean"])}])
    # then the notes change and the lines are left as they are
    assert payload["userErrors"] == []
    assert payload["job"]["clientNotes"] == "Thanks!"


async def test_a_billed_jobs_services_cannot_change_until_the_invoice_is_voided(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a started job on an open invoice
    s = await scene(session, JobStatus.STARTED)
    bill = await factories.invoice(session, [s["job"]], number=4321, status=InvoiceStatus.OPEN)
    await session.commit()

    # when its services change; then CONFLICT saying to void or credit the invoice
    error, message = await refused(sessions, s, services=[{"serviceId": gid("Service", s["oven"])}])
    assert error == (["input", "services"], "CONFLICT")
    assert "#4321" in message and "void or credit the invoice first" in message

    # and once the invoice is void, the change goes through
    bill.status = InvoiceStatus.VOID
    session.add(bill)
    await session.commit()
    payload = await update(sessions, s["viewer"], s["job"], services=[{"serviceId": gid("Service", s["oven"])}])
    assert payload["userErrors"] == []
    assert [line["description"] for line in payload["job"]["services"]] == ["Oven clean"]


async def test_the_end_must_stay_after_the_start(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    s = await scene(session)
    # moving only the start past the current end points at the start
    assert (await refused(sessions, s, scheduledStart=(START + timedelta(hours=5)).isoformat()))[0] == (
        ["input", "scheduledStart"], "INVALID")
    # an end before the start points at the end
    assert (await refused(sessions, s, scheduledEnd=(START - timedelta(hours=1)).isoformat()))[0] == (
        ["input", "scheduledEnd"], "INVALID")


async def test_bad_values_are_refused(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    s = await scene(session)
    gone = await factories.employee(session, active=False)
    await session.commit()
    cases: list[tuple[dict[str, Any], tuple[list[str], str]]] = [
        ({"scheduledStart": None}, (["input", "scheduledStart"], "REQUIRED")),
        ({"employeeIds": None}, (["input", "employeeIds"], "REQUIRED")),
        ({"services": None}, (["input", "services"], "REQUIRED")),
        ({"employeeIds": [gid("Employee", gone)]}, (["input", "employeeIds", "0"], "INVALID")),
        ({"employeeIds": [ghost("Employee")]}, (["input", "employeeIds", "0"], "NOT_FOUND")),
        ({"teamId": ghost("Team")}, (["input", "teamId"], "NOT_FOUND")),
        ({"services": [{"serviceId": ghost("Service")}]}, (["input", "services", "0", "serviceId"], "NOT_FOUND")),
        ({"services": [{"serviceId": gid("Service", s["oven"]), "unitPrice": "-0.01"}]},
         (["input", "services", "0", "unitPrice"], "INVALID")),
        ({"services": [{"serviceId": gid("Service", s["oven"]), "unitPrice": "9.999"}]},
         (["input", "services", "0", "unitPrice"], "INVALID")),
    ]
    for fields, expected in cases:
        assert (await refused(sessions, s, **fields))[0] == expected, fields


async def test_an_employee_who_left_may_stay_on_a_job_they_are_already_on(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given Ann, assigned, has since left
    s = await scene(session)
    s["ann"].active = False
    session.add(s["ann"])
    await session.commit()
    # when Bob is added alongside her; then that is fine
    payload = await update(sessions, s["viewer"], s["job"],
                           employeeIds=[gid("Employee", s["ann"]), gid("Employee", s["bob"])])
    assert payload["userErrors"] == []
    assert [e["name"] for e in payload["job"]["employees"]] == ["Ann", "Bob"]


async def test_unknown_jobs_are_not_found(sessions: async_sessionmaker[AsyncSession],
                                          session: AsyncSession) -> None:
    s = await scene(session)
    before = await database_state(sessions)
    for job_id in [ghost("Job"), gid("Customer", s["job"])]:
        payload = await mutate(sessions, s["viewer"], "jobUpdate", "JobUpdateInput",
                               {"id": job_id, "clientNotes": "x"}, "job { id }")
        assert only_error(payload) == (["input", "id"], "NOT_FOUND")
    assert await database_state(sessions) == before


async def test_only_the_office_changes_jobs(sessions: async_sessionmaker[AsyncSession],
                                            session: AsyncSession) -> None:
    s = await scene(session)
    before = await database_state(sessions)
    for viewer in [factories.field_worker(s["ann"]), factories.client_of(s["owner"])]:
        result = await mutate_raw(sessions, viewer, "jobUpdate", "JobUpdateInput",
                                  {"id": gid("Job", s["job"]), "clientNotes": "hi"}, "job { id }")
        assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await database_state(sessions) == before


async def test_the_office_reads_each_lines_catalog_service_to_send_the_lines_back(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a job with a standard clean at its catalog price, seen by the office and by the customer's user
    s = await scene(session)
    customer = await client_user(session, s["owner"])
    await session.commit()
    query = """query ($id: ID!) { node(id: $id) { ... on Job { services {
        description unitPrice { amount } service { id name } } } } }"""

    # when the office's job form reads the lines
    office = await execute(sessions, s["viewer"], query, {"id": gid("Job", s["job"])})
    # then each line names the service it was made from
    [line] = office["node"]["services"]
    assert line["service"] == {"id": gid("Service", s["clean"]), "name": "Standard clean"}

    # and sending the lines back as read (at a new price) keeps the service and changes only the price
    payload = await update(sessions, s["viewer"], s["job"], services=[
        {"serviceId": line["service"]["id"], "description": line["description"], "unitPrice": "130"}])
    assert payload["userErrors"] == []
    assert payload["job"]["services"] == [
        {"description": "Standard clean", "quantity": "1.00", "unitPrice": {"amount": "130.00"}}]

    # and the customer's own user reads the line without its catalog link (staff only)
    client = await execute(sessions, customer, query, {"id": gid("Job", s["job"])})
    assert client["node"]["services"][0]["service"] is None
