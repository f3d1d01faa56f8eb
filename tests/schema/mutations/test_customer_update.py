"""customerUpdate: partial changes, the same validation, duplicates, archive, merged, office only."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from auth.viewer import Viewer
from models import Customer
from models.enums import CustomerKind
from tests import factories
from tests.factories_customers import UPDATE, activities, database_state
from tests.graphql import execute, execute_raw, gid

Sessions = async_sessionmaker[AsyncSession]


async def _update(sessions: Sessions, **fields: Any) -> dict[str, Any]:
    data = await execute(sessions, factories.office(), UPDATE, {"input": fields})
    return data["customerUpdate"]  # type: ignore[no-any-return]


async def _refused(sessions: Sessions, **fields: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Update, expecting userErrors; returns the payload and asserts the database did not change."""
    before = await database_state(sessions)
    payload = await _update(sessions, **fields)
    assert payload["customer"] is None
    assert payload["userErrors"], payload
    assert await database_state(sessions) == before
    return payload, payload["userErrors"][0]


async def _maple(session: AsyncSession, **fields: Any) -> Customer:
    defaults: dict[str, Any] = {
        "display_name": "Maple Street Dental", "billing_name": "Maple Street Dental, PLLC",
        "emails": ["desk@mapledental.example.com"], "phones": ["+15550102030"], "kind": CustomerKind.BUSINESS,
        "customer_notes": "Side door.", "internal_notes": "Pays late.", "billing_city": "Springfield",
        "billing_country": "US",
    }
    customer = await factories.customer(session, **(defaults | fields))
    await session.commit()
    return customer


async def test_only_the_fields_given_change(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer with every field filled
    maple = await _maple(session)

    # when only the billing name and phones are given (typed loosely)
    payload = await _update(sessions, id=gid("Customer", maple), billingName="  Maple Dental Group ",
                            phones=["555.010.2030", "(555) 010-9999"])

    # then those change, normalised, and everything else stays
    customer = payload["customer"]
    assert payload["userErrors"] == []
    assert (customer["displayName"], customer["billingName"], customer["emails"], customer["phones"],
            customer["kind"], customer["customerNotes"], customer["internalNotes"],
            customer["billingAddress"]["city"]) == (
        "Maple Street Dental", "Maple Dental Group", ["desk@mapledental.example.com"],
        ["+15550102030", "+15550109999"], "BUSINESS", "Side door.", "Pays late.", "Springfield")
    # and the activity names the changed fields
    assert await activities(sessions) == [("customer.updated", maple.id, {"fields": ["billingName", "phones"]})]


async def test_null_clears_what_may_be_cleared(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer with every field filled
    maple = await _maple(session)

    # when the billing name, e-mails, notes and address are set to null
    customer = (await _update(sessions, id=gid("Customer", maple), billingName=None, emails=None,
                              customerNotes=None, internalNotes=None, billingAddress=None))["customer"]

    # then they are cleared
    assert (customer["billingName"], customer["emails"], customer["customerNotes"], customer["internalNotes"],
            customer["billingAddress"]) == (None, [], None, None, {
                "line1": None, "line2": None, "city": None, "region": None, "postalCode": None, "country": None})


async def test_archiving_is_setting_the_status(sessions: Sessions, session: AsyncSession) -> None:
    # given an active customer
    maple = await _maple(session)

    # when it is archived, then brought back
    archived = (await _update(sessions, id=gid("Customer", maple), status="ARCHIVED"))["customer"]
    restored = (await _update(sessions, id=gid("Customer", maple), status="ACTIVE"))["customer"]

    # then each change is saved and recorded
    assert (archived["status"], restored["status"]) == ("ARCHIVED", "ACTIVE")
    assert [details for _, _, details in await activities(sessions)] == [
        {"fields": ["status"], "status": "ARCHIVED"}, {"fields": ["status"], "status": "ACTIVE"}]


async def test_an_update_that_changes_nothing_records_nothing(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer
    maple = await _maple(session)

    # when the same values are sent again, typed differently
    payload = await _update(sessions, id=gid("Customer", maple), displayName=" Maple  Street Dental ",
                            emails=["DESK@mapledental.example.com"], phones=["555-010-2030"])

    # then the customer comes back and no activity is recorded
    assert payload["userErrors"] == [] and payload["customer"]["displayName"] == "Maple Street Dental"
    assert await activities(sessions) == []


async def test_an_unknown_id_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer
    maple = await _maple(session)

    # when an id that does not exist is used
    _, error = await _refused(sessions, id=str(GlobalID("Customer", f"{maple.id}000")),
                              displayName="Anything")

    # then not found
    assert (error["field"], error["code"]) == (["input", "id"], "NOT_FOUND")


async def test_another_types_id_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer and its property, sharing a database id
    maple = await _maple(session)
    place = await factories.property_(session, maple)
    await session.commit()
    assert place.id == maple.id

    # when the property's id is used as the customer's
    _, error = await _refused(sessions, id=gid("Property", place), displayName="Anything")

    # then not found, exactly as an unknown id
    assert (error["field"], error["code"]) == (["input", "id"], "NOT_FOUND")


async def test_a_merged_customer_cannot_change(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer merged into another
    survivor = await _maple(session)
    merged = await factories.customer(session, display_name="Maple Dental (old)", merged_into_id=survivor.id)
    await session.commit()

    # when it is updated
    _, error = await _refused(sessions, id=gid("Customer", merged), customerNotes="New notes")

    # then a conflict pointing at the survivor
    assert (error["field"], error["code"]) == (["input", "id"], "CONFLICT")
    assert "merged" in error["message"]


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"displayName": "   "}, ["input", "displayName"], "REQUIRED"),
    ({"displayName": None}, ["input", "displayName"], "REQUIRED"),
    ({"kind": None}, ["input", "kind"], "REQUIRED"),
    ({"status": None}, ["input", "status"], "REQUIRED"),
    ({"portalAccess": None}, ["input", "portalAccess"], "REQUIRED"),
    ({"emails": ["ok@example.com", "not-an-email"]}, ["input", "emails", "1"], "INVALID"),
    ({"phones": ["555 010 2030", "555-0102"]}, ["input", "phones", "1"], "INVALID"),
    ({"billingAddress": {"city": "Springfield", "country": "Mars"}}, ["input", "billingAddress", "country"],
     "INVALID"),
])
async def test_bad_input_changes_nothing(sessions: Sessions, session: AsyncSession, change: dict[str, Any],
                                         field: list[str], code: str) -> None:
    # given a customer
    maple = await _maple(session)

    # when a field is given a bad value (alongside a good change)
    _, error = await _refused(sessions, id=gid("Customer", maple), customerNotes="Changed?", **change)

    # then that field is pointed at, and nothing changed
    assert (error["field"], error["code"]) == (field, code)


async def test_an_email_another_customer_has_is_a_duplicate(sessions: Sessions, session: AsyncSession) -> None:
    # given two customers
    maple = await _maple(session)
    other = await factories.customer(session, display_name="Oak Dental", emails=["hello@oakdental.example.com"])
    await session.commit()

    # when the first gets the second's e-mail, in capitals
    payload, error = await _refused(sessions, id=gid("Customer", maple),
                                    emails=["desk@mapledental.example.com", "HELLO@oakdental.example.com"])

    # then refused as a duplicate of the other customer, pointing at the e-mail
    assert (error["field"], error["code"]) == (["input", "emails", "1"], "DUPLICATE_CANDIDATES")
    assert "Oak Dental" in error["message"] and "confirmNew: true" in error["message"]
    assert [(c["customer"]["id"], c["reasons"]) for c in payload["duplicateCandidates"]] == [
        (gid("Customer", other), ["EMAIL"])]


async def test_a_phone_another_customer_has_is_a_duplicate(sessions: Sessions, session: AsyncSession) -> None:
    # given two customers
    maple = await _maple(session)
    await factories.customer(session, display_name="Oak Dental", phones=["+15550107777"])
    await session.commit()

    # when the first gets the second's phone, typed another way
    _, error = await _refused(sessions, id=gid("Customer", maple), phones=["+1 (555) 010-7777"])

    # then refused, pointing at the phone
    assert (error["field"], error["code"]) == (["input", "phones", "0"], "DUPLICATE_CANDIDATES")


async def test_renaming_to_another_customers_name_is_a_duplicate(sessions: Sessions, session: AsyncSession) -> None:
    # given two customers
    maple = await _maple(session)
    await factories.customer(session, display_name="OBrien Cleaning")
    await session.commit()

    # when the first is renamed to the second's name, typed differently
    _, error = await _refused(sessions, id=gid("Customer", maple), displayName="  o'brien  cleaning ")

    # then refused
    assert (error["field"], error["code"]) == (["input", "displayName"], "DUPLICATE_CANDIDATES")


async def test_confirm_new_saves_a_shared_email(sessions: Sessions, session: AsyncSession) -> None:
    # given two customers (a landlord and its tenant's account, say)
    maple = await _maple(session)
    other = await factories.customer(session, display_name="Oak Dental", emails=["hello@oakdental.example.com"])
    await session.commit()

    # when the shared e-mail is confirmed
    payload = await _update(sessions, id=gid("Customer", maple), emails=["hello@oakdental.example.com"],
                            confirmNew=True)

    # then it is saved, the other customer is still shown, and the override is on the record
    assert payload["userErrors"] == []
    assert payload["customer"]["emails"] == ["hello@oakdental.example.com"]
    assert [c["customer"]["id"] for c in payload["duplicateCandidates"]] == [gid("Customer", other)]
    assert await activities(sessions) == [
        ("customer.updated", maple.id, {"fields": ["emails"], "confirmed_despite": [other.id]})]


async def _outsiders(session: AsyncSession, own: Customer) -> list[Viewer]:
    worker = await factories.employee(session)
    await session.commit()
    return [factories.client_of(own), factories.field_worker(worker)]


async def test_clients_and_employees_may_not_update_customers(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer, its portal user, and a field employee
    maple = await _maple(session)
    for viewer in await _outsiders(session, maple):
        before = await database_state(sessions)

        # when either tries to change the customer (even the client its own record)
        result = await execute_raw(sessions, viewer, UPDATE, {"input": {
            "id": gid("Customer", maple), "internalNotes": "Now I can see this"}})

        # then a permission error, and nothing changed
        assert result.data is None
        assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
        assert await database_state(sessions) == before
