"""A real company starts from nothing through the API: after `dop create-user --role owner` (its business
function), the owner signs in on an empty database and sets up the company, the catalog with a checklist, an
employee who can sign in, and a team; then books a customer's job, the employee works it to Finished, and the
owner bills it on an invoice numbered and taxed as set up. Everything over HTTP against the real app."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from models import OutboxMail
from models.enums import Role
from resolvers.users import create_user
from tests.auth.helpers import fresh_rate_limits
from tests.factories_proof import app, files_dir, http

__all__ = ["app", "files_dir", "fresh_rate_limits", "http"]  # fixtures

Sessions = async_sessionmaker[AsyncSession]
ERRORS = "userErrors { field code message }"


class Api:
    """GraphQL over HTTP as one signed-in person (or nobody)."""

    def __init__(self, http: httpx.AsyncClient, token: str | None = None) -> None:
        self.http, self.token = http, token

    async def run(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        response = await self.http.post("/graphql", json={"query": query, "variables": variables or {}},
                                        headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data

    async def mutate(self, name: str, input_type: str, variables: dict[str, Any], selection: str) -> dict[str, Any]:
        query = f"mutation ($input: {input_type}!) {{ {name}(input: $input) {{ {selection} {ERRORS} }} }}"
        payload: dict[str, Any] = (await self.run(query, {"input": variables}))[name]
        assert payload["userErrors"] == [], payload["userErrors"]
        return payload


async def signed_in(http: httpx.AsyncClient, sessions: Sessions, username: str, email: str) -> Api:
    """Ask for a code, read it from the outbox (no SMTP server configured: the mail is kept there), sign in."""
    anonymous = Api(http)
    await anonymous.run("mutation ($u: String!) { requestLoginCode(input: {username: $u}) { message } }",
                        {"u": username})
    async with sessions() as check:
        mail = (await check.execute(sa.select(OutboxMail).where(col(OutboxMail.to_address) == email)
                                    .order_by(col(OutboxMail.id).desc()).limit(1))).scalar_one()
    code = re.search(r"\b(\d{6})\b", mail.body_text)
    assert code is not None, mail.body_text
    payload = await anonymous.mutate("signIn", "SignInInput", {"username": username, "code": code.group(1)},
                                     "token")
    return Api(http, payload["token"])


async def test_an_owner_sets_up_a_company_from_an_empty_database_and_bills_the_first_job(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient) -> None:
    # given an empty database where `dop create-user --role owner` made the first user
    await create_user(session, role=Role.OWNER, username="boss", email="boss@glimmer.example.com")
    await session.commit()
    owner = await signed_in(http, sessions, "boss", "boss@glimmer.example.com")

    # when the owner sets up the company, a service with its checklist, an employee who signs in, and a team
    company = await owner.mutate("companyUpdate", "CompanyUpdateInput", {
        "name": "Glimmer Cleaning", "timeZone": "America/Chicago", "currency": "USD", "taxRate": "8.25",
        "cardFeePercent": "2.9", "cardFeeFixed": "0.30", "paymentTermsDays": 14, "invoicePrefix": "GC-",
        "nextInvoiceNumber": 100, "address": {"line1": "500 Lake Shore Dr", "city": "Chicago", "region": "IL"},
    }, "company { name invoicePrefix nextInvoiceNumber }")
    assert company["company"] == {"name": "Glimmer Cleaning", "invoicePrefix": "GC-", "nextInvoiceNumber": 100}
    service = (await owner.mutate("serviceCreate", "ServiceCreateInput", {
        "name": "Standard clean", "defaultPrice": "150.00", "taxable": True}, "service { id }"))["service"]["id"]
    await owner.mutate("checklistTemplateSet", "ChecklistTemplateSetInput", {"serviceId": service, "items": [
        {"label": "Kitchen"}, {"label": "Lock the door", "required": True}]}, "service { id }")
    rosa = (await owner.mutate("employeeCreate", "EmployeeCreateInput", {
        "name": "Rosa Diaz", "email": "rosa@glimmer.example.com", "newUser": {"username": "rosa"}},
        "employee { id user { username } }"))["employee"]
    assert rosa["user"] == {"username": "rosa"}
    team = (await owner.mutate("teamCreate", "TeamCreateInput", {"name": "Blue team", "memberIds": [rosa["id"]]},
                               "team { id members { name } }"))["team"]
    assert team["members"] == [{"name": "Rosa Diaz"}]

    # and books a job for a new customer with that service, the team and Rosa
    customer = (await owner.mutate("customerCreate", "CustomerCreateInput", {
        "displayName": "Hollis Residence", "emails": ["dana@example.com"]}, "customer { id }"))["customer"]["id"]
    place = (await owner.mutate("propertyCreate", "PropertyCreateInput", {
        "customerId": customer, "name": "Elm Row House", "address": {"line1": "12 Elm Row", "city": "Evanston"}},
        "property { id }"))["property"]["id"]
    start = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    job = (await owner.mutate("jobCreate", "JobCreateInput", {
        "customerId": customer, "propertyId": place, "scheduledStart": start, "teamId": team["id"],
        "employeeIds": [rosa["id"]], "services": [{"serviceId": service}]},
        "job { id checklist { id label required } services { unitPrice { cents } } }"))["job"]
    assert [(item["label"], item["required"]) for item in job["checklist"]] == [("Kitchen", False),
                                                                                 ("Lock the door", True)]
    assert job["services"] == [{"unitPrice": {"cents": 15_000}}]

    # and Rosa signs in and works the job to Finished, ticking the required item
    crew = await signed_in(http, sessions, "rosa", "rosa@glimmer.example.com")
    for status in ("ON_THE_WAY", "STARTED"):
        await crew.mutate("jobSetStatus", "JobSetStatusInput", {"jobId": job["id"], "status": status}, "job { id }")
    for item in job["checklist"]:
        await crew.mutate("checklistItemSetDone", "ChecklistItemSetDoneInput", {"itemId": item["id"], "done": True},
                          "checklistItem { id }")
    await crew.mutate("jobSetStatus", "JobSetStatusInput", {"jobId": job["id"], "status": "FINISHED"}, "job { id }")

    # then the owner bills it: invoice GC-100, $150 + 8.25 % tax, due in 14 days
    invoice = (await owner.mutate(
        "invoiceCreate", "InvoiceCreateInput", {"customerId": customer, "jobIds": [job["id"]]},
        "invoice { displayNumber status subtotal { cents } tax { cents } total { cents } issuedOn dueOn }"))["invoice"]
    assert (invoice["displayNumber"], invoice["status"]) == ("GC-100", "OPEN")
    assert (invoice["subtotal"]["cents"], invoice["tax"]["cents"], invoice["total"]["cents"]) == (15_000, 1_238, 16_238)
    issued = datetime.fromisoformat(invoice["issuedOn"]).date()
    assert datetime.fromisoformat(invoice["dueOn"]).date() == issued + timedelta(days=14)
    # and the office's view of the company shows the sequence moved on
    assert (await owner.run("{ company { nextInvoiceNumber } }"))["company"] == {"nextInvoiceNumber": 101}
