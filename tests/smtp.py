"""A real SMTP server in the test process (aiosmtpd) that keeps every message it receives.

Use it through the `smtp_server` fixture. `tests/auth/conftest.py` provides it there; anywhere else import the
fixture function into a conftest or test module (importing registers it under the name `smtp_server`)::

    from tests.smtp import smtp_server_fixture  # noqa: F401

    async def test_something(sessions, smtp_server):
        ...                                                   # something enqueues mail (auth.codes, …)
        await smtp_server.deliver(sessions)                   # the outbox, sent to this server
        message = smtp_server.last_to("alice@example.com")    # an email.message.EmailMessage
        code = smtp_server.code_for("alice@example.com")      # the 6-digit code in the newest mail

`smtp_server.settings` is an `app.settings.Settings` pointing SMTP_HOST/SMTP_PORT at the server, for
`adapters.mail.deliver_due` or a `MailWorker`. `stop()` and `start()` take it down and bring it back on the
same port (to test a mail server that is down). `wait_for(to)` waits for a message delivered by a worker
running in the background.
"""

from __future__ import annotations

import email
import re
import socket
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.settings import Settings

__all__ = ["SMTPServer", "free_port", "smtp_server_fixture"]

CODE = re.compile(r"\b(\d{6})\b")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Collector:
    """aiosmtpd handler: parses each message and hands it to the server."""

    def __init__(self, server: SMTPServer) -> None:
        self.server = server

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=default_policy)
        assert isinstance(message, EmailMessage)
        self.server._received(message, list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


class SMTPServer:
    """An SMTP server on 127.0.0.1:`port`, run by aiosmtpd in its own thread, collecting messages."""

    def __init__(self, port: int | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []
        self._condition = threading.Condition()
        self._controller: Controller | None = None

    @property
    def running(self) -> bool:
        return self._controller is not None

    @property
    def settings(self) -> Settings:
        """Settings that send mail here (from the environment's settings otherwise)."""
        return Settings(smtp_host=self.host, smtp_port=self.port, smtp_starttls=False,
                        mail_from="Sparkle Test Co. <office@sparkle.example.com>")

    def start(self) -> None:
        if self._controller is None:
            controller = Controller(_Collector(self), hostname=self.host, port=self.port, ready_timeout=5.0)
            controller.start()
            self._controller = controller

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def clear(self) -> None:
        with self._condition:
            self.messages.clear()
            self.recipients.clear()

    def _received(self, message: EmailMessage, recipients: list[str]) -> None:
        with self._condition:
            self.messages.append(message)
            self.recipients.append(recipients)
            self._condition.notify_all()

    # ------------------------------------------------------------------------------------------ reading

    def to(self, address: str) -> list[EmailMessage]:
        """Every message received for `address` (case-insensitive), oldest first."""
        wanted = address.casefold()
        with self._condition:
            return [message for message, rcpts in zip(self.messages, self.recipients, strict=True)
                    if wanted in (r.casefold() for r in rcpts)]

    def last_to(self, address: str) -> EmailMessage:
        received = self.to(address)
        assert received, f"no mail for {address}; received for: {self.recipients}"
        return received[-1]

    @staticmethod
    def text_of(message: EmailMessage) -> str:
        part = message.get_body(preferencelist=("plain",))
        assert part is not None, "the message has no text/plain part"
        return str(part.get_content())

    @staticmethod
    def html_of(message: EmailMessage) -> str | None:
        part = message.get_body(preferencelist=("html",))
        return None if part is None else str(part.get_content())

    def code_for(self, address: str) -> str:
        """The 6-digit code in the newest message to `address`."""
        text = self.text_of(self.last_to(address))
        match = CODE.search(text)
        assert match, f"no 6-digit code in: {text!r}"
        return match.group(1)

    def wait_for(self, address: str, count: int = 1, timeout: float = 5.0) -> list[EmailMessage]:
        """Block until `count` messages for `address` arrived (for mail sent by a background worker)."""
        deadline = time.monotonic() + timeout
        while True:
            received = self.to(address)
            if len(received) >= count:
                return received
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"timed out waiting for {count} mail(s) to {address}; got {len(received)}"
            with self._condition:
                self._condition.wait(min(remaining, 0.05))

    async def deliver(self, sessions: async_sessionmaker[AsyncSession]) -> int:
        """Send every due outbox row to this server now; returns how many went out."""
        from adapters.mail import deliver_due

        total = 0
        while sent := await deliver_due(sessions, self.settings):
            total += sent
        return total


@pytest.fixture(name="smtp_server")
def smtp_server_fixture() -> Iterator[SMTPServer]:
    """A running SMTP server for one test (stopped afterwards)."""
    server = SMTPServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
