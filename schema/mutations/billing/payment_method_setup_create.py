"""paymentMethodSetupCreate: Stripe's page for saving a card or bank account for later (and for autopay)."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import SeesAccountMoney
from resolvers.billing import autopay
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="Whose card to save, and (for the office) the client's consent.")
class PaymentMethodSetupCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer (a client user's own account).")
    consent_text: str | None = strawberry.field(
        default=None, description="Required from the office, saving a card on the client's behalf: who agreed, how "
                                  "and when (kept in the account's activity). A client's own request needs none.")


@strawberry.type(description="Stripe's page where the payer enters the card: send them to `url`.")
class PaymentMethodSetup:
    stripe_session_id: str = strawberry.field(description="Stripe's id of the Checkout session (cs_…).")
    url: str = strawberry.field(description="Stripe's page. Open it in the same tab; it comes back to the "
                                            "portal's payment methods.")


@strawberry.type(description="The result of paymentMethodSetupCreate.")
class PaymentMethodSetupCreatePayload(MutationPayload):
    setup: PaymentMethodSetup | None = strawberry.field(description="The page; null when userErrors say why not.")


@mutation(permission=SeesAccountMoney, description=(
    "Start saving a card or US bank account on a Stripe-hosted page (Checkout in setup mode). The method appears "
    "in `Customer.paymentMethods` once Stripe confirms it. Office (with the client's consent written down), or a "
    "client user with finances over the whole account."))
async def payment_method_setup_create(call: Call, input: PaymentMethodSetupCreateInput,
                                      ) -> PaymentMethodSetupCreatePayload:
    started = await autopay.start_setup(
        call.session, call.viewer, call.context.payments, customer_id=input_id(input, "customer_id", "Customer"),
        consent_text=input.consent_text, public_url=call.context.public_url)
    return PaymentMethodSetupCreatePayload(setup=PaymentMethodSetup(stripe_session_id=started.session.id,
                                                                    url=started.session.url))
