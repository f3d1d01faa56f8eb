"""userSetScope: which properties a customer user sees, and whether they see money."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_request
from auth.sessions import start_session
from tests import factories
from tests.auth.helpers import data, fresh_rate_limits, portal_user, snapshot, staff_user
from tests.graphql import gid

__all__ = ["fresh_rate_limits"]

Sessions = async_sessionmaker[AsyncSession]
SET_SCOPE = """
mutation ($input: UserSetScopeInput!) {
  userSetScope(input: $input) { user { finances properties { name } } userErrors { field code message } }
}"""


async def test_limits_a_user_to_some_properties_and_takes_effect_on_the_next_request(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a signed-in customer user who sees everything
    customer = await factories.customer(session)
    north = await factories.property_(session, customer, name="North")
    await factories.property_(session, customer, name="South")
    user = await portal_user(session, customer)
    async with sessions() as s, s.begin():
        _, token = await start_session(s, user.id)  # type: ignore[arg-type]
    # when the office limits them to North, without finances
    result = await data(sessions, SET_SCOPE, {"input": {"userId": gid("User", user), "finances": False,
                                                        "propertyIds": [gid("Property", north)]}},
                        viewer=factories.office())
    # then the user shows that scope, and their very next request carries it
    assert result["userSetScope"] == {"user": {"finances": False, "properties": [{"name": "North"}]},
                                      "userErrors": []}
    async with sessions() as s, s.begin():
        viewer = await viewer_for_request(s, session_token=token, bearer_token=None)
    assert viewer.property_ids == frozenset({north.id}) and viewer.finances is False
    # and an empty list gives all properties back
    result = await data(sessions, SET_SCOPE, {"input": {"userId": gid("User", user), "finances": True,
                                                        "propertyIds": []}}, viewer=factories.office())
    assert result["userSetScope"]["user"] == {"finances": True, "properties": None}


async def test_a_property_of_another_customer_is_not_found_and_nothing_changes(
        sessions: Sessions, session: AsyncSession) -> None:
    customer, other = await factories.customer(session), await factories.customer(session)
    elsewhere = await factories.property_(session, other)
    user = await portal_user(session, customer)
    before = await snapshot(sessions)
    result = await data(sessions, SET_SCOPE, {"input": {"userId": gid("User", user), "finances": False,
                                                        "propertyIds": [gid("Property", elsewhere)]}},
                        viewer=factories.office())
    assert [(e["field"], e["code"]) for e in result["userSetScope"]["userErrors"]] == [
        (["input", "propertyIds"], "NOT_FOUND")]
    assert await snapshot(sessions) == before


async def test_staff_users_have_no_scope(sessions: Sessions, session: AsyncSession) -> None:
    colleague = await staff_user(session)
    before = await snapshot(sessions)
    result = await data(sessions, SET_SCOPE, {"input": {"userId": gid("User", colleague), "finances": False}},
                        viewer=factories.owner())
    assert [(e["field"], e["code"]) for e in result["userSetScope"]["userErrors"]] == [(["input", "userId"], "INVALID")]
    assert await snapshot(sessions) == before
