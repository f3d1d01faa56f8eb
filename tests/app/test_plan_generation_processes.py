"""Two processes generate recurring plans' visits at the same moment: a thousand plans, and still no occurrence
is made twice (the generator's advisory lock lets one work while the other waits; the unique key on
(plan, occurrence) backs it up)."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import time, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.settings import PROJECT_ROOT
from models import RecurringPlan, RecurringPlanService
from models.enums import PlanFrequency
from tests import factories
from tests.factories_plans import today

pytestmark = pytest.mark.committed  # the generator processes read the plans through connections of their own

PLANS = 1_000
GENERATOR = """
import asyncio, sys
from app.database import create_engine, create_session_factory
from resolvers.plans import generate_jobs

async def main() -> None:
    engine = create_engine(sys.argv[1])
    try:
        async with create_session_factory(engine)() as session, session.begin():
            report = await generate_jobs(session, wait=True)
        print(report.jobs_created)
    finally:
        await engine.dispose()

asyncio.run(main())
"""


async def generator_process(database_url: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", GENERATOR, database_url, cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    out, err = await process.communicate()
    return process.returncode or 0, out.decode().strip(), err.decode()


async def test_two_processes_generating_a_thousand_plans_make_each_occurrence_once(
        sessions: async_sessionmaker[AsyncSession], migrated_database_url: str) -> None:
    # given a thousand weekly plans (company horizon one week), each with exactly one coming date, committed
    visit_day = today() + timedelta(days=3)
    async with sessions() as session, session.begin():
        await factories.company(session, plan_horizon_weeks=1)
        owner = await factories.customer(session)
        place = await factories.property_(session, owner)
        service = await factories.service(session)
        plan_ids = (await session.execute(sa.insert(RecurringPlan).returning(col(RecurringPlan.id)), [
            {"customer_id": owner.id, "property_id": place.id, "name": f"Plan {n}", "status": "ACTIVE",
             "frequency": PlanFrequency.WEEKLY, "interval": 1, "weekdays": [visit_day.weekday()],
             "start_time": time(9), "end_time": time(11), "start_date": today(), "billing": "PER_VISIT"}
            for n in range(PLANS)])).scalars().all()
        await session.execute(sa.insert(RecurringPlanService), [
            {"plan_id": plan_id, "service_id": service.id, "description": "Standard clean",
             "unit_price_cents": 12_000} for plan_id in plan_ids])

    # when two processes run the generator at the same time
    results = await asyncio.gather(generator_process(migrated_database_url),
                                   generator_process(migrated_database_url))

    # then both succeeded, together they made one job per plan, and no (plan, occurrence) appears twice
    assert [code for code, _, _ in results] == [0, 0], [err[-2000:] for _, _, err in results]
    assert sum(int(out) for _, out, _ in results) == PLANS
    async with sessions() as session:
        per_occurrence = (await session.execute(sa.text(
            "SELECT plan_id, occurrence_date, count(*) FROM job GROUP BY plan_id, occurrence_date"))).all()
        lines = (await session.execute(sa.text("SELECT count(*) FROM job_line"))).scalar()
    assert len(per_occurrence) == PLANS
    assert {(day, count) for _, day, count in per_occurrence} == {(visit_day, 1)}
    assert lines == PLANS
