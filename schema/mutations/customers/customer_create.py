"""customerCreate: a new customer, searched for first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self

import strawberry

from auth.permissions import IsOffice
from models.enums import CustomerKind, PropertyType
from models.problems import Problem
from resolvers import customers as rules
from schema.common import AddressInput
from schema.customers import Customer
from schema.duplicates import DuplicateCandidate, candidates
from schema.mutations.base import Call, MutationPayload, mutation, user_errors
from schema.mutations.customers.payloads import blocking_candidates
from schema.properties import Property


@strawberry.input(description="The first property of a new customer, created with it (see customerCreate).")
class FirstPropertyInput:
    name: str = strawberry.field(description="What the customer calls this place, e.g. “Main house”.")
    address: AddressInput = strawberry.field(description="The street address; line1 and city are required.")
    type: PropertyType = strawberry.field(default=PropertyType.RESIDENTIAL,
                                          description="Residential, business or pool.")
    access_notes: str | None = strawberry.field(
        default=None,
        description="How to get in (lockbox, gate code): shown to assigned staff and the client.")
    description: str | None = strawberry.field(default=None, description="What the place is like.")
    internal_notes: str | None = strawberry.field(default=None,
                                                  description="The office's private notes on this place.")


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
    first_property: FirstPropertyInput | None = strawberry.field(
        default=None,
        description="A first property, created with the customer in the same transaction: a problem with it "
                    "(reported at `input.firstProperty.…`) creates neither.")


@strawberry.type(description="The result of customerCreate.")
class CustomerCreatePayload(MutationPayload):
    customer: Customer | None = strawberry.field(description="The new customer; null when it was not created.")
    property: Property | None = strawberry.field(
        description="The first property created with it (`firstProperty`); null when none was given or created.")
    duplicate_candidates: list[DuplicateCandidate] = strawberry.field(
        description="Existing customers that may be the same client: the exact matches that blocked the "
                    "create, or (when created) similar names worth a look.")

    @classmethod
    def refused(cls, problems: Sequence[Problem]) -> Self:
        return cls(customer=None, property=None, duplicate_candidates=blocking_candidates(problems),
                   user_errors=user_errors(problems))


@mutation(permission=IsOffice, description=(
    "Create a customer, searching first. If an existing customer has the same name or billing name (however "
    "typed), e-mail or phone, nothing is created: a DUPLICATE_CANDIDATES userError names the matches and "
    "`duplicateCandidates` lists them; pass `confirmNew: true` to create anyway. Similar names never block: they "
    "come back in `duplicateCandidates` with the new customer. With `firstProperty`, its first property is "
    "created in the same transaction. Office only (OWNER, OFFICE)."))
async def customer_create(call: Call, input: CustomerCreateInput) -> CustomerCreatePayload:
    saved = await rules.create_customer(call.session, call.viewer, rules.NewCustomer(
        display_name=input.display_name, billing_name=input.billing_name, emails=list(input.emails),
        phones=list(input.phones),
        billing_address=None if input.billing_address is None else input.billing_address.value(),
        kind=input.kind, customer_notes=input.customer_notes, internal_notes=input.internal_notes,
        portal_access=input.portal_access, confirm_new=input.confirm_new,
        first_property=None if (first := input.first_property) is None else rules.NewProperty(
            name=first.name, address=first.address.value(), type=first.type, access_notes=first.access_notes,
            description=first.description, internal_notes=first.internal_notes),
    ))
    return CustomerCreatePayload(customer=saved.customer,  # type: ignore[arg-type]  # the type reads the model
                                 property=saved.property,  # type: ignore[arg-type]
                                 duplicate_candidates=candidates(saved.duplicate_candidates))
