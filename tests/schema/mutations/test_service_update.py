"""serviceUpdate: the owner changes or retires a service; jobs already made keep what they copied; nobody else
may change the catalog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col
from strawberry.relay import GlobalID

from models import Activity, JobLine
from tests import factories
from tests.factories_jobs import ghost, mutate, only_error
from tests.factories_setup import assert_forbidden_to_all_but_the_owner, setup_state
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "service { name description defaultPrice { cents } taxable active }"
UPDATE = f"""mutation ($input: ServiceUpdateInput!) {{
  serviceUpdate(input: $input) {{ {SELECTION} userErrors {{ field code message }} }} }}"""
JOB_CREATE = "job { services { description unitPrice { cents } taxable } }"


async def update(sessions: Sessions, fields: dict[str, Any]) -> dict[str, Any]:
    return await mutate(sessions, factories.owner(), "serviceUpdate", "ServiceUpdateInput", fields, SELECTION)


async def test_a_new_price_applies_to_the_next_job_and_never_to_existing_ones(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a job already booked with "Deep clean" at $120, taxed
    service = await factories.service(session, name="Deep clean", default_price_cents=12_000, taxable=True)
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    await session.commit()
    start = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    job_input = {"customerId": gid("Customer", customer), "propertyId": gid("Property", place),
                 "scheduledStart": start, "services": [{"serviceId": gid("Service", service)}]}
    booked = await mutate(sessions, factories.office(), "jobCreate", "JobCreateInput", job_input, "job { id }")

    # when the owner renames it, raises the price to $150 and makes it untaxed
    payload = await update(sessions, {"id": gid("Service", service), "name": "Deep clean+", "defaultPrice": "150",
                                      "taxable": False})

    # then the catalog shows the change
    assert payload["userErrors"] == []
    assert payload["service"] == {"name": "Deep clean+", "description": None, "defaultPrice": {"cents": 15_000},
                                  "taxable": False, "active": True}
    # and the job already booked keeps its line as it was copied
    async with sessions() as check:
        lines = (await check.execute(
            sa.select(col(JobLine.description), col(JobLine.unit_price_cents), col(JobLine.taxable))
            .where(col(JobLine.job_id) == int(GlobalID.from_id(booked["job"]["id"]).node_id)))).all()
    assert [tuple(line) for line in lines] == [("Deep clean", 12_000, True)]
    # and the next job copies the new values
    new = await mutate(sessions, factories.office(), "jobCreate", "JobCreateInput", job_input, JOB_CREATE)
    assert new["job"]["services"] == [{"description": "Deep clean+", "unitPrice": {"cents": 15_000}, "taxable": False}]


async def test_a_retired_service_cannot_be_booked_but_jobs_that_have_it_keep_it(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a job with "Windows"
    service = await factories.service(session, name="Windows")
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    job = await factories.job(session, place)
    session.add(JobLine(job_id=job.id, service_id=service.id, description="Windows",  # type: ignore[arg-type]
                        quantity=Decimal("1"), unit_price_cents=5_000, taxable=True, position=5))
    await session.commit()

    # when the owner retires it
    assert (await update(sessions, {"id": gid("Service", service), "active": False}))["service"]["active"] is False

    # then a new job can't book it, and the job that has it still has it
    start = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    refused = await mutate(sessions, factories.office(), "jobCreate", "JobCreateInput", {
        "customerId": gid("Customer", customer), "propertyId": gid("Property", place), "scheduledStart": start,
        "services": [{"serviceId": gid("Service", service)}]}, "job { id }")
    assert only_error(refused) == (["input", "services", "0", "serviceId"], "INVALID")
    async with sessions() as check:
        kept = (await check.execute(sa.select(sa.func.count()).select_from(JobLine)
                                    .where(col(JobLine.service_id) == service.id))).scalar_one()
    assert kept == 1


async def test_saving_the_same_values_again_changes_nothing(sessions: Sessions, session: AsyncSession) -> None:
    service = await factories.service(session, name="Oven", default_price_cents=4_000)
    await session.commit()
    for _ in range(2):
        assert (await update(sessions, {"id": gid("Service", service), "defaultPrice": "45"}))["userErrors"] == []
    async with sessions() as check:
        verbs = [a.verb for a in (await check.execute(sa.select(Activity))).scalars()]
    assert verbs == ["service.updated"]


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"name": None}, ["input", "name"], "REQUIRED"),
    ({"name": "deep CLEAN"}, ["input", "name"], "CONFLICT"),
    ({"defaultPrice": None}, ["input", "defaultPrice"], "REQUIRED"),
    ({"defaultPrice": "0.001"}, ["input", "defaultPrice"], "INVALID"),
    ({"taxable": None}, ["input", "taxable"], "REQUIRED"),
    ({"active": None}, ["input", "active"], "REQUIRED"),
    ({"id": ghost("Service")}, ["input", "id"], "NOT_FOUND"),
    ({"id": ghost("Team")}, ["input", "id"], "NOT_FOUND"),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession,
                                                        fields: dict[str, Any], field: list[str], code: str) -> None:
    await factories.service(session, name="Deep clean")
    service = await factories.service(session, name="Oven")
    await session.commit()
    before = await setup_state(sessions)
    payload = await update(sessions, {"id": gid("Service", service), **fields})
    assert payload["service"] is None and only_error(payload) == (field, code)
    assert await setup_state(sessions) == before


async def test_nobody_but_the_owner_may_change_a_service(sessions: Sessions, session: AsyncSession) -> None:
    service = await factories.service(session, name="Oven")
    await assert_forbidden_to_all_but_the_owner(sessions, session, UPDATE, {"input": {
        "id": gid("Service", service), "defaultPrice": "0"}})
