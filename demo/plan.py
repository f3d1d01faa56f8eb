"""The story laid out in time: which property is cleaned when, by whom, what is billed and how it is paid.

Pure and deterministic (one seeded `random.Random`, every time relative to `today` with the demo's "now" at
12:30 local): no database, no rule of the business. The rules apply when `demo.build` replays this plan
through the business functions; the plan only has to ask for things those rules allow.
"""

from __future__ import annotations

import random
import string
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from demo import story
from demo.story import PropertySpec
from models.enums import JobStatus, PaymentMethod, TransactionStatus
from resolvers.billing.arithmetic import LineInput, invoice_totals, processing_fee

TZ = ZoneInfo(story.TIME_ZONE)
SPEC = {spec.name: spec for spec in story.SERVICES}
TAX_RATE = Decimal(str(story.COMPANY["tax_rate"]))
Line = tuple[str, Decimal, int]
"""(service name, quantity, unit price in cents)"""


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in the company's time zone, as an aware UTC datetime."""
    return datetime.combine(day, time(hour, minute), tzinfo=TZ).astimezone(UTC)


def local_day(moment: datetime) -> date:
    return moment.astimezone(TZ).date()


def month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(eq=False)
class JobPlan:
    customer: str
    prop: PropertySpec
    start: datetime
    end: datetime
    status: JobStatus
    team: str
    crew: list[str]
    lines: list[Line]
    created_at: datetime
    client_notes: str | None = None
    internal_notes: str | None = None
    on_the_way_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None
    id: int | None = None
    """Set by the builder once the job exists."""

    @property
    def day(self) -> date:
        return local_day(self.start)


@dataclass(eq=False)
class InvoicePlan:
    customer: str
    jobs: list[JobPlan]
    at: datetime
    """When the office creates it: issued that day, or kept as a draft when `draft`."""
    draft: bool = False
    notes: str | None = None
    paid: int = 0
    """Completed payments applied so far (the plan needs balances to decide amounts)."""
    void: tuple[datetime, str] | None = None
    bad_debt: tuple[datetime, str] | None = None
    id: int | None = None

    @property
    def total_cents(self) -> int:
        lines = [LineInput(quantity, price, SPEC[name].taxable)
                 for job in self.jobs for name, quantity, price in job.lines]
        return invoice_totals(lines, TAX_RATE).total_cents

    @property
    def balance(self) -> int:
        return self.total_cents - self.paid


@dataclass(eq=False)
class BatchPlan:
    customer: str
    at: datetime
    notes: str
    invoices: list[InvoicePlan]
    id: int | None = None


@dataclass(eq=False)
class PaymentPlan:
    customer: str
    method: PaymentMethod
    status: TransactionStatus
    amount_cents: int
    fee_cents: int
    at: datetime
    invoices: list[InvoicePlan]
    """What it pays, oldest first (a batch's invoices when `batch` is set)."""
    batch: BatchPlan | None = None
    reference: str | None = None
    external_id: str | None = None
    note: str | None = None
    reported_by: str | None = None
    """The portal user who reported it (then it waits for the office's approval)."""
    approved_at: datetime | None = None


@dataclass
class Plan:
    today: date
    now: datetime
    properties: dict[str, list[PropertySpec]] = field(default_factory=lambda: defaultdict(list))
    jobs: list[JobPlan] = field(default_factory=list)
    invoices: list[InvoicePlan] = field(default_factory=list)
    batches: list[BatchPlan] = field(default_factory=list)
    payments: list[PaymentPlan] = field(default_factory=list)
    archived: dict[str, datetime] = field(default_factory=dict)
    """Customer key → when the office archives it (and retires its properties)."""

    def job_of_today(self, customer: str, status: JobStatus) -> JobPlan:
        return next(j for j in self.jobs if j.day == self.today and j.customer == customer and j.status is status)


def make_plan(today: date) -> Plan:
    return _Planner(today).plan


class _Planner:
    def __init__(self, today: date) -> None:
        self.rng = random.Random(story.SEED)
        self.today = today
        self.now = utc(today, 12, 30)
        self.first_day = today - timedelta(days=story.HISTORY_DAYS)
        self.last_day = today + timedelta(days=story.LOOKAHEAD_DAYS)
        self.plan = Plan(today=today, now=self.now)
        self.bedrooms: dict[int, int] = {}
        self.busy: dict[tuple[str, date], list[tuple[datetime, datetime]]] = defaultdict(list)
        self.used_external_ids: set[str] = set()
        self.customer_since = {spec.key: utc(today - timedelta(days=spec.days_ago), 11, 15) for spec in story.CUSTOMERS}
        self.properties()
        self.plan_jobs()
        self.plan_today()
        self.plan.jobs.sort(key=lambda job: job.start)
        self.plan_billing()

    # -- small tools

    def ago(self, days: int, hour: int = 10, minute: int = 0) -> datetime:
        return utc(self.today - timedelta(days=days), hour, minute)

    def code(self) -> str:
        return f"{self.rng.randint(1000, 9999)}"

    def office_time(self, day: date) -> datetime:
        return utc(day, self.rng.randint(9, 16), self.rng.choice((0, 10, 20, 30, 40, 50)))

    def on(self, day: date, hour: int | None = None) -> datetime:
        return utc(day, hour if hour is not None else self.rng.randint(9, 17), self.rng.randint(0, 59))

    # -- properties

    def properties(self) -> None:
        rng, props = self.rng, self.plan.properties
        for hood, street_address, units in story.BUILDINGS:
            city, zip_code, _, _ = story.NEIGHBORHOODS[hood]
            for unit_index in range(units):
                unit = f"{unit_index // 2 + 1}{'FR'[unit_index % 2]}"
                bedrooms = rng.choice((1, 1, 2, 2, 3))
                access = rng.choice(story.APARTMENT_ACCESS).format(super=rng.choice(story.SUPERS), code=self.code())
                note = rng.choice(story.PROPERTY_INTERNAL_NOTES) if rng.random() < 0.4 else None
                if not props["pm12"]:
                    note = story.FIRST_APARTMENT_NOTE
                apartment = PropertySpec(
                    "pm12", f"{street_address}, Apt {unit}", (street_address, f"Apt {unit}", city, zip_code), access,
                    f"{story.BEDROOM_LABEL[bedrooms].split(',')[0]} walk-up, {hood}; hardwood floors.", note)
                props["pm12"].append(apartment)
                self.bedrooms[id(apartment)] = bedrooms
        names: set[str] = set()
        hoods = [hood for hood in story.NEIGHBORHOODS if hood != "Harlem"]
        while len(props["pm40"]) < story.RENTALS:
            hood = rng.choice(hoods)
            city, zip_code, streets, queens = story.NEIGHBORHOODS[hood]
            street = rng.choice(streets)
            number = f"{rng.randint(18, 45)}-{rng.randint(10, 98):02d}" if queens else str(rng.randint(12, 480))
            unit = f"{rng.randint(1, 6)}{rng.choice('ABCDFR')}"
            style = rng.choice(story.RENTAL_STYLES)
            name = f"{street} {style} {unit}"
            if name in names:
                continue
            names.add(name)
            bedrooms = 2 if "2BR" in style else 0 if style == "Studio" else rng.choice((1, 1, 2, 3))
            access = rng.choice(story.RENTAL_ACCESS).format(code=self.code(), unit=unit,
                                                            super=rng.choice(story.SUPERS))
            note = rng.choice(story.PROPERTY_INTERNAL_NOTES) if rng.random() < 0.3 else None
            if len(props["pm40"]) == 3:
                note = story.HOT_TUB_NOTE
            rental = PropertySpec(
                "pm40", name, (f"{number} {street}", f"Unit {unit}", city, zip_code), access,
                f"{story.BEDROOM_LABEL[bedrooms]} — short-term rental in {hood}. Linen closet in the hall.", note)
            props["pm40"].append(rental)
            self.bedrooms[id(rental)] = bedrooms
        for spec in story.PROPERTIES:
            if "{code}" in (spec.access_notes or ""):
                spec = PropertySpec(spec.customer, spec.name, spec.address,
                                    (spec.access_notes or "").format(code=self.code()), spec.description,
                                    spec.internal_notes, spec.type, spec.retired)
            props[spec.customer].append(spec)

    # -- jobs

    def dates(self, first: date, last: date, gap: Callable[[], int], *, weekday: int | None = None) -> list[date]:
        """Recurring visit days in [first, last]: no Sundays, and never today (today's jobs are hand-made)."""
        first, last = max(first, self.first_day), min(last, self.last_day)
        out: list[date] = []
        day = first
        if weekday is not None:
            day += timedelta(days=(weekday - day.weekday()) % 7)
        while day <= last:
            visit = day
            while visit.weekday() == 6 or visit == self.today:
                visit += timedelta(days=1)
            if visit <= last and (not out or visit > out[-1]):
                out.append(visit)
            day += timedelta(days=gap())
        return out

    def price(self, service: str, day: date, base: int | None = None) -> int:
        """Priced when booked: the catalog went up ~5 % about seven months ago."""
        cents = base if base is not None else SPEC[service].price_cents
        if day < self.today - timedelta(days=210):
            cents = cents * 95 // 100 // 100 * 100
        return cents

    @staticmethod
    def minutes_for(minutes: int, crew_size: int) -> int:
        """Time on site: the work shared by the crew, plus a quarter hour to coordinate when two go."""
        return max(minutes, 45) // max(crew_size, 1) + (15 if crew_size > 1 else 0)

    def free(self, employee: str, start: datetime, end: datetime) -> bool:
        return all(end <= busy_start or busy_end <= start
                   for busy_start, busy_end in self.busy[(employee, local_day(start))])

    def book(self, team: str, day: date, minutes: int, slots: Sequence[tuple[int, int]] | None,
             crew: list[str] | None) -> tuple[datetime, list[str]]:
        """A start time and a crew free for the whole visit: the first slot that fits (two people, else
        one), else the first slot overbooked."""
        rng = self.rng
        members = list(story.TEAMS[team])
        wanted = len(crew) if crew else min(1 if rng.random() < 0.55 else 2, len(members))
        order = list(slots) if slots else rng.sample(story.SLOTS, len(story.SLOTS))
        chosen: tuple[datetime, list[str]] | None = None
        for size in dict.fromkeys((wanted, 1)):
            span = timedelta(minutes=self.minutes_for(minutes, size))
            for hour, minute in order:
                start = utc(day, hour, minute)
                if crew:
                    if all(self.free(e, start, start + span) for e in crew):
                        chosen = (start, crew)
                        break
                    continue
                available = [e for e in members if self.free(e, start, start + span)]
                if len(available) >= size:
                    chosen = (start, rng.sample(available, size))
                    break
            if chosen is not None or crew:
                break
        if chosen is None:
            hour, minute = order[0]
            chosen = (utc(day, hour, minute), crew or rng.sample(members, wanted))
        start, people = chosen
        end = start + timedelta(minutes=self.minutes_for(minutes, len(people)))
        for employee in people:
            self.busy[(employee, day)].append((start, end))
        return start, people

    def job(self, key: str, prop: PropertySpec, day: date, lines: list[Line], team: str, *,
            slot: tuple[int, int] | None = None, slots: Sequence[tuple[int, int]] | None = None,
            crew: list[str] | None = None, status: JobStatus | None = None) -> JobPlan:
        rng = self.rng
        minutes = sum(int(SPEC[name].minutes * quantity) for name, quantity, _ in lines)
        start, crew = self.book(team, day, minutes, [slot] if slot else slots, crew)
        if status is None:
            if day < self.today:
                status = JobStatus.CANCELLED if rng.random() < 0.05 else JobStatus.FINISHED
            else:
                status = JobStatus.CANCELLED if rng.random() < 0.03 else JobStatus.PENDING
        duration = timedelta(minutes=self.minutes_for(minutes, len(crew)))
        client_notes = rng.choice(story.CLIENT_JOB_NOTES) if rng.random() < 0.15 else None
        internal_notes = rng.choice(story.INTERNAL_JOB_NOTES) if rng.random() < 0.1 else None
        lead = timedelta(days=rng.randint(3, 21), hours=rng.randint(0, 6))
        created = min(start - lead, self.now - timedelta(hours=rng.randint(2, 48)))
        created_at = min(self.office_time(local_day(created)), self.now - timedelta(hours=1))
        if created_at >= start:
            created_at = start - timedelta(days=1)
        created_at = max(created_at, self.customer_since[key] + timedelta(days=1))
        plan = JobPlan(key, prop, start, start + duration, status, team, crew, lines, created_at,
                       client_notes, internal_notes)
        if status in (JobStatus.ON_THE_WAY, JobStatus.STARTED, JobStatus.FINISHED):
            plan.on_the_way_at = start - timedelta(minutes=rng.randint(15, 40))
        if status in (JobStatus.STARTED, JobStatus.FINISHED):
            plan.started_at = start + timedelta(minutes=rng.randint(-5, 12))
        if status is JobStatus.FINISHED:
            assert plan.started_at is not None
            plan.finished_at = plan.started_at + duration * rng.uniform(0.85, 1.2)
        if status is JobStatus.CANCELLED:
            window = (min(start, self.now) - created_at).total_seconds()
            plan.cancelled_at = created_at + timedelta(seconds=window * rng.uniform(0.3, 0.9))
            plan.cancel_reason = rng.choice(story.CANCEL_REASONS)
        self.plan.jobs.append(plan)
        return plan

    def plan_jobs(self) -> None:
        rng, props, one = self.rng, self.plan.properties, Decimal(1)

        # Bluestone Dental: every Saturday morning, windows each quarter.
        for n, day in enumerate(self.dates(self.first_day, self.last_day, lambda: 7, weekday=5)):
            lines = [("Office Cleaning", one, self.price("Office Cleaning", day))]
            if n % 13 == 5:
                lines.append(("Window Washing", Decimal(14), self.price("Window Washing", day)))
            self.job("bluestone", props["bluestone"][0], day, lines, "Team Green",
                     slots=((7, 30), (8, 0), (7, 0), (8, 30), (9, 0)))

        # Metro Nest: turnovers between guests, irregular, mostly Team Blue.
        for index, prop in enumerate(props["pm40"]):
            bedrooms = self.bedrooms[id(prop)]
            start = self.first_day + timedelta(days=rng.randint(0, 40))
            for day in self.dates(start, self.last_day, lambda: rng.randint(28, 70)):
                lines = [("Turnover Clean", one, self.price("Turnover Clean", day, story.TURNOVER_PRICE[bedrooms]))]
                if rng.random() < 0.4:
                    lines.append(("Laundry add-on", Decimal(rng.randint(1, 3)), self.price("Laundry add-on", day)))
                if rng.random() < 0.05:
                    lines.append(("Inside Fridge & Oven", one, self.price("Inside Fridge & Oven", day)))
                self.job("pm40", prop, day, lines, "Team Blue" if index % 5 else "Team Green")

        # Harborview: apartments between tenants and on schedule, Team Green.
        for prop in props["pm12"]:
            bedrooms = self.bedrooms[id(prop)]
            start = self.first_day + timedelta(days=rng.randint(0, 30))
            for day in self.dates(start, self.last_day, lambda: rng.randint(35, 60)):
                roll = rng.random()
                if roll < 0.06:
                    lines = [("Move-out Clean", one, self.price("Move-out Clean", day))]
                elif roll < 0.3:
                    lines = [("Deep Clean", one, self.price("Deep Clean", day))]
                else:
                    lines = [("Standard Clean", one, self.price("Standard Clean", day, story.STANDARD_PRICE[bedrooms]))]
                if rng.random() < 0.12:
                    lines.append(("Carpet Shampoo", Decimal(rng.randint(2, 3)), self.price("Carpet Shampoo", day)))
                self.job("pm12", prop, day, lines, "Team Green")

        def residential(key: str, prop: PropertySpec, first: date, last: date, gap: int, base: int, team: str,
                        *, deep_every: int = 6) -> None:
            for n, day in enumerate(self.dates(first, last, lambda: gap, weekday=rng.randint(0, 5))):
                if n % deep_every == deep_every - 1:
                    lines = [("Deep Clean", one, self.price("Deep Clean", day, base * 2))]
                else:
                    lines = [("Standard Clean", one, self.price("Standard Clean", day, base))]
                if rng.random() < 0.15:
                    lines.append(("Inside Fridge & Oven", one, self.price("Inside Fridge & Oven", day)))
                if rng.random() < 0.08:
                    lines.append(("Window Washing", Decimal(rng.randint(8, 16)), self.price("Window Washing", day)))
                self.job(key, prop, day, lines, team)

        end, days = self.last_day, timedelta
        home, mother = props["reyes"]
        residential("reyes", home, self.first_day, end, 14, 18500, "Team Blue")
        residential("reyes", mother, self.first_day + days(9), end, 28, 14500, "Team Blue")
        residential("park", props["park"][0], self.first_day + days(4), end, 28, 13500, "Team Green")
        residential("bell", props["bell"][0], self.first_day + days(2), end, 21, 15500, "Team Green", deep_every=8)
        residential("lyle", props["lyle"][0], self.first_day + days(6), end, 30, 14500, "Team Green", deep_every=99)
        move_out_day = self.today - days(120)
        residential("marchetti", props["marchetti"][0], self.first_day, move_out_day - days(10), 30, 12500,
                    "Team Blue", deep_every=99)
        residential("brennan", props["brennan"][0], self.first_day + days(3), self.today - days(200), 30, 16500,
                    "Team Green", deep_every=99)
        while move_out_day.weekday() == 6:
            move_out_day += days(1)
        self.move_out = self.job(
            "marchetti", props["marchetti"][0], move_out_day,
            [("Move-out Clean", one, self.price("Move-out Clean", move_out_day)),
             ("Carpet Shampoo", Decimal(2), self.price("Carpet Shampoo", move_out_day))],
            "Team Blue", slot=(9, 0), status=JobStatus.FINISHED,
        )

        # Raman pool: opening in late April, weekly May to September, closing in early October.
        pool = props["raman"][0]
        for year in (self.first_day.year, self.first_day.year + 1):
            opening, closing = date(year, 4, 24), date(year, 10, 6)
            for day in self.dates(opening, opening, lambda: 7):
                self.job("raman", pool, day, [("Pool Opening", one, self.price("Pool Opening", day))], "Pool & Windows")
            for day in self.dates(date(year, 5, 1), date(year, 9, 30), lambda: 7, weekday=2):
                lines = [("Pool Maintenance", one, self.price("Pool Maintenance", day))]
                if rng.random() < 0.35:
                    lines.append(("Pool Chemicals", Decimal(rng.randint(1, 2)), self.price("Pool Chemicals", day)))
                self.job("raman", pool, day, lines, "Pool & Windows")
            for day in self.dates(closing, closing, lambda: 7):
                self.job("raman", pool, day, [("Pool Closing", one, self.price("Pool Closing", day))], "Pool & Windows")

        # client1 has more than the routine coming up.
        for offset, lines in (
            (5, [("Window Washing", Decimal(18), self.price("Window Washing", self.today))]),
            (9, [("Deep Clean", one, self.price("Deep Clean", self.today, 29000)),
                 ("Inside Fridge & Oven", one, self.price("Inside Fridge & Oven", self.today))]),
        ):
            day = self.today + days(offset)
            if day.weekday() == 6:
                day += days(1)
            self.job("reyes", home if offset == 5 else mother, day, lines,
                     "Pool & Windows" if offset == 5 else "Team Blue",
                     slots=((10, 0), (11, 0), (13, 0), (9, 0)), status=JobStatus.PENDING)

    def plan_today(self) -> None:
        """Today is hand-made, as seen at 12:30: field1 has four jobs in order, field2 is on the way."""
        one, today = Decimal(1), self.today
        pm40, pm12 = self.plan.properties["pm40"], self.plan.properties["pm12"]
        already = len(self.plan.jobs)

        def fix(plan: JobPlan, times: Sequence[tuple[int, int]]) -> None:
            """Pin the status times (local hh:mm) of a job of today: on the way, started, finished."""
            moments = [utc(today, hour, minute) for hour, minute in times]
            plan.on_the_way_at = moments[0] if len(moments) > 0 else None
            plan.started_at = moments[1] if len(moments) > 1 else None
            plan.finished_at = moments[2] if len(moments) > 2 else None

        def turnover(index: int) -> list[Line]:
            return [("Turnover Clean", one, story.TURNOVER_PRICE[self.bedrooms[id(pm40[index])]])]

        def standard(index: int) -> list[Line]:
            return [("Standard Clean", one, story.STANDARD_PRICE[self.bedrooms[id(pm12[index])]])]

        first = self.job("pm40", pm40[0], today, [*turnover(0), ("Laundry add-on", Decimal(2), 2500)], "Team Blue",
                         slot=(8, 0), crew=["maria"], status=JobStatus.FINISHED)
        fix(first, ((7, 38), (7, 58), (10, 5)))
        first.client_notes = "Same-day check-in at 3pm — please finish early."
        second = self.job("pm40", pm40[1], today, turnover(1), "Team Blue", slot=(10, 45), crew=["maria", "ana"],
                          status=JobStatus.STARTED)
        fix(second, ((10, 15), (10, 47)))
        self.job("pm12", pm12[3], today, standard(3), "Team Blue", slot=(13, 15), crew=["maria"],
                 status=JobStatus.PENDING)
        self.job("pm40", pm40[2], today, turnover(2), "Team Blue", slot=(16, 0), crew=["maria"],
                 status=JobStatus.PENDING)
        cancelled = self.job("pm40", pm40[4], today, turnover(4), "Team Blue", slot=(11, 0), crew=["kevin"],
                             status=JobStatus.CANCELLED)
        cancelled.cancelled_at = utc(today - timedelta(days=1), 17, 20)
        cancelled.cancel_reason = "Guest extended stay by two nights."
        office = self.job("bluestone", self.plan.properties["bluestone"][0], today,
                          [("Office Cleaning", one, SPEC["Office Cleaning"].price_cents)], "Team Green", slot=(8, 0),
                          crew=["tomasz"], status=JobStatus.FINISHED)
        fix(office, ((7, 35), (7, 55), (10, 20)))
        on_the_way = self.job("park", self.plan.properties["park"][0], today, [("Standard Clean", one, 13500)],
                              "Team Green", slot=(12, 45), crew=["tomasz"], status=JobStatus.ON_THE_WAY)
        fix(on_the_way, ((12, 10),))
        self.job("pm12", pm12[5], today, standard(5), "Team Green", slot=(15, 30), crew=["tomasz"],
                 status=JobStatus.PENDING)
        for plan in self.plan.jobs[already:]:
            plan.created_at = min(plan.created_at, utc(today - timedelta(days=2), 15))

    # -- billing

    def invoice(self, key: str, jobs: list[JobPlan], at: datetime, *, draft: bool = False) -> InvoicePlan:
        last_done = max(job.finished_at or job.start for job in jobs)
        invoice = InvoicePlan(key, jobs, max(at, last_done + timedelta(minutes=10)), draft=draft)
        self.plan.invoices.append(invoice)
        return invoice

    def finished(self, key: str) -> list[JobPlan]:
        return [job for job in self.plan.jobs if job.customer == key and job.status is JobStatus.FINISHED]

    def per_job(self, key: str) -> list[InvoicePlan]:
        """One invoice per finished job, issued at 6pm the day of the job; today's are still drafts."""
        return [self.invoice(key, [job], utc(job.day, 18) if job.day < self.today else self.now - timedelta(minutes=20),
                             draft=job.day >= self.today)
                for job in self.finished(key)]

    def external_id(self, prefix: str) -> str:
        while True:
            candidate = prefix + "".join(self.rng.choices(string.ascii_letters + string.digits, k=24))
            if candidate not in self.used_external_ids:
                self.used_external_ids.add(candidate)
                return candidate

    def pay(self, key: str, invoices: Sequence[InvoicePlan], method: PaymentMethod, at: datetime, *,
            amount: int | None = None, status: TransactionStatus = TransactionStatus.COMPLETED,
            batch: BatchPlan | None = None, note: str | None = None, reported_by: str | None = None,
            ) -> PaymentPlan | None:
        """A payment over `invoices` oldest first; nothing when it would be after the demo's now."""
        at = max(at, *(invoice.at + timedelta(minutes=5) for invoice in invoices))
        if batch is not None:
            at = max(at, batch.at + timedelta(minutes=5))
        if at > self.now:
            return None
        open_ones = [invoice for invoice in invoices if invoice.balance > 0]
        if amount is None:
            amount = sum(invoice.balance for invoice in open_ones)
        if amount <= 0:
            return None
        if status is TransactionStatus.COMPLETED:
            left = amount
            for invoice in open_ones:
                applied = min(left, invoice.balance)
                invoice.paid += applied
                left -= applied
        fee = 0
        if status is not TransactionStatus.FAILED and method in (PaymentMethod.CARD, PaymentMethod.ACH):
            kind = "card" if method is PaymentMethod.CARD else "ach"
            fee = processing_fee(amount, Decimal(str(story.COMPANY[f"{kind}_fee_percent"])),
                                 int(story.COMPANY[f"{kind}_fee_fixed_cents"]))
        external_id = {PaymentMethod.CARD: "pi_", PaymentMethod.ACH: "py_"}.get(method)
        reference = {
            PaymentMethod.CHECK: f"Check #{self.rng.randint(1001, 4999)}",
            PaymentMethod.ZELLE: f"Zelle {self.rng.randint(10**9, 10**10 - 1)}",
            PaymentMethod.BANK_TRANSFER: f"Wire {self.rng.randint(10**7, 10**8 - 1)}",
        }.get(method)
        payment = PaymentPlan(key, method, status, amount, fee, at, list(open_ones), batch, reference,
                              self.external_id(external_id) if external_id else None, note, reported_by)
        self.plan.payments.append(payment)
        return payment

    def plan_billing(self) -> None:
        rng, days, plan = self.rng, timedelta, self.plan
        CARD, ACH, CASH, CHECK, ZELLE = (PaymentMethod.CARD, PaymentMethod.ACH, PaymentMethod.CASH,
                                         PaymentMethod.CHECK, PaymentMethod.ZELLE)
        this_month = month_start(self.today)

        # Metro Nest: an invoice per turnover, gathered into a batch each month and paid by ACH.
        by_month: dict[date, list[InvoicePlan]] = defaultdict(list)
        for invoice in self.per_job("pm40"):
            by_month[month_start(invoice.jobs[0].day)].append(invoice)
        for month in sorted(by_month):
            if month >= this_month:
                continue
            batch = BatchPlan("pm40", utc(month_start(month, 1), 9), f"Turnovers in {month:%B %Y}", by_month[month])
            plan.batches.append(batch)
            if month == month_start(this_month, -1):
                total = sum(invoice.balance for invoice in batch.invoices)
                part = max(10000, total * 55 // 100 // 10000 * 10000)
                when = self.on(min(month_start(month, 1) + days(6), self.today), 10)
                self.pay("pm40", batch.invoices, PaymentMethod.BANK_TRANSFER, when, amount=min(part, total - 1),
                         batch=batch, note="Partial payment; balance with next week's owner payouts.")
            else:
                self.pay("pm40", batch.invoices, ACH, self.on(month_start(month, 1) + days(rng.randint(7, 12))),
                         batch=batch)

        # Harborview: one statement a month for all units, paid late by check.
        months: dict[date, list[JobPlan]] = defaultdict(list)
        for job in self.finished("pm12"):
            months[month_start(job.day)].append(job)
        statements: list[InvoicePlan] = []
        for month in sorted(months):
            issued = month_start(month, 1)
            statement = self.invoice("pm12", months[month], utc(issued, 10) if issued <= self.today else
                                     self.now - timedelta(minutes=10), draft=issued > self.today)
            statement.notes = f"Statement for {month:%B %Y}."
            if not statement.draft:
                statements.append(statement)
        for index, invoice in enumerate(statements):
            age = len(statements) - index
            issued_day = local_day(invoice.at)
            if age == 1:
                continue  # last month's: open
            if age == 2:
                self.pay("pm12", [invoice], CHECK, self.on(issued_day + days(25)),
                         amount=invoice.balance // 2 // 100 * 100, note="Partial — disputes part of the statement.")
            else:
                self.pay("pm12", [invoice], CHECK, self.on(issued_day + days(rng.randint(28, 40))))

        # Jordan Reyes (client1): card autopay, one decline, one Zelle the client reported and the office
        # approved, and the latest reported this morning, waiting for approval.
        reyes = [invoice for invoice in self.per_job("reyes") if not invoice.draft]
        for index, invoice in enumerate(reyes):
            when = self.on(local_day(invoice.at) + days(rng.randint(0, 1)), 19)
            if index == len(reyes) - 1:
                self.pay("reyes", [invoice], ZELLE, self.now - timedelta(hours=3),
                         status=TransactionStatus.TO_APPROVAL, reported_by="client1")
            elif index == len(reyes) // 2:
                self.pay("reyes", [invoice], CARD, when, status=TransactionStatus.FAILED,
                         note="Card declined (card_declined: insufficient_funds).")
                self.pay("reyes", [invoice], CARD, when + days(2), note="Retried with a new card in the portal.")
            elif index == len(reyes) - 4:
                zelle = self.pay("reyes", [invoice], ZELLE, when, status=TransactionStatus.TO_APPROVAL,
                                 reported_by="client1")
                if zelle is not None:
                    zelle.approved_at = when + days(1)
                    invoice.paid = invoice.total_cents
            else:
                self.pay("reyes", [invoice], CARD, when)

        # Eleanor Park: mailed checks; the newest one hasn't cleared.
        planned = [(invoice, self.on(local_day(invoice.at) + days(rng.randint(5, 12))))
                   for invoice in self.per_job("park") if not invoice.draft]
        in_time = [pair for pair in planned if pair[1] <= self.now]
        for invoice, when in in_time:
            pending = (invoice, when) == in_time[-1]
            self.pay("park", [invoice], CHECK, when,
                     status=TransactionStatus.PENDING if pending else TransactionStatus.COMPLETED,
                     note="Deposited; waiting for it to clear." if pending else None)

        # Marcus & Tanya Bell: Zelle the same day, sometimes cash.
        for invoice in self.per_job("bell"):
            if not invoice.draft:
                method = CASH if rng.random() < 0.3 else ZELLE
                self.pay("bell", [invoice], method, self.on(local_day(invoice.at), 19) + days(hours=1),
                         note="Cash on the counter, counted with Tanya on video." if method is CASH else None)

        # Derek Lyle: cash, late; two overdue, one partly paid.
        lyle = [invoice for invoice in self.per_job("lyle") if not invoice.draft]
        for index, invoice in enumerate(lyle):
            age = len(lyle) - index
            if age in (1, 3):
                continue
            if age == 2:
                self.pay("lyle", [invoice], CASH, self.on(local_day(invoice.at) + days(12)), amount=6000,
                         note="Paid $60 toward it; rest 'next week'.")
            else:
                self.pay("lyle", [invoice], CASH, self.on(local_day(invoice.at) + days(rng.randint(10, 20))))

        # Sofia Marchetti: card; the move-out invoice was charged, refunded, voided and issued again.
        for invoice in self.per_job("marchetti"):
            if invoice.jobs[0] is self.move_out:
                plan.invoices.remove(invoice)
                continue
            self.pay("marchetti", [invoice], CARD, self.on(local_day(invoice.at), 20))
        move_out_day = self.move_out.day
        wrong = self.invoice("marchetti", [self.move_out], utc(move_out_day, 18))
        charge = self.pay("marchetti", [wrong], CARD, self.on(move_out_day, 20),
                          status=TransactionStatus.REFUNDED,
                          note="Refunded: the invoice went out before the carpet rooms were confirmed (re-issued).")
        assert charge is not None
        wrong.void = (self.on(move_out_day + days(2), 11), "Carpet rooms not confirmed with the client; re-issued.")
        fixed = self.invoice("marchetti", [self.move_out], wrong.void[0] + days(minutes=30))
        fixed.notes = "Corrected invoice — replaces the move-out invoice; the first charge was refunded."
        self.pay("marchetti", [fixed], CARD, self.on(move_out_day + days(3), 9))
        plan.archived["marchetti"] = self.ago(100, 16)

        # Kyle Brennan: paid at first, then vanished; the last two written off.
        brennan = self.per_job("brennan")
        for index, invoice in enumerate(brennan):
            age = len(brennan) - index
            if age == 2:
                self.pay("brennan", [invoice], CASH, self.on(local_day(invoice.at) + days(20)), amount=8000,
                         note="Partial cash payment; promised the rest.")
            if age <= 2:
                invoice.bad_debt = (self.ago(120, 15), "Written off after three collection calls and a letter.")
            else:
                self.pay("brennan", [invoice], CHECK if index % 2 else CASH,
                         self.on(local_day(invoice.at) + days(rng.randint(3, 9))))
        plan.archived["brennan"] = self.ago(119, 10)

        # Bluestone Dental: ACH a few days after each invoice; the newest is still settling; one overpayment.
        planned = [(invoice, self.on(local_day(invoice.at) + days(rng.randint(3, 8))))
                   for invoice in self.per_job("bluestone") if not invoice.draft]
        in_time = [pair for pair in planned if pair[1] <= self.now]
        overpaid = in_time[len(in_time) // 2][0] if in_time else None
        for invoice, when in in_time:
            if invoice is overpaid:
                amount = (invoice.balance // 10000 + 1) * 10000
                self.pay("bluestone", [invoice], CHECK, when, amount=amount,
                         note="Overpaid — the difference is credit on account.")
                continue
            pending = (invoice, when) == in_time[-1]
            self.pay("bluestone", [invoice], ACH, when,
                     status=TransactionStatus.PENDING if pending else TransactionStatus.COMPLETED)

        # Priya Raman (pool): one Zelle at the start of each month for everything open.
        months_open: dict[date, list[InvoicePlan]] = defaultdict(list)
        for invoice in self.per_job("raman"):
            if not invoice.draft:
                months_open[month_start(local_day(invoice.at))].append(invoice)
        for month in sorted(months_open):
            self.pay("raman", months_open[month], ZELLE, self.on(month_start(month, 1) + days(1), 19))
