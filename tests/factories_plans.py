"""Factories for recurring-plan tests: a company, a customer with a property, a priced service, a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from models import Customer, Property, RecurringPlan, Service
from models.enums import PlanFrequency
from resolvers import plans
from resolvers.jobs import LineDraft
from tests import factories

NEW_YORK = ZoneInfo("America/New_York")


def today() -> date:
    """The company's today (the factories' company is in New York)."""
    return datetime.now(UTC).astimezone(NEW_YORK).date()


@dataclass
class Setting:
    customer: Customer
    place: Property
    service: Service


async def setting(session: AsyncSession, **customer_fields: Any) -> Setting:
    await factories.company(session)
    owner = await factories.customer(session, **customer_fields)
    place = await factories.property_(session, owner)
    service = await factories.service(session, name="Standard clean", default_price_cents=12_000)
    return Setting(owner, place, service)


def draft(where: Setting, **fields: Any) -> plans.PlanDraft:
    """A weekly plan on tomorrow's weekday, 9:00–11:00 local, starting today, one service at the catalog price."""
    tomorrow = today() + timedelta(days=1)
    values: dict[str, Any] = {
        "customer_id": where.customer.id, "property_id": where.place.id, "name": "Weekly clean",
        "frequency": PlanFrequency.WEEKLY, "weekdays": (tomorrow.weekday(),), "start_date": today(),
        "start_time": time(9), "end_time": time(11),
        "services": (LineDraft(service_id=factories._id(where.service)),),
    }
    return plans.PlanDraft(**(values | fields))


async def plan(session: AsyncSession, where: Setting, **fields: Any) -> tuple[RecurringPlan, plans.Outcome]:
    return await plans.create_plan(session, factories.office(), draft(where, **fields))


def override(where: Setting, price: str) -> tuple[LineDraft, ...]:
    return (LineDraft(service_id=factories._id(where.service), unit_price=Decimal(price)),)
