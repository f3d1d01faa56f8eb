"""checklistTemplateSet: the owner replaces a service's checklist template; new jobs copy it, jobs already made
keep theirs; bad lists are refused whole; nobody else may."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity
from tests import factories
from tests.factories_jobs import ghost, mutate, template_item
from tests.factories_setup import assert_forbidden_to_all_but_the_owner, setup_state
from tests.graphql import execute, gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "service { name checklistTemplate { label required } }"
SET = f"""mutation ($input: ChecklistTemplateSetInput!) {{
  checklistTemplateSet(input: $input) {{ {SELECTION} userErrors {{ field code message }} }} }}"""
CHECKLIST = "query ($id: ID!) { node(id: $id) { ... on Job { checklist { label required } } } }"


async def set_template(sessions: Sessions, service: Any, items: list[dict[str, Any]]) -> dict[str, Any]:
    return await mutate(sessions, factories.owner(), "checklistTemplateSet", "ChecklistTemplateSetInput",
                        {"serviceId": gid("Service", service), "items": items}, SELECTION)


async def test_a_new_template_is_copied_by_the_next_job_and_never_changes_an_existing_one(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a service whose template has one item, and a job already booked with it
    service = await factories.service(session, name="Deep clean")
    await template_item(session, label="Old item", service=service)
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    await session.commit()
    job_input = {"customerId": gid("Customer", customer), "propertyId": gid("Property", place),
                 "scheduledStart": (datetime.now(UTC) + timedelta(days=2)).isoformat(),
                 "services": [{"serviceId": gid("Service", service)}]}
    booked = await mutate(sessions, factories.office(), "jobCreate", "JobCreateInput", job_input, "job { id }")

    # when the owner replaces the template with three items, in order, one required
    payload = await set_template(sessions, service, [
        {"label": "  Kitchen   counters "}, {"label": "Bathrooms", "required": True}, {"label": "Floors"}])

    # then the service's template is the new list, cleaned, in order
    assert payload["userErrors"] == []
    assert payload["service"]["checklistTemplate"] == [
        {"label": "Kitchen counters", "required": False}, {"label": "Bathrooms", "required": True},
        {"label": "Floors", "required": False}]
    # and the job already booked keeps its checklist
    office = factories.office()
    assert (await execute(sessions, office, CHECKLIST, {"id": booked["job"]["id"]}))["node"]["checklist"] == [
        {"label": "Old item", "required": False}]
    # and the next job gets the new one
    new = await mutate(sessions, office, "jobCreate", "JobCreateInput", job_input, "job { id }")
    assert (await execute(sessions, office, CHECKLIST, {"id": new["job"]["id"]}))["node"]["checklist"] == \
        payload["service"]["checklistTemplate"]


async def test_an_empty_list_clears_the_template_and_the_same_list_again_changes_nothing(
        sessions: Sessions, session: AsyncSession) -> None:
    service = await factories.service(session)
    await session.commit()
    items = [{"label": "Windows"}]
    await set_template(sessions, service, items)
    await set_template(sessions, service, items)
    assert (await set_template(sessions, service, []))["service"]["checklistTemplate"] == []
    async with sessions() as check:
        verbs = [a.verb for a in (await check.execute(sa.select(Activity))).scalars()]
    assert verbs == ["service.checklist_set", "service.checklist_set"]


@pytest.mark.parametrize(("items", "field", "code"), [
    ([{"label": "Ok"}, {"label": "   "}], ["input", "items", "1", "label"], "REQUIRED"),
    ([{"label": "x" * 201}], ["input", "items", "0", "label"], "INVALID"),
    ([{"label": "Floors"}, {"label": "FLOORS "}], ["input", "items", "1", "label"], "INVALID"),
    ([{"label": f"Item {n}"} for n in range(51)], ["input", "items"], "INVALID"),
])
async def test_a_bad_list_is_refused_whole_and_nothing_changes(
        sessions: Sessions, session: AsyncSession, items: list[dict[str, Any]], field: list[str], code: str) -> None:
    service = await factories.service(session)
    await template_item(session, label="Keep me", service=service)
    await session.commit()
    before = await setup_state(sessions)
    payload = await set_template(sessions, service, items)
    assert payload["service"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [(field, code)]
    assert await setup_state(sessions) == before


@pytest.mark.parametrize("service_id", [ghost("Service"), ghost("Employee")])
async def test_an_unknown_service_is_not_found(sessions: Sessions, service_id: str) -> None:
    payload = await mutate(sessions, factories.owner(), "checklistTemplateSet", "ChecklistTemplateSetInput",
                           {"serviceId": service_id, "items": []}, SELECTION)
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [
        (["input", "serviceId"], "NOT_FOUND")]


async def test_nobody_but_the_owner_may_set_a_template(sessions: Sessions, session: AsyncSession) -> None:
    service = await factories.service(session)
    await assert_forbidden_to_all_but_the_owner(sessions, session, SET, {"input": {
        "serviceId": gid("Service", service), "items": [{"label": "Sneaky"}]}})


async def test_the_crew_reads_a_template_and_clients_do_not(sessions: Sessions, session: AsyncSession) -> None:
    service = await factories.service(session)
    await template_item(session, label="Lock the back door", service=service)
    worker = await factories.employee(session)
    customer = await factories.customer(session)
    await session.commit()
    query = "query ($id: ID!) { node(id: $id) { ... on Service { checklistTemplate { label } } } }"
    variables = {"id": gid("Service", service)}
    crew = await execute(sessions, factories.field_worker(worker), query, variables)
    client = await execute(sessions, factories.client_of(customer), query, variables)
    assert crew["node"]["checklistTemplate"] == [{"label": "Lock the back door"}]
    assert client["node"]["checklistTemplate"] == []  # withheld (a list field withheld reads as empty)
