"""Online payment with Stripe: Checkout sessions (`test_checkout.py`) and signed webhooks
(`test_stripe_webhooks.py`), with the real `stripe` SDK against `tests/stripe_server.py`."""
