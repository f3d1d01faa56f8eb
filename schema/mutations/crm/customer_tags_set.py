"""customerTagsSet: the whole set of a customer's tags, new ones created on first use."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import tags as rules
from schema.customers import Customer
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="A customer's tags, all of them.")
class CustomerTagsSetInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer (not a merged one).")
    tags: list[str] = strawberry.field(
        description="Tag names: trimmed, inner spaces collapsed, matched to existing tags however cased (a new "
                    "name creates a tag, spelt as typed); repeats collapse; [] removes every tag. At most 50 "
                    "names of at most 50 characters.")


@strawberry.type(description="The result of customerTagsSet.")
class CustomerTagsSetPayload(MutationPayload):
    customer: Customer | None = strawberry.field(
        description="The customer with its tags as saved; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Set a customer's tags: the list given replaces the old one; names are matched case-insensitively and new "
    "ones become tags. Sending the same list again changes nothing. Office only (OWNER, OFFICE)."))
async def customer_tags_set(call: Call, input: CustomerTagsSetInput) -> CustomerTagsSetPayload:
    customer = await rules.set_customer_tags(call.session, call.viewer,
                                             input_id(input, "customer_id", "Customer"), list(input.tags))
    return CustomerTagsSetPayload(customer=customer)  # type: ignore[arg-type]  # the type reads the model
