"""customerMergePreview: what would move and what is in the way, written nowhere; office only."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models.enums import CustomerStatus, Role
from tests import factories
from tests.factories_jobs import ghost
from tests.factories_merge import OUTSIDERS, full_history, outsider, staff, table_state
from tests.graphql import execute, execute_raw, gid

Sessions = async_sessionmaker[AsyncSession]
PREVIEW = """
query($source: ID!, $target: ID!) { customerMergePreview(sourceId: $source, targetId: $target) {
  source { id } target { id } canMerge conflicts { code blocking message }
  moves { properties jobs invoices batches transactions contacts notes users tokens tags reminders notices } } }
"""


async def _preview(sessions: Sessions, viewer: Viewer, source: str, target: str) -> dict[str, Any]:
    data = await execute(sessions, viewer, PREVIEW, {"source": source, "target": target})
    return data["customerMergePreview"]  # type: ignore[no-any-return]


async def test_the_preview_counts_what_would_move_and_names_the_conflicts(sessions: Sessions,
                                                                        session: AsyncSession) -> None:
    # given two full histories, the target archived and without portal access
    await factories.company(session)
    _, office = await staff(session, Role.OFFICE)
    target = await full_history(session, "Maple Street Dental", tags=("vip",), batch_number=9001, office=office)
    source = await full_history(session, "Maple St. Dental", tags=("vip", "pool"), batch_number=9002, office=office)
    target.customer.status = CustomerStatus.ARCHIVED
    target.customer.portal_access = False
    await session.commit()
    before = await table_state(sessions)

    # when the office previews merging the duplicate into it
    preview = await _preview(sessions, office, gid("Customer", source.customer), gid("Customer", target.customer))

    # then it counts the source's records, and warns without blocking
    assert preview["moves"] == {"properties": 1, "jobs": 3, "invoices": 3, "batches": 1, "transactions": 3,
                                "contacts": 1, "notes": 1, "users": 1, "tokens": 1, "tags": 2, "reminders": 1,
                                "notices": 1}
    assert [(c["code"], c["blocking"]) for c in preview["conflicts"]] == [
        ("BOTH_DEFAULT_BILLING_CONTACT", False), ("TARGET_ARCHIVED", False), ("TARGET_WITHOUT_PORTAL_ACCESS", False)]
    assert preview["canMerge"] is True
    # and nothing was written
    assert await table_state(sessions) == before


async def test_the_preview_names_what_blocks_a_merge(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer merged into another, and a third
    _, office = await staff(session, Role.OFFICE)
    survivor = await factories.customer(session, display_name="Survivor")
    merged = await factories.customer(session, display_name="Merged", merged_into_id=survivor.id)
    other = await factories.customer(session)
    await session.commit()

    # when merges that cannot be done are previewed
    same = await _preview(sessions, office, gid("Customer", other), gid("Customer", other))
    twice = await _preview(sessions, office, gid("Customer", merged), gid("Customer", survivor))
    into_merged = await _preview(sessions, office, gid("Customer", other), gid("Customer", merged))

    # then each says why, blocking
    assert [(c["code"], c["blocking"]) for c in same["conflicts"]] == [("SAME_CUSTOMER", True)]
    assert [(c["code"], c["blocking"]) for c in twice["conflicts"]] == [("SOURCE_MERGED", True)]
    assert [(c["code"], c["blocking"]) for c in into_merged["conflicts"]] == [("TARGET_MERGED", True)]
    assert not any(preview["canMerge"] for preview in (same, twice, into_merged))


async def test_an_unknown_customer_is_an_error(sessions: Sessions, session: AsyncSession) -> None:
    _, office = await staff(session, Role.OFFICE)
    customer = await factories.customer(session)
    await session.commit()

    result = await execute_raw(sessions, office, PREVIEW, {"source": ghost("Customer"),
                                                           "target": gid("Customer", customer)})

    assert [error.extensions["code"] for error in result.errors] == ["NOT_FOUND"]


@pytest.mark.parametrize("who", OUTSIDERS)
async def test_nobody_but_the_office_may_preview(sessions: Sessions, session: AsyncSession, who: str) -> None:
    customer = await factories.customer(session)
    other = await factories.customer(session)
    _, employee = await staff(session, Role.EMPLOYEE)
    await session.commit()
    viewer = outsider(who, customer, employee)

    result = await execute_raw(sessions, viewer, PREVIEW, {"source": gid("Customer", customer),
                                                           "target": gid("Customer", other)})

    assert result.data is None and [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
