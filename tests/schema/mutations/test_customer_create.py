"""customerCreate: validated input, search before create, confirmNew, office only."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models.enums import CustomerStatus
from tests import factories
from tests.factories_customers import CREATE, activities, database_state
from tests.graphql import execute, execute_raw, gid

Sessions = async_sessionmaker[AsyncSession]


async def _create(sessions: Sessions, **fields: Any) -> dict[str, Any]:
    data = await execute(sessions, factories.office(), CREATE, {"input": fields})
    return data["customerCreate"]  # type: ignore[no-any-return]


async def _refused(sessions: Sessions, **fields: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Create, expecting userErrors; returns the payload and asserts the database did not change."""
    before = await database_state(sessions)
    payload = await _create(sessions, **fields)
    assert payload["customer"] is None
    assert payload["userErrors"], payload
    assert await database_state(sessions) == before
    return payload, payload["userErrors"][0]


async def test_a_customer_is_created_with_everything_normalised(sessions: Sessions) -> None:
    # given no customers
    # when the office creates one, typed loosely
    payload = await _create(
        sessions, displayName="  Maple   Street  Dental ", billingName=" Maple Street Dental, PLLC ",
        emails=["Front.Desk@MapleDental.example.com", "front.desk@mapledental.example.com",
                " billing@mapledental.example.com "],
        phones=["(555) 010-2030", "555.010.2030", "+44 20 7946 0000"], kind="BUSINESS",
        billingAddress={"line1": " 12 Maple St ", "city": "Springfield", "region": "IL", "postalCode": "62701",
                        "country": "us"},
        customerNotes="Side door after 5pm.", internalNotes="Pays late in December.", portalAccess=False,
    )

    # then it is saved trimmed, e-mails lower case once each, phones E.164 once each
    assert payload["userErrors"] == [] and payload["duplicateCandidates"] == []
    customer = payload["customer"]
    assert {key: value for key, value in customer.items() if key != "id"} == {
        "displayName": "Maple Street Dental", "billingName": "Maple Street Dental, PLLC", "kind": "BUSINESS",
        "emails": ["front.desk@mapledental.example.com", "billing@mapledental.example.com"],
        "phones": ["+15550102030", "+442079460000"],
        "customerNotes": "Side door after 5pm.", "internalNotes": "Pays late in December.",
        "status": "ACTIVE", "portalAccess": False,
        "billingAddress": {"line1": "12 Maple St", "line2": None, "city": "Springfield", "region": "IL",
                           "postalCode": "62701", "country": "US"},
    }
    # and the creation is on the record
    assert [(verb, details) for verb, _, details in await activities(sessions)] == [("customer.created", {})]


async def test_defaults_make_an_active_residential_customer_with_portal_access(sessions: Sessions) -> None:
    # given no customers
    # when only a name is given
    customer = (await _create(sessions, displayName="Ada Park"))["customer"]

    # then the defaults
    assert (customer["kind"], customer["status"], customer["portalAccess"], customer["emails"],
            customer["phones"]) == ("RESIDENTIAL", "ACTIVE", True, [], [])


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
async def test_a_blank_name_is_required(sessions: Sessions, name: str) -> None:
    # given no customers
    # when the name is blank
    _, error = await _refused(sessions, displayName=name)

    # then the name is required, and nothing was created
    assert (error["field"], error["code"]) == (["input", "displayName"], "REQUIRED")


async def test_a_malformed_email_is_named_by_its_index(sessions: Sessions) -> None:
    # given no customers
    # when the second e-mail is malformed
    _, error = await _refused(sessions, displayName="Ada Park", emails=["ada@example.com", "ada@example"])

    # then that e-mail is pointed at, and nothing was created
    assert (error["field"], error["code"]) == (["input", "emails", "1"], "INVALID")
    assert "ada@example" in error["message"]


async def test_an_invalid_phone_is_named_by_its_index(sessions: Sessions) -> None:
    # given no customers
    # when the second phone is not a phone number
    _, error = await _refused(sessions, displayName="Ada Park", phones=["555 010 2030", "12"])

    # then that phone is pointed at, and nothing was created
    assert (error["field"], error["code"]) == (["input", "phones", "1"], "INVALID")


async def test_every_problem_is_reported_at_once(sessions: Sessions) -> None:
    # given no customers
    # when the name is blank, an e-mail malformed, a phone invalid and the country unknown
    payload, _ = await _refused(sessions, displayName=" ", emails=["nope"], phones=["x"],
                                billingAddress={"country": "USA"})

    # then all four are listed
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [
        (["input", "displayName"], "REQUIRED"), (["input", "emails", "0"], "INVALID"),
        (["input", "phones", "0"], "INVALID"), (["input", "billingAddress", "country"], "INVALID"),
    ]


async def test_too_long_a_name_is_refused(sessions: Sessions) -> None:
    # given no customers
    # when the name is 201 characters long
    _, error = await _refused(sessions, displayName="x" * 201)

    # then it must be shortened
    assert (error["field"], error["code"]) == (["input", "displayName"], "INVALID")


async def test_the_same_name_typed_differently_is_a_duplicate(sessions: Sessions, session: AsyncSession) -> None:
    # given "OBrien Cleaning"
    existing = await factories.customer(session, display_name="OBrien Cleaning")
    await session.commit()

    # when the office creates "  o'brien  cleaning "
    payload, error = await _refused(sessions, displayName="  o'brien  cleaning ")

    # then it is refused naming the match and how to go on, and the match is listed for the UI
    assert (error["field"], error["code"]) == (["input", "displayName"], "DUPLICATE_CANDIDATES")
    assert "OBrien Cleaning" in error["message"] and "confirmNew: true" in error["message"]
    assert payload["duplicateCandidates"] == [{
        "customer": {"id": gid("Customer", existing), "displayName": "OBrien Cleaning"}, "reasons": ["NAME"],
        "score": 1.0, "exact": True, "archived": False, "matchedEmails": [], "matchedPhones": [],
    }]


async def test_a_billing_name_typed_differently_is_a_duplicate(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer billed as "ACME, Inc."
    await factories.customer(session, display_name="Road Runner Depot", billing_name="ACME, Inc.")
    await session.commit()

    # when the office creates another customer billed as "acme inc"
    payload, error = await _refused(sessions, displayName="Wile E. Coyote", billingName="acme inc")

    # then the billing name is the duplicate
    assert (error["field"], error["code"]) == (["input", "billingName"], "DUPLICATE_CANDIDATES")
    assert [c["reasons"] for c in payload["duplicateCandidates"]] == [["BILLING_NAME"]]


async def test_an_email_in_another_case_is_a_duplicate(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer with "pat@example.com"
    await factories.customer(session, display_name="Pat Doe", emails=["pat@example.com"])
    await session.commit()

    # when a differently named customer is created with "PAT@Example.com" as its third e-mail (after a
    # repeated one, which is dropped)
    payload, error = await _refused(sessions, displayName="Patricia Doe-Smith",
                                    emails=["new@example.com", "NEW@example.com", "PAT@Example.com"])

    # then that e-mail, as typed, is the duplicate
    assert (error["field"], error["code"]) == (["input", "emails", "2"], "DUPLICATE_CANDIDATES")
    assert "pat@example.com" in error["message"]
    assert [(c["reasons"], c["matchedEmails"]) for c in payload["duplicateCandidates"]] == [
        (["EMAIL"], ["pat@example.com"])]


@pytest.mark.parametrize("typed", ["(555) 010-2030", "555.010.2030", "+1 555 010 2030", "5550102030"])
async def test_a_phone_in_another_format_is_a_duplicate(sessions: Sessions, session: AsyncSession,
                                                         typed: str) -> None:
    # given a customer with +15550102030
    await factories.customer(session, display_name="Lou Reyes", emails=[], phones=["+15550102030"])
    await session.commit()

    # when another customer is created with that number typed another way
    payload, error = await _refused(sessions, displayName="Reyes Rentals", phones=[typed])

    # then the phone is the duplicate
    assert (error["field"], error["code"]) == (["input", "phones", "0"], "DUPLICATE_CANDIDATES")
    assert [(c["reasons"], c["matchedPhones"]) for c in payload["duplicateCandidates"]] == [
        (["PHONE"], ["+15550102030"])]


async def test_an_archived_customer_still_blocks_and_is_marked(sessions: Sessions, session: AsyncSession) -> None:
    # given an archived "Elm Court HOA"
    await factories.customer(session, display_name="Elm Court HOA", status=CustomerStatus.ARCHIVED)
    await session.commit()

    # when it is entered again
    payload, error = await _refused(sessions, displayName="elm court h.o.a.")

    # then the archived customer is the duplicate, marked as archived
    assert error["code"] == "DUPLICATE_CANDIDATES" and "archived" in error["message"]
    assert [c["archived"] for c in payload["duplicateCandidates"]] == [True]


async def test_a_merged_customer_does_not_block(sessions: Sessions, session: AsyncSession) -> None:
    # given "Birch Lane Homes" merged into a differently named survivor
    survivor = await factories.customer(session, display_name="Birch Lane Property Group")
    await factories.customer(session, display_name="Birch Lane Homes", merged_into_id=survivor.id)
    await session.commit()

    # when "Birch Lane Homes" is created
    payload = await _create(sessions, displayName="Birch Lane Homes")

    # then it is created (only the survivor may be shown as a similar name)
    assert payload["userErrors"] == [] and payload["customer"]["displayName"] == "Birch Lane Homes"
    assert [c["customer"]["displayName"] for c in payload["duplicateCandidates"]] == ["Birch Lane Property Group"]


async def test_confirm_new_creates_anyway_and_says_so(sessions: Sessions, session: AsyncSession) -> None:
    # given "Jordan Smith" (a different person with the same name)
    existing = await factories.customer(session, display_name="Jordan Smith")
    await session.commit()

    # when the office confirms it is a new client
    payload = await _create(sessions, displayName="Jordan Smith", confirmNew=True)

    # then the customer is created, the match is still shown, and the override is on the record
    assert payload["userErrors"] == [] and payload["customer"]["displayName"] == "Jordan Smith"
    assert [c["reasons"] for c in payload["duplicateCandidates"]] == [["NAME"]]
    assert [(verb, details) for verb, _, details in await activities(sessions)] == [
        ("customer.created", {"confirmed_despite": [existing.id]})]


async def test_a_similar_name_is_shown_but_does_not_block(sessions: Sessions, session: AsyncSession) -> None:
    # given "Sparkle Cleaning Co" and a less similar "Bright Cleaning Crew"
    await factories.customer(session, display_name="Bright Cleaning Crew")
    typo_of = await factories.customer(session, display_name="Sparkle Cleaning Co")
    await session.commit()

    # when "Sparkel Cleaning Co" (a typo) is created
    payload = await _create(sessions, displayName="Sparkel Cleaning Co")

    # then it is created, with the near match ranked first among the candidates
    assert payload["userErrors"] == [] and payload["customer"] is not None
    candidates = payload["duplicateCandidates"]
    assert candidates[0]["customer"]["id"] == gid("Customer", typo_of)
    assert [(c["reasons"], c["exact"]) for c in candidates] == [(["SIMILAR_NAME"], False)] * len(candidates)
    assert candidates == sorted(candidates, key=lambda c: -c["score"])


async def _outsiders(session: AsyncSession) -> list[Viewer]:
    own = await factories.customer(session, display_name="Client Co")
    worker = await factories.employee(session)
    await session.commit()
    return [factories.client_of(own), factories.field_worker(worker)]


async def test_clients_and_employees_may_not_create_customers(sessions: Sessions, session: AsyncSession) -> None:
    # given a client's portal user and a field employee
    for viewer in await _outsiders(session):
        before = await database_state(sessions)

        # when either tries to create a customer
        result = await execute_raw(sessions, viewer, CREATE, {"input": {"displayName": "Sneaky New Co"}})

        # then a permission error, and nothing created
        assert result.data is None
        assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
        assert await database_state(sessions) == before


async def test_the_owner_may_create_customers(sessions: Sessions) -> None:
    # given the owner
    # when the owner creates a customer
    data = await execute(sessions, factories.owner(), CREATE, {"input": {"displayName": "Owner's Friend"}})

    # then it is created
    assert data["customerCreate"]["customer"]["displayName"] == "Owner's Friend"


# --- a first property, in the same transaction ----------------------------------------------------------

CREATE_WITH_PROPERTY = """
mutation ($input: CustomerCreateInput!) {
  customerCreate(input: $input) {
    customer { id displayName properties(first: 5) { totalCount nodes { id name } } }
    property { id name type accessNotes address { line1 city postalCode } customer { id } }
    userErrors { field code message }
  }
}
"""


async def test_a_customer_is_created_with_its_first_property(sessions: Sessions) -> None:
    # given no customers
    # when the office creates one with a first property
    data = await execute(sessions, factories.office(), CREATE_WITH_PROPERTY, {"input": {
        "displayName": "Nora Quinn", "emails": ["nora@example.com"],
        "firstProperty": {"name": " Lake house ", "type": "POOL", "accessNotes": "Gate code 4411",
                          "address": {"line1": "8 Shore Rd", "city": "Lakeside", "postalCode": "49503"}},
    }})
    payload = data["customerCreate"]

    # then both exist, the property belongs to the customer, and both are on the record
    assert payload["userErrors"] == []
    customer, place = payload["customer"], payload["property"]
    assert place == {"id": place["id"], "name": "Lake house", "type": "POOL", "accessNotes": "Gate code 4411",
                     "address": {"line1": "8 Shore Rd", "city": "Lakeside", "postalCode": "49503"},
                     "customer": {"id": customer["id"]}}
    assert customer["properties"] == {"totalCount": 1, "nodes": [{"id": place["id"], "name": "Lake house"}]}
    assert [verb for verb, _, _ in await activities(sessions)] == ["customer.created", "property.created"]


async def test_a_bad_first_property_creates_neither_and_is_reported_with_the_customers_problems(
        sessions: Sessions) -> None:
    # given no customers
    before = await database_state(sessions)

    # when the name is blank and the property has no street or city
    data = await execute(sessions, factories.office(), CREATE_WITH_PROPERTY, {"input": {
        "displayName": " ", "firstProperty": {"name": "Home", "address": {"line1": " ", "postalCode": "49503"}},
    }})
    payload = data["customerCreate"]

    # then every problem is named at its field, and nothing was created
    assert payload["customer"] is None and payload["property"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [
        (["input", "displayName"], "REQUIRED"),
        (["input", "firstProperty", "address", "line1"], "REQUIRED"),
        (["input", "firstProperty", "address", "city"], "REQUIRED"),
    ]
    assert await database_state(sessions) == before
