"""Ordinary bad input gets a clear error and changes nothing (issue 10, item 4), in development mode too.

The real app in its development configuration (errors are not masked there, so anything internal would
show) over HTTP: NUL characters and lone surrogates in text, over-long strings and searches, Decimals such as
`1e400` or `NaN`, and ids beyond 64 bits. Each is refused before any resolver with one GraphQL error whose
`extensions.code` is BAD_USER_INPUT (or a variable coercion error), never an internal error, never SQL or an
exception class name, and the database is unchanged.
"""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette

from auth.sessions import start_session
from models import Customer, PaymentTransaction
from models.enums import Role
from schema.common import parse_decimal
from schema.input_guard import MAX_TEXT_LENGTH, SHORT_ARGUMENTS, id_problem
from tests.app.apps import client_of, real_app
from tests.auth.helpers import portal_user, staff_user

Sessions = async_sessionmaker[AsyncSession]
BEYOND_64_BITS = 2**64 + 5
LEAKS = ("Traceback", "File \"/", ".py\"", "sqlalchemy", "psycopg", "SELECT ", "INSERT ", "Error:", "Exception",
         "ValueError", "DataError", "InvalidOperation", "OverflowError", "INTERNAL_SERVER_ERROR")


@pytest.fixture(scope="module")
async def app(migrated_database_url: str) -> AsyncIterator[Starlette]:
    async with real_app(migrated_database_url, "development") as application:
        yield application


@pytest.fixture
async def http(app: Starlette, sessions: Sessions) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(app, ("198.51.100.21", 41000)) as client:
        yield client


async def token_of(session: AsyncSession, role: Role) -> str:
    user = (await portal_user(session, username="bad-input-client") if role is Role.CUSTOMER
            else await staff_user(session, role, username=f"bad-input-{role.value.lower()}"))
    assert user.id is not None
    _row, token = await start_session(session, user.id)
    await session.commit()
    return token


async def post(http: httpx.AsyncClient, query: str, variables: dict[str, Any] | None = None,
               token: str | None = None) -> dict[str, Any]:
    # json.dumps escapes a lone surrogate as `\ud800`, as a browser's JSON.stringify does
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    response = await http.post("/graphql", content=json.dumps({"query": query, "variables": variables or {}}),
                               headers=headers)
    assert response.status_code in (200, 400), response.text
    for leak in LEAKS:
        assert leak not in response.text, f"{leak!r} in {response.text[:600]}"
    body = response.json()
    assert isinstance(body, dict)
    return body


def refused(body: dict[str, Any], *words: str) -> str:
    """Refused before execution with one clear error; returns its message."""
    assert body.get("data") is None, body
    assert len(body["errors"]) == 1, body
    message = str(body["errors"][0]["message"])
    for word in words:
        assert word in message, message
    return message


def global_id(type_name: str, number: int) -> str:
    return base64.b64encode(f"{type_name}:{number}".encode()).decode()


async def count(sessions: Sessions, model: type[Any]) -> int:
    async with sessions() as session:
        return int((await session.execute(sa.select(sa.func.count()).select_from(model))).scalar_one())


SEARCH = "query Search($q: String) { customers(search: $q) { totalCount } }"


# ------------------------------------------------------------------------------------------------- text


async def test_a_nul_character_in_an_anonymous_search_is_a_clear_error(http: httpx.AsyncClient) -> None:
    refused(await post(http, SEARCH, {"q": "a\u0000b"}), "$q", "NUL")
    refused(await post(http, '{ customers(search: "a\\u0000b") { totalCount } }'), "NUL")


async def test_a_lone_surrogate_is_a_clear_error(http: httpx.AsyncClient) -> None:
    refused(await post(http, SEARCH, {"q": "caf\ud800"}), "$q", "surrogate")


async def test_a_five_megabyte_search_is_refused_before_it_is_read(http: httpx.AsyncClient) -> None:
    body = json.dumps({"query": SEARCH, "variables": {"q": "x" * 5_000_000}})
    response = await http.post("/graphql", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413  # the body limit (app.body_limits) answers before anything parses it
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"


async def test_a_search_longer_than_its_cap_is_refused_before_it_is_searched(http: httpx.AsyncClient) -> None:
    message = refused(await post(http, SEARCH, {"q": "x" * 500_000}), "$q")
    assert "500,000 characters" in message and f"at most {SHORT_ARGUMENTS['search']}" in message
    literal = '{ customers(search: "' + "y" * 1_000 + '") { totalCount } }'
    refused(await post(http, literal), "'search'", "1,000 characters")


async def test_a_search_at_the_cap_is_answered(http: httpx.AsyncClient, sessions: Sessions) -> None:
    office = await _office(sessions)
    body = await post(http, SEARCH, {"q": "z" * SHORT_ARGUMENTS["search"]}, office)
    assert "errors" not in body and body["data"] == {"customers": {"totalCount": 0}}


async def test_a_nul_character_in_a_new_customer_name_creates_nothing(http: httpx.AsyncClient,
                                                                     sessions: Sessions) -> None:
    office = await _office(sessions)
    before = await count(sessions, Customer)
    create = ("mutation New($input: CustomerCreateInput!) { customerCreate(input: $input) { "
              "customer { id } userErrors { code } } }")
    refused(await post(http, create, {"input": {"displayName": "Ann\u0000Lee"}}, office),
            "$input.displayName", "NUL")
    refused(await post(http, create, {"input": {"displayName": "Ann", "emails": ["a\u0000@example.com"]}}, office),
            "$input.emails[0]", "NUL")
    refused(await post(http, create, {"input": {"displayName": "n" * (MAX_TEXT_LENGTH + 1)}}, office),
            f"at most {MAX_TEXT_LENGTH:,}")
    literal = 'mutation { customerCreate(input: {displayName: "Ann\\u0000Lee"}) { customer { id } } }'
    refused(await post(http, literal, token=office), "NUL")
    assert await count(sessions, Customer) == before


# --------------------------------------------------------------------------------------------- decimals


@pytest.mark.parametrize("amount", ["1e400", "NaN", "Infinity", "-Infinity", "1e15", "0.0000001"])
async def test_an_absurd_payment_amount_is_a_coercion_error_and_records_nothing(
        amount: str, http: httpx.AsyncClient, sessions: Sessions) -> None:
    office = await _office(sessions)
    record = ("mutation Pay($input: PaymentRecordInput!) { paymentRecord(input: $input) { "
              "transaction { id } userErrors { code } } }")
    variables = {"input": {"customerId": global_id("Customer", 1), "amount": amount, "method": "CASH"}}
    refused(await post(http, record, variables, office), "Decimal", amount)
    customer = global_id("Customer", 1)
    literal = (f'mutation {{ paymentRecord(input: {{customerId: "{customer}", amount: "{amount}", method: CASH}}) '
               "{ transaction { id } } }")
    refused(await post(http, literal, token=office), "Decimal")
    assert await count(sessions, PaymentTransaction) == 0


async def test_a_client_reporting_1e400_gets_a_clear_error(http: httpx.AsyncClient, sessions: Sessions) -> None:
    async with sessions() as session:
        client = await token_of(session, Role.CUSTOMER)
    report = ("mutation Report($input: PaymentReportInput!) { paymentReport(input: $input) { "
              "userErrors { code } } }")
    variables = {"input": {"invoiceId": global_id("Invoice", 1), "amount": "1e400", "method": "ZELLE"}}
    refused(await post(http, report, variables, client), "Decimal", "too large")
    assert await count(sessions, PaymentTransaction) == 0


def test_decimal_inputs_are_finite_numbers_of_a_sensible_size() -> None:
    assert parse_decimal("12.50") == Decimal("12.50")
    assert parse_decimal(3) == Decimal(3)
    assert parse_decimal("999999999999.999999") == Decimal("999999999999.999999")
    assert parse_decimal("1.5000000000") == Decimal("1.5")
    for bad in ("1e400", "1e-400", "NaN", "sNaN", "-Infinity", "1e12", "0.0000001", "abc", "", True, "9" * 100):
        with pytest.raises(Exception, match="Value cannot represent a Decimal"):
            parse_decimal(bad)


# ------------------------------------------------------------------------------------------------- ids


async def test_an_id_beyond_64_bits_in_node_is_a_clear_error(http: httpx.AsyncClient, sessions: Sessions) -> None:
    office = await _office(sessions)
    huge = global_id("Customer", BEYOND_64_BITS)
    refused(await post(http, "query N($id: ID!) { node(id: $id) { id } }", {"id": huge}, office),
            "$id", "not a valid id")
    refused(await post(http, '{ node(id: "' + huge + '") { id } }', token=office), "not a valid id")
    refused(await post(http, "query N($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                       {"ids": [global_id("Customer", 1), huge]}, office), "$ids[1]", "not a valid id")
    filtered = "query J($f: JobFilter) { jobs(filter: $f) { totalCount } }"
    refused(await post(http, filtered, {"f": {"customerId": huge}}, office), "$f.customerId", "not a valid id")
    # an id that fits is simply not found
    fits = await post(http, "query N($id: ID!) { node(id: $id) { id } }",
                      {"id": global_id("Customer", 2**63 - 1)}, office)
    assert "errors" not in fits and fits["data"] == {"node": None}


async def test_an_id_beyond_64_bits_in_a_mutation_changes_nothing(http: httpx.AsyncClient,
                                                                  sessions: Sessions) -> None:
    office = await _office(sessions)
    update = ("mutation U($input: CustomerUpdateInput!) { customerUpdate(input: $input) { "
              "customer { id } userErrors { code } } }")
    refused(await post(http, update, {"input": {"id": global_id("Customer", BEYOND_64_BITS), "displayName": "X"}},
                       office), "$input.id", "not a valid id")


@pytest.mark.parametrize("path", [
    f"/files/{BEYOND_64_BITS}/photo.jpg", f"/files/{BEYOND_64_BITS}/thumbnail", "/files/0/photo.jpg",
    f"/documents/invoices/{BEYOND_64_BITS}.pdf", f"/documents/batches/{BEYOND_64_BITS}.pdf",
])
async def test_a_download_with_an_id_beyond_64_bits_is_not_found(path: str, http: httpx.AsyncClient,
                                                                 sessions: Sessions) -> None:
    office = await _office(sessions)
    response = await http.get(path, headers={"Authorization": f"Bearer {office}"})
    assert response.status_code == 404, response.text


async def _office(sessions: Sessions) -> str:
    async with sessions() as session:
        return await token_of(session, Role.OFFICE)


def test_only_ids_whose_number_cannot_fit_64_bits_are_refused_early() -> None:
    assert id_problem(global_id("Customer", 2**63 - 1)) is None
    assert id_problem(global_id("Customer", -(2**63))) is None  # in range: the resolvers say "not found"
    assert id_problem(global_id("Customer", -(2**63) - 1)) is not None
    assert id_problem(global_id("Customer", 2**63)) is not None
    assert id_problem(base64.b64encode(b"Customer:" + b"9" * 5000).decode()) is not None  # no int() of it
    assert id_problem("not base64 at all") is None  # malformed ids are the resolvers' to report
    assert id_problem(base64.b64encode(b"Customer:--5").decode()) is None
