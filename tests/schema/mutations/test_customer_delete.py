"""customerDelete: only a customer without history; HAS_HISTORY counts what it has; office only."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Contact, Note, Notice, Reminder
from models.enums import Role
from tests import factories
from tests.factories_billing import issued_invoice, payment
from tests.factories_jobs import ghost, mutate, mutate_raw
from tests.factories_merge import OUTSIDERS, outsider, staff, table_state, trail
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "deletedCustomerId"


async def _delete(sessions: Sessions, viewer: Viewer, customer_id: str) -> dict[str, Any]:
    return await mutate(sessions, viewer, "customerDelete", "CustomerDeleteInput", {"customerId": customer_id},
                        SELECTION)


async def test_a_customer_entered_by_mistake_is_deleted_with_its_records(sessions: Sessions,
                                                                        session: AsyncSession) -> None:
    # given a customer with a property, a contact, a note, a reminder, a notice and a trail, but no history
    _, office = await staff(session, Role.OFFICE)
    typo = await factories.customer(session, display_name="Maple Stret Dental")
    place = await factories.property_(session, typo)
    session.add_all([Contact(customer_id=typo.id, name="Front desk"),  # type: ignore[arg-type]
                     Note(customer_id=typo.id, property_id=place.id, body="typo"),  # type: ignore[arg-type]
                     Reminder(customer_id=typo.id, text="call"), Notice(customer_id=typo.id, text="!")])  # type: ignore[arg-type]
    keep = await factories.customer(session)
    await session.commit()
    await mutate(sessions, office, "customerUpdate", "CustomerUpdateInput",
                 {"id": gid("Customer", typo), "billingName": "Maple"}, "customer { id }")

    # when the office deletes it
    payload = await _delete(sessions, office, gid("Customer", typo))

    # then it and its records are gone, the other customer stays, and the trail keeps the deletion
    assert payload == {"deletedCustomerId": gid("Customer", typo), "userErrors": []}
    async with sessions() as check:
        left = {table: (await check.execute(sa.text(f"SELECT count(*) FROM {table}"))).scalar_one()
                for table in ("customer", "property", "contact", "note", "reminder", "notice")}
    assert left == {"customer": 1, "property": 0, "contact": 0, "note": 0, "reminder": 0, "notice": 0}
    assert keep.id is not None
    assert [(verb, subject_id, details.get("display_name")) for verb, _, subject_id, details in await trail(sessions)
            ] == [("customer.updated", typo.id, None), ("customer.deleted", typo.id, "Maple Stret Dental")]


async def test_a_customer_with_history_is_refused_with_what_it_has(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer with two invoiced jobs, a payment and a portal user
    _, office = await staff(session, Role.OFFICE)
    client = await factories.customer(session, display_name="Maple Street Dental")
    place = await factories.property_(session, client)
    invoice = await issued_invoice(session, place)
    await issued_invoice(session, place)
    await payment(session, invoice, 1_000)
    await factories.user(session, Role.CUSTOMER, customer_id=client.id)
    await session.commit()
    before = await table_state(sessions)

    # when the office tries to delete it
    payload = await _delete(sessions, office, gid("Customer", client))

    # then HAS_HISTORY says what history it has, and nothing changed
    assert payload["deletedCustomerId"] is None
    [error] = payload["userErrors"]
    assert (error["field"], error["code"]) == (["input", "customerId"], "HAS_HISTORY")
    assert error["message"] == ("Maple Street Dental has history (2 jobs, 2 invoices, 1 transaction, 1 portal user) "
                                "and can't be deleted. Archive it instead (customerUpdate with status ARCHIVED).")
    assert await table_state(sessions) == before


async def test_unknown_and_merged_customers_are_refused(sessions: Sessions, session: AsyncSession) -> None:
    _, office = await staff(session, Role.OFFICE)
    survivor = await factories.customer(session)
    merged = await factories.customer(session, merged_into_id=survivor.id)
    await session.commit()
    before = await table_state(sessions)

    unknown = await _delete(sessions, office, ghost("Customer"))
    trace = await _delete(sessions, office, gid("Customer", merged))
    survivor_of_merge = await _delete(sessions, office, gid("Customer", survivor))

    assert [(e["field"], e["code"]) for e in unknown["userErrors"]] == [(["input", "customerId"], "NOT_FOUND")]
    assert [(e["field"], e["code"]) for e in trace["userErrors"]] == [(["input", "customerId"], "CONFLICT")]
    assert [e["code"] for e in survivor_of_merge["userErrors"]] == ["HAS_HISTORY"]
    assert "1 customer merged into it" in survivor_of_merge["userErrors"][0]["message"]
    assert await table_state(sessions) == before


@pytest.mark.parametrize("who", OUTSIDERS)
async def test_nobody_but_the_office_may_delete(sessions: Sessions, session: AsyncSession, who: str) -> None:
    customer = await factories.customer(session)
    _, employee = await staff(session, Role.EMPLOYEE)
    await session.commit()
    viewer = outsider(who, customer, employee)
    before = await table_state(sessions)

    result = await mutate_raw(sessions, viewer, "customerDelete", "CustomerDeleteInput",
                              {"customerId": gid("Customer", customer)}, SELECTION)

    assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
    assert await table_state(sessions) == before
