"""What the browser tests share: the tools they need, the real app in its own process, the sign-in code endpoint.

The app (uvicorn) runs on a random port over the module's copy of the demo (tests/conftest.py `demo_database`),
with mail going to the test SMTP server; the browser scripts (`portal-web/e2e/*.mjs`, Debian's chromium driven by
`playwright-core`) ask a small loopback endpoint served here for the codes that server received.
"""

from __future__ import annotations

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
    print(f"\n*** SKIPPING the browser end-to-end tests: {REASON} ***\n", file=sys.stderr)
needs_browser = pytest.mark.skipif(REASON is not None, reason=f"LOUD SKIP: {REASON}")


async def user_emails(demo_database: DemoDatabase) -> dict[str, str]:
    """Every demo user's e-mail address by lower-case username (where their sign-in codes go)."""
    async with demo_database.sessions()() as session:
        users = (await session.execute(sa.select(col(models.User.username), col(models.User.email)))).all()
    return {str(username).lower(): str(email) for username, email in users}


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
        # A user an e2e step creates (a new portal user) is given the address <username>@example.com.
        address = self.emails.get(username) or f"{username}@example.com"
        found = []
        for message in self.smtp.to(address):
            match = CODE.search(str(message["subject"] or "")) or CODE.search(self.smtp.text_of(message))
            if match:
                found.append(match.group(1))
        return found

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(name="app_port")
def app_port_fixture() -> int:
    """The port the app will listen on (known before it starts, e.g. for a webhook sender)."""
    return free_port()


@pytest.fixture(name="app_env")
def app_env_fixture() -> dict[str, str]:
    """Settings a test module adds to the app's environment (none by default)."""
    return {}


@pytest.fixture(name="app_server")
def app_server_fixture(demo_database: DemoDatabase, smtp_server: SMTPServer, tmp_path: Path, app_port: int,
                       app_env: dict[str, str]) -> Iterator[str]:
    """The real app in a process of its own, on a random port, over the module's copy of the demo; its base URL."""
    port = app_port
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
        **app_env,
    }
    log = (tmp_path / "app.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.asgi:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90  # a loaded CI machine starts it slowly
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
