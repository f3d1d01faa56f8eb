"""Who may download which PDF: the same scope as GraphQL reads, or a signed link made for that document.

A document out of the viewer's scope (another customer's, a money document for a viewer without finances,
another property's invoice for a property-limited user) answers 404 exactly like one that does not exist.
A signed link works without any cookie, but only for the path it was signed for and only until it expires.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from auth.sessions import SESSION_COOKIE, start_session
from auth.signed_links import BATCH_PDF, INVOICE_PDF, RECEIPT_PDF, STATEMENT_PDF, sign_path
from auth.tokens import create_api_token
from models import Allocation, Batch, Customer, Invoice, PaymentTransaction, Property, User, UserProperty
from models.base import row_id
from models.enums import InvoiceStatus, PaymentMethod, Role, TransactionStatus
from tests import factories
from tests.documents import client, document_app, path_of, pdf_text
from tests.factories import DEPLOYMENT
from tests.graphql import execute, gid

Sessions = async_sessionmaker[AsyncSession]


@dataclass
class Account:
    customer: Customer
    places: list[Property]
    invoices: list[Invoice]
    batch: Batch
    payment: PaymentTransaction


async def _account(session: AsyncSession, name: str) -> Account:
    customer = await factories.customer(session, display_name=name)
    places = [await factories.property_(session, customer, name=f"{name} place {n}") for n in (1, 2)]
    batch = Batch(number=await _next_number(), customer_id=row_id(customer))
    session.add(batch)
    await session.flush()
    invoices = [await factories.invoice(session, [await factories.job(session, place)], batch_id=batch.id,
                                        status=InvoiceStatus.PARTIALLY_PAID) for place in places]
    payment = PaymentTransaction(customer_id=row_id(customer), batch_id=batch.id, amount_cents=1_000,
                                 method=PaymentMethod.CHECK, status=TransactionStatus.COMPLETED,
                                 occurred_at=datetime.now(UTC))
    session.add(payment)
    await session.flush()
    session.add(Allocation(transaction_id=row_id(payment), invoice_id=row_id(invoices[0]), amount_cents=1_000))
    await session.flush()
    return Account(customer=customer, places=places, invoices=invoices, batch=batch, payment=payment)


_numbers = iter(range(700, 10_000))


async def _next_number() -> int:
    return next(_numbers)


def _paths(account: Account) -> dict[str, str]:
    return {
        "invoice": INVOICE_PDF.format(id=account.invoices[0].id),
        "other_property_invoice": INVOICE_PDF.format(id=account.invoices[1].id),
        "batch": BATCH_PDF.format(id=account.batch.id),
        "receipt": RECEIPT_PDF.format(id=account.payment.id),
        "statement": STATEMENT_PDF.format(id=account.customer.id),
    }


@pytest.fixture
async def world(session: AsyncSession) -> dict[str, Account]:
    await factories.company(session)
    accounts = {"mine": await _account(session, "Mine"), "theirs": await _account(session, "Theirs")}
    await session.commit()
    return accounts


@pytest.fixture
async def http(engine: AsyncEngine, sessions: Sessions) -> AsyncIterator[httpx.AsyncClient]:
    async with client(document_app(engine, sessions)) as http:
        yield http


async def _cookie_of(session: AsyncSession, role: Role, customer: Customer | None = None, *,
                     finances: bool = True, only: list[Property] | None = None, employee_id: int | None = None,
                     ) -> dict[str, str]:
    user: User = await factories.user(session, role, customer_id=row_id(customer) if customer else None,
                                      finances=finances, employee_id=employee_id)
    for place in only or []:
        session.add(UserProperty(user_id=row_id(user), property_id=row_id(place)))
    _, token = await start_session(session, user.id)  # type: ignore[arg-type]
    await session.commit()
    return {SESSION_COOKIE: token}


async def _statuses(http: httpx.AsyncClient, paths: dict[str, str], **options: object) -> dict[str, int]:
    found = {}
    for name, path in paths.items():
        http.cookies.clear()
        found[name] = (await http.get(path, **options)).status_code  # type: ignore[arg-type]
    return found


async def test_a_client_downloads_their_own_documents_and_gets_404_for_another_customers(
        world: dict[str, Account], session: AsyncSession, http: httpx.AsyncClient) -> None:
    # given a portal user of one customer, signed in with a session cookie
    cookies = await _cookie_of(session, Role.CUSTOMER, world["mine"].customer)

    # when they download their documents and the other customer's
    mine = await _statuses(http, _paths(world["mine"]), cookies=cookies)
    theirs = await _statuses(http, _paths(world["theirs"]), cookies=cookies)

    # then theirs are found, the other customer's look like documents that do not exist
    assert set(mine.values()) == {200}, mine
    assert set(theirs.values()) == {404}, theirs


async def test_a_user_without_finances_gets_404_for_every_money_document(
        world: dict[str, Account], session: AsyncSession, http: httpx.AsyncClient) -> None:
    # given a site contact of the customer without finances
    cookies = await _cookie_of(session, Role.CUSTOMER, world["mine"].customer, finances=False)

    # when they ask for the customer's invoice, batch, receipt and statement
    statuses = await _statuses(http, _paths(world["mine"]), cookies=cookies)

    # then none exists for them
    assert set(statuses.values()) == {404}, statuses


async def test_a_property_limited_user_gets_their_propertys_invoice_only(
        world: dict[str, Account], session: AsyncSession, http: httpx.AsyncClient) -> None:
    # given a user limited to the first property, with finances
    mine = world["mine"]
    cookies = await _cookie_of(session, Role.CUSTOMER, mine.customer, only=[mine.places[0]])

    # when they download each document
    statuses = await _statuses(http, _paths(mine), cookies=cookies)

    # then only that property's invoice: account-wide documents (batch, receipt, statement) need every property
    assert statuses == {"invoice": 200, "other_property_invoice": 404, "batch": 404, "receipt": 404,
                        "statement": 404}


async def test_an_integration_token_downloads_its_customers_documents_with_a_bearer_header(
        world: dict[str, Account], session: AsyncSession, http: httpx.AsyncClient) -> None:
    # given an API token issued to the customer
    _, token = await create_api_token(session, factories.office(), customer_id=world["mine"].customer.id,  # type: ignore[arg-type]
                                      name="PM software")
    await session.commit()
    headers = {"Authorization": f"Bearer {token}"}

    # when it fetches its own documents and another customer's
    mine = await _statuses(http, _paths(world["mine"]), headers=headers)
    theirs = await _statuses(http, _paths(world["theirs"]), headers=headers)

    # then the same scope as its GraphQL reads
    assert set(mine.values()) == {200} and set(theirs.values()) == {404}


async def test_staff_scope_office_reads_all_and_a_field_employee_no_money_document(
        world: dict[str, Account], session: AsyncSession, http: httpx.AsyncClient) -> None:
    # given an office user and a field employee
    office = await _cookie_of(session, Role.OFFICE)
    worker = await factories.employee(session)
    field = await _cookie_of(session, Role.EMPLOYEE, employee_id=worker.id)

    # when both download the documents
    # then the office gets every one, the field employee none (no finances)
    assert set((await _statuses(http, _paths(world["theirs"]), cookies=office)).values()) == {200}
    assert set((await _statuses(http, _paths(world["theirs"]), cookies=field)).values()) == {404}


async def test_nobody_signed_in_is_asked_to_sign_in(world: dict[str, Account], http: httpx.AsyncClient) -> None:
    # when a document is requested without cookie, token or signature
    response = await http.get(_paths(world["mine"])["invoice"])
    # then 401, and nothing about the document
    assert response.status_code == 401
    assert "%PDF" not in response.text


async def test_the_api_hands_out_signed_links_that_work_without_a_cookie_for_that_document_only(
        world: dict[str, Account], sessions: Sessions, http: httpx.AsyncClient) -> None:
    # given the links the API gives the customer's portal user (finances, every property)
    mine = world["mine"]
    viewer = factories.client_of(mine.customer)
    data = await execute(sessions, viewer, """query ($i: ID!, $b: ID!, $t: ID!, $c: ID!) {
        invoice: node(id: $i) { ... on Invoice { pdfUrl } } batch: node(id: $b) { ... on Batch { pdfUrl } }
        payment: node(id: $t) { ... on Transaction { receiptUrl } }
        customer: node(id: $c) { ... on Customer { statementUrl } } }""",
                         {"i": gid("Invoice", mine.invoices[0]), "b": gid("Batch", mine.batch),
                          "t": gid("Transaction", mine.payment), "c": gid("Customer", mine.customer)})
    links = [data["invoice"]["pdfUrl"], data["batch"]["pdfUrl"], data["payment"]["receiptUrl"],
             data["customer"]["statementUrl"]]

    # when an integration without any cookie fetches them
    responses = [await http.get(path_of(link)) for link in links]

    # then each is the PDF, and the invoice's is really that invoice
    assert [response.status_code for response in responses] == [200, 200, 200, 200]
    assert str(mine.invoices[0].number) in pdf_text(responses[0].content)

    # and the same signature on another document's path, or the other customer's, is refused
    query = path_of(links[0]).split("?", 1)[1]
    for other in (mine.invoices[1], world["theirs"].invoices[0]):
        refused = await http.get(f"{INVOICE_PDF.format(id=other.id)}?{query}")
        assert refused.status_code == 403
        assert "%PDF" not in refused.text


async def test_an_expired_or_tampered_link_is_refused(world: dict[str, Account], http: httpx.AsyncClient) -> None:
    # given links to the customer's invoice: expired an hour ago, and one with a changed expiry
    path = INVOICE_PDF.format(id=world["mine"].invoices[0].id)
    expired = sign_path(path, key=DEPLOYMENT.signing_key, ttl_seconds=60, now=time.time() - 3600)
    valid = sign_path(path, key=DEPLOYMENT.signing_key)
    signature = valid.split("signature=")[1]
    tampered = f"{path}?expires={int(time.time()) + 10 ** 6}&signature={signature}"

    # when they are used
    statuses = [(await http.get(link)).status_code for link in (expired, tampered, f"{path}?expires=1", valid)]

    # then only the valid one opens the document
    assert statuses == [403, 403, 403, 200]


async def test_links_are_null_for_viewers_who_may_not_read_the_statement(
        world: dict[str, Account], sessions: Sessions) -> None:
    # given the customer seen by a property-limited user and by a user without finances
    mine = world["mine"]
    query = "query ($c: ID!) { node(id: $c) { ... on Customer { statementUrl aging { asOf } } } }"
    for viewer in (factories.client_of(mine.customer, property_ids=frozenset({mine.places[0].id})),  # type: ignore[arg-type]
                   factories.client_of(mine.customer, finances=False)):
        # when they ask for the statement link and the aging
        data = await execute(sessions, viewer, query, {"c": gid("Customer", mine.customer)})
        # then neither is given
        assert data["node"] == {"statementUrl": None, "aging": None}
