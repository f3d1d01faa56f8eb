"""The PDFs show the API's figures for the same object, and no internal note, ever.

Each PDF is fetched through its signed link (`pdfUrl`, `receiptUrl`, `statementUrl`), turned into text
with `pdftotext -layout` and compared with the GraphQL answer for the same object; its first page is
also turned into a PNG under tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from adapters.documents import format_day
from models import Allocation, PaymentTransaction
from models.base import row_id
from models.enums import InvoiceStatus, PaymentMethod, TransactionStatus
from tests import factories
from tests.conftest import DemoDatabase
from tests.documents import (
    client,
    document_app,
    dollars,
    first_page_png,
    flat,
    image_count,
    path_of,
    pdf_text,
)
from tests.graphql import execute, gid

Sessions = async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class Demo:
    """Where the demo tests read: the demo copy's engine (for the document routes), sessions and a session."""

    engine: AsyncEngine
    sessions: Sessions
    session: AsyncSession


MONEY = "{ amount cents }"
INVOICE = f"""
query ($id: ID!) {{ node(id: $id) {{ ... on Invoice {{
  displayNumber status issuedOn dueOn taxRate pdfUrl
  subtotal {MONEY} tax {MONEY} total {MONEY} amountPaid {MONEY} balance {MONEY}
  customer {{ displayName billingName billingAddress {{ line1 city }} }}
  property {{ name address {{ line1 }} }}
  lines {{ description amount {MONEY} unitPrice {MONEY} }}
  transactions {{ method status amount {MONEY} fee {MONEY} allocations {{ amount {MONEY} invoice {{ id }} }} }}
}} }} }}"""


async def fetch(engine: AsyncEngine, sessions: Sessions, url: str) -> bytes:
    async with client(document_app(engine, sessions)) as http:
        response = await http.get(path_of(url))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    return response.content


async def internal_notes(session: AsyncSession) -> list[str]:
    texts: list[str] = []
    for table in ("invoice", "job", "customer", "property"):
        texts += [row[0] for row in await session.execute(
            sa.text(f"SELECT internal_notes FROM {table} WHERE internal_notes IS NOT NULL"))]
    return texts


def assert_no_internal_notes(text: str, notes: list[str]) -> None:
    flattened = flat(text)
    leaked = [note for note in notes if flat(note)[:40] in flattened]
    assert not leaked, f"internal notes printed: {leaked[:3]}"


def assert_invoice_figures(text: str, invoice: dict[str, Any]) -> None:
    """Every figure the API shows for the invoice is printed, formatted the documents' way."""
    flattened = flat(text)
    assert invoice["displayNumber"] in flattened
    for name in ("subtotal", "tax", "total", "amountPaid", "balance"):
        assert dollars(invoice[name]) in flattened, (name, invoice[name])
    assert format_day(date.fromisoformat(invoice["dueOn"])) in flattened
    assert {"OPEN": "Open", "PARTIALLY_PAID": "Partially paid", "PAID": "Paid", "VOID": "Void",
            "BAD_DEBT": "Bad debt"}[invoice["status"]] in flattened
    customer = invoice["customer"]
    assert (customer["billingName"] or customer["displayName"]) in flattened
    if invoice["property"]:
        assert invoice["property"]["name"] in flattened
    for line in invoice["lines"]:
        assert line["description"][:30] in flattened
        assert dollars(line["amount"]) in flattened
    for transaction in invoice["transactions"]:
        assert dollars(transaction["fee"]) in flattened


@pytest.fixture
async def demo(demo_database: DemoDatabase, demo_sessions: Sessions) -> AsyncIterator[Demo]:
    """The demo (this module's copy of the run's seeded template), in a transaction rolled back after the test."""
    async with demo_sessions() as session:
        yield Demo(demo_database.engine, demo_sessions, session)


async def test_demo_invoice_pdf_shows_the_api_figures_and_no_internal_note(
        demo: Demo) -> None:
    engine, sessions, session = demo.engine, demo.sessions, demo.session
    # given a demo invoice that is partly paid (the case with the most figures)
    listed = await execute(sessions, factories.office(), """{ invoices(first: 100, filter: {statuses: [PARTIALLY_PAID]})
        { nodes { id internalNotes transactions { id } } } }""")
    chosen = max(listed["invoices"]["nodes"], key=lambda node: (node["internalNotes"] is not None,
                                                                len(node["transactions"])))
    invoice = (await execute(sessions, factories.office(), INVOICE, {"id": chosen["id"]}))["node"]

    # when its PDF is downloaded through the link the API gave
    pdf = await fetch(engine, sessions, invoice["pdfUrl"])
    first_page_png(pdf, "demo-invoice")
    text = pdf_text(pdf)

    # then it prints the API's figures, the company, the time zone and currency, and no internal note
    assert_invoice_figures(text, invoice)
    assert "Sparkle" in text or "Clean" in text or len(text) > 200
    assert "America/New_York" in flat(text) and "USD" in text
    assert_no_internal_notes(text, await internal_notes(session))


async def test_demo_batch_pdf_lists_every_invoice_with_the_api_totals(
        demo: Demo) -> None:
    engine, sessions, session = demo.engine, demo.sessions, demo.session
    # given a demo batch with several invoices
    listed = await execute(sessions, factories.office(), f"""{{ batches(first: 50) {{ nodes {{
        id number status pdfUrl subtotal {MONEY} tax {MONEY} total {MONEY} amountPaid {MONEY} balance {MONEY}
        invoices {{ displayNumber issuedOn total {MONEY} amountPaid {MONEY} balance {MONEY}
                    property {{ name }} lines {{ description }} }}
        transactions {{ amount {MONEY} fee {MONEY} }} }} }} }}""")
    batch = max(listed["batches"]["nodes"], key=lambda node: len(node["invoices"]))
    assert len(batch["invoices"]) >= 2

    # when its PDF is downloaded
    pdf = await fetch(engine, sessions, batch["pdfUrl"])
    first_page_png(pdf, "demo-batch")
    text = flat(pdf_text(pdf))

    # then every invoice, its dates, services, property and payments appear, with the API's batch totals
    for name in ("subtotal", "tax", "total", "amountPaid", "balance"):
        assert dollars(batch[name]) in text, name
    for invoice in batch["invoices"]:
        assert invoice["displayNumber"] in text
        assert format_day(date.fromisoformat(invoice["issuedOn"])) in text
        for name in ("total", "amountPaid", "balance"):
            assert dollars(invoice[name]) in text
        if invoice["property"]:
            assert invoice["property"]["name"] in text
        for line in invoice["lines"]:
            assert line["description"][:30] in text
    for transaction in batch["transactions"]:
        assert dollars(transaction["amount"]) in text
    assert_no_internal_notes(text, await internal_notes(session))


async def test_demo_receipt_pdf_shows_amount_method_status_date_and_allocations(
        demo: Demo) -> None:
    engine, sessions, session = demo.engine, demo.sessions, demo.session
    # given a demo payment spread over invoices
    listed = await execute(sessions, factories.office(), f"""{{ transactions(first: 100) {{ nodes {{
        id method status occurredAt receiptUrl amount {MONEY}
        allocations {{ amount {MONEY} invoice {{ displayNumber }} }} }} }} }}""")
    transaction = max(listed["transactions"]["nodes"], key=lambda node: len(node["allocations"]))
    assert transaction["allocations"]

    # when its receipt is downloaded
    pdf = await fetch(engine, sessions, transaction["receiptUrl"])
    first_page_png(pdf, "demo-receipt")
    text = flat(pdf_text(pdf))

    # then amount, method, status, the date in the company's time zone and each allocation are printed
    assert dollars(transaction["amount"]) in text
    assert {"CARD": "Card", "ACH": "ACH", "CASH": "Cash", "CHECK": "Check", "BANK_TRANSFER": "Bank transfer",
            "ZELLE": "Zelle"}[transaction["method"]] in text
    assert transaction["status"].replace("_", " ").capitalize() in text
    occurred = datetime.fromisoformat(transaction["occurredAt"]).astimezone(ZoneInfo("America/New_York"))
    assert occurred.strftime("%b %d, %Y %I:%M %p") in text
    for allocation in transaction["allocations"]:
        assert allocation["invoice"]["displayNumber"] in text
        assert dollars(allocation["amount"]) in text
    assert_no_internal_notes(text, await internal_notes(session))


async def test_demo_statement_pdf_shows_open_invoices_aging_last_payment_and_credit(
        demo: Demo) -> None:
    engine, sessions, session = demo.engine, demo.sessions, demo.session
    # given the demo customer owing the most past due
    aging = f"""aging {{ asOf openBalance {MONEY} overdue {MONEY} current {MONEY} days1To30 {MONEY}
        days31To60 {MONEY} days61To90 {MONEY} over90Days {MONEY} credit {MONEY}
        lastPayment {{ amount {MONEY} }}
        openInvoices {{ daysOverdue balance {MONEY} invoice {{ displayNumber }} }} }}"""
    listed = await execute(sessions, factories.office(), f"""{{ customersByOverdue(first: 1) {{ nodes {{
        displayName statementUrl {aging} }} }} }}""")
    customer = listed["customersByOverdue"]["nodes"][0]
    health = customer["aging"]
    assert health["openInvoices"]

    # when the statement is downloaded
    pdf = await fetch(engine, sessions, customer["statementUrl"])
    first_page_png(pdf, "demo-statement")
    text = flat(pdf_text(pdf))

    # then every bucket, open invoice, the last payment and the credit match the API
    for name in ("openBalance", "overdue", "current", "days1To30", "days31To60", "days61To90", "over90Days",
                 "credit"):
        assert dollars(health[name]) in text, name
    for item in health["openInvoices"]:
        assert item["invoice"]["displayNumber"] in text
        assert dollars(item["balance"]) in text
    if health["lastPayment"]:
        assert dollars(health["lastPayment"]["amount"]) in text
    assert_no_internal_notes(text, await internal_notes(session))


async def test_a_card_fee_is_printed_and_the_logo_embedded_when_the_company_has_one(
        engine: AsyncEngine, sessions: Sessions, session: AsyncSession, tmp_path: Path) -> None:
    # given a company with a logo, and an invoice paid in part by card with a fee, plus internal notes
    logo = tmp_path / "logo.png"
    _write_logo(logo)
    await factories.company(session, name="Glimmer Cleaning LLC", logo_path=str(logo),
                            time_zone="America/Chicago", address_line1="500 Lake Shore Dr", city="Chicago",
                            region="IL", phone="+13125550100")
    owner = await factories.customer(session, display_name="Hollis Residence", billing_name="Dana Hollis",
                                     billing_address_line1="12 Elm Row", billing_city="Evanston",
                                     internal_notes="Secret: the key is under the third flowerpot")
    place = await factories.property_(session, owner, name="Elm Row House")
    done = await factories.job(session, place, internal_notes="Crew note: the dog bites strangers")
    invoice = await factories.invoice(session, [done], price=25_000, status=InvoiceStatus.PARTIALLY_PAID,
                                      internal_notes="Collections: call twice before writing off")
    card = PaymentTransaction(customer_id=row_id(owner), amount_cents=10_000, fee_cents=320, method=PaymentMethod.CARD,
                              status=TransactionStatus.COMPLETED, occurred_at=datetime(2026, 11, 2, 3, 30, tzinfo=UTC))
    session.add(card)
    await session.flush()
    session.add(Allocation(transaction_id=row_id(card), invoice_id=row_id(invoice), amount_cents=10_000))
    await session.commit()
    api = (await execute(sessions, factories.office(), INVOICE, {"id": gid("Invoice", invoice)}))["node"]

    # when the invoice PDF is downloaded
    pdf = await fetch(engine, sessions, api["pdfUrl"])
    first_page_png(pdf, "invoice-with-logo")
    text = pdf_text(pdf)

    # then the card fee, the figures and the payment time in Chicago time are printed, the logo is an image,
    # and none of the internal notes appear
    assert_invoice_figures(text, api)
    assert "Card fee" in text and "$3.20" in text
    assert "Nov 01, 2026 09:30 PM" in flat(text)  # 03:30 UTC on Nov 2 is the evening before in Chicago (CST)
    assert "Glimmer Cleaning LLC" in text and "America/Chicago" in flat(text)
    assert image_count(pdf) >= 1
    for note in ("third flowerpot", "dog bites", "call twice"):
        assert note not in text


async def test_without_a_logo_the_company_name_is_the_wordmark(
        engine: AsyncEngine, sessions: Sessions, session: AsyncSession) -> None:
    # given a company without a logo and an open invoice
    company = await factories.company(session, name="Brightside Maids")
    assert company.logo_path is None
    owner = await factories.customer(session)
    place = await factories.property_(session, owner)
    invoice = await factories.invoice(session, [await factories.job(session, place)], price=9_999)
    await session.commit()
    api = (await execute(sessions, factories.office(), INVOICE, {"id": gid("Invoice", invoice)}))["node"]

    # when it is downloaded
    text = pdf_text(await fetch(engine, sessions, api["pdfUrl"]))

    # then the name is printed (the wordmark) and the figures are the API's
    assert text.lstrip().startswith("Brightside Maids")
    assert_invoice_figures(text, api)
    assert api["balance"]["amount"] == str(Decimal(api["total"]["amount"]))


def _write_logo(path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 60), (15, 118, 110))
    ImageDraw.Draw(image).ellipse((8, 8, 52, 52), fill=(255, 255, 255))
    image.save(path)
