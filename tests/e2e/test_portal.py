"""The client portal and the field view end to end, in a real browser (tests/e2e/browser.py says how).

The browser script (`portal-web/e2e/portal.mjs`) signs people in through the pages. Screenshots go to
`tests/artifacts/screens/`. Skipped, loudly, when chromium, Node, the portal's node_modules or its build are missing.
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
from tests.e2e.browser import CHROMIUM, PORTAL, SCREENS, CodeEndpoint, internal_texts, needs_browser, user_emails
from tests.e2e.browser import app_server_fixture as app_server_fixture
from tests.smtp import SMTPServer
from tests.smtp import smtp_server_fixture as smtp_server_fixture

pytestmark = needs_browser


@pytest.mark.timeout(480)
async def test_the_portal_in_a_real_browser(
    demo_database: DemoDatabase, smtp_server: SMTPServer, app_server: str, tmp_path: Path,
) -> None:
    # given: the demo company, today (the run's seeded template, copied for this module), and the app serving
    # the built portal
    emails = await user_emails(demo_database)
    async with demo_database.sessions()() as session:
        notes = await internal_texts(session)
    assert notes, "the demo data has internal notes to look for"
    notes_file = tmp_path / "internal-notes.json"
    notes_file.write_text(json.dumps(notes))
    codes = CodeEndpoint(smtp_server, emails)
    SCREENS.mkdir(parents=True, exist_ok=True)
    try:
        # when: the browser script plays the client, the employee (and the office changing their day) and the user
        # without finances
        env = {**os.environ, "BASE_URL": app_server, "CODE_URL": codes.url, "SCREENS_DIR": str(SCREENS),
               "INTERNAL_NOTES": str(notes_file), "CHROMIUM": str(CHROMIUM),
               "FIRST_CONTENT_OUT": str(SCREENS.parent / "first-content.json")}
        result = await asyncio.to_thread(
            subprocess.run, ["node", "e2e/portal.mjs"], cwd=PORTAL, env=env, capture_output=True, text=True,
            timeout=400)
    finally:
        codes.close()
    print(result.stdout)
    print(result.stderr, file=sys.stderr)
    # then: every scenario passed (each prints one {"ok": …} line) and the screenshots exist
    assert result.returncode == 0, f"the portal e2e script failed:\n{result.stdout}\n{result.stderr}"
    passed = [json.loads(line)["ok"] for line in result.stdout.splitlines() if line.startswith('{"ok"')]
    assert any("dashboard" in name for name in passed)
    assert any("live" in name for name in passed)
    assert any("no internal note" in name for name in passed)
    assert any("without finances" in name for name in passed)
    assert any("live proof" in name for name in passed)
    assert any("taking the employee off a job" in name for name in passed)
    assert any("cards on a phone" in name for name in passed)
    assert any("first content" in name for name in passed)
    for name in ("dashboard", "job", "invoice", "field"):
        for size in ("phone", "desktop"):
            assert (SCREENS / f"{name}-{size}.png").exists(), f"{name}-{size}.png was not written"
