"""The outbox mailer against a real SMTP server in the test process: delivery, retries, console mode, worker."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.mail import CLAIM_LEASE, MailWorker, backoff, deliver_due, enqueue_mail, render_mail
from app.settings import Settings
from models import OutboxMail
from models.base import utc_now
from tests.smtp import SMTPServer, free_port, smtp_server_fixture  # noqa: F401 - the `smtp_server` fixture

Sessions = async_sessionmaker[AsyncSession]


async def _enqueue(sessions: Sessions, to: str = "pat@example.com", subject: str = "Hello",
                   text: str = "Plain body", html: str | None = "<p>HTML body</p>") -> int:
    async with sessions() as session, session.begin():
        row = enqueue_mail(session, to, subject, text, html)
        await session.flush()
    assert row.id is not None
    return row.id


async def _row(sessions: Sessions, mail_id: int) -> OutboxMail:
    async with sessions() as session:
        row = await session.get(OutboxMail, mail_id)
    assert row is not None
    return row


async def test_due_mail_is_sent_over_smtp_with_text_and_html(sessions: Sessions, smtp_server: SMTPServer) -> None:
    # given a queued message
    mail_id = await _enqueue(sessions)
    # when the outbox is delivered
    sent = await deliver_due(sessions, smtp_server.settings)
    # then the SMTP server received it, with both parts, and the row is marked sent (and kept)
    assert sent == 1
    message = smtp_server.last_to("pat@example.com")
    assert message["Subject"] == "Hello" and message["Message-ID"] and message["Date"]
    assert smtp_server.text_of(message).strip() == "Plain body"
    assert (smtp_server.html_of(message) or "").strip() == "<p>HTML body</p>"
    row = await _row(sessions, mail_id)
    assert row.sent_at is not None and row.attempts == 1 and row.last_error is None
    # and nothing is sent twice
    assert await deliver_due(sessions, smtp_server.settings) == 0
    assert len(smtp_server.to("pat@example.com")) == 1


async def test_mail_enqueued_in_a_rolled_back_transaction_is_never_sent(sessions: Sessions,
                                                                        smtp_server: SMTPServer) -> None:
    async with sessions() as session:
        enqueue_mail(session, "pat@example.com", "Hello", "Body")
        await session.flush()
        await session.rollback()
    assert await deliver_due(sessions, smtp_server.settings) == 0
    assert smtp_server.messages == []


async def test_a_mail_server_that_is_down_delays_mail_and_loses_none(sessions: Sessions) -> None:
    # given a queued message and an SMTP server that is down
    server = SMTPServer(port=free_port())
    mail_id = await _enqueue(sessions)
    # when delivery is attempted
    now = utc_now()
    assert await deliver_due(sessions, server.settings, now=now) == 0
    # then the mail stays queued with the error and a later attempt
    row = await _row(sessions, mail_id)
    assert row.sent_at is None and row.attempts == 1 and row.last_error
    assert row.next_attempt_at == now + backoff(1)
    # and it is not retried before then
    server.start()
    try:
        assert await deliver_due(sessions, server.settings, now=now + backoff(1) - timedelta(seconds=1)) == 0
        # when the server is up and the time has come, it goes out
        assert await deliver_due(sessions, server.settings, now=now + backoff(1)) == 1
        assert server.text_of(server.last_to("pat@example.com")).strip() == "Plain body"
    finally:
        server.stop()
    row = await _row(sessions, mail_id)
    assert row.sent_at is not None and row.attempts == 2 and row.last_error is None


async def test_retries_back_off_exponentially_up_to_an_hour(sessions: Sessions) -> None:
    assert [backoff(n).total_seconds() for n in range(1, 6)] == [10, 20, 40, 80, 160]
    assert backoff(30) == timedelta(hours=1)
    # given a mail failing three times in a row
    settings = Settings(smtp_host="127.0.0.1", smtp_port=free_port())
    mail_id = await _enqueue(sessions)
    now = utc_now()
    for attempt in (1, 2, 3):
        await deliver_due(sessions, settings, now=now)
        row = await _row(sessions, mail_id)
        assert row.attempts == attempt and row.next_attempt_at == now + backoff(attempt)
        now = row.next_attempt_at


async def test_without_smtp_host_mail_is_logged_with_its_body_and_kept(sessions: Sessions,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    # given no SMTP server configured
    mail = render_mail("login_code", "Your sign-in code: 042917", code="042917", valid_minutes=10,
                       company_name="Sparkle")
    async with sessions() as session, session.begin():
        row = enqueue_mail(session, "pat@example.com", mail.subject, mail.text, mail.html)
    # when delivered
    with caplog.at_level(logging.WARNING, logger="adapters.mail"):
        assert await deliver_due(sessions, Settings(smtp_host=None)) == 1
    # then the console shows the code, and the row is marked sent and stays in the table
    assert any(record.levelno == logging.WARNING and "042917" in record.getMessage()
               and "pat@example.com" in record.getMessage() for record in caplog.records)
    stored = await _row(sessions, row.id)  # type: ignore[arg-type]
    assert stored.sent_at is not None and stored.body_text == mail.text


@pytest.mark.committed
async def test_concurrent_deliveries_never_send_the_same_mail_twice(sessions: Sessions,
                                                                    smtp_server: SMTPServer) -> None:
    # given many queued messages and several workers delivering at once
    for n in range(12):
        await _enqueue(sessions, to=f"person{n}@example.com")
    results = await asyncio.gather(*(deliver_due(sessions, smtp_server.settings, limit=3) for _ in range(4)))
    while await deliver_due(sessions, smtp_server.settings):
        pass
    # then each message arrived exactly once
    assert sum(results) <= 12
    assert sorted(len(smtp_server.to(f"person{n}@example.com")) for n in range(12)) == [1] * 12


async def test_a_claimed_row_is_leased_so_a_crashed_worker_does_not_lose_it(sessions: Sessions,
                                                                            smtp_server: SMTPServer) -> None:
    # given a row claimed by a worker that died before marking it (simulated: attempts and lease set)
    mail_id = await _enqueue(sessions)
    now = utc_now()
    async with sessions() as session, session.begin():
        await session.execute(sa.update(OutboxMail).where(OutboxMail.id == mail_id)  # type: ignore[arg-type]
                              .values(attempts=1, next_attempt_at=now + CLAIM_LEASE))
    # then nobody sends it during the lease, and it goes out after
    assert await deliver_due(sessions, smtp_server.settings, now=now) == 0
    assert await deliver_due(sessions, smtp_server.settings, now=now + CLAIM_LEASE) == 1


async def test_the_worker_sends_right_after_a_commit_and_stops_cleanly(sessions: Sessions,
                                                                       smtp_server: SMTPServer) -> None:
    # given a running worker that polls rarely
    worker = MailWorker(sessions, smtp_server.settings, poll_interval=30)
    await worker.start()
    try:
        await asyncio.sleep(0.1)  # its first round finds nothing, then it waits
        # when a transaction commits new mail
        await _enqueue(sessions, to="woken@example.com")
        # then the worker is woken and sends it well before its next poll
        await asyncio.to_thread(smtp_server.wait_for, "woken@example.com", 1, 5.0)
    finally:
        await worker.stop()
    assert not worker.running


async def test_the_worker_polls_for_mail_committed_elsewhere(sessions: Sessions, smtp_server: SMTPServer) -> None:
    # given mail written by another process (no wake-up here: inserted directly)
    async with sessions() as session, session.begin():
        session.add(OutboxMail(to_address="polled@example.com", subject="Hi", body_text="Body",
                               next_attempt_at=utc_now()))
    # when a worker runs
    async with MailWorker(sessions, smtp_server.settings, poll_interval=0.05):
        await asyncio.to_thread(smtp_server.wait_for, "polled@example.com", 1, 5.0)


def test_templates_escape_html_but_not_text() -> None:
    mail = render_mail("welcome", "Welcome", name="<b>Pat</b>", username="pat", customer_name="A & B",
                       company_name="Sparkle", sign_in_url="http://127.0.0.1:8000/")
    assert "&lt;b&gt;Pat&lt;/b&gt;" in mail.html and "A &amp; B" in mail.html
    assert "<b>Pat</b>" in mail.text and "A & B" in mail.text
