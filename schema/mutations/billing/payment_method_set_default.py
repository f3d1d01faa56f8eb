"""paymentMethodSetDefault: the saved method autopay charges."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import SeesAccountMoney
from resolvers.billing import autopay
from schema.cards import SavedPaymentMethod
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="Which saved method becomes the default.")
class PaymentMethodSetDefaultInput:
    payment_method_id: relay.GlobalID = strawberry.field(description="The saved method.")


@strawberry.type(description="The result of paymentMethodSetDefault.")
class PaymentMethodSetDefaultPayload(MutationPayload):
    payment_method: SavedPaymentMethod | None = strawberry.field(
        description="The new default; null when userErrors say why not.")


@mutation(permission=SeesAccountMoney, description=(
    "Make a saved card or bank account the default (the one autopay charges). Office, or a client user with "
    "finances over the whole account."))
async def payment_method_set_default(call: Call, input: PaymentMethodSetDefaultInput,
                                     ) -> PaymentMethodSetDefaultPayload:
    method = await autopay.set_default(call.session, call.viewer,
                                       method_id=input_id(input, "payment_method_id", "SavedPaymentMethod"))
    return PaymentMethodSetDefaultPayload(payment_method=method)  # type: ignore[arg-type]  # the type reads the model
