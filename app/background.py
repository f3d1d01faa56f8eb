"""Periodic work every server process runs in its lifespan: telling staff their reminders came due, sending
autopay charges that their issuing request left queued (`resolvers.billing.autopay.send_queued_charges`: each
charge is locked `FOR UPDATE SKIP LOCKED` while it is sent, with its own Stripe idempotency key, so N processes
still make one charge), and generating (and monthly billing) recurring plans' visits.

Each process sweeps on its own clock; no process is special, and none needs to know the others. The reminder
sweep (`resolvers.reminders.notify_due_reminders`) claims the due reminders atomically in the database, so with N
processes a reminder is still announced once: the processes only share the work. The plan sweep
(`resolvers.plans.generate_jobs`, then `resolvers.plan_billing.bill_months`) runs under a PostgreSQL advisory
lock: a process that finds it taken skips that round, and the unique keys make a run that repeats another's
create nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.payments import StripeGateway
from auth.viewer import ANONYMOUS
from resolvers.billing.autopay import send_queued_charges
from resolvers.plan_billing import BillingReport, bill_months
from resolvers.plans import GenerationReport, generate_jobs
from resolvers.reminders import notify_due_reminders
from resolvers.transactions import run_in_transaction

__all__ = ["Periodic", "PlanSweeper", "ReminderSweeper"]

log = logging.getLogger(__name__)


class Periodic:
    """A round of work every `interval` seconds, in a task of its own from `start` to `stop`. The first round is
    after one interval: a process starting up (or a test app) does not sweep before it serves. `round` handles
    its own failures (logged, tried again next time), so one bad round never ends the task."""

    name = "periodic"

    def __init__(self, *, interval: float) -> None:
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    async def round(self) -> None:
        raise NotImplementedError

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.round()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


class ReminderSweeper(Periodic):
    """Every `interval` seconds, one transaction claims due reminders and writes their notifications; the live
    `notificationReceived` events follow its commit. A failed sweep is logged and tried again next time."""

    name = "reminder-sweeper"

    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, interval: float = 15.0,
                 payments: StripeGateway | None = None) -> None:
        super().__init__(interval=interval)
        self.sessions = sessions
        self.payments = payments
        #: Notifications written by this process's sweeps (for /metrics-like curiosity and tests).
        self.notified = 0

    async def sweep(self) -> int:
        """One sweep now; returns how many notifications it wrote."""
        created = await run_in_transaction(self.sessions, ANONYMOUS,
                                           lambda session, _viewer: notify_due_reminders(session))
        self.notified += len(created)
        return len(created)

    async def round(self) -> None:
        try:
            while await self.sweep():
                pass  # a full batch may leave more: sweep again before sleeping
        except Exception:
            log.exception("reminder sweep failed; trying again in %s s", self.interval)
        try:
            await send_queued_charges(self.sessions, self.payments)
        except Exception:
            log.exception("autopay sweep failed; trying again in %s s", self.interval)


class PlanSweeper(Periodic):
    """Every `interval` seconds, one transaction generates recurring plans' missing visits up to the horizon and
    bills the previous month of monthly plans (from the 1st). A failed sweep is logged and tried again next time."""

    name = "plan-sweeper"

    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, interval: float = 300.0) -> None:
        super().__init__(interval=interval)
        self.sessions = sessions

    async def sweep(self) -> tuple[GenerationReport, BillingReport | None]:
        """One sweep now. The billing runs only when this process took the generator lock."""

        async def work(session: AsyncSession, _viewer: object) -> tuple[GenerationReport, BillingReport | None]:
            generated = await generate_jobs(session, wait=False)
            return generated, (await bill_months(session) if generated.generated else None)

        return await run_in_transaction(self.sessions, ANONYMOUS, work)

    async def round(self) -> None:
        try:
            generated, billed = await self.sweep()
            if generated.jobs_created or (billed and (billed.invoices or billed.batches)):
                log.info("plan sweep: %s visits generated through %s; %s invoices, %s batches",
                         generated.jobs_created, generated.through, billed.invoices if billed else 0,
                         billed.batches if billed else 0)
        except Exception:
            log.exception("plan sweep failed; trying again in %s s", self.interval)
