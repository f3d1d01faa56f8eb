"""autopaySet: turn automatic charging of issued invoices on (with consent) or off."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import SeesAccountMoney
from resolvers.billing import autopay
from schema.customers import Customer
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="Autopay on or off for one customer.")
class AutopaySetInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer.")
    enabled: bool = strawberry.field(description="On: each issued invoice is charged to the default method.")
    consent_text: str | None = strawberry.field(
        default=None, description="Required to turn it on: the text the client agreed to (kept with who and when).")


@strawberry.type(description="The result of autopaySet.")
class AutopaySetPayload(MutationPayload):
    customer: Customer | None = strawberry.field(
        description="The customer with its autopay; null when userErrors say why not.")


@mutation(permission=SeesAccountMoney, description=(
    "Turn autopay on (needs a saved default method and the consent text) or off; who, when and the text are "
    "recorded. Office, or a client user with finances over the whole account."))
async def autopay_set(call: Call, input: AutopaySetInput) -> AutopaySetPayload:
    customer = await autopay.set_autopay(call.session, call.viewer,
                                         customer_id=input_id(input, "customer_id", "Customer"),
                                         enabled=input.enabled, consent_text=input.consent_text)
    return AutopaySetPayload(customer=customer)  # type: ignore[arg-type]  # the type reads the model
