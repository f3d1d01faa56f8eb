"""Saved cards, autopay and the review of a finished job in a real browser (tests/e2e/browser.py says how).

`portal-web/e2e/cards.mjs` plays the demo's client1: the saved card, a second card added on the test Stripe server's
hosted page (its webhook delivered to the app), default, removal, autopay off and on; then pm1 reviews a finished
job. The app talks to the project's local Stripe test server through the real stripe SDK.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DemoDatabase
from tests.e2e.browser import CHROMIUM, PORTAL, SCREENS, CodeEndpoint, needs_browser, user_emails
from tests.e2e.browser import app_port_fixture as app_port_fixture
from tests.e2e.browser import app_server_fixture as app_server_fixture
from tests.smtp import SMTPServer
from tests.smtp import smtp_server_fixture as smtp_server_fixture
from tests.stripe_server import StripeServer
from tests.stripe_server import stripe_server_fixture as stripe_server_fixture

pytestmark = needs_browser


@pytest.fixture(name="app_env")
def stripe_env(stripe_server: StripeServer, app_port: int) -> dict[str, str]:
    """The app's Stripe settings point at the test server, which delivers its events to the app's webhook."""
    stripe_server.reset()
    stripe_server.webhook_url = f"http://127.0.0.1:{app_port}/webhooks/stripe"
    return {"STRIPE_SECRET_KEY": stripe_server.secret_key, "STRIPE_WEBHOOK_SECRET": stripe_server.webhook_secret,
            "STRIPE_API_BASE": stripe_server.base_url}


@pytest.mark.timeout(480)
async def test_saved_cards_autopay_and_a_review_in_a_real_browser(
    demo_database: DemoDatabase, smtp_server: SMTPServer, app_server: str, tmp_path: Path,
) -> None:
    # given: the demo (client1 has a saved test card with autopay on) and the app talking to the test Stripe server
    codes = CodeEndpoint(smtp_server, await user_emails(demo_database))
    SCREENS.mkdir(parents=True, exist_ok=True)
    try:
        # when: the browser script adds, defaults and removes a card, switches autopay, and reviews a job
        env = {**os.environ, "BASE_URL": app_server, "CODE_URL": codes.url, "SCREENS_DIR": str(SCREENS),
               "CHROMIUM": str(CHROMIUM)}
        result = await asyncio.to_thread(
            subprocess.run, ["node", "e2e/cards.mjs"], cwd=PORTAL, env=env, capture_output=True, text=True,
            timeout=400)
    finally:
        codes.close()
    print(result.stdout)
    print(result.stderr, file=sys.stderr)
    # then: every check of the script held (each throws), it said so, and the pages were photographed
    assert result.returncode == 0, f"the cards e2e script failed:\n{result.stdout}\n{result.stderr}"
    passed = [json.loads(line)["ok"] for line in result.stdout.splitlines() if line.startswith('{"ok"')]
    assert passed == ["cards"]
    for name in ("cards-methods-1280", "cards-methods-390", "cards-review-done-1280", "cards-review-done-390"):
        assert (SCREENS / f"{name}.png").exists(), f"{name}.png was not written"
