"""Helpers for the customer tests: the mutations' documents and a snapshot proving nothing changed."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity, Customer

CANDIDATE_FIELDS = "customer { id displayName } reasons score exact archived matchedEmails matchedPhones"

CUSTOMER_FIELDS = """id displayName billingName kind emails phones customerNotes internalNotes status portalAccess
    billingAddress { line1 line2 city region postalCode country }"""

CREATE = f"""
mutation ($input: CustomerCreateInput!) {{
  customerCreate(input: $input) {{
    customer {{ {CUSTOMER_FIELDS} }}
    duplicateCandidates {{ {CANDIDATE_FIELDS} }}
    userErrors {{ field code message }}
  }}
}}
"""

UPDATE = f"""
mutation ($input: CustomerUpdateInput!) {{
  customerUpdate(input: $input) {{
    customer {{ {CUSTOMER_FIELDS} }}
    duplicateCandidates {{ {CANDIDATE_FIELDS} }}
    userErrors {{ field code message }}
  }}
}}
"""


async def database_state(sessions: async_sessionmaker[AsyncSession]) -> dict[str, list[Any]]:
    """Every customer row (all columns) and every activity row: equal before and after means untouched."""
    async with sessions() as session:
        customers = (await session.execute(
            sa.select(Customer.__table__).order_by(Customer.__table__.c.id)  # type: ignore[attr-defined]
        )).all()
        activity = (await session.execute(
            sa.select(Activity.__table__).order_by(Activity.__table__.c.id)  # type: ignore[attr-defined]
        )).all()
    return {"customers": [tuple(row) for row in customers], "activity": [tuple(row) for row in activity]}


async def activities(sessions: async_sessionmaker[AsyncSession]) -> list[tuple[str, int, dict[str, Any]]]:
    """(verb, subject id, details) of every activity, oldest first."""
    async with sessions() as session:
        rows = (await session.execute(
            sa.select(Activity.verb, Activity.subject_id, Activity.details)  # type: ignore[call-overload]
            .order_by(Activity.id)
        )).all()
    return [(verb, subject_id, details) for verb, subject_id, details in rows]
