"""Demo data: one believable cleaning company with a year of history and the next two weeks of work.

`seed_demo(session)` builds Sparkle & Shine Cleaning Co. in Brooklyn: two property managers (12 and 40
properties), residential clients, a dental office, a pool client, a crew of employees in teams, a service
catalog with checklists, ~600 jobs in every status with their status history, invoices in every status
(per job, monthly statements, monthly batches), transactions of every method and status with their
allocations, portal users, notifications and the office's notes, tags, reminders, notices and activity.

Transactions: the function only adds and flushes on the given session; **the caller commits** (e.g.
``async with app.database.transaction(factory) as session: await seed_demo(session)``). So the whole seed
is one transaction: an error halfway leaves nothing behind. A transaction-scoped advisory lock serialises
concurrent seeders.

Idempotent: when the company row or a user named ``owner`` already exists nothing is written and the
report says ``already_seeded``. Deterministic: a fixed ``random.Random`` seed, and every timestamp is
relative to ``today`` (default: today in the company's time zone) with the demo's "now" pinned at 12:30
local time, so two runs for the same day produce the same rows.

Money goes through `resolvers.billing.arithmetic` only. A transaction's ``amount_cents`` is what is
applied to invoices (plus any credit); ``fee_cents`` is the processing fee on that amount (card / ACH).
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col

from models import (
    Activity,
    Allocation,
    Batch,
    ChecklistItem,
    ChecklistTemplateItem,
    Company,
    Contact,
    Customer,
    CustomerTag,
    Employee,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    Job,
    JobAssignment,
    JobLine,
    JobStatusChange,
    Note,
    Notice,
    Notification,
    PaymentTransaction,
    Property,
    Reminder,
    Service,
    Tag,
    Team,
    TeamMember,
    User,
    UserProperty,
)
from models.base import Base
from models.enums import (
    BatchStatus,
    ContactRole,
    CustomerKind,
    CustomerStatus,
    InvoiceStatus,
    JobStatus,
    NoteVisibility,
    NotificationKind,
    PaymentMethod,
    PropertyType,
    Role,
    TransactionStatus,
)
from models.money import Money
from resolvers.billing.arithmetic import (
    LineInput,
    Totals,
    invoice_totals,
    line_amount,
    processing_fee,
    spread_payment,
    status_for_payment,
)

__all__ = ["DEMO_USERNAMES", "DemoReport", "seed_demo"]

SEED = 20_240_917
COMPANY_NAME = "Sparkle & Shine Cleaning Co."
TIME_ZONE = "America/New_York"
TZ = ZoneInfo(TIME_ZONE)
# pg_advisory_xact_lock key: two seeders at once wait for each other instead of both seeding.
_LOCK_KEY = 0x5EED_DE30
DEMO_USERNAMES = ("owner", "office", "field1", "field2", "pm1", "pm1-site", "client1")
_HISTORY_DAYS = 365
_LOOKAHEAD_DAYS = 14


# --------------------------------------------------------------------------------------------- report


@dataclass(frozen=True, slots=True)
class DemoReport:
    """Rows of each kind in the database after the call (whether just created or already there)."""

    customers: int
    properties: int
    jobs: int
    invoices: int
    batches: int
    transactions: int
    users: int
    already_seeded: bool = False

    def lines(self) -> list[str]:
        head = (
            "Demo data already present: nothing changed."
            if self.already_seeded
            else f"Demo data created for {COMPANY_NAME}"
        )
        counts = [
            f"  {name:<13}{getattr(self, name):>5}"
            for name in ("customers", "properties", "jobs", "invoices", "batches", "transactions", "users")
        ]
        hint = (
            "  sign in as " + ", ".join(DEMO_USERNAMES)
            + " (the one-time code goes to <username>@example.com)"
        )
        return [head, *counts, hint]


_COUNTED: dict[str, type[SQLModel]] = {
    "customers": Customer,
    "properties": Property,
    "jobs": Job,
    "invoices": Invoice,
    "batches": Batch,
    "transactions": PaymentTransaction,
    "users": User,
}


async def _report(session: AsyncSession, *, already_seeded: bool) -> DemoReport:
    columns = [
        sa.select(sa.func.count()).select_from(model).scalar_subquery().label(name)
        for name, model in _COUNTED.items()
    ]
    row = (await session.execute(sa.select(*columns))).one()
    return DemoReport(**{name: int(row._mapping[name]) for name in _COUNTED}, already_seeded=already_seeded)


async def _is_seeded(session: AsyncSession) -> bool:
    company = sa.select(col(Company.id)).limit(1)
    owner = sa.select(col(User.id)).where(col(User.username) == "owner").limit(1)
    found = (await session.execute(sa.select(sa.exists(company) | sa.exists(owner)))).scalar_one()
    return bool(found)


async def seed_demo(session: AsyncSession, *, today: date | None = None) -> DemoReport:
    """Create the demo company and its year of history in the session's transaction; the caller commits.

    Returns the counts now in the database; `already_seeded` (and nothing written) when the company or
    the `owner` user exists. `today` defaults to today's date in America/New_York.
    """
    await session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    if await _is_seeded(session):
        return await _report(session, already_seeded=True)
    await _Demo(session, today or datetime.now(TZ).date()).build()
    return await _report(session, already_seeded=False)


# ------------------------------------------------------------------------------------------- helpers


def _utc(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in the company's time zone, as an aware UTC datetime."""
    return datetime.combine(day, time(hour, minute), tzinfo=TZ).astimezone(UTC)


def _local_day(moment: datetime) -> date:
    return moment.astimezone(TZ).date()


def _phone(raw: str) -> str:
    """However it was typed, E.164 (+1…)."""
    return phonenumbers.format_number(phonenumbers.parse(raw, "US"), phonenumbers.PhoneNumberFormat.E164)


def _id(row: Base) -> int:
    assert row.id is not None, "flush before reading ids"
    return row.id


def _month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _dollars(cents: int) -> str:
    return f"${Money(cents, 'USD').amount:,}"


@dataclass(frozen=True, slots=True)
class _ServiceSpec:
    name: str
    description: str
    price_cents: int
    taxable: bool
    minutes: int
    """Time on site per unit (0: done alongside, e.g. laundry while cleaning)."""
    checklist: tuple[tuple[str, bool], ...] = ()


SERVICES: tuple[_ServiceSpec, ...] = (
    _ServiceSpec(
        "Standard Clean", "Recurring clean of kitchen, bathrooms, floors and surfaces.",
        14500, True, 150, (
        ("Kitchen counters, sink & stovetop", True),
        ("Bathrooms scrubbed & disinfected", True),
        ("Vacuum & mop all floors", True),
        ("Dust reachable surfaces", False),
        ("Empty all trash & replace liners", False),
    )),
    _ServiceSpec(
        "Deep Clean", "Top-to-bottom clean including baseboards, grout and fixtures.",
        28500, True, 270, (
        ("Baseboards & door frames wiped", True),
        ("Grout scrubbed in showers", True),
        ("Inside microwave", False),
        ("Light fixtures & vents dusted", False),
        ("Behind & under furniture", False),
    )),
    _ServiceSpec(
        "Move-out Clean", "Empty-unit clean for the end of a lease; inside every cabinet.",
        39500, True, 330, (
        ("Inside all cabinets & drawers", True),
        ("Inside oven & fridge", True),
        ("Closets emptied & wiped", True),
        ("Walls spot-cleaned", False),
        ("Final walkthrough photos", True),
    )),
    _ServiceSpec(
        "Turnover Clean", "Short-term rental turnover between guests, linens and restock.",
        12500, True, 120, (
        ("Strip & remake beds with fresh linen", True),
        ("Restock toiletries, coffee & paper goods", True),
        ("Report damage or missing items", True),
        ("Photo of every room after cleaning", True),
        ("Reset thermostat & lock up", False),
    )),
    _ServiceSpec("Office Cleaning", "Offices, restrooms and break room after hours.", 22000, True, 150, (
        ("Empty trash & recycling", True),
        ("Sanitize restrooms", True),
        ("Disinfect door handles & light switches", True),
        ("Wipe reception desk & break room", False),
        ("Vacuum carpets", False),
    )),
    _ServiceSpec(
        "Window Washing", "Per window, inside and reachable outside, sills and screens.",
        1800, True, 6, (
        ("Interior glass & sills", True),
        ("Exterior glass (reachable)", False),
        ("Screens wiped", False),
    )),
    _ServiceSpec("Carpet Shampoo", "Per room: pre-treatment and hot-water extraction.", 4500, True, 30, (
        ("Pre-treat stains", True),
        ("Extraction pass", True),
        ("Fans set for drying", False),
    )),
    _ServiceSpec("Laundry add-on", "Per load: wash, dry and fold while we clean.", 2500, True, 0, (
        ("Wash, dry & fold", False),
    )),
    _ServiceSpec("Inside Fridge & Oven", "Add-on: inside the fridge and the oven.", 4000, True, 40),
    _ServiceSpec("Pool Maintenance", "Weekly skim, vacuum, brush and water chemistry.", 9500, False, 60, (
        ("Skim surface & vacuum floor", True),
        ("Test & balance chemistry", True),
        ("Empty skimmer & pump baskets", True),
        ("Brush walls & tile line", False),
        ("Backwash filter if pressure is high", False),
    )),
    _ServiceSpec("Pool Chemicals", "Chlorine, shock and balancers used this visit.", 3800, True, 0),
    _ServiceSpec(
        "Pool Opening", "Spring opening: cover off, equipment start-up, first balance.",
        35000, False, 180, (
        ("Cover removed, cleaned & stored", True),
        ("Pump & filter started, no leaks", True),
    )),
    _ServiceSpec("Pool Closing", "Autumn closing: winterize lines, cover on.", 32500, False, 180, (
        ("Lines blown out & plugged", True),
        ("Winter cover secured", True),
    )),
)

# (city, ZIP, streets, Queens-style hyphenated house numbers)
NEIGHBORHOODS: dict[str, tuple[str, str, tuple[str, ...], bool]] = {
    "Williamsburg": ("Brooklyn", "11211", ("Bedford Ave", "Berry St", "Wythe Ave", "N 6th St"), False),
    "Greenpoint": ("Brooklyn", "11222", ("Manhattan Ave", "Franklin St", "Nassau Ave", "India St"), False),
    "Bushwick": ("Brooklyn", "11237", ("Knickerbocker Ave", "Troutman St", "Wyckoff Ave", "Starr St"), False),
    "Park Slope": ("Brooklyn", "11215", ("7th Ave", "5th Ave", "Union St", "Carroll St"), False),
    "Prospect Heights": ("Brooklyn", "11238", ("Vanderbilt Ave", "St Marks Ave", "Sterling Pl"), False),
    "Bed-Stuy": ("Brooklyn", "11216", ("Halsey St", "Macon St", "Jefferson Ave", "Tompkins Ave"), False),
    "Astoria": ("Astoria", "11102", ("30th Ave", "Ditmars Blvd", "Crescent St", "21st St"), True),
    "Long Island City": ("Long Island City", "11101", ("Vernon Blvd", "Jackson Ave", "44th Dr"), True),
    "East Village": ("New York", "10009", ("Avenue B", "E 7th St", "E 10th St", "Avenue A"), False),
    "Lower East Side": ("New York", "10002", ("Orchard St", "Ludlow St", "Rivington St"), False),
    "Harlem": ("New York", "10027", ("W 126th St", "Frederick Douglass Blvd", "W 121st St"), False),
}

RENTAL_STYLES = ("Loft", "Studio", "Garden Suite", "Brownstone Flat", "Skyline 2BR", "Artist Loft",
                 "Parlor Floor", "Penthouse", "Railroad Flat", "Corner Suite")
BEDROOM_LABEL = {0: "Studio, sleeps 2", 1: "1BR/1BA, sleeps 3", 2: "2BR/1BA, sleeps 5",
                 3: "3BR/2BA, sleeps 7"}
TURNOVER_PRICE = {0: 11000, 1: 12500, 2: 16500, 3: 21000}
STANDARD_PRICE = {0: 12500, 1: 14500, 2: 17500, 3: 21000}
SUPERS = ("Ramón", "Eddie", "Mrs. Kowalczyk", "Vinny", "Joanne")

PROPERTY_INTERNAL_NOTES = (
    "Owner is slow to pay — call before 10am.",
    "Guests left wine stains on the sofa twice — photograph everything on arrival.",
    "Dishwasher leaks; don't run it. PM knows (their ticket #4471).",
    "Alarm panel disarm 1234 — DO NOT share with guests.",
    "Neighbor in 2R complains about vacuuming before 9am.",
    "Book an extra 30 min: two flights of stairs, no elevator, heavy supplies.",
    "Alternate side parking Tue/Fri 9-10:30; use the lot on Kent St and expense it.",
    "Fragile: antique mirror in the hall is not bolted to the wall.",
)
CLIENT_JOB_NOTES = (
    "Guests check in at 4pm — please finish by 3.",
    "Please water the plants by the window.",
    "Focus on the kitchen this time, we had a party.",
    "Extra towels are in the hall closet.",
    "Leave the spare key in the lockbox, not under the mat.",
    "Please use the fragrance-free products.",
)
INTERNAL_JOB_NOTES = (
    "Bring the HEPA vacuum — cat allergy.",
    "Last visit ran 40 minutes over; plan for it.",
    "Confirm the lockbox code by text before leaving the office.",
    "Client disputed the last window count — count with them.",
    "New crew member shadowing.",
)
CANCEL_REASONS = (
    "Guest extended stay.",
    "Client cancelled — out of town.",
    "Rescheduled by client.",
    "Snowstorm — office closed.",
)
SLOTS = ((8, 0), (8, 30), (9, 0), (10, 0), (11, 0), (12, 30), (13, 0), (14, 0), (15, 0))


# ---------------------------------------------------------------------------------------------- plans


@dataclass(eq=False)
class _JobPlan:
    customer: Customer
    prop: Property
    start: datetime
    status: JobStatus
    team: Team
    crew: list[Employee]
    lines: list[tuple[str, Decimal, int]]
    """(service name, quantity, unit price in cents)"""
    client_notes: str | None = None
    internal_notes: str | None = None
    created_at: datetime | None = None
    on_the_way_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None
    row: Job | None = None

    @property
    def day(self) -> date:
        return _local_day(self.start)


@dataclass(eq=False)
class _LinePlan:
    description: str
    quantity: Decimal
    unit_price_cents: int
    taxable: bool
    job: _JobPlan | None


@dataclass(eq=False)
class _BatchPlan:
    customer: Customer
    issued_on: date
    notes: str
    invoices: list[_InvPlan] = field(default_factory=list)
    row: Batch | None = None

    def status(self) -> BatchStatus:
        paid = [invoice.paid for invoice in self.invoices]
        if all(invoice.balance <= 0 for invoice in self.invoices):
            return BatchStatus.PAID
        return BatchStatus.PARTIALLY_PAID if any(paid) else BatchStatus.OPEN


@dataclass(eq=False)
class _InvPlan:
    customer: Customer
    prop: Property | None
    jobs: list[_JobPlan]
    lines: list[_LinePlan]
    issued_on: date | None
    due_on: date | None
    totals: Totals
    paid: int = 0
    """Completed allocations so far."""
    fixed_status: InvoiceStatus | None = None
    """DRAFT, VOID or BAD_DEBT; otherwise the status follows the payments."""
    batch: _BatchPlan | None = None
    notes: str | None = None
    internal_notes: str | None = None
    voided_at: datetime | None = None
    bad_debt_at: datetime | None = None
    corrects: _InvPlan | None = None
    number: int = 0
    row: Invoice | None = None

    @property
    def balance(self) -> int:
        return self.totals.total_cents - self.paid

    def status(self) -> InvoiceStatus:
        return self.fixed_status or status_for_payment(self.totals.total_cents, self.paid)


@dataclass(eq=False)
class _TxnPlan:
    customer: Customer
    method: PaymentMethod
    status: TransactionStatus
    amount_cents: int
    fee_cents: int
    occurred_at: datetime
    allocations: list[tuple[_InvPlan, int]]
    credit_cents: int
    batch: _BatchPlan | None = None
    reference: str | None = None
    external_id: str | None = None
    note: str | None = None
    reported_by_client: bool = False
    recorded_by: User | None = None
    row: PaymentTransaction | None = None


# -------------------------------------------------------------------------------------------- builder


class _Demo:
    """Builds the demo in memory kind by kind, inserting each kind with one flush."""

    def __init__(self, session: AsyncSession, today: date) -> None:
        self.session = session
        self.today = today
        self.rng = random.Random(SEED)
        self.now = _utc(today, 12, 30)
        self.first_day = today - timedelta(days=_HISTORY_DAYS)
        self.last_day = today + timedelta(days=_LOOKAHEAD_DAYS)
        self.company = Company(
            name=COMPANY_NAME,
            email="hello@example.com",
            phone=_phone("(718) 555-0100"),
            website="https://sparkleandshine.example.com",
            address_line1="214 Franklin St",
            address_line2="Ground Floor",
            city="Brooklyn",
            region="NY",
            postal_code="11222",
            country="US",
            time_zone=TIME_ZONE,
            currency="USD",
            tax_rate=Decimal("8.875"),
            card_fee_percent=Decimal("2.9"),
            card_fee_fixed_cents=30,
            ach_fee_percent=Decimal("0.8"),
            ach_fee_fixed_cents=0,
            invoice_prefix="SS-",
            next_invoice_number=1001,
            next_batch_number=1,
            payment_terms_days=30,
            notify_clients_job_completed=True,
            created_at=_utc(self.first_day - timedelta(days=60), 10),
            updated_at=_utc(self.first_day - timedelta(days=60), 10),
        )
        self.pending: list[SQLModel] = []
        self.services: dict[str, Service] = {}
        self.specs: dict[str, _ServiceSpec] = {spec.name: spec for spec in SERVICES}
        self.service_templates: dict[str, list[ChecklistTemplateItem]] = defaultdict(list)
        self.property_templates: dict[int, list[ChecklistTemplateItem]] = defaultdict(list)
        self.employees: dict[str, Employee] = {}
        self.teams: dict[str, Team] = {}
        self.members: dict[str, list[Employee]] = {}
        self.users: dict[str, User] = {}
        self.employee_users: dict[int, User] = {}
        self.customers: dict[str, Customer] = {}
        self.properties: dict[str, list[Property]] = {}
        self.bedrooms: dict[int, int] = {}
        self.tags: dict[str, Tag] = {}
        self.jobs: list[_JobPlan] = []
        self.invoices: list[_InvPlan] = []
        self.batches: list[_BatchPlan] = []
        self.txns: list[_TxnPlan] = []
        self.used_external_ids: set[str] = set()
        self.busy: dict[tuple[int, date], list[tuple[datetime, datetime]]] = defaultdict(list)

    # -- small tools

    def stamp(self, moment: datetime) -> dict[str, Any]:
        return {"created_at": moment, "updated_at": moment}

    def ago(self, days: int, hour: int = 10, minute: int = 0) -> datetime:
        return _utc(self.today - timedelta(days=days), hour, minute)

    def add(self, *rows: SQLModel) -> None:
        self.session.add_all(rows)

    async def bulk(self, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        """Rows whose ids nobody needs: one multi-row INSERT, no unit-of-work bookkeeping."""
        if rows:
            await self.session.execute(sa.insert(model), rows)

    async def flush(self) -> None:
        await self.session.flush()

    def office_time(self, day: date) -> datetime:
        return _utc(day, self.rng.randint(9, 16), self.rng.choice((0, 10, 20, 30, 40, 50)))

    def address(self, hood: str) -> tuple[str, str, str]:
        """(line 1, city, ZIP) on a believable street of the neighbourhood."""
        city, zip_code, streets, queens = NEIGHBORHOODS[hood]
        street = self.rng.choice(streets)
        if queens:
            number = f"{self.rng.randint(18, 45)}-{self.rng.randint(10, 98):02d}"
        else:
            number = str(self.rng.randint(12, 480))
        return f"{number} {street}", city, zip_code

    def code(self) -> str:
        return f"{self.rng.randint(1000, 9999)}"

    def external_id(self, prefix: str) -> str:
        while True:
            candidate = prefix + "".join(self.rng.choices(string.ascii_letters + string.digits, k=24))
            if candidate not in self.used_external_ids:
                self.used_external_ids.add(candidate)
                return candidate

    # -- the build

    async def build(self) -> None:
        await self.staff_and_catalog()
        await self.customers_and_properties()
        await self.sign_in_users()
        self.plan_jobs()
        await self.insert_jobs()
        self.plan_billing()
        await self.insert_billing()
        await self.crm_and_notifications()
        self.company.next_invoice_number = max((i.number for i in self.invoices), default=1000) + 1
        self.company.next_batch_number = len(self.batches) + 1
        self.add(self.company)
        await self.flush()

    async def staff_and_catalog(self) -> None:
        since = self.stamp(self.company.created_at)
        for spec in SERVICES:
            self.services[spec.name] = Service(
                name=spec.name, description=spec.description, default_price_cents=spec.price_cents,
                taxable=spec.taxable, active=True, **since,
            )
        people = (
            ("maria", "Maria Gonzalez", "(917) 555-0121", True),
            ("tomasz", "Tomasz Nowak", "917-555-0122", True),
            ("kevin", "Kevin Okafor", "347.555.0123", True),
            ("ana", "Ana Lucía Pérez", "(646) 555-0124", True),
            ("shanice", "Shanice Williams", "718 555 0125", True),
            ("luis", "Luis Ortega", "+1 917 555 0126", True),
            ("grace", "Grace Kim", "(929) 555-0127", True),
            ("brian", "Brian Costa", "(718) 555-0128", False),
        )
        for key, name, phone, active in people:
            ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            email = ascii_name.lower().replace(" ", ".") + "@example.com"
            self.employees[key] = Employee(name=name, email=email, phone=_phone(phone), active=active,
                                           **since)
        team_names = ("Team Blue", "Team Green", "Pool & Windows")
        self.teams = {name: Team(name=name, **since) for name in team_names}
        self.add(*self.services.values(), *self.employees.values(), *self.teams.values())
        await self.flush()

        self.members = {
            "Team Blue": [self.employees[k] for k in ("maria", "kevin", "ana")],
            "Team Green": [self.employees[k] for k in ("tomasz", "shanice", "grace")],
            "Pool & Windows": [self.employees[k] for k in ("luis", "grace")],
        }
        for team_name, crew in self.members.items():
            team_id = _id(self.teams[team_name])
            self.add(*(TeamMember(team_id=team_id, employee_id=_id(e), **since) for e in crew))
        for spec in SERVICES:
            for position, (label, required) in enumerate(spec.checklist):
                item = ChecklistTemplateItem(service_id=_id(self.services[spec.name]), label=label,
                                             required=required, position=position, **since)
                self.service_templates[spec.name].append(item)
                self.add(item)

    async def customers_and_properties(self) -> None:
        rng = self.rng
        tag_colors = {
            "Property manager": "#2563eb", "Airbnb host": "#db2777", "VIP": "#ca8a04", "Net 30": "#0d9488",
            "Slow payer": "#dc2626", "Autopay": "#16a34a", "Commercial": "#7c3aed", "Pool": "#0891b2",
            "Do not service": "#111827",
        }
        self.tags = {name: Tag(name=name, color=color, **self.stamp(self.company.created_at))
                     for name, color in tag_colors.items()}

        customer_tags: dict[str, tuple[str, ...]] = {}

        def customer(key: str, days_ago: int, tags: Sequence[str], **values: Any) -> Customer:
            row = Customer(**values, **self.stamp(self.ago(days_ago, 11, 15)))
            self.customers[key] = row
            customer_tags[key] = tuple(tags)
            return row

        customer(
            "pm12", 420, ("Property manager", "Net 30", "Slow payer"),
            display_name="Harborview Property Management", billing_name="Harborview PM LLC",
            kind=CustomerKind.PROPERTY_MANAGER,
            emails=["harborview.office@example.com", "dennis.kowalski@example.com"],
            phones=[_phone("(718) 555-0134")],
            billing_address_line1="611 Manhattan Ave", billing_address_line2="Suite 3",
            billing_city="Brooklyn",
            billing_region="NY", billing_postal_code="11222", billing_country="US",
            internal_notes="Owner is slow to pay — call before 10am, never after 4. Checks arrive ~5 weeks "
                           "after the statement; Dennis disputes anything not on the work order.",
            customer_notes="Monthly statement on the 1st, net 30. Please put the unit number on every visit.",
        )
        customer(
            "pm40", 410, ("Property manager", "Airbnb host", "VIP", "Net 30"),
            display_name="Metro Nest Rentals", billing_name="Metro Nest Hospitality LLC",
            kind=CustomerKind.PROPERTY_MANAGER,
            emails=["metronest.ops@example.com", "ap.metronest@example.com"],
            phones=[_phone("212-555-0140"), _phone("(917) 555-0141")],
            billing_address_line1="147 Front St", billing_address_line2="Suite 400", billing_city="Brooklyn",
            billing_region="NY", billing_postal_code="11201", billing_country="US",
            internal_notes="Pays the monthly batch by ACH around the 10th. Turnovers are hard deadlines (4pm "
                           "check-in). Alicia prefers texts; escalate damage to her the same day.",
            customer_notes="Turnovers must be finished by 3:00 pm. Report damage with photos on the job "
                           "before leaving.",
        )
        customer(
            "reyes", 400, ("Autopay", "VIP"),
            display_name="Jordan Reyes", billing_name="Reyes Family Trust",
            emails=["jordan.reyes@example.com", "reyes.trust@example.com"],
            phones=[_phone("(917) 555-0148"), _phone("718.555.0119")],
            billing_address_line1="c/o Alvarez & Lin CPAs, 26 Court St", billing_address_line2="Suite 1200",
            billing_city="Brooklyn", billing_region="NY", billing_postal_code="11242", billing_country="US",
            internal_notes="Card on file (autopay). Prefers Maria's team — no new staff without a "
                           "walkthrough. Invoices go to the trust's accountant, Marisol.",
            customer_notes="Fragrance-free products please (asthma). Shoes off inside.",
        )
        customer(
            "park", 380, (),
            display_name="Eleanor Park", billing_name="Eleanor Park",
            emails=["eleanor.park@example.com"], phones=[_phone("718-555-0163")],
            billing_address_line1="58 Remsen St", billing_address_line2="Apt 4", billing_city="Brooklyn",
            billing_region="NY", billing_postal_code="11201", billing_country="US",
            internal_notes="Pays by mailed check; clears about a week later. Hard of hearing: knock loudly, "
                           "then call.",
            customer_notes="Please don't move the framed photos on the piano.",
        )
        customer(
            "bell", 370, (),
            display_name="Marcus Bell", billing_name="Tanya Bell",
            emails=["marcus.bell@example.com", "tanya.bell@example.com"], phones=[_phone("347 555 0172")],
            billing_address_line1="23-41 Ditmars Blvd", billing_address_line2="Apt 3F",
            billing_city="Astoria",
            billing_region="NY", billing_postal_code="11105", billing_country="US",
            internal_notes="Tanya pays by Zelle the same day; sometimes cash on the counter — count it "
                           "on camera.",
            customer_notes="Two cats: keep the bedroom door closed.",
        )
        customer(
            "lyle", 390, ("Slow payer",),
            display_name="Derek Lyle", billing_name=None,
            emails=["derek.lyle@example.com"], phones=[_phone("(646) 555-0177")],
            billing_address_line1="301 Troutman St", billing_address_line2="Loft 2", billing_city="Brooklyn",
            billing_region="NY", billing_postal_code="11237", billing_country="US",
            internal_notes="Cash only, always late. Works nights: don't call before noon. Collect the "
                           "overdue balance before the next clean.",
            customer_notes="Buzzer is broken — text when you arrive.",
        )
        customer(
            "marchetti", 400, (),
            display_name="Sofia Marchetti", billing_name="Sofia Marchetti",
            emails=["sofia.marchetti@example.com"], phones=[_phone("(646) 555-0181")],
            billing_address_line1="118 E 7th St", billing_address_line2="Apt 5C", billing_city="New York",
            billing_region="NY", billing_postal_code="10009", billing_country="US",
            internal_notes="Moved to Boston when the lease ended. Move-out invoice re-issued (carpet rooms "
                           "billed 4 instead of 2) and the card charge refunded.",
            customer_notes=None, status=CustomerStatus.ARCHIVED, portal_access=False,
        )
        customer(
            "brennan", 395, ("Do not service", "Slow payer"),
            display_name="Kyle Brennan", billing_name="Brennan Holdings LLC",
            emails=["kyle.brennan@example.com"], phones=[_phone("917 555 0186")],
            billing_address_line1="245 W 126th St", billing_city="New York", billing_region="NY",
            billing_postal_code="10027", billing_country="US",
            internal_notes="Stopped answering after his last clean; two invoices written off as bad debt. "
                           "Do not rebook without prepayment.",
            status=CustomerStatus.ARCHIVED, portal_access=False,
        )
        customer(
            "bluestone", 405, ("Commercial", "Net 30"),
            display_name="Bluestone Dental Group", billing_name="Bluestone Dental Group, PLLC",
            kind=CustomerKind.BUSINESS,
            emails=["frontdesk.bluestone@example.com", "billing.bluestone@example.com"],
            phones=[_phone("718 555 0190"), _phone("+1 (718) 555-0191")],
            billing_address_line1="142 Joralemon St", billing_address_line2="Suite 2B",
            billing_city="Brooklyn",
            billing_region="NY", billing_postal_code="11201", billing_country="US",
            internal_notes="Pays by ACH. Once overpaid by check — the credit is on account. Alarm code "
                           "is with Dr. Shah only.",
            customer_notes="Saturday mornings only — never during patient hours.",
        )
        customer(
            "raman", 385, ("Pool",),
            display_name="Priya Raman", billing_name="Priya & Arjun Raman",
            emails=["priya.raman@example.com"], phones=[_phone("(718) 555-0195")],
            billing_address_line1="150-22 12th Ave", billing_city="Whitestone", billing_region="NY",
            billing_postal_code="11357", billing_country="US",
            internal_notes="Gate latch sticks — lift and push. Biscuit (dog) is friendly but escapes.",
            customer_notes="Pool chemicals are billed separately when used.",
        )
        self.add(*self.tags.values(), *self.customers.values())
        await self.flush()

        for key, row in self.customers.items():
            for tag in customer_tags[key]:
                self.add(CustomerTag(customer_id=_id(row), tag_id=_id(self.tags[tag]),
                                     **self.stamp(row.created_at)))
        contacts = {
            "pm12": (("Dennis Kowalski", ContactRole.OWNER, "dennis.kowalski@example.com", "(718) 555-0134"),
                     ("Agnieszka Nowicka", ContactRole.BILLING, "harborview.office@example.com",
                      "718-555-0135"),
                     ("Ramón Cruz", ContactRole.ON_SITE, None, "(347) 555-0136")),
            "pm40": (("Alicia Moreno", ContactRole.APPROVER, "alicia.moreno@example.com", "(917) 555-0141"),
                     ("Ben Schultz", ContactRole.BILLING, "ap.metronest@example.com", "212-555-0142"),
                     ("Keisha Grant", ContactRole.ON_SITE, "keisha.grant@example.com", "(646) 555-0143")),
            "reyes": (("Jordan Reyes", ContactRole.OWNER, "jordan.reyes@example.com", "(917) 555-0148"),
                      ("Marisol Alvarez", ContactRole.BILLING, "reyes.trust@example.com", "(718) 555-0149")),
            "bell": (("Tanya Bell", ContactRole.BILLING, "tanya.bell@example.com", "347 555 0173"),),
            "bluestone": (("Dr. Anita Shah", ContactRole.OWNER, "anita.shah@example.com", "718 555 0190"),
                          ("Carla Mendes", ContactRole.BILLING, "billing.bluestone@example.com",
                           "718 555 0191"),
                          ("Joe Russo (super)", ContactRole.ON_SITE, None, "(917) 555-0192")),
            "raman": (("Arjun Raman", ContactRole.OWNER, "arjun.raman@example.com", "(718) 555-0196"),),
        }
        for key, people in contacts.items():
            owner = self.customers[key]
            for name, role, email, phone in people:
                self.add(Contact(customer_id=_id(owner), name=name, role=role, email=email,
                                 phone=_phone(phone), **self.stamp(owner.created_at)))

        # Properties.
        def prop(key: str, **values: Any) -> Property:
            owner = self.customers[key]
            row = Property(customer_id=_id(owner), **values,
                           **self.stamp(owner.created_at + timedelta(minutes=20)))
            self.properties.setdefault(key, []).append(row)
            return row

        buildings = (("Greenpoint", "98 Franklin St", 6), ("Greenpoint", "171 Nassau Ave", 3),
                     ("Williamsburg", "312 Berry St", 3))
        for hood, street_address, units in buildings:
            city, zip_code, _, _ = NEIGHBORHOODS[hood]
            for unit_index in range(units):
                unit = f"{unit_index // 2 + 1}{'FR'[unit_index % 2]}"
                bedrooms = rng.choice((1, 1, 2, 2, 3))
                apartment = prop(
                    "pm12", name=f"{street_address}, Apt {unit}", type=PropertyType.RESIDENTIAL,
                    address_line1=street_address, address_line2=f"Apt {unit}", city=city, region="NY",
                    postal_code=zip_code,
                    access_notes=rng.choice((
                        f"Key with the super, {rng.choice(SUPERS)}, apt 1R — call ahead.",
                        f"Lockbox on the basement door, code {self.code()}.",
                        f"Building door code {self.code()}#, unit key in the lockbox by the mailboxes.",
                    )),
                    description=f"{BEDROOM_LABEL[bedrooms].split(',')[0]} walk-up, {hood}; hardwood floors.",
                    internal_notes=rng.choice(PROPERTY_INTERNAL_NOTES) if rng.random() < 0.4 else None,
                )
                self.bedrooms[id(apartment)] = bedrooms
        self.properties["pm12"][0].internal_notes = "Owner is slow to pay — call before 10am."

        names: set[str] = set()
        hoods = [h for h in NEIGHBORHOODS if h != "Harlem"]
        while len(self.properties.get("pm40", [])) < 40:
            hood = rng.choice(hoods)
            line1, city, zip_code = self.address(hood)
            unit = f"{rng.randint(1, 6)}{rng.choice('ABCDFR')}"
            style = rng.choice(RENTAL_STYLES)
            name = f"{line1.split(' ', 1)[1]} {style} {unit}"
            if name in names:
                continue
            names.add(name)
            bedrooms = 2 if "2BR" in style else 0 if style == "Studio" else rng.choice((1, 1, 2, 3))
            access = rng.choice((
                f"Lockbox on the stair railing, code {self.code()}. Put keys back and scramble the dial.",
                f"Keypad entry {self.code()}#; unit smart lock code changes per guest — check the job notes.",
                f"Doorman building: tell the front desk you're with Sparkle & Shine for {unit}.",
                f"Garden entrance under the stoop; lockbox code {self.code()}. Trash out Tue/Fri.",
                f"Key with the super, {rng.choice(SUPERS)}, apt 1A — call 30 minutes ahead.",
            ))
            rental = prop(
                "pm40", name=name, type=PropertyType.RESIDENTIAL, address_line1=line1,
                address_line2=f"Unit {unit}", city=city, region="NY", postal_code=zip_code,
                access_notes=access,
                description=f"{BEDROOM_LABEL[bedrooms]} — short-term rental in {hood}. Linen closet in "
                            "the hall.",
                internal_notes=rng.choice(PROPERTY_INTERNAL_NOTES) if rng.random() < 0.3 else None,
            )
            self.bedrooms[id(rental)] = bedrooms
        self.properties["pm40"][3].internal_notes = (
            "Hot tub on the roof deck: cover lock is broken, reported to Alicia.")

        prop("reyes", name="Reyes Brownstone", type=PropertyType.RESIDENTIAL, address_line1="412 Carroll St",
             city="Brooklyn", region="NY", postal_code="11215",
             access_notes="Gate code 2580, then the front door key from the lockbox (code 0917).",
             description="4-storey brownstone, 3 bathrooms, roof deck.",
             internal_notes="Son Mateo is home on Tuesdays; the dog is in the yard.")
        prop("reyes", name="Carmen's Apartment", type=PropertyType.RESIDENTIAL,
             address_line1="725 Underhill Ave", address_line2="Apt 4B", city="Brooklyn", region="NY",
             postal_code="11238",
             access_notes="Carmen (Jordan's mother) lets you in; she likes to chat — budget 10 minutes.",
             description="2BR co-op, elevator building.")
        prop("park", name="Remsen St Apartment", type=PropertyType.RESIDENTIAL, address_line1="58 Remsen St",
             address_line2="Apt 4", city="Brooklyn", region="NY", postal_code="11201",
             access_notes="Knock loudly, then call; she keeps the chain on.",
             description="1BR, piano in the living room.")
        prop("bell", name="Ditmars Blvd Apartment", type=PropertyType.RESIDENTIAL,
             address_line1="23-41 Ditmars Blvd", address_line2="Apt 3F", city="Astoria", region="NY",
             postal_code="11105",
             access_notes=f"Lockbox on the fire-escape gate, code {self.code()}.",
             description="2BR with two cats.")
        prop("lyle", name="Troutman St Loft", type=PropertyType.RESIDENTIAL, address_line1="301 Troutman St",
             address_line2="Loft 2", city="Brooklyn", region="NY", postal_code="11237",
             access_notes="Buzzer broken: text Derek when you arrive.",
             description="Open-plan loft, concrete floors.",
             internal_notes="Collect cash before starting.")
        prop("marchetti", name="E 7th St Studio", type=PropertyType.RESIDENTIAL, address_line1="118 E 7th St",
             address_line2="Apt 5C", city="New York", region="NY", postal_code="10009",
             access_notes="Doorman building.", description="Studio, 5th floor walk-up.", active=False)
        prop("brennan", name="W 126th St Duplex", type=PropertyType.RESIDENTIAL,
             address_line1="245 W 126th St", city="New York", region="NY", postal_code="10027",
             access_notes="Key under the planter (!).",
             description="Duplex, 2 bathrooms.", active=False)
        prop("bluestone", name="Bluestone Dental — Joralemon St", type=PropertyType.BUSINESS,
             address_line1="142 Joralemon St", address_line2="Suite 2B", city="Brooklyn", region="NY",
             postal_code="11201",
             access_notes="Super Joe opens Saturdays at 7:45; alarm disarmed by Dr. Shah.",
             description="4 operatories, waiting room, 2 restrooms, break room.",
             internal_notes="Never touch the sterilization room — staff only.")
        prop("raman", name="Raman Backyard Pool", type=PropertyType.POOL, address_line1="150-22 12th Ave",
             city="Whitestone", region="NY", postal_code="11357",
             access_notes="Side gate on the left; latch sticks — lift and push. Close it behind you (dog).",
             description="In-ground 16 by 32 ft vinyl pool, sand filter, salt chlorinator.")
        self.add(*(row for rows in self.properties.values() for row in rows))
        await self.flush()

        specials = (
            ("reyes", 0, "Water the plants on the fire escape", False),
            ("bluestone", 0, "Lock the supply closet & set the alarm", True),
            ("raman", 0, "Close & latch the side gate (dog)", True),
            ("pm40", 3, "Check the hot tub cover is closed", True),
        )
        for key, index, label, required in specials:
            target = self.properties[key][index]
            item = ChecklistTemplateItem(property_id=_id(target), label=label, required=required,
                                         position=100, **self.stamp(target.created_at))
            self.property_templates[_id(target)].append(item)
            self.add(item)

    async def sign_in_users(self) -> None:
        since = self.stamp(self.company.created_at + timedelta(hours=2))

        def user(username: str, name: str, role: Role, **values: Any) -> User:
            row = User(username=username, email=f"{username}@example.com", name=name, role=role, **values,
                       **since)
            self.users[username] = row
            return row

        user("owner", "Dana Whitfield", Role.OWNER)
        user("office", "Rosa Delgado", Role.OFFICE)
        field_order = ("maria", "tomasz", "kevin", "ana", "shanice", "luis", "grace")
        for number, key in enumerate(field_order, start=1):
            employee = self.employees[key]
            user(f"field{number}", employee.name, Role.EMPLOYEE, employee_id=_id(employee))
        pm40 = _id(self.customers["pm40"])
        user("pm1", "Alicia Moreno", Role.CUSTOMER, customer_id=pm40)
        user("pm1-site", "Keisha Grant", Role.CUSTOMER, customer_id=pm40, finances=False)
        user("client1", "Jordan Reyes", Role.CUSTOMER, customer_id=_id(self.customers["reyes"]))
        self.add(*self.users.values())
        await self.flush()
        for row in self.users.values():
            if row.employee_id is not None:
                self.employee_users[row.employee_id] = row
        site = self.users["pm1-site"]
        for target in self.properties["pm40"][:3]:
            self.add(UserProperty(user_id=_id(site), property_id=_id(target), **since))

    # -- jobs

    def dates(self, first: date, last: date, gap: Callable[[], int], *,
              weekday: int | None = None) -> list[date]:
        """Recurring visit days in [first, last]: no Sundays, and never today (today's jobs are hand-made)."""
        first = max(first, self.first_day)
        last = min(last, self.last_day)
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
        cents = base if base is not None else self.specs[service].price_cents
        if day < self.today - timedelta(days=210):
            cents = cents * 95 // 100 // 100 * 100
        return cents

    def free(self, employee: Employee, start: datetime, end: datetime) -> bool:
        return all(end <= busy_start or busy_end <= start
                   for busy_start, busy_end in self.busy[(id(employee), _local_day(start))])

    def book(self, team: str, day: date, minutes: int, slots: Sequence[tuple[int, int]] | None,
             crew: list[Employee] | None) -> tuple[datetime, list[Employee]]:
        """A start time and a crew free for the whole visit: the first slot that fits (two people, else
        one), else the first slot overbooked."""
        rng = self.rng
        members = self.members[team]
        wanted = len(crew) if crew else min(1 if rng.random() < 0.55 else 2, len(members))
        order = list(slots) if slots else rng.sample(SLOTS, len(SLOTS))
        chosen: tuple[datetime, list[Employee]] | None = None
        for size in dict.fromkeys((wanted, 1)):
            span = timedelta(minutes=self.minutes_for(minutes, size))
            for hour, minute in order:
                start = _utc(day, hour, minute)
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
            chosen = (_utc(day, hour, minute), crew or rng.sample(members, wanted))
        start, people = chosen
        end = start + timedelta(minutes=self.minutes_for(minutes, len(people)))
        for employee in people:
            self.busy[(id(employee), day)].append((start, end))
        return start, people

    def job(self, key: str, prop: Property, day: date, lines: list[tuple[str, Decimal, int]], team: str, *,
            slot: tuple[int, int] | None = None, slots: Sequence[tuple[int, int]] | None = None,
            crew: list[Employee] | None = None, status: JobStatus | None = None) -> _JobPlan:
        rng = self.rng
        start, crew = self.book(team, day, self.line_minutes(lines), [slot] if slot else slots, crew)
        if status is None:
            if day < self.today:
                status = JobStatus.CANCELLED if rng.random() < 0.05 else JobStatus.FINISHED
            else:
                status = JobStatus.CANCELLED if rng.random() < 0.03 else JobStatus.PENDING
        plan = _JobPlan(
            customer=self.customers[key], prop=prop, start=start, status=status, team=self.teams[team],
            crew=crew, lines=lines,
            client_notes=rng.choice(CLIENT_JOB_NOTES) if rng.random() < 0.15 else None,
            internal_notes=rng.choice(INTERNAL_JOB_NOTES) if rng.random() < 0.1 else None,
        )
        lead = timedelta(days=rng.randint(3, 21), hours=rng.randint(0, 6))
        created = min(start - lead, self.now - timedelta(hours=rng.randint(2, 48)))
        plan.created_at = min(self.office_time(_local_day(created)), self.now - timedelta(hours=1))
        if plan.created_at >= start:
            plan.created_at = start - timedelta(days=1)
        duration = timedelta(minutes=self.duration(plan))
        if status in (JobStatus.ON_THE_WAY, JobStatus.STARTED, JobStatus.FINISHED):
            plan.on_the_way_at = start - timedelta(minutes=rng.randint(15, 40))
        if status in (JobStatus.STARTED, JobStatus.FINISHED):
            plan.started_at = start + timedelta(minutes=rng.randint(-5, 12))
        if status == JobStatus.FINISHED:
            assert plan.started_at is not None
            plan.finished_at = plan.started_at + duration * rng.uniform(0.85, 1.2)
        if status == JobStatus.CANCELLED:
            window = (min(start, self.now) - plan.created_at).total_seconds()
            plan.cancelled_at = plan.created_at + timedelta(seconds=window * rng.uniform(0.3, 0.9))
            plan.cancel_reason = rng.choice(CANCEL_REASONS)
        self.jobs.append(plan)
        return plan

    def line_minutes(self, lines: Sequence[tuple[str, Decimal, int]]) -> int:
        return sum(int(self.specs[name].minutes * quantity) for name, quantity, _ in lines)

    @staticmethod
    def minutes_for(minutes: int, crew_size: int) -> int:
        """Time on site: the work shared by the crew, plus a quarter hour to coordinate when two go."""
        return max(minutes, 45) // max(crew_size, 1) + (15 if crew_size > 1 else 0)

    def duration(self, plan: _JobPlan) -> int:
        return self.minutes_for(self.line_minutes(plan.lines), len(plan.crew))

    def plan_jobs(self) -> None:
        rng = self.rng
        one = Decimal(1)

        # Bluestone Dental: every Saturday morning, windows each quarter.
        for n, day in enumerate(self.dates(self.first_day, self.last_day, lambda: 7, weekday=5)):
            lines = [("Office Cleaning", one, self.price("Office Cleaning", day))]
            if n % 13 == 5:
                lines.append(("Window Washing", Decimal(14), self.price("Window Washing", day)))
            self.job("bluestone", self.properties["bluestone"][0], day, lines, "Team Green",
                     slots=((7, 30), (8, 0), (7, 0), (8, 30), (9, 0)))

        # Metro Nest: turnovers between guests, irregular, mostly Team Blue.
        for index, prop in enumerate(self.properties["pm40"]):
            bedrooms = self.bedrooms[id(prop)]
            start = self.first_day + timedelta(days=rng.randint(0, 40))
            for day in self.dates(start, self.last_day, lambda: rng.randint(28, 70)):
                lines = [("Turnover Clean", one, self.price("Turnover Clean", day, TURNOVER_PRICE[bedrooms]))]
                if rng.random() < 0.4:
                    loads = Decimal(rng.randint(1, 3))
                    lines.append(("Laundry add-on", loads, self.price("Laundry add-on", day)))
                if rng.random() < 0.05:
                    lines.append(("Inside Fridge & Oven", one, self.price("Inside Fridge & Oven", day)))
                self.job("pm40", prop, day, lines, "Team Blue" if index % 5 else "Team Green")

        # Harborview: apartments between tenants and on schedule, Team Green.
        for prop in self.properties["pm12"]:
            bedrooms = self.bedrooms[id(prop)]
            start = self.first_day + timedelta(days=rng.randint(0, 30))
            for day in self.dates(start, self.last_day, lambda: rng.randint(35, 60)):
                roll = rng.random()
                if roll < 0.06:
                    lines = [("Move-out Clean", one, self.price("Move-out Clean", day))]
                elif roll < 0.3:
                    lines = [("Deep Clean", one, self.price("Deep Clean", day))]
                else:
                    price = self.price("Standard Clean", day, STANDARD_PRICE[bedrooms])
                    lines = [("Standard Clean", one, price)]
                if rng.random() < 0.12:
                    rooms = Decimal(rng.randint(2, 3))
                    lines.append(("Carpet Shampoo", rooms, self.price("Carpet Shampoo", day)))
                self.job("pm12", prop, day, lines, "Team Green")

        def residential(key: str, prop: Property, first: date, last: date, gap: int, base: int, team: str,
                        *, deep_every: int = 6) -> None:
            for n, day in enumerate(self.dates(first, last, lambda: gap, weekday=rng.randint(0, 5))):
                if n % deep_every == deep_every - 1:
                    lines = [("Deep Clean", one, self.price("Deep Clean", day, base * 2))]
                else:
                    lines = [("Standard Clean", one, self.price("Standard Clean", day, base))]
                if rng.random() < 0.15:
                    lines.append(("Inside Fridge & Oven", one, self.price("Inside Fridge & Oven", day)))
                if rng.random() < 0.08:
                    windows = Decimal(rng.randint(8, 16))
                    lines.append(("Window Washing", windows, self.price("Window Washing", day)))
                self.job(key, prop, day, lines, team)

        end = self.last_day
        home, mother = self.properties["reyes"]
        residential("reyes", home, self.first_day, end, 14, 18500, "Team Blue")
        residential("reyes", mother, self.first_day + timedelta(days=9), end, 28, 14500, "Team Blue")
        residential("park", self.properties["park"][0], self.first_day + timedelta(days=4), end, 28, 13500,
                    "Team Green")
        residential("bell", self.properties["bell"][0], self.first_day + timedelta(days=2), end, 21, 15500,
                    "Team Green", deep_every=8)
        residential("lyle", self.properties["lyle"][0], self.first_day + timedelta(days=6), end, 30, 14500,
                    "Team Green", deep_every=99)
        move_out_day = self.today - timedelta(days=120)
        residential("marchetti", self.properties["marchetti"][0], self.first_day,
                    move_out_day - timedelta(days=10), 30, 12500, "Team Blue", deep_every=99)
        residential("brennan", self.properties["brennan"][0], self.first_day + timedelta(days=3),
                    self.today - timedelta(days=200), 30, 16500, "Team Green", deep_every=99)
        while move_out_day.weekday() == 6:
            move_out_day += timedelta(days=1)
        self.move_out = self.job(
            "marchetti", self.properties["marchetti"][0], move_out_day,
            [("Move-out Clean", one, self.price("Move-out Clean", move_out_day)),
             ("Carpet Shampoo", Decimal(2), self.price("Carpet Shampoo", move_out_day))],
            "Team Blue", slot=(9, 0), status=JobStatus.FINISHED,
        )

        # Raman pool: opening in late April, weekly May to September, closing in early October.
        pool = self.properties["raman"][0]
        for year in (self.first_day.year, self.first_day.year + 1):
            opening, closing = date(year, 4, 24), date(year, 10, 6)
            for day in self.dates(opening, opening, lambda: 7):
                self.job("raman", pool, day, [("Pool Opening", one, self.price("Pool Opening", day))],
                         "Pool & Windows")
            for day in self.dates(date(year, 5, 1), date(year, 9, 30), lambda: 7, weekday=2):
                lines = [("Pool Maintenance", one, self.price("Pool Maintenance", day))]
                if rng.random() < 0.35:
                    bags = Decimal(rng.randint(1, 2))
                    lines.append(("Pool Chemicals", bags, self.price("Pool Chemicals", day)))
                self.job("raman", pool, day, lines, "Pool & Windows")
            for day in self.dates(closing, closing, lambda: 7):
                self.job("raman", pool, day, [("Pool Closing", one, self.price("Pool Closing", day))],
                         "Pool & Windows")

        # client1 has more than the routine coming up.
        for offset, lines in (
            (5, [("Window Washing", Decimal(18), self.price("Window Washing", self.today))]),
            (9, [("Deep Clean", one, self.price("Deep Clean", self.today, 29000)),
                 ("Inside Fridge & Oven", one, self.price("Inside Fridge & Oven", self.today))]),
        ):
            day = self.today + timedelta(days=offset)
            if day.weekday() == 6:
                day += timedelta(days=1)
            target = home if offset == 5 else mother
            self.job("reyes", target, day, lines, "Pool & Windows" if offset == 5 else "Team Blue",
                     slots=((10, 0), (11, 0), (13, 0), (9, 0)), status=JobStatus.PENDING)

        self.plan_today()

    def plan_today(self) -> None:
        """Today is hand-made, as seen at 12:30: field1 has four jobs in order, field2 is on the way."""
        one = Decimal(1)
        already = len(self.jobs)
        maria, tomasz = self.employees["maria"], self.employees["tomasz"]
        today = self.today
        pm40, pm12 = self.properties["pm40"], self.properties["pm12"]

        def fix(plan: _JobPlan, times: Sequence[tuple[int, int]]) -> None:
            """Pin the status times (local hh:mm) of a job of today: on the way, started, finished."""
            moments = [_utc(today, hour, minute) for hour, minute in times]
            plan.on_the_way_at = moments[0] if len(moments) > 0 else None
            plan.started_at = moments[1] if len(moments) > 1 else None
            plan.finished_at = moments[2] if len(moments) > 2 else None

        turnover = [("Turnover Clean", one, TURNOVER_PRICE[self.bedrooms[id(pm40[0])]]),
                    ("Laundry add-on", Decimal(2), self.specs["Laundry add-on"].price_cents)]
        first = self.job("pm40", pm40[0], today, turnover, "Team Blue", slot=(8, 0), crew=[maria],
                         status=JobStatus.FINISHED)
        fix(first, ((7, 38), (7, 58), (10, 5)))
        first.client_notes = "Same-day check-in at 3pm — please finish early."
        second = self.job("pm40", pm40[1], today,
                          [("Turnover Clean", one, TURNOVER_PRICE[self.bedrooms[id(pm40[1])]])],
                          "Team Blue", slot=(10, 45), crew=[maria, self.employees["ana"]],
                          status=JobStatus.STARTED)
        fix(second, ((10, 15), (10, 47)))
        self.job("pm12", pm12[3], today,
                 [("Standard Clean", one, STANDARD_PRICE[self.bedrooms[id(pm12[3])]])],
                 "Team Blue", slot=(13, 15), crew=[maria], status=JobStatus.PENDING)
        self.job("pm40", pm40[2], today,
                 [("Turnover Clean", one, TURNOVER_PRICE[self.bedrooms[id(pm40[2])]])], "Team Blue",
                 slot=(16, 0), crew=[maria], status=JobStatus.PENDING)
        cancelled = self.job("pm40", pm40[4], today,
                             [("Turnover Clean", one, TURNOVER_PRICE[self.bedrooms[id(pm40[4])]])],
                             "Team Blue", slot=(11, 0), crew=[self.employees["kevin"]],
                             status=JobStatus.CANCELLED)
        cancelled.cancelled_at = _utc(today - timedelta(days=1), 17, 20)
        cancelled.cancel_reason = "Guest extended stay by two nights."

        office = self.job("bluestone", self.properties["bluestone"][0], today,
                          [("Office Cleaning", one, self.specs["Office Cleaning"].price_cents)],
                          "Team Green", slot=(8, 0), crew=[tomasz], status=JobStatus.FINISHED)
        fix(office, ((7, 35), (7, 55), (10, 20)))
        on_the_way = self.job("park", self.properties["park"][0], today,
                              [("Standard Clean", one, 13500)], "Team Green", slot=(12, 45), crew=[tomasz],
                              status=JobStatus.ON_THE_WAY)
        fix(on_the_way, ((12, 10),))
        self.job("pm12", pm12[5], today,
                 [("Standard Clean", one, STANDARD_PRICE[self.bedrooms[id(pm12[5])]])], "Team Green",
                 slot=(15, 30), crew=[tomasz], status=JobStatus.PENDING)
        for plan in self.jobs[already:]:
            assert plan.created_at is not None
            plan.created_at = min(plan.created_at, _utc(today - timedelta(days=2), 15))

    async def insert_jobs(self) -> None:
        self.jobs.sort(key=lambda plan: plan.start)
        for plan in self.jobs:
            assert plan.created_at is not None
            last = (plan.finished_at or plan.started_at or plan.on_the_way_at or plan.cancelled_at
                    or plan.created_at)
            plan.row = Job(
                customer_id=_id(plan.customer), property_id=_id(plan.prop), team_id=_id(plan.team),
                scheduled_start=plan.start, scheduled_end=plan.start + timedelta(minutes=self.duration(plan)),
                status=plan.status, client_notes=plan.client_notes, internal_notes=plan.internal_notes,
                started_at=plan.started_at, finished_at=plan.finished_at,
                created_at=plan.created_at, updated_at=last,
            )
        self.add(*(plan.row for plan in self.jobs if plan.row is not None))
        await self.flush()

        office = self.users["office"]
        job_lines: list[dict[str, Any]] = []
        assignments: list[dict[str, Any]] = []
        checklist: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        for plan in self.jobs:
            job = plan.row
            assert job is not None and plan.created_at is not None
            job_id, created = _id(job), plan.created_at
            job_lines += [
                {"job_id": job_id, "service_id": _id(self.services[name]), "description": name,
                 "quantity": quantity, "unit_price_cents": price, "taxable": self.specs[name].taxable,
                 "position": position, **self.stamp(created)}
                for position, (name, quantity, price) in enumerate(plan.lines)
            ]
            assignments += [{"job_id": job_id, "employee_id": _id(e), **self.stamp(created)} for e in plan.crew]
            crew_users = [self.employee_users[_id(e)] for e in plan.crew]

            def change(before: JobStatus | None, after: JobStatus, at: datetime, by: User,
                       reason: str | None = None, *, job_id: int = job_id, plan: _JobPlan = plan) -> None:
                changes.append({
                    "job_id": job_id, "customer_id": _id(plan.customer), "property_id": _id(plan.prop),
                    "from_status": before, "to_status": after, "changed_by_user_id": _id(by), "reason": reason,
                    **self.stamp(at),
                })

            change(None, JobStatus.PENDING, created, office)
            if plan.cancelled_at is not None:
                change(JobStatus.PENDING, JobStatus.CANCELLED, plan.cancelled_at, office, plan.cancel_reason)
            previous = JobStatus.PENDING
            lead = crew_users[0]
            moves = ((JobStatus.ON_THE_WAY, plan.on_the_way_at), (JobStatus.STARTED, plan.started_at),
                     (JobStatus.FINISHED, plan.finished_at))
            for status, at in moves:
                if at is not None:
                    change(previous, status, at, lead)
                    previous = status

            # Checklist: the services' templates, then the property's own items.
            templates = [item for name, _, _ in plan.lines for item in self.service_templates[name]]
            templates += self.property_templates.get(_id(plan.prop), [])
            items: list[ChecklistTemplateItem] = []
            for template in templates:
                if all(template.label != kept.label for kept in items):
                    items.append(template)
            done_count = len(items) if plan.status == JobStatus.FINISHED else (
                len(items) // 2 if plan.status == JobStatus.STARTED else 0)
            begun, ended = plan.started_at, plan.finished_at or min(self.now, plan.start + timedelta(hours=1))
            for position, template in enumerate(items):
                done_at: datetime | None = None
                done_by: int | None = None
                if position < done_count and begun is not None:
                    span = (ended - begun) * ((position + 1) / (len(items) + 1))
                    done_at = begun + span
                    done_by = _id(self.rng.choice(crew_users))
                checklist.append({"job_id": job_id, "label": template.label, "required": template.required,
                                  "position": position, "done_at": done_at, "done_by_user_id": done_by,
                                  **self.stamp(created)})
        await self.bulk(JobLine, job_lines)
        await self.bulk(JobAssignment, assignments)
        await self.bulk(ChecklistItem, checklist)
        # Ids follow time, so the jobEvents cursor (the change id) reads in the order things happened.
        changes.sort(key=lambda row: row["created_at"])
        await self.bulk(JobStatusChange, changes)

    # -- billing

    def invoice(self, key: str, prop: Property | None, jobs: list[_JobPlan], issued_on: date | None, *,
                labelled: bool = False) -> _InvPlan:
        """An invoice copying the jobs' lines; DRAFT (no dates) when `issued_on` is None."""
        lines: list[_LinePlan] = []
        for plan in jobs:
            for name, quantity, price in plan.lines:
                description = f"{name} — {plan.prop.name} ({plan.day:%b %-d})" if labelled else name
                lines.append(_LinePlan(description, quantity, price, self.specs[name].taxable, plan))
        invoice = _InvPlan(
            customer=self.customers[key], prop=prop, jobs=jobs, lines=lines, issued_on=issued_on,
            due_on=issued_on + timedelta(days=self.company.payment_terms_days) if issued_on else None,
            totals=self.totals(lines),
        )
        if issued_on is None:
            invoice.fixed_status = InvoiceStatus.DRAFT
        self.invoices.append(invoice)
        return invoice

    def totals(self, lines: Sequence[_LinePlan]) -> Totals:
        return invoice_totals(
            (LineInput(line.quantity, line.unit_price_cents, line.taxable) for line in lines),
            self.company.tax_rate,
        )

    def finished(self, key: str) -> list[_JobPlan]:
        return [plan for plan in self.jobs if plan.customer is self.customers[key]
                and plan.status == JobStatus.FINISHED]

    def per_job(self, key: str) -> list[_InvPlan]:
        """One invoice per finished job, issued the day of the job; today's are still drafts."""
        return [self.invoice(key, plan.prop, [plan], plan.day if plan.day < self.today else None)
                for plan in self.finished(key)]

    def pay(self, key: str, invoices: Sequence[_InvPlan], method: PaymentMethod, at: datetime, *,
            amount: int | None = None, status: TransactionStatus = TransactionStatus.COMPLETED,
            batch: _BatchPlan | None = None, note: str | None = None, reference: str | None = None,
            recorded_by: User | None = None, reported_by_client: bool = False) -> _TxnPlan | None:
        """A payment spread over `invoices` oldest first; nothing when it would be after the demo's now."""
        if at > self.now:
            return None
        open_ones = [invoice for invoice in invoices if invoice.balance > 0]
        balances = [(index, invoice.balance) for index, invoice in enumerate(open_ones)]
        if amount is None:
            amount = sum(balance for _, balance in balances)
        if amount <= 0:
            return None
        spread = spread_payment(amount, balances)
        allocations = [(open_ones[index], cents) for index, cents in spread.allocations]
        if status == TransactionStatus.COMPLETED:
            for invoice, cents in allocations:
                invoice.paid += cents
        fee = 0
        if status != TransactionStatus.FAILED:
            if method == PaymentMethod.CARD:
                fee = processing_fee(amount, self.company.card_fee_percent, self.company.card_fee_fixed_cents)
            elif method == PaymentMethod.ACH:
                fee = processing_fee(amount, self.company.ach_fee_percent, self.company.ach_fee_fixed_cents)
        external_id = None
        if method == PaymentMethod.CARD:
            external_id = self.external_id("pi_")
        elif method == PaymentMethod.ACH:
            external_id = self.external_id("py_")
        if reference is None:
            reference = {
                PaymentMethod.CHECK: f"Check #{self.rng.randint(1001, 4999)}",
                PaymentMethod.ZELLE: f"Zelle {self.rng.randint(10**9, 10**10 - 1)}",
                PaymentMethod.BANK_TRANSFER: f"Wire {self.rng.randint(10**7, 10**8 - 1)}",
            }.get(method)
        if recorded_by is None and method not in (PaymentMethod.CARD, PaymentMethod.ACH):
            recorded_by = self.users["office"]
        txn = _TxnPlan(
            customer=self.customers[key], method=method, status=status, amount_cents=amount, fee_cents=fee,
            occurred_at=at, allocations=allocations, credit_cents=spread.credit_cents, batch=batch,
            reference=reference, external_id=external_id, note=note, reported_by_client=reported_by_client,
            recorded_by=recorded_by,
        )
        self.txns.append(txn)
        return txn

    def on(self, day: date, hour: int | None = None) -> datetime:
        return _utc(day, hour if hour is not None else self.rng.randint(9, 17), self.rng.randint(0, 59))

    def plan_billing(self) -> None:
        rng, days = self.rng, timedelta
        CARD, ACH, CASH, CHECK, ZELLE = (PaymentMethod.CARD, PaymentMethod.ACH, PaymentMethod.CASH,
                                         PaymentMethod.CHECK, PaymentMethod.ZELLE)
        WIRE = PaymentMethod.BANK_TRANSFER
        this_month = _month_start(self.today)

        # Metro Nest: an invoice per turnover, gathered into a batch each month and paid by ACH.
        by_month: dict[date, list[_InvPlan]] = defaultdict(list)
        for invoice in self.per_job("pm40"):
            by_month[_month_start(invoice.jobs[0].day)].append(invoice)
        pm1 = self.users["pm1"]
        for month in sorted(by_month):
            if month >= this_month:
                continue
            batch = _BatchPlan(self.customers["pm40"], _month_start(month, 1),
                               f"Turnovers in {month:%B %Y}", by_month[month])
            self.batches.append(batch)
            for invoice in batch.invoices:
                invoice.batch = batch
            if month == _month_start(this_month, -1):
                total = sum(invoice.balance for invoice in batch.invoices)
                part = max(10000, total * 55 // 100 // 10000 * 10000)
                when = self.on(min(batch.issued_on + days(6), self.today), 10)
                self.pay("pm40", batch.invoices, WIRE, when, amount=min(part, total - 1), batch=batch,
                         note="Partial payment; balance with next week's owner payouts.")
            else:
                self.pay("pm40", batch.invoices, ACH, self.on(batch.issued_on + days(rng.randint(7, 12))),
                         batch=batch, recorded_by=pm1)

        # Harborview: one statement a month for all units, paid late by check.
        statements: list[_InvPlan] = []
        months: dict[date, list[_JobPlan]] = defaultdict(list)
        for plan in self.finished("pm12"):
            months[_month_start(plan.day)].append(plan)
        for month in sorted(months):
            issued = _month_start(month, 1)
            invoice = self.invoice("pm12", None, months[month], issued if issued <= self.today else None,
                                   labelled=True)
            invoice.notes = f"Statement for {month:%B %Y}."
            statements.append(invoice)
        issued_statements = [s for s in statements if s.issued_on is not None]
        for index, invoice in enumerate(issued_statements):
            assert invoice.issued_on is not None
            age = len(issued_statements) - index
            if age == 1:
                continue  # last month's: open
            if age == 2:
                self.pay("pm12", [invoice], CHECK, self.on(invoice.issued_on + days(25)),
                         amount=invoice.balance // 2 // 100 * 100,
                         note="Partial — disputes part of the statement.")
                invoice.internal_notes = "Dennis says he'll pay the rest when 'the carpet thing' is settled."
            else:
                self.pay("pm12", [invoice], CHECK, self.on(invoice.issued_on + days(rng.randint(28, 40))))

        # Jordan Reyes (client1): card autopay, one decline, one Zelle, the latest reported by the client.
        client1 = self.users["client1"]
        reyes = [i for i in self.per_job("reyes") if i.issued_on is not None]
        for index, invoice in enumerate(reyes):
            assert invoice.issued_on is not None
            when = self.on(invoice.issued_on + days(rng.randint(0, 1)), 19)
            if index == len(reyes) - 1:
                self.pay("reyes", [invoice], ZELLE, self.now - timedelta(hours=3),
                         status=TransactionStatus.TO_APPROVAL, reported_by_client=True, recorded_by=client1,
                         note="Paid by Zelle to hello@example.com this morning.")
            elif index == len(reyes) // 2:
                self.pay("reyes", [invoice], CARD, when, status=TransactionStatus.FAILED,
                         note="Card declined (card_declined: insufficient_funds).")
                self.pay("reyes", [invoice], CARD, when + days(2), recorded_by=client1,
                         note="Retried with a new card in the portal.")
            elif index == len(reyes) // 3:
                self.pay("reyes", [invoice], ZELLE, when, note="Card expired; paid by Zelle.")
            else:
                self.pay("reyes", [invoice], CARD, when)

        # Eleanor Park: mailed checks; the newest one hasn't cleared.
        park = [i for i in self.per_job("park") if i.issued_on is not None]
        planned = [(invoice, self.on(invoice.issued_on + days(rng.randint(5, 12))))
                   for invoice in park if invoice.issued_on is not None]
        in_time = [pair for pair in planned if pair[1] <= self.now]
        for invoice, when in in_time:
            pending = (invoice, when) == in_time[-1]
            self.pay("park", [invoice], CHECK, when,
                     status=TransactionStatus.PENDING if pending else TransactionStatus.COMPLETED,
                     note="Deposited; waiting for it to clear." if pending else None)

        # Marcus & Tanya Bell: Zelle the same day, sometimes cash.
        for invoice in self.per_job("bell"):
            if invoice.issued_on is not None:
                method = CASH if rng.random() < 0.3 else ZELLE
                self.pay("bell", [invoice], method, self.on(invoice.issued_on, 18),
                         note="Cash on the counter, counted with Tanya on video." if method == CASH else None)

        # Derek Lyle: cash, late; two overdue, one partly paid.
        lyle = [i for i in self.per_job("lyle") if i.issued_on is not None]
        for index, invoice in enumerate(lyle):
            assert invoice.issued_on is not None
            age = len(lyle) - index
            if age in (1, 3):
                continue
            if age == 2:
                self.pay("lyle", [invoice], CASH, self.on(invoice.issued_on + days(12)), amount=6000,
                         note="Paid $60 toward it; rest 'next week'.")
            else:
                self.pay("lyle", [invoice], CASH, self.on(invoice.issued_on + days(rng.randint(10, 20))))

        # Sofia Marchetti: card; the move-out invoice was wrong, voided, refunded and re-issued.
        for invoice in self.per_job("marchetti"):
            if invoice.jobs[0] is self.move_out:
                self.invoices.remove(invoice)
                continue
            assert invoice.issued_on is not None
            self.pay("marchetti", [invoice], CARD, self.on(invoice.issued_on, 20))
        move_out_day = self.move_out.day
        wrong = self.invoice("marchetti", self.move_out.prop, [self.move_out], move_out_day)
        for line in wrong.lines:
            if line.description == "Carpet Shampoo":
                line.quantity = Decimal(4)
        wrong.totals = self.totals(wrong.lines)
        charge = self.pay("marchetti", [wrong], CARD, self.on(move_out_day, 20))
        assert charge is not None
        charge.status = TransactionStatus.REFUNDED
        charge.note = "Refunded: invoice billed 4 carpet rooms instead of 2 (re-issued)."
        wrong.paid = 0
        wrong.fixed_status = InvoiceStatus.VOID
        wrong.voided_at = self.on(move_out_day + days(2), 11)
        wrong.internal_notes = "Voided: carpet shampoo billed for 4 rooms, job was 2."
        fixed = self.invoice("marchetti", self.move_out.prop, [self.move_out], move_out_day + days(2))
        fixed.corrects = wrong
        fixed.notes = "Corrected invoice — replaces the move-out invoice; the first charge was refunded."
        assert fixed.issued_on is not None
        self.pay("marchetti", [fixed], CARD, self.on(fixed.issued_on + days(1), 9))

        # Kyle Brennan: paid at first, then vanished; the last two written off.
        brennan = self.per_job("brennan")
        for index, invoice in enumerate(brennan):
            assert invoice.issued_on is not None
            age = len(brennan) - index
            if age == 2:
                self.pay("brennan", [invoice], CASH, self.on(invoice.issued_on + days(20)), amount=8000,
                         note="Partial cash payment; promised the rest.")
            if age <= 2:
                invoice.fixed_status = InvoiceStatus.BAD_DEBT
                invoice.bad_debt_at = self.ago(120, 15)
                invoice.internal_notes = "Written off after three collection calls and a letter."
            else:
                self.pay("brennan", [invoice], CHECK if index % 2 else CASH,
                         self.on(invoice.issued_on + days(rng.randint(3, 9))))

        # Bluestone Dental: ACH a few days after each invoice; the newest is still settling; one overpayment.
        bluestone = [i for i in self.per_job("bluestone") if i.issued_on is not None]
        planned = [(invoice, self.on(invoice.issued_on + days(rng.randint(3, 8))))
                   for invoice in bluestone if invoice.issued_on is not None]
        in_time = [pair for pair in planned if pair[1] <= self.now]
        overpaid = in_time[len(in_time) // 2][0] if in_time else None
        for invoice, when in in_time:
            if invoice is overpaid:
                amount = (invoice.balance // 10000 + 1) * 10000
                txn = self.pay("bluestone", [invoice], CHECK, when, amount=amount)
                if txn is not None:
                    txn.note = f"Overpaid by {_dollars(txn.credit_cents)} — credit on account."
                continue
            pending = (invoice, when) == in_time[-1]
            self.pay("bluestone", [invoice], ACH, when,
                     status=TransactionStatus.PENDING if pending else TransactionStatus.COMPLETED)

        # Priya Raman (pool): one Zelle at the start of each month for everything open.
        raman = [i for i in self.per_job("raman") if i.issued_on is not None]
        months_open: dict[date, list[_InvPlan]] = defaultdict(list)
        for invoice in raman:
            assert invoice.issued_on is not None
            months_open[_month_start(invoice.issued_on)].append(invoice)
        for month in sorted(months_open):
            self.pay("raman", months_open[month], ZELLE, self.on(_month_start(month, 1) + days(1), 19))

        # Numbers follow the issue date; drafts get the next ones.
        far = date.max
        order = sorted(self.invoices,
                       key=lambda i: (i.issued_on or far, i.jobs[0].start if i.jobs else self.now))
        for number, invoice in enumerate(order, start=self.company.next_invoice_number):
            invoice.number = number
        self.invoices = order

    async def insert_billing(self) -> None:
        office = self.users["office"]
        for batch in self.batches:
            batch.row = Batch(number=0, customer_id=_id(batch.customer), status=batch.status(),
                              issued_on=batch.issued_on, notes=batch.notes,
                              **self.stamp(_utc(batch.issued_on, 9)))
        for number, batch in enumerate(sorted(self.batches, key=lambda b: b.issued_on), start=1):
            assert batch.row is not None
            batch.row.number = number
        self.add(*(b.row for b in self.batches if b.row is not None))
        await self.flush()

        for invoice in self.invoices:
            if invoice.corrects is not None:
                continue
            invoice.row = self.invoice_row(invoice)
        self.add(*(i.row for i in self.invoices if i.row is not None))
        await self.flush()
        corrections = [i for i in self.invoices if i.corrects is not None]
        for invoice in corrections:
            invoice.row = self.invoice_row(invoice)
            self.add(invoice.row)
        await self.flush()

        invoice_lines: list[dict[str, Any]] = []
        invoice_jobs: list[dict[str, Any]] = []
        for invoice in self.invoices:
            assert invoice.row is not None
            invoice_id, at = _id(invoice.row), invoice.row.created_at
            invoice_lines += [
                {"invoice_id": invoice_id, "job_id": _id(line.job.row) if line.job and line.job.row else None,
                 "description": line.description, "quantity": line.quantity,
                 "unit_price_cents": line.unit_price_cents,
                 "amount_cents": line_amount(line.quantity, line.unit_price_cents), "taxable": line.taxable,
                 "position": position, **self.stamp(at)}
                for position, line in enumerate(invoice.lines)
            ]
            invoice_jobs += [{"invoice_id": invoice_id, "job_id": _id(plan.row), **self.stamp(at)}
                             for plan in invoice.jobs if plan.row is not None]
        await self.bulk(InvoiceLine, invoice_lines)
        await self.bulk(InvoiceJob, invoice_jobs)

        self.txns.sort(key=lambda t: t.occurred_at)
        for txn in self.txns:
            txn.row = PaymentTransaction(
                customer_id=_id(txn.customer),
                batch_id=_id(txn.batch.row) if txn.batch and txn.batch.row else None,
                amount_cents=txn.amount_cents, fee_cents=txn.fee_cents, method=txn.method, status=txn.status,
                occurred_at=txn.occurred_at, reference=txn.reference, external_id=txn.external_id,
                note=txn.note,
                reported_by_client=txn.reported_by_client,
                recorded_by_user_id=_id(txn.recorded_by) if txn.recorded_by else None,
                **self.stamp(txn.occurred_at),
            )
        self.add(*(t.row for t in self.txns if t.row is not None))
        await self.flush()
        allocations: list[dict[str, Any]] = []
        activity: list[dict[str, Any]] = []
        for txn in self.txns:
            assert txn.row is not None
            allocations += [{"transaction_id": _id(txn.row), "invoice_id": _id(invoice.row),
                             "amount_cents": cents, **self.stamp(txn.occurred_at)}
                            for invoice, cents in txn.allocations if invoice.row is not None]
            activity.append({
                "actor_user_id": _id(txn.recorded_by) if txn.recorded_by else None,
                "customer_id": _id(txn.customer),
                "subject_type": "PaymentTransaction", "subject_id": _id(txn.row),
                "verb": "payment.reported" if txn.reported_by_client else "payment.recorded",
                "details": {"method": txn.method.value, "status": txn.status.value,
                            "amount_cents": txn.amount_cents},
                **self.stamp(txn.occurred_at),
            })
        await self.bulk(Allocation, allocations)
        await self.bulk(Activity, activity)
        for invoice in self.invoices:
            assert invoice.row is not None
            if invoice.voided_at is not None:
                self.add(Activity(actor_user_id=_id(office), customer_id=_id(invoice.customer),
                                  subject_type="Invoice", subject_id=_id(invoice.row), verb="invoice.voided",
                                  details={"number": invoice.number}, **self.stamp(invoice.voided_at)))
            if invoice.bad_debt_at is not None:
                self.add(Activity(actor_user_id=_id(self.users["owner"]), customer_id=_id(invoice.customer),
                                  subject_type="Invoice", subject_id=_id(invoice.row),
                                  verb="invoice.bad_debt",
                                  details={"number": invoice.number, "balance_cents": invoice.balance},
                                  **self.stamp(invoice.bad_debt_at)))
        for batch in self.batches:
            assert batch.row is not None
            self.add(Activity(actor_user_id=_id(office), customer_id=_id(batch.customer),
                              subject_type="Batch", subject_id=_id(batch.row), verb="batch.created",
                              details={"number": batch.row.number, "invoices": len(batch.invoices)},
                              **self.stamp(_utc(batch.issued_on, 9))))

    def invoice_row(self, invoice: _InvPlan) -> Invoice:
        if invoice.issued_on is not None:
            created = min(_utc(invoice.issued_on, 18), self.now)
        else:
            created = max(plan.finished_at or self.now for plan in invoice.jobs) + timedelta(minutes=10)
            created = min(created, self.now)
        changed = invoice.voided_at or invoice.bad_debt_at or created
        return Invoice(
            number=invoice.number, customer_id=_id(invoice.customer),
            property_id=_id(invoice.prop) if invoice.prop else None,
            batch_id=_id(invoice.batch.row) if invoice.batch and invoice.batch.row else None,
            status=invoice.status(), issued_on=invoice.issued_on, due_on=invoice.due_on,
            tax_rate=self.company.tax_rate, subtotal_cents=invoice.totals.subtotal_cents,
            tax_cents=invoice.totals.tax_cents, total_cents=invoice.totals.total_cents, notes=invoice.notes,
            internal_notes=invoice.internal_notes,
            corrects_invoice_id=(_id(invoice.corrects.row) if invoice.corrects and invoice.corrects.row
                                 else None),
            voided_at=invoice.voided_at, bad_debt_at=invoice.bad_debt_at, created_at=created,
            updated_at=changed,
        )

    # -- the office's side and the portal's bell

    async def crm_and_notifications(self) -> None:
        c, u = self.customers, self.users
        office, owner = u["office"], u["owner"]
        for row in c.values():
            self.add(Activity(actor_user_id=_id(office), customer_id=_id(row), subject_type="Customer",
                              subject_id=_id(row), verb="customer.created",
                              details={"display_name": row.display_name}, **self.stamp(row.created_at)))
        for login in u.values():
            self.add(Activity(actor_user_id=_id(owner), customer_id=login.customer_id, subject_type="User",
                              subject_id=_id(login), verb="user.created",
                              details={"username": login.username, "role": login.role.value},
                              **self.stamp(login.created_at)))

        def today_job(key: str, status: JobStatus) -> _JobPlan:
            return next(p for p in self.jobs
                        if p.day == self.today and p.customer is c[key] and p.status == status)

        damage_job = today_job("pm40", JobStatus.FINISHED)
        internal, customer = NoteVisibility.INTERNAL, NoteVisibility.CUSTOMER
        notes = (
            ("reyes", None, None, internal,
             "Jordan asked for Maria's team permanently — set as default crew. Mention the roof-deck drain "
             "next visit.", 200),
            ("reyes", None, None, customer,
             "Thanks for the referral, Jordan! $25 off your next deep clean.", 90),
            ("pm40", self.properties["pm40"][3], None, internal,
             "Hot tub cover lock is broken; reported to Alicia, she's ordering a new one.", 60),
            ("pm40", damage_job.prop, damage_job, customer,
             "Found a broken wine glass under the sofa; cleaned up safely. Photo on the job.", 0),
            ("lyle", None, None, internal,
             "Promised to pay by Friday (third time). Don't send a crew until we have cash in hand.", 20),
            ("pm12", None, None, internal,
             "Dennis disputes the carpet charge on 2R — waived once, not again.", 45),
            ("bluestone", None, None, customer,
             "Quarterly window washing is now on the schedule, as agreed with Dr. Shah.", 150),
            ("raman", None, None, customer,
             "Your pool will be closed for winter in early October; we'll text the day before.", 30),
        )
        for key, target, job_plan, visibility, body, days_ago in notes:
            at = self.now - timedelta(hours=1) if days_ago == 0 else self.ago(days_ago, 14, 5)
            self.add(Note(customer_id=_id(c[key]), property_id=_id(target) if target else None,
                          job_id=_id(job_plan.row) if job_plan and job_plan.row else None,
                          visibility=visibility,
                          body=body, author_user_id=_id(office), **self.stamp(at)))
        self.add(
            Reminder(customer_id=_id(c["pm12"]),
                     text="Call Dennis about the overdue statement — before 10am.",
                     due_at=_utc(self.today + timedelta(days=1), 9, 30), assigned_user_id=_id(office),
                     **self.stamp(self.ago(3))),
            Reminder(customer_id=_id(c["bluestone"]), text="Ask for their renewed certificate of insurance.",
                     due_at=_utc(self.today + timedelta(days=10), 11), assigned_user_id=_id(owner),
                     **self.stamp(self.ago(12))),
            Reminder(customer_id=_id(c["reyes"]), text="Send Jordan the link to update the card on file.",
                     due_at=self.ago(150, 10), done_at=self.ago(149, 16), assigned_user_id=_id(office),
                     **self.stamp(self.ago(152))),
            Notice(customer_id=_id(c["lyle"]),
                   text="Balance overdue — collect payment before the next clean.",
                   **self.stamp(self.ago(20))),
            Notice(customer_id=_id(c["reyes"]),
                   text=f"Gate code changed to 2580 on {self.today - timedelta(days=40):%b %-d}.",
                   **self.stamp(self.ago(40))),
            Notice(customer_id=_id(c["pm40"]),
                   text="Holiday season: turnovers from Dec 20 to Jan 2 need a second crew.",
                   active=False, **self.stamp(self.ago(300))),
        )

        # Notifications for the two portal users.
        def note(user: User, kind: NotificationKind, title: str, body: str, subject: SQLModel, at: datetime,
                 read: bool) -> None:
            subject_id = getattr(subject, "id", None)
            self.add(Notification(user_id=_id(user), kind=kind, title=title, body=body,
                                  subject_type=type(subject).__name__, subject_id=subject_id,
                                  read_at=at + timedelta(hours=2) if read else None, **self.stamp(at)))

        pm1, client1 = u["pm1"], u["client1"]
        pm40_open = [i for i in self.invoices if i.customer is c["pm40"] and i.issued_on is not None]
        latest = pm40_open[-1]
        assert latest.row is not None and latest.issued_on is not None
        note(pm1, NotificationKind.INVOICE_GENERATED, f"Invoice {self.company.invoice_prefix}{latest.number}",
             f"{latest.prop.name if latest.prop else ''}: {_dollars(latest.totals.total_cents)}", latest.row,
             _utc(latest.issued_on, 18), False)
        last_batch = self.batches[-1]
        assert last_batch.row is not None
        note(pm1, NotificationKind.BATCH_READY, f"Batch #{last_batch.row.number} is ready", last_batch.notes,
             last_batch.row, _utc(last_batch.issued_on, 9), True)
        batch_payment = next(t for t in reversed(self.txns) if t.customer is c["pm40"])
        assert batch_payment.row is not None
        note(pm1, NotificationKind.PAYMENT_RECORDED, "Payment recorded",
             f"{_dollars(batch_payment.amount_cents)} by "
             f"{batch_payment.method.value.replace('_', ' ').lower()}",
             batch_payment.row, batch_payment.occurred_at, True)
        assert damage_job.row is not None and damage_job.finished_at is not None
        note(pm1, NotificationKind.JOB_COMPLETED, "Turnover finished", damage_job.prop.name, damage_job.row,
             damage_job.finished_at, False)

        reyes_issued = [i for i in self.invoices if i.customer is c["reyes"] and i.issued_on is not None]
        newest = reyes_issued[-1]
        assert newest.row is not None and newest.issued_on is not None
        note(client1, NotificationKind.INVOICE_GENERATED,
             f"Invoice {self.company.invoice_prefix}{newest.number}",
             f"{_dollars(newest.totals.total_cents)}, due {newest.due_on:%b %-d}", newest.row,
             _utc(newest.issued_on, 18), False)
        card = next(t for t in reversed(self.txns) if t.customer is c["reyes"]
                    and t.status == TransactionStatus.COMPLETED)
        assert card.row is not None
        note(client1, NotificationKind.PAYMENT_RECORDED, "Payment received",
             f"{_dollars(card.amount_cents)} — thank you!", card.row, card.occurred_at, True)
        done = next(p for p in reversed(self.jobs)
                    if p.customer is c["reyes"] and p.status == JobStatus.FINISHED)
        assert done.row is not None and done.finished_at is not None
        note(client1, NotificationKind.JOB_COMPLETED, "Your clean is done", done.prop.name, done.row,
             done.finished_at, True)
