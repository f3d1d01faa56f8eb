"""`dop serve` as people run it: on a port of their choosing, with no `PUBLIC_URL` set.

The links the API hands out must reach the server that handed them out (issue 10: "dead document links").
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.cli import WS_IMPLEMENTATION, listening_url, websocket_options
from app.settings import PROJECT_ROOT
from tests import factories
from tests.auth.helpers import portal_user
from tests.servers import ready_process
from tests.smtp import SMTPServer, free_port
from tests.smtp import smtp_server_fixture as smtp_server_fixture


@pytest.fixture
async def dop_serve(migrated_database_url: str, smtp_server: SMTPServer, tmp_path: Path) -> AsyncIterator[str]:
    """`dop serve --port <random>` in a process of its own, without PUBLIC_URL; its base URL once ready."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name != "PUBLIC_URL"}
    env |= {"DATABASE_URL": migrated_database_url, "APP_ENV": "development", "SMTP_HOST": smtp_server.host,
            "SMTP_PORT": str(smtp_server.port), "SMTP_STARTTLS": "false", "VAR_DIR": str(tmp_path / "var"),
            "SECRET_KEY": "serve-test-secret-key", "BROADCAST_URL": "memory://"}
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "from app.cli import main; main()", "serve", "--port", str(port),
            cwd=tmp_path, env=env | {"PYTHONPATH": str(PROJECT_ROOT)}, stdout=output, stderr=output)
    async with ready_process(process, f"http://127.0.0.1:{port}", within=60, poll=0.2,
                             exited=lambda: f"dop serve exited:\n{log.read_text()}") as base:
        yield base


async def graphql(http: httpx.AsyncClient, query: str, **variables: Any) -> dict[str, Any]:
    response = await http.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


def test_the_listening_url_of_a_wildcard_host_is_the_loopback() -> None:
    assert listening_url("0.0.0.0", 8300) == "http://127.0.0.1:8300"
    assert listening_url("::", 8300) == "http://[::1]:8300"
    assert listening_url("example.test", 80) == "http://example.test:80"


def test_uvicorn_runs_the_supported_websocket_implementation() -> None:
    from uvicorn.config import WS_PROTOCOLS

    assert WS_IMPLEMENTATION == "websockets-sansio"
    assert WS_IMPLEMENTATION in WS_PROTOCOLS


def test_the_server_sends_websocket_pings_every_30_seconds_or_more_and_drops_who_does_not_answer() -> None:
    # the one keep-alive layer (the app's graphql-transport-ws pings are off: app.graphql_http)
    from uvicorn.config import Config

    config = Config("app.asgi:create_app", **websocket_options())
    assert config.ws == WS_IMPLEMENTATION
    assert config.ws_ping_interval is not None and config.ws_ping_interval >= 30
    assert config.ws_ping_timeout is not None and config.ws_ping_timeout > 0


def test_dop_serve_runs_uvicorn_with_the_websocket_options(monkeypatch: pytest.MonkeyPatch,
                                                           migrated_database_url: str) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from app.cli import cli
    from app.settings import get_settings

    runs: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: runs.append(kwargs))
    monkeypatch.setenv("DATABASE_URL", migrated_database_url)
    monkeypatch.setenv("PUBLIC_URL", "http://127.0.0.1:8399")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["serve", "--port", "8399"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert len(runs) == 1
    assert {name: runs[0][name] for name in websocket_options()} == websocket_options()


@pytest.mark.timeout(180)
async def test_an_invoice_pdf_link_works_when_served_on_another_port_without_public_url(
        session: AsyncSession, smtp_server: SMTPServer, dop_serve: str) -> None:
    # given a client with an invoice, and the app served by `dop serve --port <random>` (no PUBLIC_URL)
    await factories.company(session)
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    await factories.invoice(session, [await factories.job(session, place)])
    user = await portal_user(session, customer)
    async with httpx.AsyncClient(base_url=dop_serve, timeout=30) as http:
        # when the client signs in with the e-mailed code and asks for the invoice's PDF link
        await graphql(http, "mutation($u: String!) { requestLoginCode(input: {username: $u}) { message } }",
                      u=user.username)
        await asyncio.to_thread(smtp_server.wait_for, user.email, 1, 30.0)
        await graphql(http, "mutation($u: String!, $c: String!) { signIn(input: {username: $u, code: $c}) "
                            "{ token } }", u=user.username, c=smtp_server.code_for(user.email))
        data = await graphql(http, "{ invoices { nodes { pdfUrl } } }")
        link = data["invoices"]["nodes"][0]["pdfUrl"]
        # then the link points at the server that answered, and it serves the PDF
        assert link.startswith(f"{dop_serve}/documents/"), link
        async with httpx.AsyncClient(timeout=60) as browser:
            pdf = await browser.get(link)
    assert pdf.status_code == 200, pdf.text[:500]
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
