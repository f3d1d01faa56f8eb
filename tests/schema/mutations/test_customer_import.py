"""customerImport over real HTTP (GraphQL multipart): the report row by row, a dry run that writes nothing, the caps
on size and rows as userErrors, and access denied for everyone but the office."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from auth.tokens import create_api_token
from models.enums import Role
from resolvers import customer_import
from tests import factories
from tests.factories_proof import Person, Sessions, app, files_dir, http, person
from tests.graphql import gid
from tests.resolvers.test_customer_import import HEADER, client, csv_file, table_rows

__all__ = ["app", "files_dir", "http"]  # fixtures

IMPORT = """
mutation ($input: CustomerImportInput!) {
  customerImport(input: $input) {
    report {
      dryRun encoding ignoredColumns
      columns { header field }
      totals { rows created matched rejected possibleDuplicates }
      rows {
        line outcome displayName customer { id displayName } sameAsLine matchedBy
        possibleDuplicate { customer { id } line displayName score }
        propertyAdded tagsAdded noteAdded problems
      }
    }
    userErrors { field code message }
  }
}"""


async def send(http: httpx.AsyncClient, headers: dict[str, str], content: bytes, **fields: Any) -> dict[str, Any]:
    operations = json.dumps({"query": IMPORT, "variables": {"input": {"file": None, **fields}}})
    response = await http.post(
        "/graphql", data={"operations": operations, "map": json.dumps({"0": ["variables.input.file"]})},
        files={"0": ("clients.csv", content, "text/csv")}, headers={"Apollo-Require-Preflight": "true", **headers})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def payload(body: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["customerImport"]
    return result


async def office(session: AsyncSession) -> Person:
    someone = await person(session, Role.OFFICE)
    await session.commit()
    return someone


async def test_the_office_imports_a_list_and_gets_the_report_row_by_row(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient) -> None:
    # given an existing client, and the office signed in
    existing = await factories.customer(session, display_name="Ada Park", emails=["ada@example.com"])
    clerk = await office(session)
    content = csv_file((*HEADER, "Colour"),
                       (*client("A. Park", email="ADA@example.com", tags="VIP"), "red"),
                       (*client("Bo Chen", phone="555 010 2030", place="Home", place_address="1 Elm St",
                                place_city="Avalon", notes="Cash only."), ""),
                       (*client("bo chen", phone="(555) 010-2030"), ""),
                       (*client("Cy", email="not an address"), ""))

    # when the office sends it
    result = payload(await send(http, clerk.bearer, content))

    # then the report says what became of each row, with totals and the columns as read
    assert result["userErrors"] == []
    report = result["report"]
    assert (report["dryRun"], report["encoding"], report["ignoredColumns"]) == (False, "utf-8", ["Colour"])
    assert report["columns"][:2] == [{"header": "Client Name", "field": "DISPLAY_NAME"},
                                     {"header": "Billing Name", "field": "BILLING_NAME"}]
    assert report["totals"] == {"rows": 4, "created": 1, "matched": 2, "rejected": 1, "possibleDuplicates": 0}
    ada, bo, bo_again, cy = report["rows"]
    assert (ada["outcome"], ada["customer"], ada["matchedBy"], ada["tagsAdded"]) == (
        "MATCHED", {"id": gid("Customer", existing), "displayName": "Ada Park"}, ["EMAIL"], ["VIP"])
    assert (bo["outcome"], bo["customer"]["displayName"], bo["propertyAdded"], bo["noteAdded"]) == (
        "CREATED", "Bo Chen", "Home", True)
    assert (bo_again["outcome"], bo_again["sameAsLine"], bo_again["customer"], bo_again["matchedBy"]) == (
        "MATCHED", 3, bo["customer"], ["NAME", "PHONE"])
    assert (cy["line"], cy["outcome"], cy["customer"]) == (5, "REJECTED", None)
    assert "not a valid e-mail address" in cy["problems"][0]


async def test_a_dry_run_reports_and_writes_nothing(sessions: Sessions, session: AsyncSession,
                                                    http: httpx.AsyncClient) -> None:
    # given the office, and the tables as they are
    clerk = await office(session)
    before = await table_rows(sessions)

    # when it checks a list with a dry run, a mapping naming its odd column
    result = payload(await send(http, clerk.bearer, b"Who,Mobile\nAda Park,555 010 2030\nada park,\n",
                                dryRun=True, mapping=[{"header": "who", "field": "DISPLAY_NAME"}]))

    # then the report is what an import would do, and nothing was written
    report = result["report"]
    assert report["dryRun"] is True
    assert [(row["outcome"], row["customer"], row["sameAsLine"]) for row in report["rows"]] == [
        ("CREATED", None, None), ("MATCHED", None, 2)]
    assert await table_rows(sessions) == before


@pytest.mark.parametrize(("content", "field", "message"), [
    (b"Name\n" + b"x" * (customer_import.MAX_API_BYTES + 1), ["input", "file"], "larger than 2 MiB"),
    (b"Name\n" + b"Client\n" * (customer_import.MAX_API_ROWS + 1), ["input", "file"], "more than 1,000 clients"),
    (b"Email\nada@example.com\n", ["input", "mapping"], "No column holds the client's name"),
])
async def test_a_file_over_the_caps_or_without_names_is_refused_whole(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, content: bytes, field: list[str],
        message: str) -> None:
    # given the office
    clerk = await office(session)
    before = await table_rows(sessions)

    # when it sends a file too large, too long, or without a name column
    result = payload(await send(http, clerk.bearer, content))

    # then it is refused with one userError saying what to do, and nothing was written
    assert result["report"] is None
    [error] = result["userErrors"]
    assert error["field"] == field and message in error["message"]
    assert await table_rows(sessions) == before


@pytest.mark.parametrize("who", ["employee", "client", "integration"])
async def test_only_the_office_may_import(sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient,
                                          who: str) -> None:
    # given a field employee, a client user, or a client's integration token
    customer = await factories.customer(session)
    if who == "integration":
        _, token = await create_api_token(session, factories.office(), customer_id=customer.id,  # type: ignore[arg-type]
                                          name="PM software")
        headers = {"Authorization": f"Bearer {token}"}
    else:
        worker = await factories.employee(session) if who == "employee" else None
        someone = await person(session, Role.EMPLOYEE if worker else Role.CUSTOMER, worker=worker,
                               customer=None if worker else customer)
        headers = someone.bearer
    await session.commit()
    before = await table_rows(sessions)

    # when they send a list
    body = await send(http, headers, csv_file(HEADER, client("Ada Park")))

    # then it is the one FORBIDDEN error, and nothing was written
    assert body["data"] is None or body["data"]["customerImport"] is None
    assert [error["extensions"]["code"] for error in body["errors"]] == ["FORBIDDEN"]
    assert await table_rows(sessions) == before
