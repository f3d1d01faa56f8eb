"""A bounded schemathesis run against `/graphql` (issue 10, "Done means"): no internal error, no internals.

Schemathesis reads the committed `schema.graphql` and generates operations for every root query and mutation
field, with valid arguments (positive) and invalid ones (negative), from a fixed seed (`derandomize`). They
are posted to the real app, anonymously and as an office user, in the development configuration (errors are
shown unmasked, so anything internal would be visible) and in production. Every response must be below 500,
carry no `INTERNAL_SERVER_ERROR`, and no error may name SQL, a Python exception class or a file.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette

from auth.sessions import start_session
from models.enums import Role
from tests.app.apps import client_of, real_app
from tests.auth.helpers import staff_user

SDL = Path(__file__).resolve().parents[2] / "schema.graphql"
EXAMPLES = 500
"""Operations generated (the same for each configuration and caller): 4 × 500 = 2,000 requests in all."""
LEAK = re.compile(
    r"Traceback|File \"|\.py\b|sqlalchemy|psycopg|asyncpg|\b(SELECT|INSERT|UPDATE|DELETE) .*\b(FROM|INTO|SET|WHERE)\b"
    r"|\b[A-Z][A-Za-z]*(Error|Exception)\b|\bKeyError|\bvalue_error|\bNoneType\b"
)

pytestmark = [pytest.mark.fuzz, pytest.mark.timeout(600)]

_NASTY_NUMBERS = ["1e400", "-1e400", "1e-400", "NaN", "sNaN", "Infinity", "-Infinity", "1e12", "0.0000001", "",
                  "12,50", "abc", "9" * 80]


def _register_scalars() -> None:
    """Values for our custom scalars: mostly well-formed, often absurd (the bad input of issue 10)."""
    nodes = schemathesis.graphql.nodes
    decimals = st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False).map(str)
    schemathesis.graphql.scalar("Decimal", st.one_of(decimals, st.sampled_from(_NASTY_NUMBERS)).map(nodes.String))
    schemathesis.graphql.scalar("Date", st.one_of(st.dates().map(lambda day: day.isoformat()),
                                                  st.sampled_from(["2026-02-30", "0000-01-01", "", "x"]),
                                                  ).map(nodes.String))
    schemathesis.graphql.scalar("DateTime", st.one_of(
        st.datetimes().map(lambda moment: moment.isoformat()),
        st.sampled_from(["2026-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "2026-13-01T00:00", "now"]),
    ).map(nodes.String))
    schemathesis.graphql.scalar("JSON", st.text(max_size=20).map(nodes.String))
    schemathesis.graphql.scalar("Upload", st.just(nodes.Null))


def generated_documents(count: int) -> list[str]:
    """`count` GraphQL documents, the same on every run: positive and negative cases over every root field."""
    _register_scalars()
    schema = schemathesis.graphql.from_path(SDL)
    strategy = st.one_of(schema.as_strategy(GenerationMode.POSITIVE), schema.as_strategy(GenerationMode.NEGATIVE))
    documents: list[str] = []

    @settings(max_examples=count, derandomize=True, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(case: Any) -> None:
        documents.append(case.body if isinstance(case.body, str) else case.body["query"])

    collect()
    return documents


@pytest.fixture(scope="module")
def documents() -> list[str]:
    return generated_documents(EXAMPLES)


@pytest.fixture(scope="module", params=["development", "production"])
async def app(request: pytest.FixtureRequest, migrated_database_url: str) -> AsyncIterator[Starlette]:
    async with real_app(migrated_database_url, request.param) as application:
        yield application


def problems_in(response: httpx.Response) -> list[str]:
    """What is wrong with one response: a 5xx, an internal error, or internals in an error."""
    if response.status_code >= 500:
        return [f"HTTP {response.status_code}: {response.text[:300]}"]
    try:
        body = response.json()
    except ValueError:
        return [f"not JSON (HTTP {response.status_code}): {response.text[:300]}"]
    found = []
    for error in (body.get("errors") or []) if isinstance(body, dict) else []:
        text = f"{error.get('message')} {error.get('extensions')}"
        if (error.get("extensions") or {}).get("code") == "INTERNAL_SERVER_ERROR":
            found.append(f"internal error: {text[:300]}")
        elif LEAK.search(text):
            found.append(f"internals in an error: {text[:300]}")
    return found


@pytest.mark.parametrize("who", ["anonymous", "office"])
async def test_generated_operations_never_cause_an_internal_error_or_show_internals(
        who: str, app: Starlette, documents: list[str], sessions: async_sessionmaker[AsyncSession]) -> None:
    headers: dict[str, str] = {}
    if who == "office":
        async with sessions() as session:
            user = await staff_user(session, Role.OFFICE, username="fuzz-office")
            assert user.id is not None
            _row, token = await start_session(session, user.id)
            await session.commit()
        headers["Authorization"] = f"Bearer {token}"
    failures: list[str] = []
    async with client_of(app, ("198.51.100.30", 42000)) as http:
        for document in documents:
            response = await http.post("/graphql", json={"query": document}, headers=headers)
            failures += [f"{problem}\n  for {document[:300]}" for problem in problems_in(response)]
    assert len(documents) == EXAMPLES
    assert not failures, f"{len(failures)} of {len(documents)} failed:\n" + "\n".join(failures[:15])
