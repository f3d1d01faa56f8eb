"""The office's working day end to end, in a real browser (tests/e2e/browser.py says how).

`portal-web/e2e/office.mjs` runs the office scenarios of `portal-web/e2e/office/` in the order of their file names,
one browser, sharing what earlier steps made (the new customer, the job scheduled today): find a client by a
misspelt name and by phone, be warned of a duplicate, create a customer with a property, schedule a job for today and
watch it move on the board as the employee moves it in the field view, invoice it, record a partial payment, approve a
client-reported payment, answer a correction request, merge two customers after the preview, create a portal user
scoped to one property without finances and see what that user sees. Screenshots of every office screen at 1280
and 768 px go to `tests/artifacts/screens/office-*.png`.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DemoDatabase
from tests.e2e.browser import CHROMIUM, PORTAL, SCREENS, CodeEndpoint, internal_texts, needs_browser, user_emails
from tests.e2e.browser import app_server_fixture as app_server_fixture
from tests.smtp import SMTPServer
from tests.smtp import smtp_server_fixture as smtp_server_fixture

pytestmark = needs_browser


@pytest.mark.timeout(600)
async def test_the_office_runs_its_day_in_a_real_browser(
    demo_database: DemoDatabase, smtp_server: SMTPServer, app_server: str, tmp_path: Path,
) -> None:
    # given: the demo company and the app serving the built portal
    emails = await user_emails(demo_database)
    async with demo_database.sessions()() as session:
        notes = await internal_texts(session)
    notes_file = tmp_path / "internal-notes.json"
    notes_file.write_text(json.dumps(notes))
    codes = CodeEndpoint(smtp_server, emails)
    SCREENS.mkdir(parents=True, exist_ok=True)
    started = time.time()
    try:
        # when: the office scenarios run one after another in one browser
        env = {**os.environ, "BASE_URL": app_server, "CODE_URL": codes.url, "SCREENS_DIR": str(SCREENS),
               "INTERNAL_NOTES": str(notes_file), "CHROMIUM": str(CHROMIUM)}
        result = await asyncio.to_thread(
            subprocess.run, ["node", "e2e/office.mjs"], cwd=PORTAL, env=env, capture_output=True, text=True,
            timeout=540)
    finally:
        codes.close()
    print(result.stdout)
    print(result.stderr, file=sys.stderr)
    # then: every scenario passed (each prints {"ok": name} lines) and each office screen was photographed at both sizes
    assert result.returncode == 0, f"the office e2e script failed:\n{result.stdout}\n{result.stderr}"
    passed = [json.loads(line)["ok"] for line in result.stdout.splitlines() if line.startswith('{"ok"')]
    assert passed, "no office scenario ran"
    screens = sorted(path.name for path in SCREENS.glob("office-*-desktop.png") if path.stat().st_mtime >= started)
    assert screens, "no office screenshot was written"
    for name in screens:
        assert (SCREENS / name.replace("-desktop.png", "-tablet.png")).exists(), f"{name} has no 768 px twin"
