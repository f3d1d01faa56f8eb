"""The office's records written at once on separate connections: a new tag is made once, and a doubled
contactCreate, noticeCreate or noteCreate writes one row."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests import factories
from tests.factories_crm import Sessions, rows
from tests.factories_jobs import mutate, office_user
from tests.graphql import gid

pytestmark = pytest.mark.committed  # concurrent requests on separate connections must see the arranged rows

AT_ONCE = 5


async def test_customers_tagged_at_once_with_a_new_tag_share_one_tag(sessions: Sessions,
                                                                      session: AsyncSession) -> None:
    # given five customers
    office = await office_user(session)
    customers = [await factories.customer(session, display_name=f"Customer {n}") for n in range(AT_ONCE)]
    await session.commit()

    # when each is tagged at the same moment with the same two new tags, typed in different orders and cases
    async def tag(n: int, customer: Any) -> dict[str, Any]:
        names = ["Brand new", "Autopay"] if n % 2 else ["autopay", "BRAND NEW"]
        return await mutate(sessions, office, "customerTagsSet", "CustomerTagsSetInput",
                            {"customerId": gid("Customer", customer), "tags": names}, "customer { id }")

    payloads = await asyncio.gather(*(tag(n, customer) for n, customer in enumerate(customers)))

    # then every write worked, there is one tag of each name, and every customer carries both
    assert [payload["userErrors"] for payload in payloads] == [[]] * AT_ONCE
    assert len(await rows(sessions, "SELECT id FROM tag")) == 2
    assert len(await rows(sessions, "SELECT id FROM customer_tag")) == 2 * AT_ONCE


@pytest.mark.parametrize(("mutation", "input_type", "fields", "table"), [
    ("contactCreate", "ContactCreateInput", {"name": "Charles Babbage", "email": "charles@example.com"}, "contact"),
    ("noticeCreate", "NoticeCreateInput", {"text": "Gate code changed"}, "notice"),
    ("noteCreate", "NoteCreateInput", {"text": "Call before coming", "visibleToCustomer": True}, "note"),
])
async def test_the_same_create_sent_at_once_writes_one_row(sessions: Sessions, session: AsyncSession, mutation: str,
                                                           input_type: str, fields: dict[str, Any],
                                                           table: str) -> None:
    # given a customer
    office = await office_user(session)
    customer = await factories.customer(session)
    await session.commit()

    # when the same create arrives five times at once (a double click, retries)
    payloads = await asyncio.gather(*(
        mutate(sessions, office, mutation, input_type, {"customerId": gid("Customer", customer)} | fields, "__typename")
        for _ in range(AT_ONCE)))

    # then each answered without errors, and one row (and one trail entry) was written
    assert [payload["userErrors"] for payload in payloads] == [[]] * AT_ONCE
    assert len(await rows(sessions, f"SELECT id FROM {table}")) == 1
    assert len(await rows(sessions, "SELECT id FROM activity")) == 1
