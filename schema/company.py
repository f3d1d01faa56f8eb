"""The company: its public face (what every page and document may show) and, for the office, its billing
settings. The owner changes them with `companyUpdate` (`schema/mutations/company/`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import PurePath
from typing import Any

import strawberry

import models
from auth.permissions import OFFICE_ONLY, office_only
from schema.common import Address, Money
from schema.context import Info

LOGO_PATH = "/company/logo"
"""The route serving the logo (`app.downloads.logo_routes`)."""


def _office_field(description: str) -> Any:
    return strawberry.field(description=f"{description} {OFFICE_ONLY}", extensions=office_only())


@strawberry.type(description="The company this deployment serves. Its name, time zone, currency and contact "
                             "details anyone may see; its billing settings only the office.")
class Company:
    name: str = strawberry.field(description="The company's name.")
    time_zone: str = strawberry.field(description="IANA time zone dates and times are shown in.")
    currency: str = strawberry.field(description="ISO 4217 currency of every amount.")
    email: str | None = strawberry.field(description="Where clients write to.")
    phone: str | None = strawberry.field(description="Where clients call.")
    website: str | None = strawberry.field(description="The company's website.")

    @_office_field("The address printed on invoices and statements.")
    def address(self, root: strawberry.Parent[models.Company]) -> Address | None:
        return Address(line1=root.address_line1, line2=root.address_line2, city=root.city, region=root.region,
                       postal_code=root.postal_code, country=root.country)

    @_office_field("Sales tax in percent (8.875 means 8.875 %), applied to taxable lines of new invoices.")
    def tax_rate(self, root: strawberry.Parent[models.Company]) -> Decimal | None:
        return Decimal(root.tax_rate)

    @_office_field("Card fee in percent of a card payment, charged on checkout.")
    def card_fee_percent(self, root: strawberry.Parent[models.Company]) -> Decimal | None:
        return Decimal(root.card_fee_percent)

    @_office_field("Fixed part of the card fee, per card payment.")
    def card_fee_fixed(self, root: strawberry.Parent[models.Company]) -> Money | None:
        return Money(cents=root.card_fee_fixed_cents)

    @_office_field("ACH fee in percent of a bank (ACH) payment, charged on checkout.")
    def ach_fee_percent(self, root: strawberry.Parent[models.Company]) -> Decimal | None:
        return Decimal(root.ach_fee_percent)

    @_office_field("Fixed part of the ACH fee, per bank payment.")
    def ach_fee_fixed(self, root: strawberry.Parent[models.Company]) -> Money | None:
        return Money(cents=root.ach_fee_fixed_cents)

    @_office_field("Days from issue to due date on new invoices (0: due on receipt).")
    def payment_terms_days(self, root: strawberry.Parent[models.Company]) -> int | None:
        return root.payment_terms_days

    @_office_field("Printed before every invoice number (\"INV-\" makes INV-1001).")
    def invoice_prefix(self, root: strawberry.Parent[models.Company]) -> str | None:
        return root.invoice_prefix

    @_office_field("The number the next invoice gets (a number already used is skipped).")
    def next_invoice_number(self, root: strawberry.Parent[models.Company]) -> int | None:
        return root.next_invoice_number

    @_office_field("How many weeks ahead recurring plans' visits are generated as Pending jobs (default 8).")
    def plan_horizon_weeks(self, root: strawberry.Parent[models.Company]) -> int | None:
        return root.plan_horizon_weeks

    @_office_field("Whether clients are notified when their job is finished.")
    def notify_clients_on_job_finished(self, root: strawberry.Parent[models.Company]) -> bool | None:
        return root.notify_clients_job_completed

    @_office_field("Days after a job is finished during which its client may review it (jobReview), 0 to 365.")
    def review_window_days(self, root: strawberry.Parent[models.Company]) -> int | None:
        return root.review_window_days

    @_office_field("Whether a logo is set (printed on PDFs instead of the name as a wordmark).")
    def has_logo(self, root: strawberry.Parent[models.Company]) -> bool | None:
        return bool(root.logo_path)

    @_office_field("Where the office's screens show the logo (`/company/logo`, office sign-in needed); it changes "
                   "with the logo, so a browser never shows an old one. Null without a logo.")
    def logo_url(self, root: strawberry.Parent[models.Company]) -> str | None:
        if not root.logo_path:
            return None
        version = PurePath(root.logo_path).stem[:16]
        return f"{LOGO_PATH}?v={version}"


@strawberry.type
class CompanyQueries:
    @strawberry.field(description="The company: name, time zone and currency for showing dates and money; the "
                                  "billing settings for the office.")
    async def company(self, info: Info) -> Company:
        return await info.context.company()  # type: ignore[return-value]  # the type reads the model
