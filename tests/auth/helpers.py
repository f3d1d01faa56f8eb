"""Helpers for sign-in, user and token tests: the app's schema, HTTP-ish contexts (client address, a Starlette
Response for cookies), users, and a snapshot of the tables these mutations write, to prove a refused input
changed nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request
from starlette.responses import Response

from auth.rate_limits import RateLimits, configure_rate_limits
from auth.viewer import ANONYMOUS, Viewer
from models import (
    Activity,
    ApiToken,
    ApiTokenProperty,
    Customer,
    LoginCode,
    OutboxMail,
    User,
    UserProperty,
    UserSession,
)
from models.enums import Role
from schema import build_schema
from schema.context import build_context
from tests import factories
from tests.factories import DEPLOYMENT
from tests.smtp import SMTPServer

SCHEMA = build_schema()
"""The schema the app serves (AuthQueries and AuthMutations are part of its root types)."""

CLIENT_ADDRESS = "203.0.113.7"


@pytest.fixture(autouse=True)
async def fresh_rate_limits() -> AsyncIterator[RateLimits]:
    """Every test starts with empty, in-memory rate limits (and the process's limiter is rebuilt after)."""
    limits = configure_rate_limits("memory://")
    yield limits
    configure_rate_limits("memory://")


def http_request(address: str | None = CLIENT_ADDRESS, *, user_agent: str = "pytest-browser/1.0",
                 cookie: str | None = None) -> Request:
    headers = [(b"user-agent", user_agent.encode())]
    if cookie is not None:
        headers.append((b"cookie", cookie.encode()))
    scope: dict[str, Any] = {"type": "http", "method": "POST", "path": "/graphql", "headers": headers,
                             "client": (address, 50000) if address else None, "query_string": b""}
    return Request(scope)


async def run(sessions: async_sessionmaker[AsyncSession], query: str, variables: dict[str, Any] | None = None,
              *, viewer: Viewer = ANONYMOUS, address: str | None = CLIENT_ADDRESS,
              response: Response | None = None) -> Any:
    """Execute against the merged schema as `viewer`, from `address`; returns the whole result."""
    context = build_context(viewer, sessions, deployment=DEPLOYMENT, request=http_request(address),
                            response=response)
    return await SCHEMA.execute(query, variable_values=variables, context_value=context)


async def data(sessions: async_sessionmaker[AsyncSession], query: str, variables: dict[str, Any] | None = None,
               **options: Any) -> dict[str, Any]:
    """`run`, asserting there were no GraphQL errors; returns `data`."""
    result = await run(sessions, query, variables, **options)
    assert result.errors is None, [error.formatted for error in result.errors]
    assert result.data is not None
    return dict(result.data)


REQUEST_CODE = """
mutation ($username: String!) {
  requestLoginCode(input: {username: $username}) { message userErrors { field code message } }
}"""

SIGN_IN = """
mutation ($username: String!, $code: String!) {
  signIn(input: {username: $username, code: $code}) {
    token expiresAt
    user { id username email role }
    userErrors { field code message }
  }
}"""


async def request_code(sessions: async_sessionmaker[AsyncSession], username: str, *,
                       address: str | None = CLIENT_ADDRESS) -> dict[str, Any]:
    payload: dict[str, Any] = (await data(sessions, REQUEST_CODE, {"username": username},
                                          address=address))["requestLoginCode"]
    return payload


async def emailed_code(sessions: async_sessionmaker[AsyncSession], smtp: SMTPServer, user: User, *,
                       address: str | None = CLIENT_ADDRESS) -> str:
    """Ask for a code over GraphQL, deliver the outbox to the real SMTP server, read the code from the mail."""
    before = len(smtp.to(user.email))
    payload = await request_code(sessions, user.username, address=address)
    assert payload["userErrors"] == [], payload
    await smtp.deliver(sessions)
    assert len(smtp.to(user.email)) == before + 1, "no new mail arrived"
    return smtp.code_for(user.email)


async def sign_in(sessions: async_sessionmaker[AsyncSession], username: str, code: str, *,
                  address: str | None = CLIENT_ADDRESS, response: Response | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = (await data(sessions, SIGN_IN, {"username": username, "code": code},
                                          address=address, response=response))["signIn"]
    return payload


def wrong(code: str) -> str:
    """A different 6-digit code."""
    return f"{(int(code) + 1) % 1_000_000:06d}"


# ------------------------------------------------------------------------------------------------- data


async def portal_user(session: AsyncSession, customer: Customer | None = None, **fields: Any) -> User:
    """A CUSTOMER user (of a new customer unless given), committed."""
    owner = customer or await factories.customer(session)
    user = await factories.user(session, Role.CUSTOMER, customer_id=owner.id, **fields)
    await session.commit()
    return user


async def staff_user(session: AsyncSession, role: Role = Role.OFFICE, **fields: Any) -> User:
    if role is Role.EMPLOYEE and "employee_id" not in fields:
        fields["employee_id"] = (await factories.employee(session)).id
    user = await factories.user(session, role, **fields)
    await session.commit()
    return user


def viewer_of(user: User, **fields: Any) -> Viewer:
    """The viewer a signed-in `user` would have (for calling mutations as them)."""
    return Viewer(user_id=user.id, role=user.role, customer_id=user.customer_id, employee_id=user.employee_id,
                  finances=user.finances, **fields)


TABLES = (User, UserProperty, LoginCode, UserSession, ApiToken, ApiTokenProperty, OutboxMail, Activity)


async def snapshot(sessions: async_sessionmaker[AsyncSession]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables these mutations write (minus timestamps that tick), to compare before/after."""
    result: dict[str, list[tuple[Any, ...]]] = {}
    async with sessions() as session:
        for model in TABLES:
            table: Any = sa.inspect(model).local_table
            columns = [column for column in table.columns if column.name not in ("updated_at",)]
            rows = (await session.execute(sa.select(*columns).order_by(table.c.id))).all()
            result[table.name] = [tuple(row) for row in rows]
    return result


async def reload(sessions: async_sessionmaker[AsyncSession], model: type[Any], row_id: int | None) -> Any:
    async with sessions() as session:
        return await session.get(model, row_id)


def database_id(global_id: str) -> int:
    """The database id inside a global id the API returned."""
    from strawberry.relay import GlobalID

    return int(GlobalID.from_id(global_id).node_id)
