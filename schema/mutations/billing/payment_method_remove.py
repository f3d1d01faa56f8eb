"""paymentMethodRemove: detach a saved method at Stripe and forget it."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import SeesAccountMoney
from resolvers.billing import autopay
from schema.customers import Customer
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="Which saved method to remove.")
class PaymentMethodRemoveInput:
    payment_method_id: relay.GlobalID = strawberry.field(description="The saved method.")


@strawberry.type(description="The result of paymentMethodRemove.")
class PaymentMethodRemovePayload(MutationPayload):
    customer: Customer | None = strawberry.field(
        description="The customer, with the methods left; null when userErrors say why not.")


@mutation(permission=SeesAccountMoney, description=(
    "Remove a saved card or bank account: detached at Stripe (it can't be charged again), then forgotten here; "
    "if it was the default, the newest other one becomes the default. Refused while autopay is on and it is the "
    "only one. Office, or a client user with finances over the whole account."))
async def payment_method_remove(call: Call, input: PaymentMethodRemoveInput) -> PaymentMethodRemovePayload:
    customer = await autopay.remove_method(call.session, call.viewer, call.context.payments,
                                           method_id=input_id(input, "payment_method_id", "SavedPaymentMethod"))
    return PaymentMethodRemovePayload(customer=customer)  # type: ignore[arg-type]  # the type reads the model
