"""Customer and Contact: the record everything hangs off."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

import models
from auth.permissions import (
    MONEY,
    OFFICE_ONLY,
    STAFF_ONLY,
    WHOLE_ACCOUNT,
    account_money_only,
    money_only,
    office_only,
    staff_only,
    whole_account_only,
)
from auth.signed_links import STATEMENT_PDF, signed_url
from auth.users import users_of_customer
from resolvers import plans, reads
from resolvers.crm import (
    ACTIVITY_OF_CUSTOMER,
    NOTES_OF_CUSTOMER,
    NOTICES_OF_CUSTOMER,
    REMINDERS_OF_CUSTOMER,
    tags_of_customer,
)
from schema.cards import Autopay, SavedPaymentMethod
from schema.common import Address
from schema.context import Info
from schema.crm import load_stats
from schema.dashboard import load_account_health, load_dashboard
from schema.enums import ContactRole, CustomerKind, CustomerStatus
from schema.relay import Connection, connection, window

if TYPE_CHECKING:
    from schema.billing import Batch, Invoice, Transaction
    from schema.crm import Activity, CustomerStats, Note, Notice, Reminder, Tag
    from schema.dashboard import AccountHealth, Dashboard
    from schema.jobs import Job
    from schema.plans import RecurringPlan
    from schema.properties import Property
    from schema.users import User

PropertyRef = Annotated["Property", strawberry.lazy("schema.properties")]
JobRef = Annotated["Job", strawberry.lazy("schema.jobs")]
InvoiceRef = Annotated["Invoice", strawberry.lazy("schema.billing")]
BatchRef = Annotated["Batch", strawberry.lazy("schema.billing")]
TransactionRef = Annotated["Transaction", strawberry.lazy("schema.billing")]


@strawberry.type(description="A person on a customer's account and what they do for it. Readable by the office, "
                             "by field employees on the customer's jobs and by the customer's own users and tokens "
                             "(they are their people): name, role and default-billing mark for all of them; e-mail "
                             "and phone only for those who see the whole account.")
class Contact(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="Full name.")
    role: ContactRole = strawberry.field(description="Billing, approver, owner or on-site.")
    is_default_billing: bool = strawberry.field(
        description="The customer's default billing contact (at most one per customer, always a BILLING one).")
    email: str | None = strawberry.field(description=f"E-mail address, lower case. {WHOLE_ACCOUNT}",
                                         extensions=whole_account_only())
    phone: str | None = strawberry.field(description=f"Phone number (E.164). {WHOLE_ACCOUNT}",
                                         extensions=whole_account_only())

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Contact)


@strawberry.type(description="A client: a household, a business or a property manager.")
class Customer(relay.Node):
    id: relay.NodeID[int]
    display_name: str = strawberry.field(description="The name the company knows the client by.")
    billing_name: str | None = strawberry.field(description="The name invoices are addressed to.")
    kind: CustomerKind = strawberry.field(description="Residential, business or property manager.")
    emails: list[str] = strawberry.field(description="E-mail addresses, lower case.")
    phones: list[str] = strawberry.field(description="Phone numbers in E.164 form.")
    customer_notes: str | None = strawberry.field(description="Notes the client may read.")
    status: CustomerStatus = strawberry.field(description="Active or archived.")
    portal_access: bool = strawberry.field(description="Whether the customer's users may sign in.")
    created_at: datetime = strawberry.field(description="When the record was created (UTC).")
    internal_notes: str | None = strawberry.field(
        description=f"The office's private notes on this client (how they pay, what to watch for). {OFFICE_ONLY} "
                    "Field employees read the property's `accessNotes` and the job's `internalNotes` instead.",
        extensions=office_only(),
    )

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Customer)

    @strawberry.field(description="Where invoices are sent.")
    def billing_address(self, root: strawberry.Parent[models.Customer]) -> Address:
        return Address(
            line1=root.billing_address_line1, line2=root.billing_address_line2, city=root.billing_city,
            region=root.billing_region, postal_code=root.billing_postal_code, country=root.billing_country,
        )

    @strawberry.field(description=f"The customer this one was merged into, if any. {STAFF_ONLY}",
                      extensions=staff_only())
    async def merged_into(self, root: strawberry.Parent[models.Customer], info: Info) -> Customer | None:
        if root.merged_into_id is None:
            return None
        return await info.context.loaders.by_id(models.Customer).load(root.merged_into_id)  # type: ignore[return-value]

    @strawberry.field(description="People on the account, by name (see `Contact` for who reads which fields).")
    async def contacts(self, root: strawberry.Parent[models.Customer], info: Info) -> list[Contact]:
        return await info.context.loaders.all_children(reads.CONTACTS_OF_CUSTOMER).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Service locations, by name.")
    async def properties(self, root: strawberry.Parent[models.Customer], info: Info,
                         first: int | None = None, after: str | None = None) -> Connection[PropertyRef]:
        page = await info.context.loaders.page(reads.PROPERTIES_OF_CUSTOMER).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description="Jobs, newest scheduled first.")
    async def jobs(self, root: strawberry.Parent[models.Customer], info: Info,
                   first: int | None = None, after: str | None = None) -> Connection[JobRef]:
        page = await info.context.loaders.page(reads.JOBS_OF_CUSTOMER).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description="Invoices, newest first. Empty for viewers without finances.")
    async def invoices(self, root: strawberry.Parent[models.Customer], info: Info,
                       first: int | None = None, after: str | None = None) -> Connection[InvoiceRef]:
        page = await info.context.loaders.page(reads.INVOICES_OF_CUSTOMER).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description="Jobs and revenue for this customer, as the viewer may see them (their "
                                  "properties only when limited; counts without money for viewers without "
                                  "finances). Null for field employees.")
    async def dashboard(self, root: strawberry.Parent[models.Customer], info: Info,
                        ) -> Annotated[Dashboard, strawberry.lazy("schema.dashboard")] | None:
        return await load_dashboard(info, root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Statement figures: open invoices, aging buckets (current, 1–30, 31–60, 61–90, "
                                  f"90+ days overdue), last payment and credit. Also null for client users "
                                  f"limited to some properties. {MONEY}", extensions=money_only())
    async def aging(self, root: strawberry.Parent[models.Customer], info: Info,
                    ) -> Annotated[AccountHealth, strawberry.lazy("schema.dashboard")] | None:
        return await load_account_health(info, root.id)  # type: ignore[arg-type]

    @strawberry.field(description="A link to the customer's statement as a PDF, signed and valid for one hour. "
                                  f"Also null for client users limited to some properties. {MONEY}",
                      extensions=money_only())
    def statement_url(self, root: strawberry.Parent[models.Customer], info: Info) -> str | None:
        if not info.context.viewer.sees_whole_account:
            return None
        return signed_url(info.context.deployment, STATEMENT_PDF, root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Batch invoices, newest first. Empty for viewers without finances.")
    async def batches(self, root: strawberry.Parent[models.Customer], info: Info,
                      first: int | None = None, after: str | None = None) -> Connection[BatchRef]:
        page = await info.context.loaders.page(reads.BATCHES_OF_CUSTOMER).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description="Payments, newest first. Empty for viewers without finances.")
    async def transactions(self, root: strawberry.Parent[models.Customer], info: Info,
                           first: int | None = None, after: str | None = None) -> Connection[TransactionRef]:
        page = await info.context.loaders.page(reads.TRANSACTIONS_OF_CUSTOMER).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description=f"Labels the office put on this client. {OFFICE_ONLY}", extensions=office_only())
    async def tags(self, root: strawberry.Parent[models.Customer], info: Info,
                   ) -> list[Annotated[Tag, strawberry.lazy("schema.crm")]] | None:
        return await tags_of_customer(info.context.loaders, root.id)  # type: ignore[arg-type,return-value]

    @strawberry.field(description=f"Open reminders. {OFFICE_ONLY}", extensions=office_only())
    async def reminders(self, root: strawberry.Parent[models.Customer], info: Info,
                        ) -> list[Annotated[Reminder, strawberry.lazy("schema.crm")]] | None:
        return await info.context.loaders.all_children(REMINDERS_OF_CUSTOMER).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description=f"Active notices shown to the office. {OFFICE_ONLY}", extensions=office_only())
    async def notices(self, root: strawberry.Parent[models.Customer], info: Info,
                      ) -> list[Annotated[Notice, strawberry.lazy("schema.crm")]] | None:
        return await info.context.loaders.all_children(NOTICES_OF_CUSTOMER).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Notes on the account, newest first. Staff read them all; the customer's users "
                                  "and tokens only those visible to the customer (and, when limited to some "
                                  "properties, only account-wide ones and those about their properties and jobs).")
    async def notes(self, root: strawberry.Parent[models.Customer], info: Info,
                    ) -> list[Annotated[Note, strawberry.lazy("schema.crm")]]:
        return await info.context.loaders.all_children(NOTES_OF_CUSTOMER).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Jobs completed, first and last visit, average days between visits, invoiced "
                                  "totals and open balance (money for viewers who see money), top services: "
                                  f"computed in SQL, batched across a page of customers. {STAFF_ONLY}",
                      extensions=staff_only())
    async def stats(self, root: strawberry.Parent[models.Customer], info: Info,
                    ) -> Annotated[CustomerStats, strawberry.lazy("schema.crm")] | None:
        return await load_stats(info, root.id)  # type: ignore[arg-type]

    @strawberry.field(description=f"The customer's portal users, by username. {OFFICE_ONLY}",
                      extensions=office_only())
    async def users(self, root: strawberry.Parent[models.Customer], info: Info,
                    ) -> list[Annotated[User, strawberry.lazy("schema.users")]] | None:
        return await users_of_customer(info.context.loaders, info.context.viewer, root.id)  # type: ignore[arg-type,return-value]

    @strawberry.field(description="Saved cards and bank accounts (at Stripe), the default first, then the newest. "
                                  f"{MONEY} {WHOLE_ACCOUNT}", extensions=account_money_only())
    async def payment_methods(self, root: strawberry.Parent[models.Customer], info: Info,
                              ) -> list[SavedPaymentMethod] | None:
        return await info.context.loaders.all_children(reads.PAYMENT_METHODS_OF_CUSTOMER).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description=f"Whether issued invoices are charged to the default method automatically, and "
                                  f"the consent recorded. {MONEY} {WHOLE_ACCOUNT}", extensions=account_money_only())
    async def autopay(self, root: strawberry.Parent[models.Customer], info: Info) -> Autopay | None:
        name = None
        if root.autopay_changed_by_user_id is not None:
            name = await info.context.loaders.values("user.displayName", reads.user_display_names).load(
                root.autopay_changed_by_user_id)
        return Autopay(enabled=root.autopay, consent_text=root.autopay_consent_text,
                       changed_at=root.autopay_changed_at, changed_by_name=name)

    @strawberry.field(description=f"Who did what on this account, newest first. {OFFICE_ONLY}",
                      extensions=office_only())
    async def activity(self, root: strawberry.Parent[models.Customer], info: Info,
                       first: int | None = None, after: str | None = None,
                       ) -> Connection[Annotated[Activity, strawberry.lazy("schema.crm")]] | None:
        page = await info.context.loaders.page(ACTIVITY_OF_CUSTOMER).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description=f"Recurring plans, by name (paused ones included). {OFFICE_ONLY}",
                      extensions=office_only())
    async def recurring_plans(self, root: strawberry.Parent[models.Customer], info: Info,
                              first: int | None = None, after: str | None = None,
                              ) -> Connection[Annotated[RecurringPlan, strawberry.lazy("schema.plans")]] | None:
        page = await info.context.loaders.page(plans.PLANS_OF_CUSTOMER).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]
