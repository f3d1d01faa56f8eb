"""Invoice, Batch, Transaction and Allocation. Only viewers with finances ever reach these."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from sqlmodel import col
from strawberry import relay

import models
from auth.permissions import STAFF_ONLY, staff_only
from auth.signed_links import BATCH_PDF, INVOICE_PDF, RECEIPT_PDF, signed_url
from resolvers import reads
from resolvers.billing import reported_payments
from resolvers.loaders import Children
from schema.common import Money, money, money_field
from schema.context import Info
from schema.corrections import requests_of_invoice, requests_of_transaction
from schema.enums import BatchStatus, InvoiceStatus, PaymentMethod, TransactionStatus

if TYPE_CHECKING:
    from schema.corrections import CorrectionRequest
    from schema.customers import Customer
    from schema.jobs import Job
    from schema.properties import Property

CustomerRef = Annotated["Customer", strawberry.lazy("schema.customers")]
CorrectionRequestRef = Annotated["CorrectionRequest", strawberry.lazy("schema.corrections")]
CREDITS_OF_INVOICE = Children("invoice.credits", models.Invoice, col(models.Invoice.corrects_invoice_id),
                              (col(models.Invoice.id),))


async def _paid_cents(info: Info, invoice_id: int) -> int:
    paid: int = await info.context.loaders.values("invoice.paid", reads.paid_cents_of_invoices, 0).load(invoice_id)
    return int(paid)


@strawberry.type(description="A billed line, copied from a job's service when the invoice was made.")
class InvoiceLine(relay.Node):
    id: relay.NodeID[int]
    description: str = strawberry.field(description="What was done.")
    quantity: Decimal = strawberry.field(description="How many units.")
    taxable: bool = strawberry.field(description="Whether tax applies.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.InvoiceLine)

    unit_price: Money = money_field("unit_price_cents", "Price of one unit.")
    amount: Money = money_field("amount_cents", "Quantity × unit price, rounded to the cent.")


@strawberry.type(description="A numbered bill to one customer.")
class Invoice(relay.Node):
    id: relay.NodeID[int]
    number: int = strawberry.field(description="The sequential invoice number.")
    status: InvoiceStatus = strawberry.field(description="Draft, Open, Partially paid, Paid, Void or Bad debt.")
    issued_on: date | None = strawberry.field(description="The date it was issued.")
    due_on: date | None = strawberry.field(description="The date payment is due.")
    tax_rate: Decimal = strawberry.field(description="Tax rate applied, in percent.")
    notes: str | None = strawberry.field(description="Notes printed on the invoice.")
    internal_notes: str | None = strawberry.field(
        description=f"The office's private notes on this invoice. {STAFF_ONLY}", extensions=staff_only()
    )

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Invoice)

    @strawberry.field(description="The number as printed, with the company's prefix.")
    async def display_number(self, root: strawberry.Parent[models.Invoice], info: Info) -> str:
        return f"{(await info.context.company()).invoice_prefix}{root.number}"

    subtotal: Money = money_field("subtotal_cents", "Sum of the lines before tax.")
    tax: Money = money_field("tax_cents", "Tax on the taxable lines.")
    total: Money = money_field("total_cents", "Subtotal plus tax.")

    @strawberry.field(description="What completed payments have applied to it.")
    async def amount_paid(self, root: strawberry.Parent[models.Invoice], info: Info) -> Money:
        return await money(info, await _paid_cents(info, root.id))  # type: ignore[arg-type]

    @strawberry.field(description="What the client's reported payments awaiting the office's approval are meant to "
                                  "pay on it (not yet in `amountPaid` or `balance`).")
    async def pending_amount(self, root: strawberry.Parent[models.Invoice], info: Info) -> Money:
        pending = await info.context.loaders.values(
            "invoice.pending", reported_payments.pending_cents_of_invoices, 0).load(root.id)
        return await money(info, int(pending))

    @strawberry.field(description="Total less what is paid (zero for void invoices).")
    async def balance(self, root: strawberry.Parent[models.Invoice], info: Info) -> Money:
        if root.status in (models.enums.InvoiceStatus.VOID, models.enums.InvoiceStatus.DRAFT):
            return await money(info, 0)
        return await money(info, root.total_cents - await _paid_cents(info, root.id))  # type: ignore[arg-type]

    @strawberry.field(description="Who is billed.")
    async def customer(self, root: strawberry.Parent[models.Invoice], info: Info) -> CustomerRef | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="The property billed for, when the invoice is for one.")
    async def property(self, root: strawberry.Parent[models.Invoice], info: Info,
                       ) -> Annotated[Property, strawberry.lazy("schema.properties")] | None:
        if root.property_id is None:
            return None
        return await info.context.loaders.by_id(models.Property).load(root.property_id)  # type: ignore[return-value]

    @strawberry.field(description="The billed lines, in order.")
    async def lines(self, root: strawberry.Parent[models.Invoice], info: Info) -> list[InvoiceLine]:
        return await info.context.loaders.all_children(reads.LINES_OF_INVOICE).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The jobs billed.")
    async def jobs(self, root: strawberry.Parent[models.Invoice], info: Info,
                   ) -> list[Annotated[Job, strawberry.lazy("schema.jobs")]]:
        return await info.context.loaders.all_children(reads.JOBS_OF_INVOICE).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Payments applied to it, newest first.")
    async def transactions(self, root: strawberry.Parent[models.Invoice], info: Info) -> list[Transaction]:
        return await info.context.loaders.all_children(reads.TRANSACTIONS_OF_INVOICE).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The batch invoice it is part of, if any.")
    async def batch(self, root: strawberry.Parent[models.Invoice], info: Info) -> Batch | None:
        if root.batch_id is None:
            return None
        return await info.context.loaders.by_id(models.Batch).load(root.batch_id)  # type: ignore[return-value]

    @strawberry.field(description="The invoice this credit document corrects; null for an ordinary invoice.")
    async def corrects_invoice(self, root: strawberry.Parent[models.Invoice], info: Info) -> Invoice | None:
        if root.corrects_invoice_id is None:
            return None
        return await info.context.loaders.by_id(models.Invoice).load(root.corrects_invoice_id)  # type: ignore[return-value]

    @strawberry.field(description="Credit documents correcting this invoice, oldest first (void ones too).")
    async def credits(self, root: strawberry.Parent[models.Invoice], info: Info) -> list[Invoice]:
        return await info.context.loaders.all_children(CREDITS_OF_INVOICE).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The client's requests to correct this invoice, newest first.")
    async def correction_requests(self, root: strawberry.Parent[models.Invoice], info: Info,
                                  ) -> list[CorrectionRequestRef]:
        return await requests_of_invoice(info, root.id)  # type: ignore[arg-type]

    @strawberry.field(description="A link to the invoice as a PDF, signed for this invoice and valid for one hour "
                                  "(works without a cookie, e.g. for an integration).")
    def pdf_url(self, root: strawberry.Parent[models.Invoice], info: Info) -> str:
        return signed_url(info.context.deployment, INVOICE_PDF, root.id)  # type: ignore[arg-type]


async def _batch_totals(info: Info, batch_id: int) -> list[int]:
    """(subtotal, tax, total) of a batch's invoices that are not void, batched over the request."""
    totals = await info.context.loaders.values("batch.totals", reads.batch_totals, [0, 0, 0]).load(batch_id)
    return [int(value or 0) for value in totals]


@strawberry.type(description="A batch invoice: one customer's invoices paid together.")
class Batch(relay.Node):
    id: relay.NodeID[int]
    number: int = strawberry.field(description="The sequential batch number.")
    status: BatchStatus = strawberry.field(description="Open, Partially paid, Paid or Void.")
    issued_on: date | None = strawberry.field(description="The date it was issued.")
    notes: str | None = strawberry.field(description="Notes printed on the batch.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Batch)

    @strawberry.field(description="Sum of its invoices' subtotals.")
    async def subtotal(self, root: strawberry.Parent[models.Batch], info: Info) -> Money:
        return await money(info, (await _batch_totals(info, root.id))[0])  # type: ignore[arg-type]

    @strawberry.field(description="Sum of its invoices' taxes.")
    async def tax(self, root: strawberry.Parent[models.Batch], info: Info) -> Money:
        return await money(info, (await _batch_totals(info, root.id))[1])  # type: ignore[arg-type]

    @strawberry.field(description="The final total of its invoices.")
    async def total(self, root: strawberry.Parent[models.Batch], info: Info) -> Money:
        return await money(info, (await _batch_totals(info, root.id))[2])  # type: ignore[arg-type]

    @strawberry.field(description="Payments applied to its invoices.")
    async def amount_paid(self, root: strawberry.Parent[models.Batch], info: Info) -> Money:
        paid = await info.context.loaders.values("batch.paid", reads.batch_paid_cents, 0).load(root.id)
        return await money(info, int(paid))

    @strawberry.field(description="What the client's reported payments awaiting the office's approval are meant to "
                                  "pay on its invoices (not yet in `amountPaid` or `balance`).")
    async def pending_amount(self, root: strawberry.Parent[models.Batch], info: Info) -> Money:
        pending = await info.context.loaders.values(
            "batch.pending", reported_payments.pending_cents_of_batches, 0).load(root.id)
        return await money(info, int(pending))

    @strawberry.field(description="What remains to pay.")
    async def balance(self, root: strawberry.Parent[models.Batch], info: Info) -> Money:
        paid = await info.context.loaders.values("batch.paid", reads.batch_paid_cents, 0).load(root.id)
        total = (await _batch_totals(info, root.id))[2]  # type: ignore[arg-type]
        return await money(info, total - int(paid))

    @strawberry.field(description="Whose batch it is.")
    async def customer(self, root: strawberry.Parent[models.Batch], info: Info) -> CustomerRef | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="Its invoices, oldest first.")
    async def invoices(self, root: strawberry.Parent[models.Batch], info: Info) -> list[Invoice]:
        return await info.context.loaders.all_children(reads.INVOICES_OF_BATCH).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Payments made against the batch, newest first.")
    async def transactions(self, root: strawberry.Parent[models.Batch], info: Info) -> list[Transaction]:
        return await info.context.loaders.all_children(reads.TRANSACTIONS_OF_BATCH).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="A link to the batch invoice as a PDF, signed for this batch and valid for one "
                                  "hour (works without a cookie, e.g. for an integration).")
    def pdf_url(self, root: strawberry.Parent[models.Batch], info: Info) -> str:
        return signed_url(info.context.deployment, BATCH_PDF, root.id)  # type: ignore[arg-type]


@strawberry.type(description="The part of a payment applied to one invoice.")
class Allocation(relay.Node):
    id: relay.NodeID[int]

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Allocation)

    amount: Money = money_field("amount_cents", "How much of the payment went to the invoice.")

    @strawberry.field(description="The invoice paid.")
    async def invoice(self, root: strawberry.Parent[models.Allocation], info: Info) -> Invoice | None:
        return await info.context.loaders.by_id(models.Invoice).load(root.invoice_id)  # type: ignore[return-value]


@strawberry.type(description="A payment (or attempt): amount, method, status and where it was applied.")
class Transaction(relay.Node):
    id: relay.NodeID[int]
    method: PaymentMethod = strawberry.field(description="Card, ACH, cash, check, bank transfer or Zelle.")
    status: TransactionStatus = strawberry.field(description="Completed, Pending, To Approval, Failed, Refunded.")
    occurred_at: datetime = strawberry.field(description="When it was paid (UTC).")
    reference: str | None = strawberry.field(description="Check number, transfer reference or similar.")
    external_id: str | None = strawberry.field(description="The payment processor's id (Stripe).")
    note: str | None = strawberry.field(description="A note on the payment.")
    reported_by_client: bool = strawberry.field(description="Whether the client reported it (awaiting approval).")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.PaymentTransaction)

    amount: Money = money_field("amount_cents", "The amount received.")
    fee: Money = money_field("fee_cents", "The processing fee charged with it (card fee, ACH fee).")

    @strawberry.field(description="Who paid.")
    async def customer(self, root: strawberry.Parent[models.PaymentTransaction], info: Info) -> CustomerRef | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="The batch it paid, if it paid one.")
    async def batch(self, root: strawberry.Parent[models.PaymentTransaction], info: Info) -> Batch | None:
        if root.batch_id is None:
            return None
        return await info.context.loaders.by_id(models.Batch).load(root.batch_id)  # type: ignore[return-value]

    @strawberry.field(description="Where the money went, invoice by invoice.")
    async def allocations(self, root: strawberry.Parent[models.PaymentTransaction], info: Info,
                          ) -> list[Allocation]:
        return await info.context.loaders.all_children(reads.ALLOCATIONS_OF_TRANSACTION).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The client's requests to correct this transaction, newest first.")
    async def correction_requests(self, root: strawberry.Parent[models.PaymentTransaction], info: Info,
                                  ) -> list[CorrectionRequestRef]:
        return await requests_of_transaction(info, root.id)  # type: ignore[arg-type]

    @strawberry.field(description="A link to a PDF receipt of this payment, signed for it and valid for one hour "
                                  "(works without a cookie, e.g. for an integration).")
    def receipt_url(self, root: strawberry.Parent[models.PaymentTransaction], info: Info) -> str:
        return signed_url(info.context.deployment, RECEIPT_PDF, root.id)  # type: ignore[arg-type]
