"""The portal end to end, in a real browser: Debian's chromium driven by `playwright-core` from Node.

The test starts the real app (uvicorn, in its own process) on a random port over a copy of this run's demo
data (seeded once, see tests/conftest.py `demo_template`), with mail going to the test SMTP server. The browser script
(`portal-web/e2e/portal.mjs`) signs people in through the pages: it asks a small loopback endpoint served
here for the codes the SMTP server received. Screenshots go to `tests/artifacts/screens/`.

Skipped, loudly, when chromium, Node, the portal's node_modules or its build are missing.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

import models
from models.enums import NoteVisibility
from tests.conftest import DemoDatabase
from tests.smtp import CODE, SMTPServer, free_port
from tests.smtp import smtp_server_fixture as smtp_server_fixture

ROOT = Path(__file__).resolve().parents[2]
PORTAL = ROOT / "portal-web"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SCREENS = ROOT / "tests" / "artifacts" / "screens"


def missing_tools() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run the portal e2e tests"
    if shutil.which("node") is None:
        return "Node.js is absent: the portal e2e tests drive chromium with playwright-core from Node"
    if not (PORTAL / "node_modules" / "playwright-core").exists():
        return "portal-web/node_modules is missing: run `npm ci` in portal-web/ (./run test does)"
    if not (PORTAL / "dist" / "index.html").exists():
        return "portal-web/dist is missing: run `npm run build` in portal-web/ (./run test does)"
    return None


REASON = missing_tools()
if REASON:
    print(f"\n*** SKIPPING the portal end-to-end tests: {REASON} ***\n", file=sys.stderr)
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"LOUD SKIP: {REASON}")


class CodeEndpoint:
    """GET /codes?username=x → {"codes": [...]}: the sign-in codes mailed to that user, oldest first."""

    def __init__(self, smtp: SMTPServer, emails: dict[str, str]) -> None:
        self.smtp = smtp
        self.emails = emails
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                username = parse_qs(urlparse(self.path).query).get("username", [""])[0].lower()
                body = json.dumps({"codes": endpoint.codes(username)}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/codes"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def codes(self, username: str) -> list[str]:
        address = self.emails.get(username)
        if not address:
            return []
        found = []
        for message in self.smtp.to(address):
            match = CODE.search(str(message["subject"] or "")) or CODE.search(self.smtp.text_of(message))
            if match:
                found.append(match.group(1))
        return found

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def app_server(demo_database: DemoDatabase, smtp_server: SMTPServer, tmp_path: Path) -> Iterator[str]:
    """The real app in a process of its own, on a random port, over the module's copy of the demo; its base URL."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": demo_database.url,
        "PUBLIC_URL": base_url,
        "SMTP_HOST": smtp_server.host,
        "SMTP_PORT": str(smtp_server.port),
        "SMTP_STARTTLS": "false",
        "VAR_DIR": str(tmp_path / "var"),
        "SECRET_KEY": "e2e-secret-key-e2e-secret-key-e2e",
    }
    log = (tmp_path / "app.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.asgi:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base_url}/readyz", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the app did not start:\n{(tmp_path / 'app.log').read_text()}")
            time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


async def internal_texts(session: AsyncSession) -> list[str]:
    """Every internal note of the demo data: none may ever reach a client."""
    columns: list[Any] = [models.Customer.internal_notes, models.Property.internal_notes,
                          models.Job.internal_notes, models.Invoice.internal_notes]
    texts: set[str] = set()
    for column in columns:
        texts.update(str(value) for value in (await session.execute(sa.select(column))).scalars() if value)
    internal = sa.select(col(models.Note.body)).where(col(models.Note.visibility) == NoteVisibility.INTERNAL)
    texts.update(str(value) for value in (await session.execute(internal)).scalars() if value)
    return sorted(texts)


@pytest.mark.timeout(480)
async def test_the_portal_in_a_real_browser(
    demo_database: DemoDatabase, smtp_server: SMTPServer, app_server: str, tmp_path: Path,
) -> None:
    # given: the demo company, today (the run's seeded template, copied for this module), and the app serving
    # the built portal
    async with demo_database.sessions()() as session:
        users = (await session.execute(sa.select(col(models.User.username), col(models.User.email)))).all()
        emails = {str(username).lower(): str(email) for username, email in users}
        notes = await internal_texts(session)
    assert notes, "the demo data has internal notes to look for"
    notes_file = tmp_path / "internal-notes.json"
    notes_file.write_text(json.dumps(notes))
    codes = CodeEndpoint(smtp_server, emails)
    SCREENS.mkdir(parents=True, exist_ok=True)
    try:
        # when: the browser script plays the client, the employee and the user without finances
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
    assert any("cards on a phone" in name for name in passed)
    assert any("first content" in name for name in passed)
    for name in ("dashboard", "job", "invoice", "field"):
        for size in ("phone", "desktop"):
            assert (SCREENS / f"{name}-{size}.png").exists(), f"{name}-{size}.png was not written"
