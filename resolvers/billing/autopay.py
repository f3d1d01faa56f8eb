"""Saved payment methods and autopay: cards kept at Stripe, and issued invoices charged to them off-session.

Saving a method
    `start_setup` makes (once) the customer's Stripe Customer and a Stripe-hosted Checkout session in `setup`
    mode; the payer enters the card on Stripe's page, never ours. Stripe attaches it to the Stripe Customer
    and says so by webhook (`payment_method.attached`): only then is a `SavedPaymentMethod` written, with
    Stripe's ids, brand, last 4 and expiry (never card data). The first one saved is the default.
    The office may start it on the client's behalf, recording the client's consent in the activity.

Autopay
    `set_autopay` records who turned it on or off, when, and the consent text. When an invoice of an autopay
    customer is issued (or a batch made of invoices not charged yet), `queue_invoice_charge` /
    `queue_batch_charge` insert one `AutopayCharge` (QUEUED) in that transaction: a partial unique index per
    invoice and per batch means a document is charged at most once, however often the issue is retried or
    however many processes race. After the commit `send_charge` sends it to Stripe (the row locked
    `FOR UPDATE SKIP LOCKED`, the Stripe idempotency key derived from the row): still one PaymentIntent if it
    is sent twice. A charge left QUEUED (the process died, Stripe unreachable) is sent by the next
    `send_queued_charges` sweep.

    Stripe's answer and its webhooks settle it, each once, in any order: `payment_intent.succeeded` records
    the payment through the same path as Checkout payments (keyed by the PaymentIntent id, so a payment is
    recorded once); a decline (`card_declined`) or a bank asking for the cardholder
    (`authentication_required`), answered at once or by `payment_intent.payment_failed`, marks the charge
    FAILED once and tells the client (in-app and e-mail, with a link to pay) and the office. The invoice stays
    open. A late failure after a success changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from adapters.mail import company_name, enqueue_mail, render_mail
from adapters.payments import (
    CheckoutSession,
    OffSessionCharge,
    PaymentServiceError,
    SetupRequest,
    StripeGateway,
    UnknownStripeCustomer,
    decline_message,
)
from auth.activity import record_activity
from auth.scope import readable
from auth.viewer import Viewer
from models import (
    Activity,
    AutopayCharge,
    Batch,
    Customer,
    Invoice,
    Notification,
    SavedPaymentMethod,
)
from models.after_commit import after_commit
from models.base import row_id
from models.deployment import deployment_of
from models.enums import (
    AutopayChargeStatus,
    NotificationKind,
    PaymentMethod,
    SavedMethodKind,
    TransactionStatus,
)
from models.problems import ProblemCode, UserInputError
from resolvers.billing.numbering import billing_company
from resolvers.billing.online_payments import (
    NOT_SET_UP,
    WEBHOOK_VIEWER,
    CheckoutFacts,
    climb,
    fee_for,
    lock_payment_key,
    record_online_payment,
    transaction_by_key,
)
from resolvers.billing.payments import PAYABLE, invoice_paid_cents
from resolvers.merge import survivor_id
from resolvers.notifications import notify_office, recipients
from resolvers.transactions import run_in_transaction
from subscriptions import events

log = logging.getLogger(__name__)

SETUP_PURPOSE = "dop.setup"
CHARGE_PURPOSE = "dop.autopay"
SETUP_TYPES = ("card", "us_bank_account")
"""What Stripe's page offers to save: a card or a US bank account."""
CONSENT_LENGTH = 2000
QUEUED_CHARGES = "dop.autopay.queued"
"""Where a session's `info` keeps the charges queued in its transaction (sent after it commits)."""
CUSTOMER_FIELD = ("input", "customerId")
METHOD_FIELD = ("input", "paymentMethodId")
CONSENT_FIELD = ("input", "consentText")
NO_CUSTOMER = "No customer with this id. Check the id and try again."
NO_METHOD = "No saved payment method with this id. Check the id and try again."
SEND_AFTER_SECONDS = 60
"""A charge still QUEUED this long after it was made was not sent by its request: the sweep sends it."""
KIND_WORDS = {SavedMethodKind.CARD: "card", SavedMethodKind.US_BANK_ACCOUNT: "bank account"}
LIVE = (AutopayChargeStatus.QUEUED, AutopayChargeStatus.SUBMITTED, AutopayChargeStatus.SUCCEEDED)


# --- reading and locking the account ---------------------------------------------------------------------------


async def account_customer(session: AsyncSession, viewer: Viewer, customer_id: int, *,
                           field: tuple[str, ...] = CUSTOMER_FIELD) -> Customer:
    """The customer, locked, when the viewer handles its account's money (office, or a client user with
    finances over the whole account); NOT_FOUND otherwise, like a customer that does not exist."""
    if not viewer.sees_whole_account:
        raise UserInputError.one(field, ProblemCode.NOT_FOUND, NO_CUSTOMER)
    statement: sa.Select[Any] = (
        readable(viewer, Customer).where(col(Customer.id) == customer_id)
        .with_for_update().execution_options(populate_existing=True)
    )
    customer: Customer | None = (await session.execute(statement)).scalar()
    if customer is None:
        raise UserInputError.one(field, ProblemCode.NOT_FOUND, NO_CUSTOMER)
    if customer.merged_into_id is not None:
        raise UserInputError.one(field, ProblemCode.CONFLICT,
                                 "This customer was merged into another: manage payment methods there.")
    return customer


def methods_statement(viewer: Viewer, customer_ids: Sequence[int]) -> sa.Select[Any]:
    """The saved methods of the customers the viewer may see them for, default first, then newest."""
    return (readable(viewer, SavedPaymentMethod)
            .where(col(SavedPaymentMethod.customer_id).in_(list(customer_ids)))
            .order_by(col(SavedPaymentMethod.is_default).desc(), col(SavedPaymentMethod.id).desc()))


async def default_method(session: AsyncSession, customer_id: int) -> SavedPaymentMethod | None:
    statement: sa.Select[Any] = sa.select(SavedPaymentMethod).where(
        col(SavedPaymentMethod.customer_id) == customer_id, col(SavedPaymentMethod.is_default).is_(True))
    method: SavedPaymentMethod | None = (await session.execute(statement)).scalar()
    return method


async def _method_of_viewer(session: AsyncSession, viewer: Viewer, method_id: int,
                            ) -> tuple[SavedPaymentMethod, Customer]:
    statement: sa.Select[Any] = readable(viewer, SavedPaymentMethod).where(col(SavedPaymentMethod.id) == method_id)
    method: SavedPaymentMethod | None = (await session.execute(statement)).scalar()
    if method is None:
        raise UserInputError.one(METHOD_FIELD, ProblemCode.NOT_FOUND, NO_METHOD)
    customer = await account_customer(session, viewer, method.customer_id, field=METHOD_FIELD)
    await session.refresh(method)
    return method, customer


def _consent(text: str | None, *, required: bool, what: str) -> str | None:
    cleaned = " ".join((text or "").split())
    if not cleaned:
        if required:
            raise UserInputError.one(CONSENT_FIELD, ProblemCode.REQUIRED, what)
        return None
    if len(cleaned) > CONSENT_LENGTH:
        raise UserInputError.one(CONSENT_FIELD, ProblemCode.INVALID,
                                 f"Keep the consent text under {CONSENT_LENGTH} characters.")
    return cleaned


def describe(method: SavedPaymentMethod) -> str:
    """"Visa ending 4242" / "bank account ending 6789"."""
    name = (method.brand or KIND_WORDS[method.kind]).replace("_", " ")
    name = name[:1].upper() + name[1:] if method.kind is SavedMethodKind.CARD else name
    return f"{name} ending {method.last4}"


# --- saving a method -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StartedSetup:
    customer: Customer
    session: CheckoutSession


async def start_setup(session: AsyncSession, viewer: Viewer, gateway: StripeGateway | None, *, customer_id: int,
                      consent_text: str | None, public_url: str, now: datetime | None = None) -> StartedSetup:
    """Stripe's page for saving a card or bank account for the customer (its Stripe Customer made once).

    The office starts it on the client's behalf only with the client's consent written down (kept in the
    activity); a client's own request is its consent. Asking again within ten minutes returns the same page,
    until a method is saved (then the next ask gets a new page)."""
    if gateway is None:
        raise UserInputError.one(None, ProblemCode.NOT_ALLOWED, NOT_SET_UP)
    customer = await account_customer(session, viewer, customer_id)
    consent = _consent(consent_text, required=viewer.is_office,
                       what="Write down the client's consent to saving a card for them: who agreed, how and when.")
    if customer.stripe_customer_id is None:
        await _new_stripe_customer(session, gateway, customer)
    moment = now or datetime.now(UTC)
    bucket = int(moment.timestamp()) // 600
    base = public_url.rstrip("/")
    # A method saved or removed meanwhile changes the key: the next ask gets a fresh page, not the finished one.
    newest = (await session.execute(sa.select(sa.func.max(col(Activity.id))).where(
        col(Activity.customer_id) == row_id(customer),
        col(Activity.verb).in_(["payment_method.saved", "payment_method.removed"])))).scalar()

    def request(stripe_customer_id: str) -> SetupRequest:
        key = "dop-setup-" + hashlib.sha256(
            f"{row_id(customer)}|{stripe_customer_id}|{viewer.user_id}|{consent}|{newest}|{bucket}".encode()
        ).hexdigest()[:40]
        return SetupRequest(
            stripe_customer_id=stripe_customer_id, payment_method_types=SETUP_TYPES,
            success_url=f"{base}/payment-methods?setup=done", cancel_url=f"{base}/payment-methods?setup=cancelled",
            idempotency_key=key, metadata={"purpose": SETUP_PURPOSE, "customer_id": str(row_id(customer))})

    try:
        try:
            started = await gateway.create_setup_session(request(str(customer.stripe_customer_id)))
        except UnknownStripeCustomer:
            # Not on this Stripe account (keys switched, deleted in the dashboard): a new one, once.
            await _new_stripe_customer(session, gateway, customer, replacing=customer.stripe_customer_id)
            started = await gateway.create_setup_session(request(str(customer.stripe_customer_id)))
    except PaymentServiceError as error:
        raise UserInputError.one(None, ProblemCode.CONFLICT, str(error)) from error
    record_activity(session, viewer, subject=customer, verb="payment_method.setup_started",
                    customer_id=row_id(customer), session_id=started.id, on_behalf=viewer.is_office,
                    consent_text=consent)
    await session.flush()
    return StartedSetup(customer=customer, session=started)


async def _new_stripe_customer(session: AsyncSession, gateway: StripeGateway, customer: Customer, *,
                               replacing: str | None = None) -> None:
    suffix = f"-after-{replacing}" if replacing else ""
    try:
        customer.stripe_customer_id = await gateway.ensure_customer(
            name=customer.billing_name or customer.display_name,
            email=customer.emails[0] if customer.emails else None,
            idempotency_key=f"dop-customer-{row_id(customer)}{suffix}", metadata={"customer_id": str(row_id(customer))})
    except PaymentServiceError as error:
        raise UserInputError.one(None, ProblemCode.CONFLICT, str(error)) from error
    session.add(customer)
    await session.flush()


def _method_facts(obj: Mapping[str, Any]) -> dict[str, Any] | None:
    """Kind, brand, last 4 and expiry of a Stripe PaymentMethod object (None for other kinds)."""
    kind = obj.get("type")
    if kind == "card" and isinstance(obj.get("card"), Mapping):
        card = obj["card"]
        return {"kind": SavedMethodKind.CARD, "brand": str(card.get("brand") or "card"),
                "last4": str(card.get("last4") or "")[-4:], "exp_month": _int(card.get("exp_month")),
                "exp_year": _int(card.get("exp_year"))}
    if kind == "us_bank_account" and isinstance(obj.get("us_bank_account"), Mapping):
        bank = obj["us_bank_account"]
        return {"kind": SavedMethodKind.US_BANK_ACCOUNT, "brand": bank.get("bank_name"),
                "last4": str(bank.get("last4") or "")[-4:], "exp_month": None, "exp_year": None}
    return None


def _int(value: Any) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


async def _customer_of_stripe(session: AsyncSession, stripe_customer_id: Any) -> Customer | None:
    """Our customer (the live one, after merges) behind a Stripe Customer id, locked."""
    if not isinstance(stripe_customer_id, str) or not stripe_customer_id:
        return None
    found = (await session.execute(sa.select(col(Customer.id)).where(
        col(Customer.stripe_customer_id) == stripe_customer_id))).scalar()
    if found is None:
        return None
    live = await survivor_id(session, int(found))
    customer: Customer | None = (await session.execute(
        sa.select(Customer).where(col(Customer.id) == live).with_for_update()
        .execution_options(populate_existing=True))).scalar()
    return customer


async def _method_attached(session: AsyncSession, obj: Mapping[str, Any], _when: datetime | None) -> str:
    """A method the payer saved on Stripe's page: recorded once (the first of the customer's is the default)."""
    facts = _method_facts(obj)
    stripe_id = obj.get("id")
    customer = await _customer_of_stripe(session, obj.get("customer"))
    if facts is None or customer is None or not isinstance(stripe_id, str) or len(facts["last4"]) != 4:
        return "ignored"
    has_default = await default_method(session, row_id(customer)) is not None
    saved = (await session.execute(
        insert(SavedPaymentMethod).values(customer_id=row_id(customer), stripe_payment_method_id=stripe_id,
                                          is_default=not has_default, **facts)
        .on_conflict_do_nothing(index_elements=["stripe_payment_method_id"]).returning(col(SavedPaymentMethod.id))
    )).scalar()
    if saved is None:
        return "applied"  # saved already (an event about it came twice under other ids)
    method = await session.get(SavedPaymentMethod, saved)
    assert method is not None
    record_activity(session, WEBHOOK_VIEWER, subject=method, verb="payment_method.saved",
                    customer_id=row_id(customer), method=describe(method), default=method.is_default)
    await session.flush()
    return "applied"


async def _method_detached(session: AsyncSession, obj: Mapping[str, Any], _when: datetime | None) -> str:
    """A method detached at Stripe (by us, or in Stripe's dashboard): forgotten here too."""
    stripe_id = obj.get("id")
    if not isinstance(stripe_id, str):
        return "ignored"
    customer_id = (await session.execute(sa.select(col(SavedPaymentMethod.customer_id)).where(
        col(SavedPaymentMethod.stripe_payment_method_id) == stripe_id))).scalar()
    if customer_id is None:
        return "ignored"
    await session.execute(sa.select(Customer).where(col(Customer.id) == customer_id).with_for_update())
    method = (await session.execute(sa.select(SavedPaymentMethod).where(
        col(SavedPaymentMethod.stripe_payment_method_id) == stripe_id))).scalar()
    if method is None:
        return "applied"
    await _forget(session, WEBHOOK_VIEWER, method)
    return "applied"


async def _forget(session: AsyncSession, viewer: Viewer, method: SavedPaymentMethod) -> None:
    """Delete the row; if it was the default, the newest remaining method becomes the default."""
    was_default = method.is_default
    record_activity(session, viewer, subject=method, verb="payment_method.removed",
                    customer_id=method.customer_id, method=describe(method))
    await session.delete(method)
    await session.flush()
    if was_default:
        newest: SavedPaymentMethod | None = (await session.execute(
            sa.select(SavedPaymentMethod).where(col(SavedPaymentMethod.customer_id) == method.customer_id)
            .order_by(col(SavedPaymentMethod.id).desc()).limit(1))).scalar()
        if newest is not None:
            newest.is_default = True
            session.add(newest)
            await session.flush()


async def set_default(session: AsyncSession, viewer: Viewer, *, method_id: int) -> SavedPaymentMethod:
    """Make one saved method the one autopay charges (the others stop being the default)."""
    method, customer = await _method_of_viewer(session, viewer, method_id)
    if not method.is_default:
        await session.execute(sa.update(SavedPaymentMethod).where(
            col(SavedPaymentMethod.customer_id) == row_id(customer), col(SavedPaymentMethod.is_default).is_(True),
        ).values(is_default=False))
        await session.flush()
        method.is_default = True
        session.add(method)
        record_activity(session, viewer, subject=method, verb="payment_method.default_set",
                        customer_id=row_id(customer), method=describe(method))
        await session.flush()
    await session.refresh(method)
    return method


async def remove_method(session: AsyncSession, viewer: Viewer, gateway: StripeGateway | None, *,
                        method_id: int) -> Customer:
    """Detach the method at Stripe (it can never be charged again), then forget it here.

    Refused while autopay is on and it is the customer's only method (turn autopay off first)."""
    if gateway is None:
        raise UserInputError.one(None, ProblemCode.NOT_ALLOWED, NOT_SET_UP)
    method, customer = await _method_of_viewer(session, viewer, method_id)
    others = (await session.execute(sa.select(sa.func.count()).select_from(SavedPaymentMethod).where(
        col(SavedPaymentMethod.customer_id) == row_id(customer),
        col(SavedPaymentMethod.id) != row_id(method)))).scalar_one()
    if customer.autopay and not others:
        raise UserInputError.one(METHOD_FIELD, ProblemCode.NOT_ALLOWED,
                                 "Autopay charges this method: turn autopay off first, or save another method.")
    try:
        await gateway.detach_payment_method(method.stripe_payment_method_id)
    except PaymentServiceError as error:
        raise UserInputError.one(None, ProblemCode.CONFLICT, str(error)) from error
    await _forget(session, viewer, method)
    return customer


# --- autopay ---------------------------------------------------------------------------------------------------


async def set_autopay(session: AsyncSession, viewer: Viewer, *, customer_id: int, enabled: bool,
                      consent_text: str | None) -> Customer:
    """Turn autopay on (with the consent text the client agreed to, and a default method saved) or off.

    Who, when and the text are kept on the customer and in its activity."""
    customer = await account_customer(session, viewer, customer_id)
    consent = _consent(consent_text, required=enabled,
                       what="Autopay needs the client's consent: the text they agreed to.")
    if enabled:
        method = await default_method(session, row_id(customer))
        if method is None:
            raise UserInputError.one(CUSTOMER_FIELD, ProblemCode.NOT_ALLOWED,
                                     "Save a card or bank account first: autopay charges the default one.")
    customer.autopay = enabled
    customer.autopay_consent_text = consent if enabled else customer.autopay_consent_text
    customer.autopay_changed_at = datetime.now(UTC)
    customer.autopay_changed_by_user_id = viewer.user_id
    session.add(customer)
    record_activity(session, viewer, subject=customer, verb="autopay.enabled" if enabled else "autopay.disabled",
                    customer_id=row_id(customer), consent_text=consent, on_behalf=viewer.is_office)
    await session.flush()
    return customer


async def _autopay_method(session: AsyncSession, customer_id: int) -> SavedPaymentMethod | None:
    customer: Customer | None = (await session.execute(
        sa.select(Customer).where(col(Customer.id) == customer_id).with_for_update(read=True)
        .execution_options(populate_existing=True))).scalar()
    if customer is None or not customer.autopay:
        return None
    return await default_method(session, customer_id)


async def _queue(session: AsyncSession, *, customer_id: int, method: SavedPaymentMethod, amount_cents: int,
                 invoice_id: int | None = None, batch_id: int | None = None) -> int | None:
    company = await billing_company(session)
    online = PaymentMethod.CARD if method.kind is SavedMethodKind.CARD else PaymentMethod.ACH
    target = f"invoice-{invoice_id}" if invoice_id is not None else f"batch-{batch_id}"
    charge_id = (await session.execute(
        insert(AutopayCharge).values(
            customer_id=customer_id, invoice_id=invoice_id, batch_id=batch_id, payment_method_id=row_id(method),
            stripe_payment_method_id=method.stripe_payment_method_id, amount_cents=amount_cents,
            fee_cents=fee_for(company, online, amount_cents), currency=company.currency,
            status=AutopayChargeStatus.QUEUED, idempotency_key=f"dop-autopay-{target}", attempts=0,
        ).on_conflict_do_nothing().returning(col(AutopayCharge.id))
    )).scalar()
    if charge_id is None:
        return None  # charged already: never twice
    session.info.setdefault(QUEUED_CHARGES, []).append(int(charge_id))
    charge = await session.get(AutopayCharge, charge_id)
    record_activity(session, WEBHOOK_VIEWER, subject=charge, verb="autopay.queued", customer_id=customer_id,
                    invoice_id=invoice_id, batch_id=batch_id, amount_cents=amount_cents, method=describe(method))
    await session.flush()
    return int(charge_id)


async def queue_invoice_charge(session: AsyncSession, invoice: Invoice) -> int | None:
    """In the issuing transaction: one charge of the invoice's balance, if its customer has autopay on."""
    method = await _autopay_method(session, invoice.customer_id)
    if method is None or invoice.corrects_invoice_id is not None:
        return None
    balance = invoice.total_cents - (await invoice_paid_cents(session, [row_id(invoice)]))[row_id(invoice)]
    if balance <= 0:
        return None
    return await _queue(session, customer_id=invoice.customer_id, method=method, amount_cents=balance,
                        invoice_id=row_id(invoice))


async def queue_batch_charge(session: AsyncSession, batch: Batch) -> int | None:
    """In the batching transaction: one charge of the batch's balance, if its customer has autopay on and
    none of its invoices is charged on its own already (then those charges pay them)."""
    method = await _autopay_method(session, batch.customer_id)
    if method is None:
        return None
    invoices = list((await session.execute(sa.select(Invoice).where(
        col(Invoice.batch_id) == row_id(batch), col(Invoice.status).in_(PAYABLE)))).scalars())
    charged = (await session.execute(sa.select(sa.func.count()).select_from(AutopayCharge).where(
        col(AutopayCharge.invoice_id).in_([row_id(invoice) for invoice in invoices]),
        col(AutopayCharge.status).in_(LIVE)))).scalar_one()
    if charged:
        return None
    paid = await invoice_paid_cents(session, [row_id(invoice) for invoice in invoices])
    balance = sum(max(invoice.total_cents - paid[row_id(invoice)], 0) for invoice in invoices)
    if balance <= 0:
        return None
    return await _queue(session, customer_id=batch.customer_id, method=method, amount_cents=balance,
                        batch_id=row_id(batch))


def send_after_commit(session: AsyncSession, sessions: async_sessionmaker[AsyncSession],
                      gateway: StripeGateway | None) -> None:
    """Send the charges queued in this session's transaction once it has committed (never if it rolls back)."""
    queued: list[int] = session.info.pop(QUEUED_CHARGES, [])
    if not queued or gateway is None:
        return

    async def send() -> None:
        for charge_id in queued:
            try:
                await send_charge(sessions, gateway, charge_id)
            except Exception:  # the sweep sends it later; the request that issued the invoice succeeded
                log.exception("autopay charge %s not sent; the sweep will try again", charge_id)

    after_commit(session, send)


async def send_charge(sessions: async_sessionmaker[AsyncSession], gateway: StripeGateway,
                      charge_id: int) -> AutopayChargeStatus | None:
    """Send one QUEUED charge to Stripe, in its own transaction; None if another process has it or it was
    sent already. Stripe unreachable: it stays QUEUED (the same idempotency key is used next time)."""
    return await run_in_transaction(sessions, WEBHOOK_VIEWER,
                                    lambda session, _viewer: _send(session, gateway, charge_id))


async def _send(session: AsyncSession, gateway: StripeGateway, charge_id: int) -> AutopayChargeStatus | None:
    charge: AutopayCharge | None = (await session.execute(
        sa.select(AutopayCharge).where(col(AutopayCharge.id) == charge_id,
                                       col(AutopayCharge.status) == AutopayChargeStatus.QUEUED)
        .with_for_update(skip_locked=True).execution_options(populate_existing=True))).scalar()
    if charge is None:
        return None
    customer = await session.get(Customer, charge.customer_id)
    assert customer is not None
    charge.attempts += 1
    session.add(charge)
    if customer.stripe_customer_id is None:
        await _fail(session, charge, "no_saved_method", "No saved card or bank account is on file.")
        return charge.status
    what = await _what(session, charge)
    try:
        outcome = await gateway.charge_off_session(OffSessionCharge(
            stripe_customer_id=customer.stripe_customer_id, stripe_payment_method_id=charge.stripe_payment_method_id,
            amount_cents=charge.amount_cents + charge.fee_cents, currency=charge.currency,
            idempotency_key=charge.idempotency_key, description=f"Autopay: {what}", metadata=_metadata(charge),
        ))
    except PaymentServiceError as error:
        log.warning("autopay charge %s: Stripe not reached (%s); kept queued", charge_id, error)
        charge.failure_message = str(error)
        await session.flush()
        return charge.status
    charge.sent_at = datetime.now(UTC)
    charge.stripe_payment_intent_id = outcome.payment_intent_id
    if outcome.failed:
        await _fail(session, charge, outcome.failure_code or "card_declined",
                    outcome.failure_message or "The saved card was declined.")
    else:
        charge.status = AutopayChargeStatus.SUBMITTED
        charge.failure_message = None
        session.add(charge)
        record_activity(session, WEBHOOK_VIEWER, subject=charge, verb="autopay.submitted",
                        customer_id=charge.customer_id, payment_intent=outcome.payment_intent_id)
        await session.flush()
    return charge.status


async def send_queued_charges(sessions: async_sessionmaker[AsyncSession], gateway: StripeGateway | None, *,
                              older_than_seconds: float = SEND_AFTER_SECONDS, limit: int = 50) -> int:
    """The sweep: send charges left QUEUED (their request died, or Stripe was unreachable). Returns how many
    were sent (accepted or refused by Stripe)."""
    if gateway is None:
        return 0
    async with sessions() as session:
        cutoff = sa.func.now() - sa.func.make_interval(0, 0, 0, 0, 0, 0, older_than_seconds)
        statement: sa.Select[Any] = sa.select(col(AutopayCharge.id)).where(
            col(AutopayCharge.status) == AutopayChargeStatus.QUEUED, col(AutopayCharge.created_at) <= cutoff,
        ).order_by(col(AutopayCharge.id)).limit(limit)
        ids = list((await session.execute(statement)).scalars())
    sent = 0
    for charge_id in ids:
        status = await send_charge(sessions, gateway, int(charge_id))
        if status is not None and status is not AutopayChargeStatus.QUEUED:
            sent += 1
    return sent


def _metadata(charge: AutopayCharge) -> dict[str, str]:
    online = PaymentMethod.CARD if charge.stripe_payment_method_id.startswith(("pm_", "card_")) \
        else PaymentMethod.ACH
    data = {"purpose": CHARGE_PURPOSE, "charge_id": str(row_id(charge)), "customer_id": str(charge.customer_id),
            "amount_cents": str(charge.amount_cents), "fee_cents": str(charge.fee_cents), "method": online.value}
    if charge.invoice_id is not None:
        data["invoice_id"] = str(charge.invoice_id)
    if charge.batch_id is not None:
        data["batch_id"] = str(charge.batch_id)
    return data


async def _what(session: AsyncSession, charge: AutopayCharge) -> str:
    if charge.invoice_id is not None:
        company = await billing_company(session)
        number = (await session.execute(sa.select(col(Invoice.number)).where(
            col(Invoice.id) == charge.invoice_id))).scalar()
        return f"invoice {company.invoice_prefix}{number}"
    number = (await session.execute(sa.select(col(Batch.number)).where(col(Batch.id) == charge.batch_id))).scalar()
    return f"batch #{number}"


# --- Stripe's word on a charge ---------------------------------------------------------------------------------


async def _charge_of_intent(session: AsyncSession, obj: Mapping[str, Any]) -> AutopayCharge | None:
    """Our charge behind a PaymentIntent event (by its metadata), locked; None for anyone else's intent."""
    metadata = obj.get("metadata")
    if not isinstance(metadata, Mapping) or metadata.get("purpose") != CHARGE_PURPOSE:
        return None
    charge_id = _int(metadata.get("charge_id"))
    intent_id = obj.get("id")
    if charge_id is None or not isinstance(intent_id, str):
        return None
    await lock_payment_key(session, intent_id)
    charge: AutopayCharge | None = (await session.execute(
        sa.select(AutopayCharge).where(col(AutopayCharge.id) == charge_id).with_for_update()
        .execution_options(populate_existing=True))).scalar()
    if charge is None or charge.stripe_payment_intent_id not in (None, intent_id):
        return None
    charge.stripe_payment_intent_id = intent_id
    return charge


async def _intent_succeeded(session: AsyncSession, obj: Mapping[str, Any], when: datetime | None) -> str:
    """The charge went through: the payment is recorded once (keyed by the intent), like a Checkout payment."""
    charge = await _charge_of_intent(session, obj)
    if charge is None:
        return "ignored"
    intent_id = str(obj["id"])
    previous = charge.status
    charge.status = AutopayChargeStatus.SUCCEEDED
    session.add(charge)
    await session.flush()
    method = PaymentMethod.CARD if (obj.get("metadata") or {}).get("method") != "ACH" else PaymentMethod.ACH
    facts = CheckoutFacts(key=intent_id, session_id=intent_id, customer_id=charge.customer_id, method=method,
                          amount_cents=charge.amount_cents, fee_cents=charge.fee_cents,
                          invoice_id=charge.invoice_id, batch_id=charge.batch_id)
    transaction = await transaction_by_key(session, intent_id)
    if transaction is None:
        await record_online_payment(session, facts, TransactionStatus.COMPLETED, when,
                                    reference=f"Stripe autopay {intent_id}", note="Paid by autopay.")
        if previous is not AutopayChargeStatus.SUCCEEDED:
            record_activity(session, WEBHOOK_VIEWER, subject=charge, verb="autopay.succeeded",
                            customer_id=charge.customer_id, payment_intent=intent_id)
            await session.flush()
    else:
        await climb(session, transaction, TransactionStatus.COMPLETED, facts)
    return "applied"


async def _intent_failed(session: AsyncSession, obj: Mapping[str, Any], _when: datetime | None) -> str:
    """The charge was refused: FAILED and announced once; after a success (a late event) nothing changes."""
    charge = await _charge_of_intent(session, obj)
    if charge is None:
        return "ignored"
    if charge.status in (AutopayChargeStatus.QUEUED, AutopayChargeStatus.SUBMITTED):
        error = obj.get("last_payment_error")
        code = str(error.get("code") or "card_declined") if isinstance(error, Mapping) else "card_declined"
        await _fail(session, charge, code, decline_message(code))
    return "applied"


async def _fail(session: AsyncSession, charge: AutopayCharge, code: str, message: str) -> None:
    """FAILED, and the client (in-app and e-mail, with a link to pay) and the office are told, once."""
    charge.status = AutopayChargeStatus.FAILED
    charge.failure_code = code
    charge.failure_message = message
    session.add(charge)
    record_activity(session, WEBHOOK_VIEWER, subject=charge, verb="autopay.failed", customer_id=charge.customer_id,
                    code=code, message=message, payment_intent=charge.stripe_payment_intent_id)
    await session.flush()
    await notify_autopay_failed(session, charge)


async def notify_autopay_failed(session: AsyncSession, charge: AutopayCharge) -> list[Notification]:
    company = await billing_company(session)
    what = await _what(session, charge)
    amount = _dollars(charge.amount_cents + charge.fee_cents, company.currency)
    method = await session.get(SavedPaymentMethod, charge.payment_method_id) if charge.payment_method_id else None
    method_words = describe(method) if method is not None else "payment method"
    deployment = deployment_of(session)
    if charge.invoice_id is not None:
        invoice = await session.get(Invoice, charge.invoice_id)
        people = await recipients(session, charge.customer_id,
                                  property_id=invoice.property_id if invoice else None)
        path = f"/invoices/{charge.invoice_id}"
    else:
        people = await recipients(session, charge.customer_id, account_wide=True)
        path = f"/batches/{charge.batch_id}"
    name = await company_name(session)
    customer = await session.get(Customer, charge.customer_id)
    title = f"Autopay didn't go through for {what}"
    created: list[Notification] = []
    for person in people:
        created.append(_notification(session, person.user_id, NotificationKind.AUTOPAY_FAILED, title,
                                     f"{amount}: {charge.failure_message} Pay it from the portal.", charge))
        mail = render_mail("autopay_failed", f"Payment not taken: {what}", company_name=name, name=person.name,
                           amount=amount, what=what, method=method_words, reason=charge.failure_message,
                           url=deployment.url(path))
        enqueue_mail(session, person.email, mail.subject, mail.text, mail.html)
    office_title = f"Autopay failed: {customer.display_name if customer else 'a customer'}, {what}"
    office_body = f"{amount} on {method_words}: {charge.failure_message} ({charge.failure_code}). It stays open."
    created += await notify_office(session, kind=NotificationKind.AUTOPAY_FAILED, title=office_title,
                                   body=office_body, subject=charge, path=f"/customers/{charge.customer_id}",
                                   flush=False)
    await session.flush()
    for notification in created:
        events.publish_notification_after_commit(session, notification)
    return created


def _notification(session: AsyncSession, user_id: int, kind: NotificationKind, title: str, body: str,
                  subject: Any) -> Notification:
    notification = Notification(user_id=user_id, kind=kind, title=title, body=body,
                                subject_type=type(subject).__name__, subject_id=subject.id)
    session.add(notification)
    return notification


def _dollars(cents: int, currency: str) -> str:
    amount = Decimal(cents).scaleb(-2)
    return f"${amount:,.2f}" if currency == "USD" else f"{amount:,.2f} {currency}"


Handler = Callable[[AsyncSession, Mapping[str, Any], datetime | None], Awaitable[str]]
HANDLERS: dict[str, Handler] = {
    "payment_method.attached": _method_attached,
    "payment_method.detached": _method_detached,
    "payment_intent.succeeded": _intent_succeeded,
    "payment_intent.payment_failed": _intent_failed,
}
