"""Load a large, realistic dataset with COPY: `python -m bench.generate --database-url URL --customers 5000`.

Per customer, on average: 3 properties, 30 jobs (10 per property, 1-2 lines and one assignment each),
15 invoices billing finished jobs (lines copied from the jobs, totals from `invoice_totals`) and about 15
transactions with allocations. Two property managers have 40 properties each; everyone else has 1-5.
Everything is drawn from one seeded `random.Random`, so a seed and a `--today` give the same database.

Ids are assigned here (chronologically, as a real database would have handed them out) and the id
sequences are moved past them at the end. The whole load is one transaction: it appears at once or not at
all.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg

from bench import names
from demo import story
from models.enums import (
    BatchStatus,
    CustomerKind,
    CustomerStatus,
    InvoiceStatus,
    JobStatus,
    PaymentMethod,
    PropertyType,
    TransactionStatus,
)
from resolvers.billing.arithmetic import LineInput, invoice_totals, line_amount, processing_fee

PROPERTIES_PER_CUSTOMER = 3
JOBS_PER_PROPERTY = 10
INVOICES_PER_CUSTOMER = 15
TRANSACTIONS_PER_CUSTOMER = 15
EMPLOYEES_PER_CUSTOMER = 0.01
PROPERTY_MANAGERS = 2
PROPERTY_MANAGER_PROPERTIES = 40

TAX_RATE = Decimal("8.875")
CARD_FEE_PERCENT, CARD_FEE_FIXED_CENTS = Decimal("2.9"), 30
ACH_FEE_PERCENT, ACH_FEE_FIXED_CENTS = Decimal("0.8"), 0
PAYMENT_TERMS_DAYS = 30
FIRST_INVOICE_NUMBER = 1001
HISTORY_DAYS = 335  # jobs run from ~11 months ago ...
FUTURE_DAYS = 30  # ... to a month ahead: 12 months in all.
UNBILLED_DAYS = 2  # finished jobs of the last two days are not invoiced yet
DRAFT_DAYS = 5  # invoices whose last job is this recent are still drafts

# Tables in load order (parents first). `truncate` empties every table of the schema, not only these.
LOADED_TABLES = (
    "company", "service", "employee", "customer", "property", "job", "job_line", "job_assignment", "batch",
    "invoice", "invoice_line", "invoice_job", "payment_transaction", "allocation",
)


@dataclass(frozen=True, slots=True)
class ServiceSpec:
    name: str
    description: str
    price_cents: int
    taxable: bool
    quantities: tuple[str, ...]  # what a job line's quantity is drawn from (hours, rooms, windows …)


SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec("Standard Cleaning", "Recurring cleaning of the whole home", 14000, True, ("1.00",)),
    ServiceSpec("Deep Cleaning", "Top-to-bottom incl. baseboards, inside cabinets", 28000, True, ("1.00",)),
    ServiceSpec("Move-Out Cleaning", "Empty-home cleaning for move-out inspections", 35000, True, ("1.00",)),
    ServiceSpec("Office Cleaning", "Per cleaner-hour", 4500, True, ("2.00", "3.00", "4.00", "6.00", "8.00",
                                                                     "2.50", "3.50")),
    ServiceSpec("Floor Stripping & Waxing", "Per room", 9500, True, ("1.00", "2.00", "3.00")),
    ServiceSpec("Window Washing", "Per window, inside and out", 800, True, ("6.00", "8.00", "12.00", "16.00",
                                                                          "24.00")),
    ServiceSpec("Carpet Shampoo", "Per room", 6500, True, ("1.00", "2.00", "3.00", "4.00")),
    ServiceSpec("Inside Oven", "Add-on", 4500, True, ("1.00",)),
    ServiceSpec("Inside Fridge", "Add-on", 4000, True, ("1.00",)),
    ServiceSpec("Laundry & Folding", "Per load", 3500, False, ("1.00", "2.00", "3.00")),
    ServiceSpec("Pool Maintenance", "Skim, vacuum, brush and water chemistry", 9500, False, ("1.00",)),
    ServiceSpec("Pool Chemicals", "Chlorine and balancing chemicals", 3800, True, ("1.00", "2.00", "3.00")),
    ServiceSpec("Filter Cleaning", "Cartridge or DE filter clean", 7500, False, ("1.00",)),
    ServiceSpec("Restroom Supplies Restock", "Paper goods and soap", 2500, True, ("1.00", "2.00", "4.00")),
    ServiceSpec("Trash Removal", "Haul-away per load", 3000, False, ("1.00", "2.00")),
)
SERVICE_ID = {spec.name: index + 1 for index, spec in enumerate(SERVICES)}
SERVICE_SPEC = {spec.name: spec for spec in SERVICES}

# (primary services with weights, add-on services) per property type.
PRIMARY: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    PropertyType.RESIDENTIAL: (("Standard Cleaning", "Deep Cleaning", "Move-Out Cleaning"), (80, 17, 3)),
    PropertyType.BUSINESS: (("Office Cleaning", "Floor Stripping & Waxing"), (90, 10)),
    PropertyType.POOL: (("Pool Maintenance",), (1,)),
}
ADD_ONS: dict[str, tuple[str, ...]] = {
    PropertyType.RESIDENTIAL: ("Inside Oven", "Inside Fridge", "Laundry & Folding", "Window Washing",
                               "Carpet Shampoo"),
    PropertyType.BUSINESS: ("Restroom Supplies Restock", "Trash Removal", "Window Washing", "Carpet Shampoo"),
    PropertyType.POOL: ("Pool Chemicals", "Filter Cleaning"),
}
QUANTITY = {text: Decimal(text) for spec in SERVICES for text in spec.quantities}


def _pick(texts: Sequence[str], index: int) -> str:
    """One of the demo's texts (`demo.story`), chosen without drawing a random number."""
    return texts[index % len(texts)]

# A job is seen so many times a year, by kind of property; scaled afterwards to hit the exact total.
FREQUENCIES: tuple[tuple[int, int], ...] = ((26, 10), (12, 35), (6, 15), (4, 15), (2, 15), (1, 10))
MANAGED_FREQUENCIES: tuple[tuple[int, int], ...] = ((26, 25), (12, 75))


# --- the in-memory model of what is loaded -------------------------------------------------------------


@dataclass(slots=True, eq=False)
class Customer:
    kind: str
    created_at: datetime
    display_name: str
    billing_name: str | None
    emails: list[str]
    phones: list[str]
    city: tuple[str, str, str, tuple[str, ...]]
    status: str
    portal_access: bool
    internal_notes: str | None
    customer_notes: str | None
    bills_per_property: bool
    bills_in_batches: bool
    property_count: int = 1
    id: int = 0
    properties: list[Property] = field(default_factory=list)
    # line1, line2, city, region, ZIP
    billing_address: tuple[str | None, ...] = (None, None, None, None, None)


@dataclass(slots=True, eq=False)
class Property:
    customer: Customer
    created_at: datetime
    name: str
    type: str
    address_line1: str
    address_line2: str | None
    city: str
    region: str
    postal_code: str
    access_notes: str | None
    internal_notes: str | None
    active: bool
    primary_service: str
    price_factor: float
    regular_employee: int
    id: int = 0
    job_count: int = 0


@dataclass(slots=True, eq=False)
class Line:
    service_id: int
    description: str
    quantity: str
    unit_price_cents: int
    taxable: bool


@dataclass(slots=True, eq=False)
class Job:
    property: Property
    start: datetime
    end: datetime
    status: str
    started_at: datetime | None
    finished_at: datetime | None
    created_at: datetime
    client_notes: str | None
    internal_notes: str | None
    employee_id: int
    lines: list[Line]
    id: int = 0


@dataclass(slots=True, eq=False)
class Batch:
    customer: Customer
    issued_on: date
    status: str = BatchStatus.OPEN
    id: int = 0
    number: int = 0


@dataclass(slots=True, eq=False)
class Invoice:
    customer: Customer
    property: Property | None
    jobs: list[Job]
    status: str
    issued_on: date | None
    due_on: date | None
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    created_at: datetime
    batch: Batch | None = None
    voided_at: datetime | None = None
    bad_debt_at: datetime | None = None
    id: int = 0
    number: int = 0


@dataclass(slots=True, eq=False)
class Transaction:
    customer: Customer
    batch: Batch | None
    amount_cents: int
    fee_cents: int
    method: str
    status: str
    occurred_at: datetime
    reference: str | None
    external_id: str | None
    reported_by_client: bool
    allocations: list[tuple[Invoice, int]]
    id: int = 0


@dataclass
class Result:
    counts: dict[str, int]
    seconds: float
    phases: dict[str, float] = field(default_factory=dict)


class DatabaseNotEmpty(RuntimeError):
    """The target already holds customers; pass `truncate=True` (`--truncate`) to replace them."""


# --- generation ------------------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


class Generator:
    """Draws the whole graph from one seeded RNG; `rows_*` methods yield COPY rows in id order."""

    def __init__(self, customers: int, seed: int, today: date) -> None:
        self.n = customers
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
        self.window_start = self.now - timedelta(days=HISTORY_DAYS)
        self.window_days = HISTORY_DAYS + FUTURE_DAYS
        self._today_starts = self.now - timedelta(hours=12)
        self._today_ends = self.now + timedelta(hours=12)
        self.employees: list[tuple[str, str, str, bool]] = []
        self.customers: list[Customer] = []
        self.properties: list[Property] = []
        self.jobs: list[Job] = []
        self.invoices: list[Invoice] = []
        self.batches: list[Batch] = []
        self.transactions: list[Transaction] = []
        self._external = 0

    # people and places

    def phone(self, area_codes: Sequence[str]) -> str:
        rng = self.rng
        return f"+1{rng.choice(area_codes)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"

    def street_address(self) -> str:
        rng = self.rng
        return f"{rng.randint(1, 9899)} {rng.choice(names.STREET_NAMES)} {rng.choice(names.STREET_SUFFIXES)}"

    def postal_code(self, prefix: str) -> str:
        return f"{prefix}{self.rng.randint(1, 99):02d}"

    def make_employees(self) -> None:
        rng = self.rng
        count = max(3, round(self.n * EMPLOYEES_PER_CUSTOMER))
        for _ in range(count):
            first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.LAST_NAMES)
            email = f"{_slug(first)}.{_slug(last)}@sparkleandshine.com"
            self.employees.append((f"{first} {last}", email, self.phone(("212", "646", "917")), rng.random() < 0.92))

    def person_name(self) -> tuple[str, str | None, str, str]:
        """(display name, billing name, first, last) of a household, typed the ways offices type them."""
        rng = self.rng
        first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.LAST_NAMES)
        roll = rng.random()
        if roll < 0.70:
            display = f"{first} {last}"
        elif roll < 0.85:
            display = f"{first} & {rng.choice(names.FIRST_NAMES)} {last}"
        elif roll < 0.95:
            display = f"{last}, {first}"
        elif roll < 0.98:
            display = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        else:
            display = f"{first} {last}".lower()
        roll = rng.random()
        billing: str | None
        if roll < 0.55:
            billing = None
        elif roll < 0.75:
            billing = f"{first} {last}"
        elif roll < 0.87:
            billing = f"{rng.choice(names.FIRST_NAMES)} {last}"
        elif roll < 0.95:
            billing = f"{last} Family Trust"
        else:
            billing = f"{first} {last} LLC"  # a landlord billing through their company
        return display, billing, first, last

    def business_name(self) -> tuple[str, str]:
        rng = self.rng
        roll = rng.random()
        legal = rng.choice(names.LEGAL_SUFFIXES[:-2])  # LLP/PLLC are for the "&" firms
        if roll < 0.45:
            display = f"{rng.choice(names.BUSINESS_STEMS)} {rng.choice(names.BUSINESS_TRADES)}"
        elif roll < 0.70:
            display = f"{rng.choice(names.LAST_NAMES)} {rng.choice(names.BUSINESS_TRADES)}"
        elif roll < 0.85:
            display = f"{rng.choice(names.LAST_NAMES)} {rng.choice(names.FAMILY_FIRM_SUFFIXES)}"
        else:
            display = f"{rng.choice(names.LAST_NAMES)} & {rng.choice(names.LAST_NAMES)}"
            legal = rng.choice(("LLP", "PLLC", "LLC"))
        billing = f"{display}, {legal}" if rng.random() < 0.5 else f"{display} {legal}"
        return display, billing

    def make_customers(self) -> None:
        rng, n = self.rng, self.n
        managers = set(rng.sample(range(n), min(PROPERTY_MANAGERS, n)))
        manager_order = {slot: rank for rank, slot in enumerate(sorted(managers))}
        rest = n - len(managers)
        # Property managers take 40 properties each unless the run is too small to leave 1 for everyone.
        target = PROPERTIES_PER_CUSTOMER * n
        per_manager = min(PROPERTY_MANAGER_PROPERTIES, max(1, (target - rest) // max(1, len(managers))))
        counts = rng.choices((1, 2, 3, 4, 5), weights=(25, 20, 20, 17, 18), k=rest)
        remaining = max(rest, target - per_manager * len(managers))
        self._adjust(counts, remaining, 1, 5)
        counts_iter = iter(counts)
        billing: str | None
        for index in range(n):
            created = self.window_start - timedelta(days=rng.uniform(20, 3 * 365), seconds=rng.randint(0, 86399))
            city = rng.choice(names.CITIES)
            if index in managers:
                display, billing = names.PROPERTY_MANAGERS[manager_order[index] % len(names.PROPERTY_MANAGERS)]
                slug = _slug(display.split()[0])
                customer = Customer(
                    kind=CustomerKind.PROPERTY_MANAGER, created_at=created - timedelta(days=365),
                    display_name=display, billing_name=billing,
                    emails=[f"accounts@{slug}pm.com", f"maintenance@{slug}pm.com"],
                    phones=[self.phone(city[3]), self.phone(city[3])], city=city,
                    status=CustomerStatus.ACTIVE, portal_access=True,
                    internal_notes="Invoices per unit, batched monthly; pays by ACH.", customer_notes=None,
                    bills_per_property=True, bills_in_batches=True, property_count=per_manager,
                )
            elif rng.random() < 0.2:
                display, billing = self.business_name()
                slug = _slug(display)[:20]
                emails = [f"{rng.choice(('office', 'billing', 'accounts', 'info', 'admin'))}@{slug}.com"]
                if rng.random() < 0.3:
                    emails.append(f"{_slug(rng.choice(names.FIRST_NAMES))}@{slug}.com")
                customer = Customer(
                    kind=CustomerKind.BUSINESS, created_at=created, display_name=display, billing_name=billing,
                    emails=emails, phones=[self.phone(city[3]) for _ in range(rng.choice((1, 1, 2)))],
                    city=city, status=self._status(), portal_access=rng.random() < 0.6,
                    internal_notes=rng.choice(names.CUSTOMER_NOTES) if rng.random() < 0.2 else None,
                    customer_notes=None, bills_per_property=rng.random() < 0.7,
                    bills_in_batches=rng.random() < 0.25, property_count=next(counts_iter),
                )
            else:
                display, billing, first, last = self.person_name()
                emails = []
                if rng.random() < 0.95:
                    local = rng.choice((f"{_slug(first)}.{_slug(last)}", f"{_slug(first)[0]}{_slug(last)}",
                                        f"{_slug(first)}{_slug(last)}{rng.randint(1, 99)}"))
                    emails.append(f"{local}@{rng.choice(names.EMAIL_DOMAINS)}")
                    if rng.random() < 0.1:
                        emails.append(f"{_slug(last)}.family@{rng.choice(names.EMAIL_DOMAINS)}")
                phones = [] if rng.random() < 0.05 else [self.phone(city[3])]
                if phones and rng.random() < 0.15:
                    phones.append(self.phone(city[3]))
                customer = Customer(
                    kind=CustomerKind.RESIDENTIAL, created_at=created, display_name=display, billing_name=billing,
                    emails=emails, phones=phones, city=city, status=self._status(),
                    portal_access=rng.random() < 0.7,
                    internal_notes=rng.choice(names.CUSTOMER_NOTES) if rng.random() < 0.15 else None,
                    customer_notes="Thank you for choosing us!" if rng.random() < 0.05 else None,
                    bills_per_property=rng.random() < 0.8, bills_in_batches=False,
                    property_count=next(counts_iter),
                )
            self.customers.append(customer)
        self.customers.sort(key=lambda c: c.created_at)
        for number, customer in enumerate(self.customers, 1):
            customer.id = number

    def _status(self) -> str:
        return CustomerStatus.ARCHIVED if self.rng.random() < 0.03 else CustomerStatus.ACTIVE

    def _adjust(self, counts: list[int], total: int, low: int, high: int) -> None:
        """Nudge random entries by one, within [low, high], until `counts` adds up to `total`."""
        rng = self.rng
        difference = total - sum(counts)
        if not counts:
            return
        if not low * len(counts) <= total <= high * len(counts):
            raise ValueError(f"cannot spread {total} over {len(counts)} entries within {low}..{high}")
        while difference:
            index = rng.randrange(len(counts))
            if difference > 0 and counts[index] < high:
                counts[index] += 1
                difference -= 1
            elif difference < 0 and counts[index] > low:
                counts[index] -= 1
                difference += 1

    def make_properties(self) -> None:
        rng = self.rng
        employee_count = len(self.employees)
        for customer in self.customers:
            home_city = customer.city
            for index in range(customer.property_count):
                city = home_city if rng.random() < 0.8 else rng.choice(names.CITIES)
                line1, line2 = self.street_address(), None
                if customer.kind == CustomerKind.PROPERTY_MANAGER:
                    if index % 13 == 12:
                        kind, name = PropertyType.POOL, f"{names.COMPLEX_NAMES[index % 16]} community pool"
                    else:
                        kind = PropertyType.RESIDENTIAL
                        unit = f"{rng.randint(1, 12)}{rng.choice('ABCDEF')}"
                        name = f"{names.COMPLEX_NAMES[index % 16]} #{unit}"
                        line2 = f"Apt {unit}"
                elif customer.kind == CustomerKind.BUSINESS:
                    kind = PropertyType.BUSINESS
                    name = ("Main office" if index == 0
                            else rng.choice((f"{city[0]} branch", "Warehouse", "Second floor", "Showroom",
                                             f"{line1.split(' ', 1)[1]} location")))
                    if rng.random() < 0.3:
                        line2 = f"Suite {rng.randint(100, 950)}"
                elif index == 0:
                    kind, name = PropertyType.RESIDENTIAL, rng.choice(("Home", "Home", "Main house", "Residence"))
                    if rng.random() < 0.25:
                        line2 = f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
                elif rng.random() < 0.2:
                    kind, name = PropertyType.POOL, f"Pool at {line1}"
                else:
                    kind = PropertyType.RESIDENTIAL
                    name = rng.choice((f"Rental - {line1}", "Beach house", "Lake cabin", f"Condo on {line1}",
                                       "Mother's house", f"Airbnb - {line1}"))
                primary_names, weights = PRIMARY[kind]
                self.properties.append(Property(
                    customer=customer,
                    created_at=customer.created_at + timedelta(days=0 if index == 0 else rng.uniform(0, 15),
                                                               minutes=5 * index),
                    name=name, type=kind, address_line1=line1, address_line2=line2, city=city[0], region=city[1],
                    postal_code=self.postal_code(city[2]),
                    access_notes=rng.choice(names.ACCESS_NOTES) if rng.random() < 0.4 else None,
                    internal_notes=_pick(story.PROPERTY_INTERNAL_NOTES, len(self.properties))
                    if rng.random() < 0.05 else None,
                    active=customer.status == CustomerStatus.ACTIVE and rng.random() < 0.98,
                    primary_service=rng.choices(primary_names, weights)[0],
                    price_factor=rng.choice((1.0, 1.0, 1.0, 0.9, 1.1, 1.2)),
                    regular_employee=rng.randrange(employee_count) + 1,
                ))
        self.properties.sort(key=lambda p: p.created_at)
        for number, prop in enumerate(self.properties, 1):
            prop.id = number
            prop.customer.properties.append(prop)
        for customer in self.customers:  # households are billed at home, businesses at an office
            home = customer.properties[0]
            customer.billing_address = (
                (home.address_line1, home.address_line2, home.city, home.region, home.postal_code)
                if customer.kind == CustomerKind.RESIDENTIAL
                else (self.street_address(), None, customer.city[0], customer.city[1],
                      self.postal_code(customer.city[2])))

    # jobs

    def make_jobs(self) -> None:
        rng = self.rng
        raw = []
        for prop in self.properties:
            table = (MANAGED_FREQUENCIES if prop.customer.kind == CustomerKind.PROPERTY_MANAGER
                     else FREQUENCIES)
            raw.append(rng.choices([f for f, _ in table], [w for _, w in table])[0])
        target = JOBS_PER_PROPERTY * len(self.properties)
        scale = target / sum(raw)
        counts = [max(1, round(value * scale)) for value in raw]
        self._adjust(counts, target, 1, 60)
        employee_count = len(self.employees)
        window = self.window_days
        # The hot loop: `random()` arithmetic instead of randint/choice, which cost several calls each.
        rnd = rng.random
        day_starts = [self.window_start.replace(hour=0, minute=0) + timedelta(days=day) for day in range(window)]
        slots = [timedelta(hours=hour, minutes=minute) for hour in range(12, 20) for minute in (0, 0, 30)]
        durations = [timedelta(minutes=minutes) for minutes in (90, 120, 150, 180, 240)]
        for prop, count in zip(self.properties, counts, strict=True):
            prop.job_count = count
            period = window / count
            phase = rnd() * period
            archived = prop.customer.status == CustomerStatus.ARCHIVED
            spec = SERVICE_SPEC[prop.primary_service]
            primary_price = int(round(spec.price_cents * prop.price_factor / 100) * 100) or spec.price_cents
            primary_id, quantities = SERVICE_ID[spec.name], spec.quantities
            add_ons = [SERVICE_SPEC[name] for name in ADD_ONS[prop.type]]
            for index in range(count):
                day = min(window - 1, max(0, int(phase + index * period + 3 * rnd() - 1.5)))
                if day_starts[day].weekday() == 6 and day + 1 < window:  # no Sunday visits
                    day += 1
                start = day_starts[day] + slots[int(rnd() * len(slots))]
                duration = durations[int(rnd() * 5)]
                lines = [Line(primary_id, spec.name, quantities[int(rnd() * len(quantities))], primary_price,
                              spec.taxable)]
                if rnd() < 0.5:
                    extra = add_ons[int(rnd() * len(add_ons))]
                    lines.append(Line(SERVICE_ID[extra.name], extra.name,
                                      extra.quantities[int(rnd() * len(extra.quantities))],
                                      extra.price_cents, extra.taxable))
                status, started, finished = self._job_status(start, duration, archived)
                self.jobs.append(Job(
                    property=prop, start=start, end=start + duration, status=status, started_at=started,
                    finished_at=finished,
                    created_at=max(prop.created_at, start - timedelta(hours=48 + 912 * rnd())),
                    client_notes=_pick(story.CLIENT_JOB_NOTES, index) if rnd() < 0.03 else None,
                    internal_notes=_pick(story.INTERNAL_JOB_NOTES, index) if rnd() < 0.03 else None,
                    employee_id=(prop.regular_employee if rnd() < 0.8 else int(rnd() * employee_count) + 1),
                    lines=lines,
                ))
        self.jobs.sort(key=lambda j: j.created_at)
        for number, job in enumerate(self.jobs, 1):
            job.id = number

    def _job_status(self, start: datetime, duration: timedelta,
                    archived: bool) -> tuple[str, datetime | None, datetime | None]:
        rng = self.rng
        if start > self._today_ends:
            return (JobStatus.CANCELLED if archived else JobStatus.PENDING), None, None
        if start > self._today_starts:  # today: anything goes
            status = rng.choices((JobStatus.FINISHED, JobStatus.STARTED, JobStatus.ON_THE_WAY, JobStatus.PENDING),
                                 (3, 2, 1, 4))[0]
        else:
            status = JobStatus.CANCELLED if rng.random() < 0.06 else JobStatus.FINISHED
        if status in (JobStatus.PENDING, JobStatus.ON_THE_WAY, JobStatus.CANCELLED):
            return status, None, None
        started = start + timedelta(minutes=int(rng.random() * 35) - 10)
        if status == JobStatus.STARTED:
            return status, started, None
        return status, started, started + duration + timedelta(minutes=int(rng.random() * 50) - 20)

    # billing

    def make_billing(self) -> None:
        rng = self.rng
        billable_before = self.now - timedelta(days=UNBILLED_DAYS)
        units: list[tuple[Customer, list[Job]]] = []
        by_property: dict[int, list[Job]] = {}
        for job in self.jobs:
            if job.status == JobStatus.FINISHED and job.start < billable_before:
                by_property.setdefault(job.property.id, []).append(job)
        for customer in self.customers:
            groups = [by_property.get(p.id, []) for p in customer.properties]
            if customer.bills_per_property:
                units.extend((customer, jobs) for jobs in groups if jobs)
            else:
                merged = sorted((job for jobs in groups for job in jobs), key=lambda j: j.start)
                if merged:
                    units.append((customer, merged))
        billable = sum(len(jobs) for _, jobs in units)
        target = min(INVOICES_PER_CUSTOMER * self.n, billable)
        ratio = target / billable if billable else 0
        counts = [min(len(jobs), max(1, round(len(jobs) * ratio))) for _, jobs in units]
        if target < len(units):  # tiny runs: fewer invoices than billing units
            counts = [1] * target + [0] * (len(units) - target)
        else:
            self._adjust_within(counts, target, [len(jobs) for _, jobs in units])
        by_customer: dict[int, list[Invoice]] = {}
        tax_rate = TAX_RATE
        draft_after = (self.now - timedelta(days=DRAFT_DAYS)).date()
        for (customer, jobs), count in zip(units, counts, strict=True):
            if count == 0:
                continue
            jobs.sort(key=lambda j: j.start)
            cuts = sorted(rng.sample(range(1, len(jobs)), count - 1)) if count > 1 else []
            for low, high in zip([0, *cuts], [*cuts, len(jobs)], strict=True):
                group = jobs[low:high]
                last = group[-1].start.date()
                lines = [LineInput(QUANTITY[line.quantity], line.unit_price_cents, line.taxable)
                         for job in group for line in job.lines]
                totals = invoice_totals(lines, tax_rate)
                properties = {job.property.id for job in group}
                issued = None if last >= draft_after else last + timedelta(days=rng.randint(1, 3))
                invoice = Invoice(
                    customer=customer, property=group[0].property if len(properties) == 1 else None, jobs=group,
                    status=InvoiceStatus.DRAFT if issued is None else InvoiceStatus.OPEN, issued_on=issued,
                    due_on=issued + timedelta(days=PAYMENT_TERMS_DAYS) if issued else None,
                    subtotal_cents=totals.subtotal_cents, tax_cents=totals.tax_cents,
                    total_cents=totals.total_cents,
                    created_at=datetime(last.year, last.month, last.day, 22, tzinfo=UTC) + timedelta(
                        days=(issued - last).days if issued else 1, minutes=rng.randint(0, 600)),
                )
                self.invoices.append(invoice)
                by_customer.setdefault(customer.id, []).append(invoice)
        for customer in self.customers:
            invoices = sorted(by_customer.get(customer.id, []), key=lambda i: i.created_at)
            if customer.bills_in_batches:
                self._pay_in_batches(customer, invoices)
            else:
                for invoice in invoices:
                    self._pay(customer, invoice)
        self._top_up_transactions(TRANSACTIONS_PER_CUSTOMER * self.n)
        # Numbers and ids in issue order, as the office would have produced them.
        self.invoices.sort(key=lambda i: i.created_at)
        for number, invoice in enumerate(self.invoices, 1):
            invoice.id = number
            invoice.number = FIRST_INVOICE_NUMBER + number - 1
        self.batches.sort(key=lambda b: b.issued_on)
        for number, batch in enumerate(self.batches, 1):
            batch.id = batch.number = number
        self.transactions.sort(key=lambda t: t.occurred_at)
        for number, transaction in enumerate(self.transactions, 1):
            transaction.id = number

    def _top_up_transactions(self, target: int) -> None:
        """Reach exactly `target` transactions: the plan above makes a few less on purpose, and some
        payments are then made in two: a batch transfer paid invoice by invoice, an invoice in instalments.
        Allocations move with the money, so every invoice keeps exactly what it was paid."""
        rng = self.rng
        if len(self.transactions) > target:  # only on odd tiny runs: drop declined cards first
            declined = [t for t in self.transactions if t.status == TransactionStatus.FAILED]
            excess = set(map(id, declined[: len(self.transactions) - target]))
            self.transactions = [t for t in self.transactions if id(t) not in excess]
        splittable = [t for t in self.transactions if t.status == TransactionStatus.COMPLETED]
        attempts = 0
        while len(self.transactions) < target and splittable and attempts < 100 * target:
            attempts += 1
            original = splittable[rng.randrange(len(splittable))]
            if len(original.allocations) > 1:
                invoice, amount = original.allocations.pop(rng.randrange(len(original.allocations)))
            elif original.amount_cents >= 2000:
                invoice, paid = original.allocations[0]
                amount = rng.randint(paid // 4, paid // 2)
                original.allocations[0] = (invoice, paid - amount)
            else:
                continue
            original.amount_cents -= amount
            original.fee_cents = self._fee(original.method, original.amount_cents)
            when = min(self.now, original.occurred_at + timedelta(days=rng.randint(1, 14)))
            self._transaction(original.customer, amount, original.method, TransactionStatus.COMPLETED, when,
                              [(invoice, amount)], original.batch)
            splittable.append(self.transactions[-1])

    def _adjust_within(self, counts: list[int], total: int, highs: list[int]) -> None:
        rng = self.rng
        difference = total - sum(counts)
        while difference:
            index = rng.randrange(len(counts))
            if difference > 0 and counts[index] < highs[index]:
                counts[index] += 1
                difference -= 1
            elif difference < 0 and counts[index] > 1:
                counts[index] -= 1
                difference += 1

    def _moment(self, day: date, latest: datetime | None = None) -> datetime:
        moment = datetime(day.year, day.month, day.day, 13, tzinfo=UTC) + timedelta(
            minutes=int(self.rng.random() * 660))
        return min(moment, latest or self.now)

    def _external_id(self, method: str) -> str | None:
        if method not in (PaymentMethod.CARD, PaymentMethod.ACH):
            return None
        self._external += 1
        return f"pi_{self.rng.getrandbits(64):016x}{self._external:07d}"

    def _fee(self, method: str, amount: int) -> int:
        if method == PaymentMethod.CARD:
            return processing_fee(amount, CARD_FEE_PERCENT, CARD_FEE_FIXED_CENTS)
        if method == PaymentMethod.ACH:
            return processing_fee(amount, ACH_FEE_PERCENT, ACH_FEE_FIXED_CENTS)
        return 0

    def _transaction(self, customer: Customer, amount: int, method: str, status: str, when: datetime,
                     allocations: list[tuple[Invoice, int]], batch: Batch | None = None) -> None:
        rng = self.rng
        reference = None
        if method == PaymentMethod.CHECK:
            reference = f"Check #{rng.randint(1001, 9999)}"
        elif method == PaymentMethod.ZELLE:
            reference = f"Zelle {rng.getrandbits(32):08X}"
        self.transactions.append(Transaction(
            customer=customer, batch=batch, amount_cents=amount,
            fee_cents=self._fee(method, amount) if status == TransactionStatus.COMPLETED else 0,
            method=method, status=status, occurred_at=when, reference=reference,
            external_id=self._external_id(method), reported_by_client=status == TransactionStatus.TO_APPROVAL,
            allocations=allocations,
        ))

    def _method(self) -> str:
        return self.rng.choices(
            (PaymentMethod.CARD, PaymentMethod.ACH, PaymentMethod.CHECK, PaymentMethod.CASH,
             PaymentMethod.BANK_TRANSFER, PaymentMethod.ZELLE), (45, 20, 15, 5, 5, 10))[0]

    def _pay(self, customer: Customer, invoice: Invoice) -> None:
        """Decide an issued invoice's fate and record the transactions that led there."""
        rng = self.rng
        if invoice.issued_on is None or invoice.due_on is None:
            return
        issued, today = invoice.issued_on, self.today
        overdue = (today - invoice.due_on).days
        if rng.random() < 0.015:
            invoice.status = InvoiceStatus.VOID
            invoice.voided_at = self._moment(issued + timedelta(days=rng.randint(1, 5)))
            return
        if overdue > 60:
            fates, weights = ("paid", "partial", "open", "bad_debt"), (93, 2.5, 3, 1.5)
        elif overdue > 0:
            fates, weights = ("paid", "partial", "open", "bad_debt"), (80, 5, 15, 0)
        else:
            fates, weights = ("paid", "partial", "open", "bad_debt"), (55, 5, 40, 0)
        fate = rng.choices(fates, weights)[0]
        span = max(0, (today - issued).days)
        total = invoice.total_cents

        def when(low: int = 0) -> datetime:
            return self._moment(issued + timedelta(days=min(span, rng.randint(low, PAYMENT_TERMS_DAYS + 10))))

        if fate == "paid":
            invoice.status = InvoiceStatus.PAID
            method = self._method()
            if rng.random() < 0.08 and total > 100:
                first = rng.randint(total * 4 // 10, total * 7 // 10)
                first_at = when()
                self._transaction(customer, first, method, TransactionStatus.COMPLETED, first_at, [(invoice, first)])
                second_at = max(first_at, when())
                self._transaction(customer, total - first, self._method(), TransactionStatus.COMPLETED, second_at,
                                  [(invoice, total - first)])
            else:
                self._transaction(customer, total, method, TransactionStatus.COMPLETED, when(), [(invoice, total)])
        elif fate == "partial":
            invoice.status = InvoiceStatus.PARTIALLY_PAID
            part = max(1, rng.randint(total // 4, total * 3 // 4))
            self._transaction(customer, part, self._method(), TransactionStatus.COMPLETED, when(), [(invoice, part)])
        elif fate == "bad_debt":
            invoice.status = InvoiceStatus.BAD_DEBT
            invoice.bad_debt_at = self._moment(invoice.due_on + timedelta(days=min(overdue, rng.randint(60, 120))))
        else:
            invoice.status = InvoiceStatus.OPEN
            roll = rng.random()
            if roll < 0.08:  # paid by the client, waiting for the office or the bank
                status = rng.choice((TransactionStatus.PENDING, TransactionStatus.TO_APPROVAL))
                method = PaymentMethod.ACH if status == TransactionStatus.PENDING else PaymentMethod.ZELLE
                self._transaction(customer, total, method, status, when(), [(invoice, total)])
            elif roll < 0.14:  # a declined card: no allocation applies
                self._transaction(customer, total, PaymentMethod.CARD, TransactionStatus.FAILED, when(), [])

    def _pay_in_batches(self, customer: Customer, invoices: list[Invoice]) -> None:
        """Property managers and some businesses get one batch per month and pay it in one transfer."""
        rng, today = self.rng, self.today
        months: dict[tuple[int, int], list[Invoice]] = {}
        for invoice in invoices:
            if invoice.issued_on is None:
                continue
            if rng.random() < 0.01:
                invoice.status = InvoiceStatus.VOID
                invoice.voided_at = self._moment(invoice.issued_on + timedelta(days=1))
                continue
            months.setdefault((invoice.issued_on.year, invoice.issued_on.month), []).append(invoice)
        for (year, month), group in sorted(months.items()):
            first_of_next = date(year + month // 12, month % 12 + 1, 1)
            if first_of_next > today:  # this month's invoices wait for the month to end
                continue
            batch = Batch(customer=customer, issued_on=first_of_next)
            self.batches.append(batch)
            amount = sum(invoice.total_cents for invoice in group)
            age = (today - first_of_next).days
            for invoice in group:
                invoice.batch = batch
            method = rng.choice((PaymentMethod.ACH, PaymentMethod.ACH, PaymentMethod.CHECK,
                                 PaymentMethod.BANK_TRANSFER))
            allocations = [(invoice, invoice.total_cents) for invoice in group]
            if age > 40 or (age > 10 and rng.random() < 0.5):
                batch.status = BatchStatus.PAID
                for invoice in group:
                    invoice.status = InvoiceStatus.PAID
                when = self._moment(first_of_next + timedelta(days=rng.randint(5, min(age, 35))))
                self._transaction(customer, amount, method, TransactionStatus.COMPLETED, when, allocations, batch)
            elif rng.random() < 0.3:
                when = self._moment(first_of_next + timedelta(days=rng.randint(0, age)))
                self._transaction(customer, amount, PaymentMethod.ACH, TransactionStatus.PENDING, when,
                                  allocations, batch)

    # COPY rows

    def rows_company(self) -> Iterable[tuple[Any, ...]]:
        yield (1, "Sparkle & Shine Cleaning Co.", "office@sparkleandshine.com", "+12125550142",
               "https://sparkleandshine.com", "250 W 57th St", "Suite 1200", "New York", "NY", "10107", "US",
               "America/New_York", "USD", TAX_RATE, CARD_FEE_PERCENT, CARD_FEE_FIXED_CENTS, ACH_FEE_PERCENT,
               ACH_FEE_FIXED_CENTS, "INV-", FIRST_INVOICE_NUMBER + len(self.invoices), len(self.batches) + 1,
               PAYMENT_TERMS_DAYS, True)

    def rows_service(self) -> Iterable[tuple[Any, ...]]:
        for spec in SERVICES:
            yield SERVICE_ID[spec.name], spec.name, spec.description, spec.price_cents, spec.taxable, True

    def rows_employee(self) -> Iterable[tuple[Any, ...]]:
        for number, (name, email, phone, active) in enumerate(self.employees, 1):
            yield number, name, email, phone, active

    def rows_customer(self) -> Iterable[tuple[Any, ...]]:
        for c in self.customers:
            yield (c.id, c.created_at, c.created_at, c.display_name, c.billing_name, c.kind, c.emails, c.phones,
                   *c.billing_address, "US",
                   c.internal_notes, c.customer_notes, c.status, c.portal_access)

    def rows_property(self) -> Iterable[tuple[Any, ...]]:
        for p in self.properties:
            yield (p.id, p.created_at, p.created_at, p.customer.id, p.name, p.type, p.address_line1,
                   p.address_line2, p.city, p.region, p.postal_code, "US", p.access_notes, p.internal_notes,
                   p.active)

    def rows_job(self) -> Iterable[tuple[Any, ...]]:
        for j in self.jobs:
            yield (j.id, j.created_at, j.finished_at or j.started_at or j.created_at, j.property.customer.id,
                   j.property.id, j.start, j.end, j.status, j.client_notes, j.internal_notes, j.started_at,
                   j.finished_at)

    def rows_job_line(self) -> Iterable[tuple[Any, ...]]:
        number = 0
        for j in self.jobs:
            for position, line in enumerate(j.lines):
                number += 1
                yield (number, j.id, line.service_id, line.description, line.quantity, line.unit_price_cents,
                       line.taxable, position)

    def rows_job_assignment(self) -> Iterable[tuple[Any, ...]]:
        for j in self.jobs:
            yield j.id, j.id, j.employee_id

    def rows_batch(self) -> Iterable[tuple[Any, ...]]:
        for b in self.batches:
            created = datetime(b.issued_on.year, b.issued_on.month, b.issued_on.day, 14, tzinfo=UTC)
            yield b.id, created, created, b.number, b.customer.id, b.status, b.issued_on

    def rows_invoice(self) -> Iterable[tuple[Any, ...]]:
        for i in self.invoices:
            updated = i.voided_at or i.bad_debt_at or i.created_at
            yield (i.id, i.created_at, updated, i.number, i.customer.id, i.property.id if i.property else None,
                   i.batch.id if i.batch else None, i.status, i.issued_on, i.due_on, TAX_RATE,
                   i.subtotal_cents, i.tax_cents, i.total_cents, i.voided_at, i.bad_debt_at)

    def rows_invoice_line(self) -> Iterable[tuple[Any, ...]]:
        number = 0
        for i in self.invoices:
            position = 0
            for job in i.jobs:
                day = f" ({job.start:%b} {job.start.day})"
                for line in job.lines:
                    number += 1
                    yield (number, i.id, job.id, line.description + day, line.quantity, line.unit_price_cents,
                           line_amount(QUANTITY[line.quantity], line.unit_price_cents), line.taxable, position)
                    position += 1

    def rows_invoice_job(self) -> Iterable[tuple[Any, ...]]:
        number = 0
        for i in self.invoices:
            for job in i.jobs:
                number += 1
                yield number, i.id, job.id

    def rows_payment_transaction(self) -> Iterable[tuple[Any, ...]]:
        for t in self.transactions:
            yield (t.id, t.occurred_at, t.occurred_at, t.customer.id, t.batch.id if t.batch else None,
                   t.amount_cents, t.fee_cents, t.method, t.status, t.occurred_at, t.reference, t.external_id,
                   t.reported_by_client)

    def rows_allocation(self) -> Iterable[tuple[Any, ...]]:
        number = 0
        for t in self.transactions:
            for invoice, amount in t.allocations:
                number += 1
                yield number, t.id, invoice.id, amount


COLUMNS: dict[str, str] = {
    "company": "id, name, email, phone, website, address_line1, address_line2, city, region, postal_code, "
               "country, time_zone, currency, tax_rate, card_fee_percent, card_fee_fixed_cents, ach_fee_percent, "
               "ach_fee_fixed_cents, invoice_prefix, next_invoice_number, next_batch_number, payment_terms_days, "
               "notify_clients_job_completed",
    "service": "id, name, description, default_price_cents, taxable, active",
    "employee": "id, name, email, phone, active",
    "customer": "id, created_at, updated_at, display_name, billing_name, kind, emails, phones, "
                "billing_address_line1, billing_address_line2, billing_city, billing_region, "
                "billing_postal_code, billing_country, internal_notes, customer_notes, status, portal_access",
    "property": "id, created_at, updated_at, customer_id, name, type, address_line1, address_line2, city, "
                "region, postal_code, country, access_notes, internal_notes, active",
    "job": "id, created_at, updated_at, customer_id, property_id, scheduled_start, scheduled_end, status, "
           "client_notes, internal_notes, started_at, finished_at",
    "job_line": "id, job_id, service_id, description, quantity, unit_price_cents, taxable, position",
    "job_assignment": "id, job_id, employee_id",
    "batch": "id, created_at, updated_at, number, customer_id, status, issued_on",
    "invoice": "id, created_at, updated_at, number, customer_id, property_id, batch_id, status, issued_on, "
               "due_on, tax_rate, subtotal_cents, tax_cents, total_cents, voided_at, bad_debt_at",
    "invoice_line": "id, invoice_id, job_id, description, quantity, unit_price_cents, amount_cents, taxable, "
                    "position",
    "invoice_job": "id, invoice_id, job_id",
    "payment_transaction": "id, created_at, updated_at, customer_id, batch_id, amount_cents, fee_cents, method, "
                           "status, occurred_at, reference, external_id, reported_by_client",
    "allocation": "id, transaction_id, invoice_id, amount_cents",
}


# --- loading ---------------------------------------------------------------------------------------------


def copy_rows(cursor: psycopg.Cursor[Any], table: str, rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with cursor.copy(f"COPY {table} ({COLUMNS[table]}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def all_tables(connection: psycopg.Connection[Any]) -> list[str]:
    """Every table of the schema but Alembic's own."""
    rows = connection.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'alembic_version'"
    ).fetchall()
    return [row[0] for row in rows]


def truncate_all(connection: psycopg.Connection[Any]) -> None:
    tables = ", ".join(f'"{name}"' for name in all_tables(connection))
    if tables:
        connection.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


def defer_indexes_and_foreign_keys(connection: psycopg.Connection[Any], tables: Sequence[str]) -> list[str]:
    """Drop the foreign keys and plain indexes of `tables`; return the statements that restore them.

    This is what pg_restore does: rows first, then each index built once (sorted, in parallel) and each
    foreign key checked once by one join instead of a trigger per row. It runs inside the load's
    transaction, so a failure anywhere rolls the schema back with the data. Primary keys and unique
    constraints stay, so duplicate ids still fail at once.
    """
    foreign_keys = connection.execute(
        """SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
             FROM pg_constraint
            WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
              AND conrelid::regclass::text = ANY(%s)
            ORDER BY conrelid::regclass::text, conname""",
        (list(tables),),
    ).fetchall()
    indexes = connection.execute(
        """SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
             FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(%s)
              AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY 1""",
        (list(tables),),
    ).fetchall()
    for table, name, _ in foreign_keys:
        connection.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    for name, _ in indexes:
        connection.execute(f"DROP INDEX {name}")
    return [definition for _, definition in indexes] + [
        f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}" for table, name, definition in foreign_keys
    ]


def reset_sequences(connection: psycopg.Connection[Any], tables: Iterable[str]) -> None:
    for table in tables:
        connection.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}"
        )


def generate(
    database_url: str,
    customers: int,
    seed: int = 1,
    *,
    truncate: bool = False,
    customers_only: bool = False,
    today: date | None = None,
    migrate: bool = True,
    vacuum: bool = True,
    defer_indexes: bool = True,
    log: Callable[[str], None] | None = None,
) -> Result:
    """Migrate, then load `customers` customers and everything below them in one transaction.

    `customers_only` loads the company, catalog, employees, customers and properties (the name-search
    bench at 100,000 customers needs nothing else). `defer_indexes` drops the loaded tables' foreign keys
    and secondary indexes for the COPY and restores them (validated) before the commit. `vacuum` runs
    VACUUM ANALYZE afterwards so plans and index-only scans are what a settled database would get.
    """
    from app.database import libpq_url

    say = log or (lambda message: None)
    url = libpq_url(database_url)
    phases: dict[str, float] = {}
    started = time.perf_counter()
    if migrate:
        from app.migrations import upgrade

        upgrade(url)
        phases["migrate"] = time.perf_counter() - started

    mark = time.perf_counter()
    generator = Generator(customers, seed, today or datetime.now(UTC).date())
    generator.make_employees()
    generator.make_customers()
    generator.make_properties()
    if not customers_only:
        generator.make_jobs()
        generator.make_billing()
    phases["generate"] = time.perf_counter() - mark
    say(f"generated in {phases['generate']:.1f}s")

    counts: dict[str, int] = {}
    tables = LOADED_TABLES[:5] if customers_only else LOADED_TABLES
    mark = time.perf_counter()
    with psycopg.connect(url) as connection:
        connection.execute("SET synchronous_commit = off")
        connection.execute("SET TIME ZONE 'UTC'")
        if truncate:
            truncate_all(connection)
        elif connection.execute("SELECT EXISTS (SELECT FROM customer)").fetchone() != (False,):
            raise DatabaseNotEmpty("the database already has customers; pass --truncate to replace them")
        restore = defer_indexes_and_foreign_keys(connection, tables) if defer_indexes else []
        with connection.cursor() as cursor:
            for table in tables:
                table_started = time.perf_counter()
                rows: Iterable[Sequence[Any]] = getattr(generator, f"rows_{table}")()
                counts[table] = copy_rows(cursor, table, rows)
                say(f"{table:<20} {counts[table]:>9,} rows  {time.perf_counter() - table_started:6.2f}s")
        phases["copy"] = time.perf_counter() - mark
        if restore:
            mark = time.perf_counter()
            connection.execute("SET maintenance_work_mem = '512MB'")
            for statement in restore:
                connection.execute(statement)
            phases["indexes+fks"] = time.perf_counter() - mark
            say(f"rebuilt {len(restore)} indexes and foreign keys in {phases['indexes+fks']:.1f}s")
        reset_sequences(connection, tables)
    if vacuum:
        mark = time.perf_counter()
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"VACUUM (ANALYZE) {', '.join(tables)}")
        phases["vacuum"] = time.perf_counter() - mark
    return Result(counts=counts, seconds=time.perf_counter() - started, phases=phases)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="postgresql:// URL (default: $DATABASE_URL)")
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--truncate", action="store_true", help="empty every table first")
    parser.add_argument("--customers-only", action="store_true",
                        help="only company, catalog, employees, customers and properties")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the date the data is 'now' for (YYYY-MM-DD; default: today), for reproducible runs")
    parser.add_argument("--no-migrate", action="store_true", help="skip the Alembic upgrade")
    parser.add_argument("--no-vacuum", action="store_true", help="skip VACUUM ANALYZE after the load")
    parser.add_argument("--keep-indexes", action="store_true",
                        help="COPY with every index and foreign key in place (slower; for comparison)")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("--database-url (or DATABASE_URL) is required")
    if args.customers < 1:
        parser.error("--customers must be at least 1")
    try:
        result = generate(args.database_url, args.customers, args.seed, truncate=args.truncate,
                          customers_only=args.customers_only, today=args.today, migrate=not args.no_migrate,
                          vacuum=not args.no_vacuum, defer_indexes=not args.keep_indexes, log=print)
    except DatabaseNotEmpty as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    total = sum(result.counts.values())
    phases = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in result.phases.items())
    print(f"{total:,} rows in {result.seconds:.1f}s ({phases})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
