"""invoiceCreate: finished jobs of one customer become one numbered invoice, billed once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Company, Customer, Job
from models.enums import JobStatus
from resolvers.billing.numbering import company_today
from tests import factories
from tests import factories_billing as billing
from tests.graphql import execute, execute_raw, gid

CREATE = """
mutation ($input: InvoiceCreateInput!) {
  invoiceCreate(input: $input) {
    invoice { id number displayNumber status issuedOn dueOn notes
      subtotal { amount cents } tax { amount cents } total { amount cents } balance { cents }
      lines { description quantity unitPrice { cents } amount { cents } taxable }
      jobs { id } property { id } customer { id } }
    userErrors { field code message }
  }
}
"""


@dataclass
class World:
    company: Company
    customer: Customer
    finished: list[Job]
    pending: Job
    billed: Job
    billed_number: int
    others_job: Job


async def _world(session: AsyncSession) -> World:
    company = await factories.company(session, next_invoice_number=3001, payment_terms_days=14)
    owner, place = await billing.customer_with_property(session)
    finished = [
        await billing.finished_job(session, place, lines=[("Deep clean", Decimal("1"), 1_001, True)]),
        await billing.finished_job(session, place, lines=[("Windows", Decimal("2.5"), 3_333, False),
                                                          ("Oven", Decimal("1"), 400, True)]),
    ]
    pending = await factories.job(session, place, status=JobStatus.PENDING)
    billed = await billing.finished_job(session, place)
    await factories.invoice(session, [billed], number=777)
    _, elsewhere = await billing.customer_with_property(session)
    others_job = await billing.finished_job(session, elsewhere)
    await session.commit()
    return World(company, owner, finished, pending, billed, 777, others_job)


def _input(world: World, jobs: list[Any], **extra: Any) -> dict[str, Any]:
    return {"input": {"customerId": gid("Customer", world.customer),
                      "jobIds": [job if isinstance(job, str) else gid("Job", job) for job in jobs], **extra}}


async def test_finished_jobs_become_an_open_invoice_with_their_lines_and_totals(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given two finished jobs of one customer at one property, tax at 8.875 %
    world = await _world(session)

    # when the office invoices them
    data = await execute(sessions, factories.office(), CREATE, _input(world, world.finished))

    # then one open invoice, numbered from the sequence, bills both jobs with their lines
    payload = data["invoiceCreate"]
    assert payload["userErrors"] == []
    invoice = payload["invoice"]
    today = company_today(world.company)
    assert (invoice["number"], invoice["displayNumber"], invoice["status"]) == (3001, "INV-3001", "OPEN")
    assert (invoice["issuedOn"], invoice["dueOn"]) == (today.isoformat(), (today + timedelta(days=14)).isoformat())
    assert [(line["description"], line["quantity"], line["unitPrice"]["cents"], line["amount"]["cents"],
             line["taxable"]) for line in invoice["lines"]] == [
        ("Deep clean", "1.00", 1_001, 1_001, True), ("Windows", "2.50", 3_333, 8_333, False),
        ("Oven", "1.00", 400, 400, True)]
    # and tax is taken once on the taxable 14.01: 124.33875 → 1.24
    assert invoice["subtotal"] == billing.money("97.34")
    assert invoice["tax"] == billing.money("1.24")
    assert invoice["total"] == billing.money("98.58")
    assert invoice["balance"]["cents"] == 9_858
    assert sorted(job["id"] for job in invoice["jobs"]) == sorted(gid("Job", job) for job in world.finished)
    assert invoice["customer"]["id"] == gid("Customer", world.customer)
    assert invoice["property"] is not None


async def test_a_draft_is_numbered_but_not_issued(sessions: async_sessionmaker[AsyncSession],
                                                  session: AsyncSession) -> None:
    world = await _world(session)

    data = await execute(sessions, factories.office(), CREATE, _input(world, world.finished[:1], issue=False))

    invoice = data["invoiceCreate"]["invoice"]
    assert (invoice["status"], invoice["number"], invoice["issuedOn"], invoice["dueOn"]) == (
        "DRAFT", 3001, None, None)
    assert invoice["balance"]["cents"] == 0


async def test_a_given_due_date_replaces_the_terms(sessions: async_sessionmaker[AsyncSession],
                                                   session: AsyncSession) -> None:
    world = await _world(session)
    due = (company_today(world.company) + timedelta(days=3)).isoformat()

    data = await execute(sessions, factories.office(), CREATE,
                         _input(world, world.finished, dueOn=due, notes="Thank you!"))

    assert data["invoiceCreate"]["invoice"]["dueOn"] == due
    assert data["invoiceCreate"]["invoice"]["notes"] == "Thank you!"


@pytest.mark.committed
async def test_ten_invoices_created_at_once_get_ten_consecutive_numbers(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given ten customers with a finished job each, and the company row held by someone for a moment
    company = await factories.company(session, next_invoice_number=5001)
    jobs = []
    for _ in range(10):
        owner, place = await billing.customer_with_property(session)
        jobs.append((owner, await billing.finished_job(session, place)))
    await session.commit()

    # when ten invoices are created at the same time, each in its own request and session
    async with billing.row_locked(sessions, "company", company.id):  # type: ignore[arg-type]
        creations = asyncio.gather(*(
            execute(sessions, factories.office(), CREATE, {"input": {
                "customerId": gid("Customer", owner), "jobIds": [gid("Job", job)]}})
            for owner, job in jobs))
        await billing.wait_for_lock_waiters(sessions, 10)
    results = await creations

    # then they hold ten distinct, consecutive numbers and the sequence moved past them
    numbers = sorted(result["invoiceCreate"]["invoice"]["number"] for result in results)
    assert numbers == list(range(5001, 5011))
    assert (await billing.snapshot(sessions))["sequences"] == [(5011, 1)]


def _unknown_job(world: World) -> list[Any]:
    return [world.finished[0], world.finished[1], billing.unknown_id("Job")]


BAD_INPUTS: list[tuple[str, Callable[[World], dict[str, Any]], list[str] | None, str, str]] = [
    ("unknown job", lambda w: _input(w, _unknown_job(w)), ["input", "jobIds", "2"], "NOT_FOUND", "No job"),
    ("another type's id", lambda w: _input(w, [w.finished[0], gid("Customer", w.customer)]),
     ["input", "jobIds", "1"], "NOT_FOUND", "No job"),
    ("another customer's job", lambda w: _input(w, [w.finished[0], w.others_job]), ["input", "jobIds", "1"],
     "INVALID", "another customer"),
    ("job not finished", lambda w: _input(w, [w.pending]), ["input", "jobIds", "0"], "INVALID",
     "only finished jobs"),
    ("job already invoiced", lambda w: _input(w, [w.finished[0], w.billed]), ["input", "jobIds", "1"],
     "CONFLICT", "INV-777"),
    ("no jobs", lambda w: _input(w, []), ["input", "jobIds"], "REQUIRED", "at least one"),
    ("unknown customer", lambda w: {"input": {"customerId": billing.unknown_id("Customer"),
                                              "jobIds": [gid("Job", w.finished[0])]}},
     ["input", "customerId"], "NOT_FOUND", "No customer"),
    ("customer id of another type", lambda w: {"input": {"customerId": gid("Job", w.finished[0]),
                                                         "jobIds": [gid("Job", w.finished[0])]}},
     ["input", "customerId"], "NOT_FOUND", "No customer"),
    ("due before issue", lambda w: _input(w, w.finished, dueOn=(
        company_today(w.company) - timedelta(days=1)).isoformat()), ["input", "dueOn"], "INVALID",
     "before the issue date"),
]


@billing.each_bad_input(BAD_INPUTS)
async def test_bad_input_is_refused_and_changes_nothing(sessions: async_sessionmaker[AsyncSession],
                                                        session: AsyncSession, bad: billing.BadInput[World]) -> None:
    # given a customer's finished, pending and already billed jobs, and another customer's job
    world = await _world(session)

    # when the office sends the bad input, then one userError says what to fix and nothing changed
    payload = await billing.office_refused(sessions, CREATE, bad, world)

    # and no invoice comes back
    assert payload["invoice"] is None


async def test_every_bad_job_is_reported_at_once(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    world = await _world(session)

    data = await execute(sessions, factories.office(), CREATE,
                         _input(world, [world.finished[0], world.pending, world.others_job]))

    assert [(error["field"], error["code"]) for error in data["invoiceCreate"]["userErrors"]] == [
        (["input", "jobIds", "1"], "INVALID"), (["input", "jobIds", "2"], "INVALID")]


async def test_without_a_company_the_office_is_told_to_set_it_up(sessions: async_sessionmaker[AsyncSession],
                                                                 session: AsyncSession) -> None:
    # given a finished job but no company settings
    owner, place = await billing.customer_with_property(session)
    done = await billing.finished_job(session, place)
    await session.commit()
    before = await billing.snapshot(sessions)

    # when it is invoiced
    data = await execute(sessions, factories.office(), CREATE, {"input": {
        "customerId": gid("Customer", owner), "jobIds": [gid("Job", done)]}})

    # then the office is asked to set up the company first, and nothing changed
    [error] = data["invoiceCreate"]["userErrors"]
    assert (error["field"], error["code"]) == (None, "INVALID")
    assert "Set up the company" in error["message"]
    assert await billing.snapshot(sessions) == before


@pytest.mark.parametrize("who", ["client", "employee", "anonymous"])
async def test_only_the_office_may_invoice(sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
                                           who: str) -> None:
    world = await _world(session)
    viewers: dict[str, Viewer] = {"client": factories.client_of(world.customer),
                                  "employee": factories.field_worker(await factories.employee(session)),
                                  "anonymous": Viewer()}
    await session.commit()
    before = await billing.snapshot(sessions)

    result = await execute_raw(sessions, viewers[who], CREATE, _input(world, world.finished))

    assert result.errors and result.errors[0].message == "Only office staff may do this."
    assert await billing.snapshot(sessions) == before
