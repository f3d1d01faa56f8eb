"""Mutations of the customers domain (one function each, registered on the type below)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from auth.viewer import Viewer
from models.enums import CustomerKind, CustomerStatus
from resolvers import customers as rules
from resolvers.errors import UserInputError
from resolvers.values import KEEP, Address
from schema.common import AddressInput, UserError
from schema.context import Info
from schema.customers import Customer
from schema.duplicates import DuplicateCandidate, candidates
from schema.mutations.base import decode_id, require, run_mutation

OFFICE_ONLY = "Only office staff (owner or office) may create or change customers."


@strawberry.input(description="A new customer. Searched for first: see `confirmNew`.")
class CustomerCreateInput:
    display_name: str = strawberry.field(
        description="The name the company knows the client by (required; trimmed, inner spaces collapsed).")
    billing_name: str | None = strawberry.field(
        default=None, description="The name invoices are addressed to, if not the display name.")
    emails: list[str] = strawberry.field(
        default_factory=list,
        description="E-mail addresses: validated, stored lower case, repeats dropped. At most 20.")
    phones: list[str] = strawberry.field(
        default_factory=list,
        description="Phone numbers in any format; without a country code they are read as US numbers. "
                    "Stored in E.164, repeats dropped. At most 20.")
    billing_address: AddressInput | None = strawberry.field(
        default=None, description="Where invoices are sent. `country` is a two-letter ISO code.")
    kind: CustomerKind = strawberry.field(
        default=CustomerKind.RESIDENTIAL,
        description="Residential, business or property manager.")
    customer_notes: str | None = strawberry.field(default=None, description="Notes the client may read.")
    internal_notes: str | None = strawberry.field(default=None,
                                                  description="The office's private notes (staff only).")
    portal_access: bool = strawberry.field(default=True,
                                           description="Whether the customer's users may sign in.")
    confirm_new: bool = strawberry.field(
        default=False,
        description="Create even though an existing customer has the same name, billing name, e-mail or "
                    "phone (a DUPLICATE_CANDIDATES userError otherwise). Similar names never block.")


@strawberry.input(description="Changes to a customer: only the fields given change.")
class CustomerUpdateInput:
    id: relay.GlobalID = strawberry.field(description="The customer to change.")
    display_name: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new name (cannot be blank or null).")
    billing_name: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new billing name; null clears it.")
    emails: list[str] | None = strawberry.field(
        default=strawberry.UNSET,
        description="The whole new list of e-mail addresses (replaces the old one); null or [] clears it.")
    phones: list[str] | None = strawberry.field(
        default=strawberry.UNSET,
        description="The whole new list of phone numbers (replaces the old one); null or [] clears it.")
    billing_address: AddressInput | None = strawberry.field(
        default=strawberry.UNSET,
        description="The whole new billing address (fields left out are cleared); null clears it.")
    kind: CustomerKind | None = strawberry.field(
        default=strawberry.UNSET, description="A new kind (cannot be null).")
    customer_notes: str | None = strawberry.field(
        default=strawberry.UNSET, description="New notes the client may read; null clears them.")
    internal_notes: str | None = strawberry.field(
        default=strawberry.UNSET, description="New private notes (staff only); null clears them.")
    status: CustomerStatus | None = strawberry.field(
        default=strawberry.UNSET, description="ARCHIVED archives the customer; ACTIVE brings it back.")
    portal_access: bool | None = strawberry.field(
        default=strawberry.UNSET, description="Whether the customer's users may sign in (cannot be null).")
    confirm_new: bool = strawberry.field(
        default=False,
        description="Save even though another customer has the new name, billing name, e-mail or phone "
                    "(a DUPLICATE_CANDIDATES userError otherwise).")


@strawberry.type(description="The result of customerCreate.")
class CustomerCreatePayload:
    customer: Customer | None = strawberry.field(description="The new customer; null when it was not created.")
    duplicate_candidates: list[DuplicateCandidate] = strawberry.field(
        description="Existing customers that may be the same client: the exact matches that blocked the "
                    "create, or (when created) similar names worth a look.")
    user_errors: list[UserError] = strawberry.field(description="What to fix when nothing was created.")


@strawberry.type(description="The result of customerUpdate.")
class CustomerUpdatePayload:
    customer: Customer | None = strawberry.field(description="The customer as saved; null when nothing was saved.")
    duplicate_candidates: list[DuplicateCandidate] = strawberry.field(
        description="Other customers that have the new name, e-mail or phone (or a similar name).")
    user_errors: list[UserError] = strawberry.field(description="What to fix when nothing was saved.")


def _address(value: AddressInput | None) -> Address | None:
    return None if value is None else value.value()


def _given(value: Any) -> Any:
    """An update field: left out (UNSET) keeps the value; anything else (null included) is the change."""
    return KEEP if value is strawberry.UNSET else value


def _list(value: Sequence[str] | None) -> Any:
    return KEEP if value is strawberry.UNSET else list(value or [])


async def _run(info: Info, work: Any) -> tuple[Any, list[UserError], list[rules.DuplicateCandidate]]:
    """`run_mutation`, also keeping the duplicate candidates a refused write carries for the payload."""
    found: list[rules.DuplicateCandidate] = []

    async def keeping_candidates(session: AsyncSession, viewer: Viewer) -> Any:
        try:
            return await work(session, viewer)
        except UserInputError as error:
            for problem in error.problems:
                if problem.code == "DUPLICATE_CANDIDATES":
                    found.extend(problem.data or [])
            raise

    saved, errors = await run_mutation(info, keeping_candidates)
    return saved, errors, found


async def customer_create(info: Info, input: CustomerCreateInput) -> CustomerCreatePayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)
    new = rules.NewCustomer(
        display_name=input.display_name, billing_name=input.billing_name, emails=list(input.emails),
        phones=list(input.phones), billing_address=_address(input.billing_address), kind=input.kind,
        customer_notes=input.customer_notes, internal_notes=input.internal_notes,
        portal_access=input.portal_access, confirm_new=input.confirm_new,
    )

    async def work(session: AsyncSession, viewer: Viewer) -> rules.CustomerSaved:
        return await rules.create_customer(session, viewer, new)

    saved, errors, refused_for = await _run(info, work)
    if saved is None:
        return CustomerCreatePayload(customer=None, duplicate_candidates=candidates(refused_for),
                                     user_errors=errors)
    return CustomerCreatePayload(customer=saved.customer, user_errors=[],
                                 duplicate_candidates=candidates(saved.duplicate_candidates))


async def customer_update(info: Info, input: CustomerUpdateInput) -> CustomerUpdatePayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)
    changes = rules.CustomerChanges(
        display_name=_given(input.display_name), billing_name=_given(input.billing_name),
        emails=_list(input.emails), phones=_list(input.phones),
        billing_address=KEEP if input.billing_address is strawberry.UNSET
        else _address(input.billing_address),
        kind=_given(input.kind), customer_notes=_given(input.customer_notes),
        internal_notes=_given(input.internal_notes), status=_given(input.status),
        portal_access=_given(input.portal_access), confirm_new=input.confirm_new,
    )

    async def work(session: AsyncSession, viewer: Viewer) -> rules.CustomerSaved:
        try:
            customer_id = decode_id(input.id, "Customer", "id")
        except UserInputError:
            raise UserInputError.one(("input", "id"), "NOT_FOUND",
                                     "No customer with this id. Check the id and try again.") from None
        return await rules.update_customer(session, viewer, customer_id, changes)

    saved, errors, refused_for = await _run(info, work)
    if saved is None:
        return CustomerUpdatePayload(customer=None, duplicate_candidates=candidates(refused_for),
                                     user_errors=errors)
    return CustomerUpdatePayload(customer=saved.customer, user_errors=[],
                                 duplicate_candidates=candidates(saved.duplicate_candidates))


@strawberry.type
class CustomerMutations:
    customer_create: CustomerCreatePayload = strawberry.mutation(
        resolver=customer_create,
        description="Create a customer, searching first. If an existing customer has the same name or "
        "billing name (however typed), e-mail or phone, nothing is created: a DUPLICATE_CANDIDATES userError "
        "names the matches and `duplicateCandidates` lists them; pass `confirmNew: true` to create anyway. "
        "Similar names never block: they come back in `duplicateCandidates` with the new customer. Office "
        "only (OWNER, OFFICE).",
    )
    customer_update: CustomerUpdatePayload = strawberry.mutation(
        resolver=customer_update,
        description="Change a customer: only the fields given. The same checks as customerCreate; a new "
        "name, e-mail or phone that another customer has is refused with DUPLICATE_CANDIDATES unless "
        "`confirmNew: true`. Archive with status ARCHIVED. A merged customer cannot change (CONFLICT). "
        "Office only (OWNER, OFFICE).",
    )
