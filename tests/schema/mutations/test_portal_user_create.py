"""portalUserCreate: the office creates a customer's portal user and, if asked, mails the welcome."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from auth.viewer import Viewer
from models import User
from models.enums import Role
from tests import factories
from tests.auth.helpers import data, fresh_rate_limits, portal_user, reload, run, snapshot
from tests.graphql import gid
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]
CREATE = """
mutation ($input: PortalUserCreateInput!) {
  portalUserCreate(input: $input) {
    user { id username email role active locked failedSignIns finances name
           customer { displayName } properties { name } }
    userErrors { field code message }
  }
}"""


def _input(customer: Any, **fields: Any) -> dict[str, Any]:
    return {"customerId": gid("Customer", customer), "username": "pm.jones", "email": "jones@pm.example.com",
            "sendCredentials": False, **fields}


async def test_creates_a_scoped_portal_user_and_mails_the_welcome(sessions: Sessions, session: AsyncSession,
                                                                 smtp_server: SMTPServer) -> None:
    # given a customer with two properties
    customer = await factories.customer(session, display_name="Harbor PM")
    unit = await factories.property_(session, customer, name="Unit 4")
    await factories.property_(session, customer, name="Unit 5")
    await session.commit()
    # when the office creates a user limited to one property, without finances, sending credentials
    result = await data(sessions, CREATE, {"input": _input(
        customer, name="Pat Jones", finances=False, propertyIds=[gid("Property", unit)], sendCredentials=True)},
        viewer=factories.office())
    # then the user exists with that scope
    payload = result["portalUserCreate"]
    assert payload["userErrors"] == []
    assert payload["user"] == {
        "id": payload["user"]["id"], "username": "pm.jones", "email": "jones@pm.example.com", "role": "CUSTOMER",
        "active": True, "locked": False, "failedSignIns": 0, "finances": False, "name": "Pat Jones",
        "customer": {"displayName": "Harbor PM"}, "properties": [{"name": "Unit 4"}]}
    # and the real SMTP server received the welcome with the username and the sign-in link
    await smtp_server.deliver(sessions)
    text = smtp_server.text_of(smtp_server.last_to("jones@pm.example.com"))
    assert "pm.jones" in text and "http://127.0.0.1:8000/" in text and "Harbor PM" in text


async def test_without_send_credentials_no_mail_goes_out(sessions: Sessions, session: AsyncSession,
                                                         smtp_server: SMTPServer) -> None:
    customer = await factories.customer(session)
    await session.commit()
    result = await data(sessions, CREATE, {"input": _input(customer)}, viewer=factories.office())
    assert result["portalUserCreate"]["user"]["properties"] is None  # all of the customer's
    assert await smtp_server.deliver(sessions) == 0


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"username": "x"}, ["input", "username"], "INVALID"),
    ({"username": "has spaces"}, ["input", "username"], "INVALID"),
    ({"email": "nope"}, ["input", "email"], "INVALID"),
    ({"email": " "}, ["input", "email"], "REQUIRED"),
])
async def test_bad_usernames_and_emails_are_refused_and_nothing_changes(
        sessions: Sessions, session: AsyncSession, fields: dict[str, Any], field: list[str], code: str) -> None:
    customer = await factories.customer(session)
    await session.commit()
    before = await snapshot(sessions)
    result = await data(sessions, CREATE, {"input": _input(customer, **fields)}, viewer=factories.office())
    assert result["portalUserCreate"]["user"] is None
    assert [(e["field"], e["code"]) for e in result["portalUserCreate"]["userErrors"]] == [(field, code)]
    assert await snapshot(sessions) == before


async def test_a_taken_username_in_any_case_is_a_conflict(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await portal_user(session, customer, username="PM.Jones")
    before = await snapshot(sessions)
    result = await data(sessions, CREATE, {"input": _input(customer)}, viewer=factories.office())
    assert [(e["field"], e["code"]) for e in result["portalUserCreate"]["userErrors"]] == [
        (["input", "username"], "CONFLICT")]
    assert await snapshot(sessions) == before


async def test_another_customers_property_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    customer, other = await factories.customer(session), await factories.customer(session)
    elsewhere = await factories.property_(session, other)
    await session.commit()
    before = await snapshot(sessions)
    result = await data(sessions, CREATE, {"input": _input(customer, propertyIds=[gid("Property", elsewhere)])},
                        viewer=factories.office())
    assert [(e["field"], e["code"]) for e in result["portalUserCreate"]["userErrors"]] == [
        (["input", "propertyIds"], "NOT_FOUND")]
    assert await snapshot(sessions) == before


async def test_an_unknown_or_wrong_type_customer_id_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    await session.commit()
    before = await snapshot(sessions)
    for customer_id in (str(GlobalID("Customer", "999999")), gid("Property", place)):
        result = await data(sessions, CREATE, {"input": {**_input(customer), "customerId": customer_id}},
                            viewer=factories.office())
        assert [(e["field"], e["code"]) for e in result["portalUserCreate"]["userErrors"]] == [
            (["input", "customerId"], "NOT_FOUND")]
    assert await snapshot(sessions) == before


async def test_sending_credentials_to_a_customer_without_portal_access_is_refused(
        sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session, portal_access=False)
    await session.commit()
    before = await snapshot(sessions)
    result = await data(sessions, CREATE, {"input": _input(customer, sendCredentials=True)},
                        viewer=factories.office())
    assert [(e["field"], e["code"]) for e in result["portalUserCreate"]["userErrors"]] == [
        (["input", "sendCredentials"], "NOT_ALLOWED")]
    assert await snapshot(sessions) == before


@pytest.mark.parametrize("who", ["client", "employee", "anonymous"])
async def test_only_the_office_may_create_portal_users(sessions: Sessions, session: AsyncSession, who: str) -> None:
    customer = await factories.customer(session)
    worker = await factories.employee(session)
    await session.commit()
    viewer = {"client": factories.client_of(customer), "employee": factories.field_worker(worker),
              "anonymous": Viewer()}[who]
    result = await run(sessions, CREATE, {"input": _input(customer)}, viewer=viewer)
    assert result.errors and result.errors[0].extensions == {"code": "FORBIDDEN"}
    async with sessions() as s:
        assert await s.get(User, 1) is None


async def test_the_user_is_a_customer_user_of_that_customer(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    result = await data(sessions, CREATE, {"input": _input(customer)}, viewer=factories.owner())
    user = await reload(sessions, User, int(GlobalID.from_id(result["portalUserCreate"]["user"]["id"]).node_id))
    assert (user.role, user.customer_id) == (Role.CUSTOMER, customer.id)


async def test_a_merged_customer_takes_no_new_users(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer merged into another
    survivor = await factories.customer(session)
    merged = await factories.customer(session, display_name="Maple St. Dental", merged_into_id=survivor.id)
    await session.commit()
    before = await snapshot(sessions)

    # when the office creates a portal user for the merged one
    result = await data(sessions, CREATE, {"input": _input(merged)}, viewer=factories.office())

    # then it is refused, pointing at the customer it was merged into, and nothing changed
    [error] = result["portalUserCreate"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "customerId"], "CONFLICT")
    assert error["message"].startswith("Maple St. Dental was merged into another customer")
    assert await snapshot(sessions) == before
