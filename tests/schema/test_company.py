"""The company's public face: what pages need to show dates and money, and nothing of billing settings."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import ANONYMOUS
from tests import factories
from tests.graphql import execute


async def test_anyone_reads_the_company_name_time_zone_and_currency(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given a company in Chicago
    await factories.company(session, name="Prairie Clean", time_zone="America/Chicago")
    await session.commit()

    # when a signed-out visitor asks (the sign-in page does)
    data = await execute(sessions, ANONYMOUS, "{ company { name timeZone currency } }")

    # then they get what a page needs to show dates and money
    assert data["company"] == {"name": "Prairie Clean", "timeZone": "America/Chicago", "currency": "USD"}
