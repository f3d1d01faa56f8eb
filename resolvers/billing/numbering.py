"""Invoice and batch numbers: sequential, never duplicated, also when many are created at once.

The company row holds the next number of each sequence. Taking a number locks that row
(`SELECT … FOR UPDATE`) until the caller's transaction ends, so concurrent creators queue up and each
sees the number its predecessor committed; a rolled-back creation gives its number back (no gaps).

Drafts get a number too: `invoice.number` is NOT NULL and unique, so a number is taken when the
invoice row is created, whether it is issued now or later.

A number already used (an invoice imported from another system, say) is skipped, never reused.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped
from sqlmodel import col

from models import Batch, Company, Invoice
from models.problems import ProblemCode, UserInputError

NO_COMPANY = "Set up the company (name, tax rate, payment terms) in the settings before billing."


def _company_statement() -> sa.Select[Any]:
    return sa.select(Company).order_by(col(Company.id)).limit(1)


async def billing_company(session: AsyncSession) -> Company:
    """The company's billing settings (tax rate, terms, time zone); a userError when none is set up."""
    company: Company | None = (await session.execute(_company_statement())).scalar()
    if company is None:
        raise UserInputError.one(None, ProblemCode.INVALID, NO_COMPANY)
    return company


async def _locked_company(session: AsyncSession) -> Company:
    statement = _company_statement().with_for_update().execution_options(populate_existing=True)
    company: Company | None = (await session.execute(statement)).scalar()
    if company is None:
        raise UserInputError.one(None, ProblemCode.INVALID, NO_COMPANY)
    return company


def company_today(company: Company, now: datetime | None = None) -> date:
    """Today's date where the company is (its time zone), not in UTC."""
    return (now or datetime.now(UTC)).astimezone(ZoneInfo(company.time_zone)).date()


async def _first_free(session: AsyncSession, number: Mapped[int], start: int) -> int:
    """The smallest number ≥ `start` that no row holds in the `number` column (one statement, on the unique
    index)."""
    candidates = sa.union_all(
        sa.select(sa.literal(start, sa.BigInteger).label("n")),
        sa.select((number + 1).label("n")).where(number >= start),
    ).subquery()
    statement = sa.select(sa.func.min(candidates.c.n)).where(
        ~sa.exists().where(number == candidates.c.n)
    )
    return int((await session.execute(statement)).scalar_one())


async def next_invoice_number(session: AsyncSession) -> int:
    """Take the next invoice number; the company row stays locked until the transaction ends."""
    company = await _locked_company(session)
    number = await _first_free(session, col(Invoice.number), company.next_invoice_number)
    company.next_invoice_number = number + 1
    session.add(company)
    await session.flush()
    return number


async def next_batch_number(session: AsyncSession) -> int:
    """Take the next batch number; the company row stays locked until the transaction ends."""
    company = await _locked_company(session)
    number = await _first_free(session, col(Batch.number), company.next_batch_number)
    company.next_batch_number = number + 1
    session.add(company)
    await session.flush()
    return number
