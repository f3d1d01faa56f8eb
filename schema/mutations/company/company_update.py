"""companyUpdate: the owner sets up or changes the company (identity, time zone, currency, tax, fees, terms,
numbering, client notifications, logo)."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry.file_uploads import Upload

from auth.permissions import IsOwner
from resolvers import company as rules
from resolvers.values import Keep
from schema.common import AddressInput
from schema.company import Company
from schema.mutations.base import Call, MutationPayload, mutation
from schema.mutations.changes import changed, given
from schema.mutations.proof.uploads import read_upload


@strawberry.input(description="Company settings to change: leave a field out to keep it. On an empty database "
                              "the first call creates the company and needs `name`.")
class CompanyUpdateInput:
    name: str | None = strawberry.field(default=strawberry.UNSET, description="The company's name (not blank).")
    address: AddressInput | None = strawberry.field(
        default=strawberry.UNSET, description="The whole address printed on documents; null clears it.")
    email: str | None = strawberry.field(default=strawberry.UNSET,
                                         description="Where clients write to; null clears it.")
    phone: str | None = strawberry.field(default=strawberry.UNSET,
                                         description="Where clients call; null clears it.")
    website: str | None = strawberry.field(default=strawberry.UNSET,
                                           description="https://… address; null clears it.")
    time_zone: str | None = strawberry.field(
        default=strawberry.UNSET, description="IANA time zone, e.g. America/Chicago: dates, invoice and due "
                                              "dates follow it.")
    currency: str | None = strawberry.field(
        default=strawberry.UNSET, description="ISO 4217 code of a currency with cents (USD, CAD, EUR…). It can't "
                                              "change once an invoice or payment exists (CONFLICT).")
    tax_rate: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Sales tax in percent, 0 to less than 100, at most 4 decimals "
                                              "(8.875). New invoices use it; issued ones keep theirs.")
    card_fee_percent: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Card fee in percent of a card payment (0 to less than 100, at "
                                              "most 3 decimals).")
    card_fee_fixed: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Fixed card fee per payment, in the company's currency (e.g. "
                                              "0.30; at least 0, at most 2 decimals).")
    ach_fee_percent: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="ACH fee in percent of a bank payment (0 to less than 100, at "
                                              "most 3 decimals).")
    ach_fee_fixed: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Fixed ACH fee per payment, in the company's currency (at least "
                                              "0, at most 2 decimals).")
    payment_terms_days: int | None = strawberry.field(
        default=strawberry.UNSET, description="Days from issue to due date, 0 to 365 (0: due on receipt).")
    invoice_prefix: str | None = strawberry.field(
        default=strawberry.UNSET, description="Printed before invoice numbers: up to 12 letters, digits, '.', "
                                              "'_' or '-' (\"INV-\"); \"\" or null for none.")
    next_invoice_number: int | None = strawberry.field(
        default=strawberry.UNSET, description="The number the next invoice gets: higher than every number "
                                              "already used (numbers never go backwards).")
    notify_clients_on_job_finished: bool | None = strawberry.field(
        default=strawberry.UNSET, description="Whether clients are notified when their job is finished.")
    review_window_days: int | None = strawberry.field(
        default=strawberry.UNSET, description="Days after a job is finished during which its client may review "
                                              "it, 0 to 365 (default 7).")
    plan_horizon_weeks: int | None = strawberry.field(
        default=strawberry.UNSET, description="How many weeks ahead recurring plans' visits are generated, 1 to 52 "
                                              "(the next generator run fills a longer horizon; a shorter one keeps "
                                              "the visits already made).")
    logo: Upload | None = strawberry.field(
        default=strawberry.UNSET, description="A PNG or JPEG logo, at most 2 MB, printed on PDFs (sent as a "
                                              "GraphQL multipart request); null removes the logo.")


@strawberry.type(description="The result of companyUpdate.")
class CompanyUpdatePayload(MutationPayload):
    company: Company | None = strawberry.field(description="The company as saved; null when nothing was saved.")


async def _logo(upload: object) -> rules.LogoUpload:
    content, size, _ = await read_upload(upload, limit=rules.LOGO_MAX_BYTES)
    return rules.LogoUpload(content=content, size=size)


@mutation(permission=IsOwner, description=(
    "Owner: set up or change the company. Only the fields given change; every problem is reported at once and "
    "nothing is saved unless all of it holds. The next invoice, PDF and e-mail use the new values; issued "
    "invoices keep theirs. The first call on an empty database creates the company."))
async def company_update(call: Call, input: CompanyUpdateInput) -> CompanyUpdatePayload:
    logo = given(input.logo)
    saved = await rules.update_company(call.session, call.viewer, rules.CompanyChanges(
        name=given(input.name), address=changed(input.address, AddressInput.value), email=given(input.email),
        phone=given(input.phone), website=given(input.website), time_zone=given(input.time_zone),
        currency=given(input.currency), tax_rate=given(input.tax_rate),
        card_fee_percent=given(input.card_fee_percent), card_fee_fixed=given(input.card_fee_fixed),
        ach_fee_percent=given(input.ach_fee_percent), ach_fee_fixed=given(input.ach_fee_fixed),
        payment_terms_days=given(input.payment_terms_days), invoice_prefix=given(input.invoice_prefix),
        next_invoice_number=given(input.next_invoice_number),
        notify_clients_on_job_finished=given(input.notify_clients_on_job_finished),
        review_window_days=given(input.review_window_days),
        plan_horizon_weeks=given(input.plan_horizon_weeks),
        logo=logo if logo is None or isinstance(logo, Keep) else await _logo(logo),
    ), store=call.context.files)
    return CompanyUpdatePayload(company=saved)  # type: ignore[arg-type]  # the type reads the model
