"""companyUpdate: the owner sets the company up (on an empty database too) and changes it; the next invoice,
its PDF, its e-mail and the next checkout use the new values; bad values are refused with nothing saved; nobody
but the owner may change it (the office reads it)."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col

from auth.viewer import Viewer
from models import Activity, Company, Notification, OutboxMail
from models.enums import JobStatus, Role
from resolvers.billing.numbering import company_today
from resolvers.company import SETTINGS_LOCK
from tests import factories
from tests import factories_billing as billing
from tests.documents import client, document_app, image_count, path_of, pdf_text
from tests.factories_proof import PDF, app, gif, http, jpeg, person, png
from tests.factories_setup import (
    assert_forbidden_to_all_but_the_owner,
    files_dir,
    files_on_disk,
    setup_state,
    upload,
)
from tests.graphql import execute, gid
from tests.stripe_server import (  # noqa: F401 - fixtures
    StripeServer,
    stripe_configured_fixture,
    stripe_server_fixture,
)

__all__ = ["app", "files_dir", "http"]  # fixtures

Sessions = async_sessionmaker[AsyncSession]
SETTINGS = """name timeZone currency email phone website
  address { line1 line2 city region postalCode country }
  taxRate cardFeePercent cardFeeFixed { amount cents } achFeePercent achFeeFixed { amount cents }
  paymentTermsDays invoicePrefix nextInvoiceNumber notifyClientsOnJobFinished hasLogo"""
UPDATE = f"""
mutation ($input: CompanyUpdateInput!) {{
  companyUpdate(input: $input) {{ company {{ {SETTINGS} }} userErrors {{ field code message }} }}
}}"""
READ = f"{{ company {{ {SETTINGS} }} }}"
INVOICE_CREATE = """
mutation ($input: InvoiceCreateInput!) {
  invoiceCreate(input: $input) {
    invoice { id number displayNumber issuedOn dueOn taxRate pdfUrl subtotal { cents } tax { cents } total { cents } }
    userErrors { field code message }
  }
}"""
CHECKOUT = """
mutation ($input: CheckoutSessionCreateInput!) {
  checkoutSessionCreate(input: $input) { checkoutSession { amount { cents } fee { cents } } userErrors { code } }
}"""


async def update(sessions: Sessions, changes: dict[str, Any]) -> dict[str, Any]:
    payload: dict[str, Any] = (await execute(sessions, factories.owner(), UPDATE, {"input": changes}))["companyUpdate"]
    return payload


def errors(payload: dict[str, Any]) -> list[tuple[list[str] | None, str]]:
    return [(error["field"], error["code"]) for error in payload["userErrors"]]


async def company_row(sessions: Sessions) -> Company | None:
    async with sessions() as check:
        return (await check.execute(sa.select(Company))).scalar()


# ------------------------------------------------------------------------------------------------ happy paths


async def test_the_owner_sets_up_the_company_on_an_empty_database(sessions: Sessions, session: AsyncSession) -> None:
    # given a database with no company yet (only the owner `dop create-user` made)
    owner = await factories.user(session, Role.OWNER)
    await session.commit()
    assert await company_row(sessions) is None

    # when the owner saves the company's settings
    payload = (await execute(sessions, Viewer(user_id=owner.id, role=Role.OWNER), UPDATE, {"input": {
        "name": "  Glimmer   Cleaning LLC ", "timeZone": "America/Chicago", "currency": "cad",
        "address": {"line1": "500 Lake Shore Dr", "city": "Chicago", "region": "IL", "postalCode": "60611"},
        "email": "Hello@Glimmer.example.com", "phone": "(312) 555-0100", "website": "https://glimmer.example.com",
        "taxRate": "10.25", "cardFeePercent": "2.9", "cardFeeFixed": "0.30", "achFeePercent": "0.8",
        "achFeeFixed": "0", "paymentTermsDays": 15, "invoicePrefix": "GC-", "nextInvoiceNumber": 2001,
        "notifyClientsOnJobFinished": False,
    }}))["companyUpdate"]

    # then the company exists with exactly those settings, cleaned
    assert payload["userErrors"] == []
    assert payload["company"] == {
        "name": "Glimmer Cleaning LLC", "timeZone": "America/Chicago", "currency": "CAD",
        "email": "hello@glimmer.example.com", "phone": "+13125550100", "website": "https://glimmer.example.com",
        "address": {"line1": "500 Lake Shore Dr", "line2": None, "city": "Chicago", "region": "IL",
                    "postalCode": "60611", "country": "US"},
        "taxRate": "10.2500", "cardFeePercent": "2.900", "cardFeeFixed": {"amount": "0.30", "cents": 30},
        "achFeePercent": "0.800", "achFeeFixed": {"amount": "0.00", "cents": 0}, "paymentTermsDays": 15,
        "invoicePrefix": "GC-", "nextInvoiceNumber": 2001, "notifyClientsOnJobFinished": False, "hasLogo": False,
    }
    # and the office reads the same settings, and the activity trail names the owner
    assert (await execute(sessions, factories.office(), READ))["company"] == payload["company"]
    async with sessions() as check:
        [entry] = (await check.execute(sa.select(Activity))).scalars().all()
    assert (entry.verb, entry.actor_user_id, entry.subject_type, entry.customer_id) == (
        "company.created", owner.id, "Company", None)


@pytest.mark.committed  # two requests on their own connections
async def test_two_first_set_ups_at_once_make_one_company(sessions: Sessions) -> None:
    # given an empty database, and the settings lock held for a moment (as by a set-up in flight)
    async with sessions() as blocker, blocker.begin():
        await blocker.execute(sa.select(sa.func.pg_advisory_xact_lock(SETTINGS_LOCK)))
        # when two first set-ups arrive at once (a double click on Save)
        both = asyncio.gather(*(update(sessions, {"name": name}) for name in ("First", "Second")))
        await billing.wait_for_lock_waiters(sessions, 2)
    results = await both

    # then both are saved, one after the other, on one company row
    assert [result["userErrors"] for result in results] == [[], []]
    async with sessions() as check:
        rows = (await check.execute(sa.select(Company))).scalars().all()
        verbs = sorted(a.verb for a in (await check.execute(sa.select(Activity))).scalars())
    assert len(rows) == 1 and rows[0].name in ("First", "Second")
    assert verbs == ["company.created", "company.updated"]


async def test_a_change_touches_only_the_fields_given_and_saving_it_again_changes_nothing(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a company
    await factories.company(session, name="Sparkle", tax_rate=Decimal("8.875"), invoice_prefix="INV-")
    await session.commit()

    # when the owner changes the tax rate, twice (a retried request)
    first = await update(sessions, {"taxRate": "9"})
    second = await update(sessions, {"taxRate": "9"})

    # then only the tax rate changed, and the trail has one entry for the one change
    assert first == second
    assert (first["company"]["name"], first["company"]["taxRate"], first["company"]["invoicePrefix"]) == (
        "Sparkle", "9.0000", "INV-")
    async with sessions() as check:
        verbs = [(a.verb, a.details) for a in (await check.execute(sa.select(Activity))).scalars()]
    assert verbs == [("company.updated", {"fields": ["tax_rate"]})]


async def test_the_next_invoice_and_its_e_mail_use_the_new_prefix_number_tax_and_terms(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a company billing 8.875 % from INV-1001, an invoice already issued, and a finished job to bill for a
    # customer whose portal user gets invoice e-mails
    await factories.company(session, name="Sparkle", next_invoice_number=1001, payment_terms_days=30)
    customer, place = await billing.customer_with_property(session)
    await factories.user(session, Role.CUSTOMER, customer_id=customer.id, email="dana@example.com")
    earlier = await factories.invoice(session, [await billing.finished_job(session, place)], number=1001)
    job = await billing.finished_job(session, place, lines=[("Deep clean", Decimal("1"), 20_000, True),
                                                            ("Windows", Decimal("1"), 5_000, False)])
    await session.commit()

    # when the owner renames the company, sets a prefix, a new sequence, 10 % tax and 15-day terms,
    payload = await update(sessions, {"name": "Glimmer Cleaning", "invoicePrefix": "GC-", "nextInvoiceNumber": 5000,
                                      "taxRate": "10", "paymentTermsDays": 15})
    assert payload["userErrors"] == []
    # and the office bills the job
    created = (await execute(sessions, factories.office(), INVOICE_CREATE, {"input": {
        "customerId": gid("Customer", customer), "jobIds": [gid("Job", job)]}}))["invoiceCreate"]

    # then the invoice is GC-5000, taxed 10 % on the taxable line only, due in 15 days where the company is
    assert created["userErrors"] == []
    invoice = created["invoice"]
    assert (invoice["number"], invoice["displayNumber"], invoice["taxRate"]) == (5000, "GC-5000", "10.0000")
    assert (invoice["subtotal"]["cents"], invoice["tax"]["cents"], invoice["total"]["cents"]) == (25_000, 2_000, 27_000)
    company = await company_row(sessions)
    assert company is not None and company.next_invoice_number == 5001
    assert invoice["dueOn"] == (company_today(company) + timedelta(days=15)).isoformat()
    # and the invoice already issued keeps its number and tax rate
    async with sessions() as check:
        kept = (await check.execute(sa.text("SELECT number, tax_rate FROM invoice WHERE id = :id"),
                                    {"id": earlier.id})).one()
        mail = (await check.execute(sa.select(OutboxMail).where(col(OutboxMail.to_address) == "dana@example.com"))
                ).scalar_one()
    assert (kept.number, kept.tax_rate) == (1001, Decimal("8.8750"))
    # and the client's e-mail names the new company and number
    assert mail.subject == "Invoice GC-5000: $270.00"
    assert "Glimmer Cleaning has issued invoice GC-5000 for $270.00" in mail.body_text


async def test_the_next_checkout_charges_the_new_card_fee(
        sessions: Sessions, session: AsyncSession, stripe_configured: StripeServer) -> None:
    # given an open invoice of $108.88 and a company charging 2.9 % + $0.30 on cards
    await factories.company(session)
    customer, invoice = await billing.customer_with_invoice(session)
    await session.commit()

    # when the owner changes the card fee to 3.5 % + $0.50 and the client pays by card
    assert (await update(sessions, {"cardFeePercent": "3.5", "cardFeeFixed": "0.50"}))["userErrors"] == []
    checkout = (await execute(sessions, factories.client_of(customer), CHECKOUT, {"input": {
        "invoiceId": gid("Invoice", invoice), "method": "CARD"}}))["checkoutSessionCreate"]

    # then the fee on the checkout is 3.5 % of 10 888 = 381.08 → 381, plus 50
    assert checkout["userErrors"] == []
    assert checkout["checkoutSession"] == {"amount": {"cents": billing.TOTAL}, "fee": {"cents": 431}}


async def test_clients_hear_of_a_finished_job_only_while_the_company_says_so(
        sessions: Sessions, session: AsyncSession) -> None:
    # given two started jobs of a customer whose portal user would be told when a job is finished
    await factories.company(session)
    customer, place = await billing.customer_with_property(session)
    await factories.user(session, Role.CUSTOMER, customer_id=customer.id)
    first, second = [await factories.job(session, place, status=JobStatus.STARTED) for _ in range(2)]
    await session.commit()
    finish = "mutation ($id: ID!) { jobSetStatus(input: {jobId: $id, status: FINISHED}) { userErrors { code } } }"

    # when the owner turns the notifications off, the office finishes one job, then turns them on and finishes the
    # other
    await update(sessions, {"notifyClientsOnJobFinished": False})
    await execute(sessions, factories.office(), finish, {"id": gid("Job", first)})
    await update(sessions, {"notifyClientsOnJobFinished": True})
    await execute(sessions, factories.office(), finish, {"id": gid("Job", second)})

    # then the client was told of the second job only
    async with sessions() as check:
        told = (await check.execute(sa.select(col(Notification.subject_id)))).scalars().all()
    assert told == [second.id]


async def test_the_logo_is_stored_and_printed_on_the_next_pdf_and_null_removes_it(
        engine: AsyncEngine, sessions: Sessions, session: AsyncSession, files_dir: Path) -> None:
    # given a company without a logo, and an open invoice
    await factories.company(session, name="Glimmer Cleaning")
    _, invoice = await billing.customer_with_invoice(session)
    await session.commit()
    url = (await execute(sessions, factories.office(), "query ($id: ID!) { node(id: $id) { ... on Invoice { pdfUrl "
                         "} } }", {"id": gid("Invoice", invoice)}))["node"]["pdfUrl"]
    async with client(document_app(engine, sessions)) as http:
        before = (await http.get(path_of(url))).content
    assert image_count(before) == 0

    # when the owner uploads a PNG logo
    logo = png(240, 60)
    payload = await update(sessions, {"logo": upload(logo, "logo.PNG")})

    # then it is stored under the files directory (a PNG, by its bytes) and the next PDF embeds it
    assert payload["userErrors"] == [] and payload["company"]["hasLogo"] is True
    company = await company_row(sessions)
    assert company is not None and company.logo_path is not None and company.logo_path.endswith(".png")
    assert (files_dir / company.logo_path).read_bytes() == logo
    async with client(document_app(engine, sessions)) as http:
        after = (await http.get(path_of(url))).content
    assert image_count(after) == 1
    assert "Glimmer Cleaning" in pdf_text(after)

    # and a JPEG replaces it, and null removes it (the wordmark is printed again)
    assert (await update(sessions, {"logo": upload(jpeg(120, 40), "logo.jpeg")}))["company"]["hasLogo"] is True
    assert (await company_row(sessions)).logo_path.endswith(".jpg")  # type: ignore[union-attr]
    assert (await update(sessions, {"logo": None}))["company"]["hasLogo"] is False
    async with client(document_app(engine, sessions)) as http:
        assert image_count((await http.get(path_of(url))).content) == 0


async def test_a_logo_arrives_as_a_graphql_multipart_upload_over_http(
        sessions: Sessions, session: AsyncSession, http: httpx.AsyncClient, files_dir: Path) -> None:
    # given a company and its signed-in owner
    await factories.company(session)
    owner = await person(session, Role.OWNER)
    await session.commit()
    logo = jpeg(300, 100)
    # when the owner's browser sends the logo as a multipart request (with the CSRF-safe header)
    operations = json.dumps({"query": UPDATE, "variables": {"input": {"logo": None}}})
    response = await http.post("/graphql", data={"operations": operations,
                                                 "map": json.dumps({"0": ["variables.input.logo"]})},
                               files={"0": ("brand.jpg", logo, "image/jpeg")},
                               headers={"Apollo-Require-Preflight": "true", **owner.bearer})
    # then it is saved and stored where the PDFs look for it
    assert response.status_code == 200, response.text
    assert response.json()["data"]["companyUpdate"]["company"]["hasLogo"] is True
    company = await company_row(sessions)
    assert company is not None and company.logo_path is not None
    assert (files_dir / company.logo_path).read_bytes() == logo


async def test_the_currency_changes_only_before_billing_starts(sessions: Sessions, session: AsyncSession) -> None:
    # given a company in USD with no invoice or payment yet
    await factories.company(session)
    await session.commit()
    # when the owner switches to CAD, it is saved
    assert (await update(sessions, {"currency": "CAD"}))["company"]["currency"] == "CAD"

    # given an invoice now exists
    await billing.customer_with_invoice(session)
    await session.commit()
    # when the owner tries EUR, it is refused and explained; the same currency is accepted
    refused = await update(sessions, {"currency": "EUR", "taxRate": "5"})
    assert errors(refused) == [(["input", "currency"], "CONFLICT")]
    assert "already exist in CAD" in refused["userErrors"][0]["message"]
    company = await company_row(sessions)
    assert company is not None and (company.currency, company.tax_rate) == ("CAD", Decimal("8.875"))
    assert (await update(sessions, {"currency": "cad"}))["userErrors"] == []


# ------------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(("changes", "expected", "message"), [
    ({"name": "   "}, [(["input", "name"], "REQUIRED")], "cannot be blank"),
    ({"name": "x" * 121}, [(["input", "name"], "INVALID")], "at most 120"),
    ({"timeZone": "Mars/Olympus_Mons"}, [(["input", "timeZone"], "INVALID")], "not a time zone"),
    ({"timeZone": "../../etc/passwd"}, [(["input", "timeZone"], "INVALID")], "not a time zone"),
    ({"timeZone": None}, [(["input", "timeZone"], "REQUIRED")], "time zone"),
    ({"currency": "XYZ"}, [(["input", "currency"], "INVALID")], "ISO 4217"),
    ({"currency": "XAU"}, [(["input", "currency"], "INVALID")], "ISO 4217"),
    ({"currency": "JPY"}, [(["input", "currency"], "INVALID")], "0 decimal places"),
    ({"currency": ""}, [(["input", "currency"], "REQUIRED")], "currency"),
    ({"taxRate": "100"}, [(["input", "taxRate"], "INVALID")], "from 0 to less than 100"),
    ({"taxRate": "-1"}, [(["input", "taxRate"], "INVALID")], "from 0 to less than 100"),
    ({"taxRate": "8.12345"}, [(["input", "taxRate"], "INVALID")], "at most 4 decimals"),
    ({"taxRate": None}, [(["input", "taxRate"], "REQUIRED")], "0 for none"),
    ({"cardFeePercent": "2.9999"}, [(["input", "cardFeePercent"], "INVALID")], "at most 3 decimals"),
    ({"achFeePercent": "150"}, [(["input", "achFeePercent"], "INVALID")], "less than 100"),
    ({"cardFeeFixed": "0.305"}, [(["input", "cardFeeFixed"], "INVALID")], "at most 2 decimals"),
    ({"achFeeFixed": "-0.25"}, [(["input", "achFeeFixed"], "INVALID")], "from 0"),
    ({"cardFeeFixed": None}, [(["input", "cardFeeFixed"], "REQUIRED")], "0 for none"),
    ({"paymentTermsDays": -1}, [(["input", "paymentTermsDays"], "INVALID")], "0 (due on receipt) to 365"),
    ({"paymentTermsDays": 366}, [(["input", "paymentTermsDays"], "INVALID")], "365 days"),
    ({"invoicePrefix": "INV 2026/"}, [(["input", "invoicePrefix"], "INVALID")], "letters, digits"),
    ({"invoicePrefix": "A" * 13}, [(["input", "invoicePrefix"], "INVALID")], "up to 12"),
    ({"invoicePrefix": 'X"'}, [(["input", "invoicePrefix"], "INVALID")], "letters, digits"),
    ({"nextInvoiceNumber": 1500}, [(["input", "nextInvoiceNumber"], "INVALID")], "must be 1502 or higher"),
    ({"nextInvoiceNumber": None}, [(["input", "nextInvoiceNumber"], "REQUIRED")], "next invoice"),
    ({"email": "not-an-address"}, [(["input", "email"], "INVALID")], "not a valid e-mail"),
    ({"phone": "12"}, [(["input", "phone"], "INVALID")], "phone"),
    ({"website": "glimmer dot com"}, [(["input", "website"], "INVALID")], "https://"),
    ({"address": {"line1": "1 Main St", "country": "ZZ"}}, [(["input", "address", "country"], "INVALID")],
     "country code"),
    ({"notifyClientsOnJobFinished": None}, [(["input", "notifyClientsOnJobFinished"], "REQUIRED")], "true or false"),
    # every problem at once, in input order
    ({"name": "", "timeZone": "Nowhere", "taxRate": "101"},
     [(["input", "name"], "REQUIRED"), (["input", "timeZone"], "INVALID"), (["input", "taxRate"], "INVALID")], ""),
])
async def test_bad_settings_are_refused_and_nothing_changes(
        sessions: Sessions, session: AsyncSession, changes: dict[str, Any],
        expected: list[tuple[list[str], str]], message: str) -> None:
    # given a company whose invoices reach number 1501
    await factories.company(session, next_invoice_number=1502)
    _, place = await billing.customer_with_property(session)
    await billing.issued_invoice(session, place, number=1501)
    await session.commit()
    before = await setup_state(sessions)

    # when the owner sends a bad value
    payload = await update(sessions, {**changes})

    # then it is refused, saying what to fix, and nothing changed
    assert payload["company"] is None
    assert errors(payload) == expected
    assert message in payload["userErrors"][0]["message"]
    assert await setup_state(sessions) == before


async def test_the_next_number_may_be_lowered_down_to_the_highest_used_plus_one(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a company whose sequence was set too high by mistake, and invoices up to 1501
    await factories.company(session, next_invoice_number=90_000)
    _, place = await billing.customer_with_property(session)
    await billing.issued_invoice(session, place, number=1501)
    await session.commit()
    # when the owner sets it back to 1502, it is saved (no number is ever used twice)
    assert (await update(sessions, {"nextInvoiceNumber": 1502}))["company"]["nextInvoiceNumber"] == 1502


async def test_the_first_set_up_needs_a_name(sessions: Sessions) -> None:
    before = await setup_state(sessions)
    payload = await update(sessions, {"timeZone": "America/Denver"})
    assert errors(payload) == [(["input", "name"], "REQUIRED")]
    assert await setup_state(sessions) == before


@pytest.mark.parametrize(("content", "filename", "message"), [
    (PDF, "logo.pdf", "A logo is a PNG or JPEG image; this file is a PDF."),
    (gif(), "logo.gif", "A logo is a PNG or JPEG image; this file is a GIF image."),
    (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "logo.svg",
     "A logo is a PNG or JPEG image; this file is an SVG drawing."),
    (jpeg()[:300], "logo.jpg", "can't be read"),
    (b"", "logo.png", "This file is empty; choose the logo again."),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * (2 * 1024 * 1024), "huge.png", "the limit is 2 MB"),
])
async def test_a_logo_that_is_not_a_png_or_jpeg_under_2_mb_is_refused_and_nothing_is_stored(
        sessions: Sessions, session: AsyncSession, files_dir: Path, content: bytes, filename: str,
        message: str) -> None:
    await factories.company(session)
    await session.commit()
    before = await setup_state(sessions)
    payload = await update(sessions, {"logo": upload(content, filename), "name": "New name"})
    assert errors(payload) == [(["input", "logo"], "INVALID")]
    assert message in payload["userErrors"][0]["message"]
    assert await setup_state(sessions) == before
    assert files_on_disk(files_dir) == []


async def test_a_good_logo_is_not_stored_when_another_setting_is_refused(
        sessions: Sessions, session: AsyncSession, files_dir: Path) -> None:
    await factories.company(session)
    await session.commit()
    payload = await update(sessions, {"logo": upload(png()), "timeZone": "Atlantis/Capital"})
    assert errors(payload) == [(["input", "timeZone"], "INVALID")]
    assert files_on_disk(files_dir) == []


# ------------------------------------------------------------------------------------------------ access


async def test_nobody_but_the_owner_may_change_the_company(sessions: Sessions, session: AsyncSession) -> None:
    await factories.company(session, name="Sparkle")
    await assert_forbidden_to_all_but_the_owner(sessions, session, UPDATE, {"input": {"name": "Hijacked"}})


async def test_the_office_reads_the_settings_and_clients_and_the_crew_only_the_public_face(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a company with billing settings
    await factories.company(session, name="Sparkle", invoice_prefix="SP-", payment_terms_days=10)
    customer = await factories.customer(session)
    worker = await factories.employee(session)
    await session.commit()

    # when the office, a field employee and a client read the company
    office = (await execute(sessions, factories.office(), READ))["company"]
    others = [(await execute(sessions, viewer, READ))["company"]
              for viewer in (factories.field_worker(worker), factories.client_of(customer))]

    # then the office sees the settings; the others the name, time zone and currency, and null for the rest
    assert (office["invoicePrefix"], office["paymentTermsDays"], office["cardFeeFixed"]["cents"]) == ("SP-", 10, 30)
    public = {"name", "timeZone", "currency", "email", "phone", "website"}
    for seen in others:
        assert seen["name"] == "Sparkle" and seen["currency"] == "USD"
        assert {key for key, value in seen.items() if value is not None} <= public
