"""Outgoing mail: written to the outbox table with its cause, delivered by a worker, retried until sent.

How mail flows::

    enqueue_mail(session, to, subject, text, html)   # same transaction as what caused it
        -> outbox_mail row (sent_at NULL, next_attempt_at now)
    MailWorker (one per process, in the app's lifespan)
        -> deliver_due(sessions, settings)  every second, and right after a commit that enqueued mail
           claims due rows (FOR UPDATE SKIP LOCKED + a lease), sends each over SMTP (aiosmtplib),
           marks it sent, or records `last_error` and retries later with exponential backoff.

A mail server that is down therefore delays mail and loses none; several processes never send the same
row at once (a claimed row is leased for `CLAIM_LEASE`; a process that dies mid-send leaves it to be
retried after the lease). Delivery is at-least-once: a crash between the SMTP `DATA` and the commit
that marks the row sends it again.

With no `SMTP_HOST` configured the message is logged at WARNING level (codes visible, so `dop serve`
shows them on the console) and marked sent; the row stays in the outbox table either way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path
from typing import Any, Protocol

import aiosmtplib
import sqlalchemy as sa
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from models import Company, OutboxMail
from models.base import utc_now

__all__ = [
    "BATCH_SIZE",
    "CLAIM_LEASE",
    "MailSettings",
    "MailWorker",
    "RenderedMail",
    "backoff",
    "build_message",
    "company_name",
    "deliver_due",
    "enqueue_mail",
    "render_mail",
]


class MailSettings(Protocol):
    """What delivery needs to know (the app passes its `app.settings.Settings`, which has all of it)."""

    @property
    def mail_from(self) -> str: ...
    @property
    def smtp_host(self) -> str | None: ...
    @property
    def smtp_port(self) -> int: ...
    @property
    def smtp_username(self) -> str | None: ...
    @property
    def smtp_password(self) -> str | None: ...
    @property
    def smtp_starttls(self) -> bool: ...

log = logging.getLogger(__name__)

BATCH_SIZE = 10
"""Rows claimed per round."""
SMTP_TIMEOUT = 20.0
"""Seconds for one SMTP conversation before it counts as a failed attempt."""
CLAIM_LEASE = timedelta(minutes=10)
"""How long a claimed row is reserved for the claiming worker (longer than BATCH_SIZE × SMTP_TIMEOUT)."""
BACKOFF_BASE = timedelta(seconds=10)
BACKOFF_MAX = timedelta(hours=1)
ERROR_LENGTH = 1000

TEMPLATES_DIR = Path(__file__).resolve().parent / "mail_templates"
_environment = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
)

_WAKE_FLAG = "adapters.mail.wake_after_commit"
_workers: set[MailWorker] = set()


# --------------------------------------------------------------------------------------------- templates


@dataclass(frozen=True, slots=True)
class RenderedMail:
    subject: str
    text: str
    html: str


def render_mail(template: str, subject: str, **context: Any) -> RenderedMail:
    """`mail_templates/<template>.txt` and `.html` rendered with `context` (HTML autoescaped)."""
    values = {"subject": subject, **context}
    text = _environment.get_template(f"{template}.txt").render(values)
    html = _environment.get_template(f"{template}.html").render(values)
    return RenderedMail(subject=subject, text=text, html=html)


async def company_name(session: AsyncSession) -> str:
    """The company's name for greetings and subjects ("DOP" before the company is set up)."""
    statement = sa.select(col(Company.name)).order_by(col(Company.id)).limit(1)
    name = (await session.execute(statement)).scalar()
    return str(name) if name else "DOP"


# ---------------------------------------------------------------------------------------------- enqueue


def enqueue_mail(session: AsyncSession, to: str, subject: str, text: str, html: str | None = None) -> OutboxMail:
    """Add a message to the outbox in the caller's transaction: sent once (and only if) it commits.

    The process's running `MailWorker`s are woken right after that commit, so the mail goes out at once
    rather than at the next poll.
    """
    row = OutboxMail(to_address=to, subject=subject, body_text=text, body_html=html, next_attempt_at=utc_now())
    session.add(row)
    _wake_workers_after_commit(session)
    return row


def _wake_workers_after_commit(session: AsyncSession) -> None:
    sync_session = session.sync_session
    if sync_session.info.get(_WAKE_FLAG):
        return
    sync_session.info[_WAKE_FLAG] = True

    def after_commit(committed: Any) -> None:
        committed.info.pop(_WAKE_FLAG, None)
        for worker in list(_workers):
            worker.wake()

    event.listen(sync_session, "after_commit", after_commit, once=True)


# ------------------------------------------------------------------------------------------------- send


@dataclass(frozen=True, slots=True)
class _Claimed:
    id: int
    to_address: str
    subject: str
    body_text: str
    body_html: str | None
    attempts: int


def backoff(attempts: int) -> timedelta:
    """Wait before attempt `attempts + 1`: 10 s, 20 s, 40 s, … doubling up to one hour."""
    exponent = max(0, min(attempts - 1, 20))
    return min(BACKOFF_BASE * (1 << exponent), BACKOFF_MAX)


def build_message(settings: MailSettings, to: str, subject: str, text: str, html: str | None = None) -> EmailMessage:
    """A MIME message: plain text, plus an HTML alternative when given."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    sender_domain = parseaddr(settings.mail_from)[1].rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=sender_domain)
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


async def _send_smtp(settings: MailSettings, message: EmailMessage) -> None:
    assert settings.smtp_host is not None
    await aiosmtplib.send(
        message,
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_username or None,
        password=settings.smtp_password or None,
        use_tls=settings.smtp_port == 465,
        start_tls=bool(settings.smtp_starttls),
        timeout=SMTP_TIMEOUT,
    )


def _print_to_console(mail: _Claimed) -> None:
    log.warning(
        "Mail not sent (no SMTP_HOST configured); kept in the outbox (id %s).\nTo: %s\nSubject: %s\n\n%s",
        mail.id, mail.to_address, mail.subject, mail.body_text,
    )


async def _claim(sessions: async_sessionmaker[AsyncSession], now: datetime, limit: int) -> list[_Claimed]:
    """Lease up to `limit` due rows to this worker (other workers skip locked and leased rows)."""
    async with sessions() as session, session.begin():
        statement = (
            sa.select(OutboxMail)
            .where(col(OutboxMail.sent_at).is_(None),
                   sa.or_(col(OutboxMail.next_attempt_at).is_(None), col(OutboxMail.next_attempt_at) <= now))
            .order_by(col(OutboxMail.next_attempt_at).asc().nulls_first(), col(OutboxMail.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        rows = list((await session.execute(statement)).scalars().all())
        claimed = []
        for row in rows:
            row.attempts += 1
            row.next_attempt_at = now + CLAIM_LEASE
            assert row.id is not None
            claimed.append(_Claimed(id=row.id, to_address=row.to_address, subject=row.subject,
                                    body_text=row.body_text, body_html=row.body_html, attempts=row.attempts))
    return claimed


async def _mark(sessions: async_sessionmaker[AsyncSession], mail_id: int, **values: Any) -> None:
    async with sessions() as session, session.begin():
        await session.execute(
            sa.update(OutboxMail)
            .where(col(OutboxMail.id) == mail_id, col(OutboxMail.sent_at).is_(None))
            .values(**values)
        )


async def deliver_due(sessions: async_sessionmaker[AsyncSession], settings: MailSettings, *,
                      now: datetime | None = None, limit: int = BATCH_SIZE) -> int:
    """Send one batch of due outbox mail; return how many were sent (console mode counts as sent).

    A failed send keeps the row queued with `last_error` and `next_attempt_at = now + backoff(attempts)`.
    `now` is for tests (a clock); it defaults to the current time.
    """
    now = now or utc_now()
    sent = 0
    for mail in await _claim(sessions, now, limit):
        if not settings.smtp_host:
            _print_to_console(mail)
            await _mark(sessions, mail.id, sent_at=utc_now(), last_error=None, next_attempt_at=None)
            sent += 1
            continue
        try:
            message = build_message(settings, mail.to_address, mail.subject, mail.body_text, mail.body_html)
            await _send_smtp(settings, message)
        except Exception as error:  # noqa: BLE001 - any failure keeps this one mail queued, the batch goes on
            delay = backoff(mail.attempts)
            reason = f"{type(error).__name__}: {error}"[:ERROR_LENGTH]
            log.warning("Mail %s to %s not delivered (attempt %s, next in %s): %s",
                        mail.id, mail.to_address, mail.attempts, delay, reason)
            await _mark(sessions, mail.id, last_error=reason, next_attempt_at=now + delay)
            continue
        await _mark(sessions, mail.id, sent_at=utc_now(), last_error=None, next_attempt_at=None)
        sent += 1
    return sent


# ----------------------------------------------------------------------------------------------- worker


class MailWorker:
    """Delivers the outbox in the background: polls every `poll_interval` seconds, and is woken at once
    when a transaction in this process commits new mail.

    In the app's lifespan::

        worker = MailWorker(sessions, settings)
        await worker.start()
        try:
            yield
        finally:
            await worker.stop()

    (or ``async with MailWorker(sessions, settings): ...``). Every process may run one: rows are claimed
    with ``FOR UPDATE SKIP LOCKED``, so no two workers send the same mail.
    """

    def __init__(self, sessions: async_sessionmaker[AsyncSession], settings: MailSettings, *,
                 poll_interval: float = 1.0) -> None:
        self.sessions = sessions
        self.settings = settings
        self.poll_interval = poll_interval
        self._event = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = False

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        if self.running:
            return
        self._stopping = False
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self._run(), name="mail-worker")
        _workers.add(self)

    async def stop(self, grace: float = 10.0) -> None:
        """Finish the message in hand (up to `grace` seconds), then stop."""
        _workers.discard(self)
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._event.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), grace)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def wake(self) -> None:
        """Deliver now rather than at the next poll (safe to call from any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._event.set()
        else:
            loop.call_soon_threadsafe(self._event.set)

    async def __aenter__(self) -> MailWorker:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _run(self) -> None:
        while not self._stopping:
            self._event.clear()
            sent = 0
            try:
                sent = await deliver_due(self.sessions, self.settings)
            except Exception:
                log.exception("Mail delivery round failed; retrying in %s s", self.poll_interval)
            if self._stopping:
                break
            if sent >= BATCH_SIZE:
                continue  # more may be due: no pause
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), self.poll_interval)
