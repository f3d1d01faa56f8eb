"""customerUpdate: change the fields given, with the same checks as customerCreate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from models.enums import CustomerKind, CustomerStatus
from models.problems import Problem
from resolvers import customers as rules
from schema.common import AddressInput
from schema.customers import Customer
from schema.duplicates import DuplicateCandidate, candidates
from schema.mutations.base import Call, MutationPayload, input_id, mutation, user_errors
from schema.mutations.changes import changed, given, given_list
from schema.mutations.customers.payloads import blocking_candidates


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


@strawberry.type(description="The result of customerUpdate.")
class CustomerUpdatePayload(MutationPayload):
    customer: Customer | None = strawberry.field(description="The customer as saved; null when nothing was saved.")
    duplicate_candidates: list[DuplicateCandidate] = strawberry.field(
        description="Other customers that have the new name, e-mail or phone (or a similar name).")

    @classmethod
    def refused(cls, problems: Sequence[Problem]) -> Self:
        return cls(customer=None, duplicate_candidates=blocking_candidates(problems),
                   user_errors=user_errors(problems))


@mutation(permission=IsOffice, description=(
    "Change a customer: only the fields given. The same checks as customerCreate; a new name, e-mail or phone "
    "that another customer has is refused with DUPLICATE_CANDIDATES unless `confirmNew: true`. Archive with "
    "status ARCHIVED. A merged customer cannot change (CONFLICT). Office only (OWNER, OFFICE)."))
async def customer_update(call: Call, input: CustomerUpdateInput) -> CustomerUpdatePayload:
    saved = await rules.update_customer(call.session, call.viewer, input_id(input, "id", "Customer"),
                                        rules.CustomerChanges(
        display_name=given(input.display_name), billing_name=given(input.billing_name),
        emails=given_list(input.emails), phones=given_list(input.phones),
        billing_address=changed(input.billing_address, AddressInput.value), kind=given(input.kind),
        customer_notes=given(input.customer_notes), internal_notes=given(input.internal_notes),
        status=given(input.status), portal_access=given(input.portal_access), confirm_new=input.confirm_new,
    ))
    return CustomerUpdatePayload(customer=saved.customer,  # type: ignore[arg-type]  # the type reads the model
                                 duplicate_candidates=candidates(saved.duplicate_candidates))
