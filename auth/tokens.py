"""API tokens for integrations (property-manager software): `Authorization: Bearer dop_…`.

A token acts as a CUSTOMER user of one customer, with a scope (finances, some properties or all). It is shown
once when created; the table keeps its SHA-256 and a short `prefix` to recognise it in lists. Revoking it
(`revoked_at`) takes effect on the next request, and closes the WebSockets opened with it (4403) once the
revocation commits (`auth.sessions.note_access_change`). Only the office creates and revokes tokens.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.activity import record_activity
from auth.sessions import hash_token, note_access_change
from auth.viewer import Viewer
from models import ApiToken, ApiTokenProperty, Customer, Property
from models.base import utc_now
from models.problems import ProblemCode, UserInputError, not_found

__all__ = [
    "API_TOKEN_PREFIX",
    "PREFIX_LENGTH",
    "api_token_property_ids",
    "api_tokens_of_customer",
    "create_api_token",
    "customer_property_ids",
    "is_api_token",
    "new_api_token",
    "revoke_api_token",
    "token_property_ids",
]

API_TOKEN_PREFIX = "dop_"
"""Every API token starts with this; session tokens never do (it tells the two apart)."""
PREFIX_LENGTH = 12
"""How much of a token is kept in clear to recognise it ("dop_" and 8 more characters)."""
NAME_LENGTH = 100


def new_api_token() -> str:
    return API_TOKEN_PREFIX + secrets.token_urlsafe(32)


def is_api_token(token: str) -> bool:
    return token.startswith(API_TOKEN_PREFIX)


async def customer_property_ids(session: AsyncSession, customer_id: int, property_ids: Sequence[int],
                                 field: str) -> list[int]:
    """`property_ids` deduplicated, each checked to belong to the customer (else NOT_FOUND on `field`)."""
    wanted = list(dict.fromkeys(property_ids))
    if not wanted:
        return []
    found = set((await session.execute(
        sa.select(col(Property.id)).where(col(Property.id).in_(wanted),
                                            col(Property.customer_id) == customer_id)
    )).scalars().all())
    if missing := [pid for pid in wanted if pid not in found]:
        raise UserInputError.one(field, ProblemCode.NOT_FOUND,
                                 f"No property of this customer with id {missing[0]}. Check the property ids.")
    return wanted


async def create_api_token(session: AsyncSession, viewer: Viewer, *, customer_id: int, name: str,
                           finances: bool = True, property_ids: Sequence[int] | None = None,
                           ) -> tuple[ApiToken, str]:
    """Issue a token for `customer_id`; returns the row and the token itself (shown once, never stored).

    Raises UserInputError: REQUIRED/INVALID name, NOT_FOUND customer or property. Access (office only) is the
    caller's check.
    """
    clean_name = (name or "").strip()
    if not clean_name:
        raise UserInputError.one("name", ProblemCode.REQUIRED,
                                 "Name the token after what will use it (e.g. \"PM software\").")
    if len(clean_name) > NAME_LENGTH:
        raise UserInputError.one("name", ProblemCode.INVALID, f"Use at most {NAME_LENGTH} characters for the name.")
    # FOR SHARE: a concurrent merge of this customer waits for the token (and moves it), or this waits for it.
    customer = await session.get(Customer, customer_id, with_for_update={"read": True}, populate_existing=True)
    if customer is None:
        raise not_found("customerId", "customer")
    if customer.merged_into_id is not None:
        raise UserInputError.one("customerId", ProblemCode.CONFLICT,
                                 f"{customer.display_name} was merged into another customer; issue the token for "
                                 "that customer instead.")
    scope = await customer_property_ids(session, customer_id, property_ids or [], "propertyIds")
    token = new_api_token()
    row = ApiToken(customer_id=customer_id, name=clean_name, token_hash=hash_token(token),
                   prefix=token[:PREFIX_LENGTH], finances=finances, created_by_user_id=viewer.user_id)
    session.add(row)
    await session.flush()
    assert row.id is not None
    for property_id in scope:
        session.add(ApiTokenProperty(api_token_id=row.id, property_id=property_id))
    record_activity(session, viewer, subject=row, verb="api_token.created", customer_id=customer_id,
                    name=clean_name, prefix=row.prefix, finances=finances, property_ids=scope)
    await session.flush()
    return row, token


async def revoke_api_token(session: AsyncSession, viewer: Viewer, token_id: int, *,
                           now: datetime | None = None) -> ApiToken:
    """Revoke a token at once (idempotent: revoking a revoked token changes nothing)."""

    row = (await session.execute(
        sa.select(ApiToken).where(col(ApiToken.id) == token_id).with_for_update())).scalar_one_or_none()
    if row is None:
        raise not_found("id", "API token")
    if row.revoked_at is None:
        row.revoked_at = now or utc_now()
        record_activity(session, viewer, subject=row, verb="api_token.revoked", customer_id=row.customer_id,
                        name=row.name, prefix=row.prefix)
        await session.flush()
        assert row.id is not None
        note_access_change(session, api_token_ids=[row.id])
    return row


async def token_property_ids(session: AsyncSession, token_id: int) -> list[int]:
    """The properties a token is limited to (empty: all of its customer's)."""
    return list((await session.execute(
        sa.select(col(ApiTokenProperty.property_id)).where(col(ApiTokenProperty.api_token_id) == token_id)
        .order_by(col(ApiTokenProperty.property_id))
    )).scalars().all())


async def api_tokens_of_customer(loaders: Any, viewer: Viewer, customer_id: int) -> list[ApiToken] | None:
    """A customer's API tokens, newest first (office only: None for anyone else); batched per request."""
    if not viewer.is_office:
        return None

    def statement(customer_ids: list[int]) -> sa.Select[Any, Any]:
        return (sa.select(col(ApiToken.customer_id),
                          sa.func.array_agg(aggregate_order_by(col(ApiToken.id), col(ApiToken.id).desc())))
                .where(col(ApiToken.customer_id).in_(customer_ids))
                .group_by(col(ApiToken.customer_id)))

    ids: list[int] = await loaders.values("customer.apiTokenIds", statement, default=[]).load(customer_id)
    if not ids:
        return []

    def rows(token_ids: list[int]) -> sa.Select[Any, Any]:
        return sa.select(col(ApiToken.id), ApiToken).where(col(ApiToken.id).in_(token_ids))

    found = await loaders.values("apiToken.byId", rows).load_many(ids)
    return [row for row in found if row is not None]


async def api_token_property_ids(loaders: Any, token_id: int) -> list[int]:
    """The properties a token is limited to, by id (empty: all of its customer's); batched per request."""

    def statement(token_ids: list[int]) -> sa.Select[Any, Any]:
        return (sa.select(col(ApiTokenProperty.api_token_id),
                          sa.func.array_agg(aggregate_order_by(col(ApiTokenProperty.property_id),
                                                               col(ApiTokenProperty.property_id))))
                .where(col(ApiTokenProperty.api_token_id).in_(token_ids))
                .group_by(col(ApiTokenProperty.api_token_id)))

    return list(await loaders.values("apiToken.propertyIds", statement, default=[]).load(token_id))
