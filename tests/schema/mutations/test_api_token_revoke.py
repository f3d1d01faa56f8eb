"""apiTokenRevoke: a revoked token stops working on its next request."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_request
from auth.tokens import create_api_token
from auth.viewer import ANONYMOUS
from tests import factories
from tests.auth.helpers import data, fresh_rate_limits, run
from tests.graphql import gid

__all__ = ["fresh_rate_limits"]

Sessions = async_sessionmaker[AsyncSession]
REVOKE = """
mutation ($id: ID!) {
  apiTokenRevoke(input: {id: $id}) { apiToken { active revokedAt } userErrors { field code } }
}"""


async def test_a_revoked_token_stops_working(sessions: Sessions, session: AsyncSession) -> None:
    # given a token in use
    customer = await factories.customer(session)
    await session.commit()
    async with sessions() as s, s.begin():
        row, token = await create_api_token(s, factories.office(), customer_id=customer.id, name="PM")  # type: ignore[arg-type]
    # when the office revokes it
    result = await data(sessions, REVOKE, {"id": gid("ApiToken", row)}, viewer=factories.office())
    # then it is inactive and the next request with it is anonymous
    assert result["apiTokenRevoke"]["apiToken"]["active"] is False
    assert result["apiTokenRevoke"]["apiToken"]["revokedAt"]
    async with sessions() as s, s.begin():
        assert await viewer_for_request(s, session_token=None, bearer_token=token) is ANONYMOUS
    # and revoking again changes nothing
    again = await data(sessions, REVOKE, {"id": gid("ApiToken", row)}, viewer=factories.office())
    assert again["apiTokenRevoke"]["apiToken"]["revokedAt"] == result["apiTokenRevoke"]["apiToken"]["revokedAt"]


async def test_an_unknown_token_is_not_found(sessions: Sessions) -> None:
    result = await data(sessions, REVOKE, {"id": "QXBpVG9rZW46OTk5"}, viewer=factories.office())
    assert result["apiTokenRevoke"] == {"apiToken": None,
                                        "userErrors": [{"field": ["input", "id"], "code": "NOT_FOUND"}]}


async def test_a_client_may_not_revoke(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    async with sessions() as s, s.begin():
        row, token = await create_api_token(s, factories.office(), customer_id=customer.id, name="PM")  # type: ignore[arg-type]
    result = await run(sessions, REVOKE, {"id": gid("ApiToken", row)}, viewer=factories.client_of(customer))
    assert result.errors and result.errors[0].extensions == {"code": "FORBIDDEN"}
    async with sessions() as s, s.begin():
        assert (await viewer_for_request(s, session_token=None, bearer_token=token)).is_client
