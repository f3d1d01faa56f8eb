"""The demo's story as data: Sparkle & Shine Cleaning Co. in Brooklyn, its people, clients and texts.

Plain tuples and frozen dataclasses only; nothing here touches the database. `demo.plan` turns this into a
year of dated work and `demo.build` replays it through the business functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.enums import ContactRole, CustomerKind, PropertyType, Role

SEED = 20_240_917
COMPANY_NAME = "Sparkle & Shine Cleaning Co."
TIME_ZONE = "America/New_York"
HISTORY_DAYS = 365
LOOKAHEAD_DAYS = 14
PORTAL_DAYS = 90
"""The client portal opened (and its users were invited) this many days ago."""

COMPANY: dict[str, Any] = {
    "name": COMPANY_NAME, "email": "hello@example.com", "phone": "(718) 555-0100",
    "website": "https://sparkleandshine.example.com", "address_line1": "214 Franklin St",
    "address_line2": "Ground Floor", "city": "Brooklyn", "region": "NY", "postal_code": "11222",
    "country": "US", "time_zone": TIME_ZONE, "currency": "USD", "tax_rate": "8.875", "card_fee_percent": "2.9",
    "card_fee_fixed_cents": 30, "ach_fee_percent": "0.8", "ach_fee_fixed_cents": 0, "invoice_prefix": "SS-",
    "next_invoice_number": 1001, "next_batch_number": 1, "payment_terms_days": 30,
    "notify_clients_job_completed": True,
}


@dataclass(frozen=True, slots=True)
class ServiceSpec:
    name: str
    description: str
    price_cents: int
    taxable: bool
    minutes: int
    """Time on site per unit (0: done alongside, e.g. laundry while cleaning)."""
    checklist: tuple[tuple[str, bool], ...] = ()
    """(label, required) of the service's checklist template."""


SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec("Standard Clean", "Recurring clean of kitchen, bathrooms, floors and surfaces.", 14500, True, 150, (
        ("Kitchen counters, sink & stovetop", True), ("Bathrooms scrubbed & disinfected", True),
        ("Vacuum & mop all floors", True), ("Dust reachable surfaces", False),
        ("Empty all trash & replace liners", False))),
    ServiceSpec("Deep Clean", "Top-to-bottom clean including baseboards, grout and fixtures.", 28500, True, 270, (
        ("Baseboards & door frames wiped", True), ("Grout scrubbed in showers", True), ("Inside microwave", False),
        ("Light fixtures & vents dusted", False), ("Behind & under furniture", False))),
    ServiceSpec("Move-out Clean", "Empty-unit clean for the end of a lease; inside every cabinet.", 39500, True, 330, (
        ("Inside all cabinets & drawers", True), ("Inside oven & fridge", True), ("Closets emptied & wiped", True),
        ("Walls spot-cleaned", False), ("Final walkthrough photos", True))),
    ServiceSpec("Turnover Clean", "Short-term rental turnover between guests, linens and restock.", 12500, True, 120, (
        ("Strip & remake beds with fresh linen", True), ("Restock toiletries, coffee & paper goods", True),
        ("Report damage or missing items", True), ("Photo of every room after cleaning", True),
        ("Reset thermostat & lock up", False))),
    ServiceSpec("Office Cleaning", "Offices, restrooms and break room after hours.", 22000, True, 150, (
        ("Empty trash & recycling", True), ("Sanitize restrooms", True),
        ("Disinfect door handles & light switches", True), ("Wipe reception desk & break room", False),
        ("Vacuum carpets", False))),
    ServiceSpec("Window Washing", "Per window, inside and reachable outside, sills and screens.", 1800, True, 6, (
        ("Interior glass & sills", True), ("Exterior glass (reachable)", False), ("Screens wiped", False))),
    ServiceSpec("Carpet Shampoo", "Per room: pre-treatment and hot-water extraction.", 4500, True, 30, (
        ("Pre-treat stains", True), ("Extraction pass", True), ("Fans set for drying", False))),
    ServiceSpec("Laundry add-on", "Per load: wash, dry and fold while we clean.", 2500, True, 0, (
        ("Wash, dry & fold", False),)),
    ServiceSpec("Inside Fridge & Oven", "Add-on: inside the fridge and the oven.", 4000, True, 40),
    ServiceSpec("Pool Maintenance", "Weekly skim, vacuum, brush and water chemistry.", 9500, False, 60, (
        ("Skim surface & vacuum floor", True), ("Test & balance chemistry", True),
        ("Empty skimmer & pump baskets", True), ("Brush walls & tile line", False),
        ("Backwash filter if pressure is high", False))),
    ServiceSpec("Pool Chemicals", "Chlorine, shock and balancers used this visit.", 3800, True, 0),
    ServiceSpec("Pool Opening", "Spring opening: cover off, equipment start-up, first balance.", 35000, False, 180, (
        ("Cover removed, cleaned & stored", True), ("Pump & filter started, no leaks", True))),
    ServiceSpec("Pool Closing", "Autumn closing: winterize lines, cover on.", 32500, False, 180, (
        ("Lines blown out & plugged", True), ("Winter cover secured", True))),
)

# (key, name, phone as typed, active); the e-mail is the ASCII name at example.com.
EMPLOYEES: tuple[tuple[str, str, str, bool], ...] = (
    ("maria", "Maria Gonzalez", "(917) 555-0121", True),
    ("tomasz", "Tomasz Nowak", "917-555-0122", True),
    ("kevin", "Kevin Okafor", "347.555.0123", True),
    ("ana", "Ana Lucía Pérez", "(646) 555-0124", True),
    ("shanice", "Shanice Williams", "718 555 0125", True),
    ("luis", "Luis Ortega", "+1 917 555 0126", True),
    ("grace", "Grace Kim", "(929) 555-0127", True),
    ("brian", "Brian Costa", "(718) 555-0128", False),
)
TEAMS: dict[str, tuple[str, ...]] = {
    "Team Blue": ("maria", "kevin", "ana"),
    "Team Green": ("tomasz", "shanice", "grace"),
    "Pool & Windows": ("luis", "grace"),
}


@dataclass(frozen=True, slots=True)
class UserSpec:
    username: str
    name: str
    role: Role
    employee: str | None = None
    customer: str | None = None
    finances: bool = True
    properties: tuple[int, ...] = ()
    """Indexes into the customer's properties the user is limited to (none: the whole account)."""


OWNER = UserSpec("owner", "Dana Whitfield", Role.OWNER)
USERS: tuple[UserSpec, ...] = (
    UserSpec("office", "Rosa Delgado", Role.OFFICE),
    *(UserSpec(f"field{number}", name, Role.EMPLOYEE, employee=key)
      for number, (key, name, _, _) in enumerate(EMPLOYEES[:7], start=1)),
    UserSpec("pm1", "Alicia Moreno", Role.CUSTOMER, customer="pm40"),
    UserSpec("pm1-site", "Keisha Grant", Role.CUSTOMER, customer="pm40", finances=False, properties=(0, 1, 2)),
    UserSpec("client1", "Jordan Reyes", Role.CUSTOMER, customer="reyes"),
)
DEMO_USERNAMES = ("owner", "office", "field1", "field2", "pm1", "pm1-site", "client1")

TAGS: dict[str, str] = {
    "Property manager": "#2563eb", "Airbnb host": "#db2777", "VIP": "#ca8a04", "Net 30": "#0d9488",
    "Slow payer": "#dc2626", "Autopay": "#16a34a", "Commercial": "#7c3aed", "Pool": "#0891b2",
    "Do not service": "#111827",
}


@dataclass(frozen=True, slots=True)
class CustomerSpec:
    key: str
    days_ago: int
    """When the office created the customer."""
    display_name: str
    billing_name: str | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    address: tuple[str, str | None, str, str]
    """(line 1, line 2, city, ZIP); all in NY, US."""
    internal_notes: str | None
    customer_notes: str | None
    kind: CustomerKind = CustomerKind.RESIDENTIAL
    tags: tuple[str, ...] = ()
    archived: bool = False
    """Archived (and portal access off) once its last work is done."""
    contacts: tuple[tuple[str, ContactRole, str | None, str], ...] = field(default=())
    """(name, role, e-mail, phone as typed)"""


CUSTOMERS: tuple[CustomerSpec, ...] = (
    CustomerSpec(
        "pm12", 420, "Harborview Property Management", "Harborview PM LLC",
        ("harborview.office@example.com", "dennis.kowalski@example.com"), ("(718) 555-0134",),
        ("611 Manhattan Ave", "Suite 3", "Brooklyn", "11222"),
        "Owner is slow to pay — call before 10am, never after 4. Checks arrive ~5 weeks after the statement; "
        "Dennis disputes anything not on the work order.",
        "Monthly statement on the 1st, net 30. Please put the unit number on every visit.",
        kind=CustomerKind.PROPERTY_MANAGER, tags=("Property manager", "Net 30", "Slow payer"),
        contacts=(("Dennis Kowalski", ContactRole.OWNER, "dennis.kowalski@example.com", "(718) 555-0134"),
                  ("Agnieszka Nowicka", ContactRole.BILLING, "harborview.office@example.com", "718-555-0135"),
                  ("Ramón Cruz", ContactRole.ON_SITE, None, "(347) 555-0136")),
    ),
    CustomerSpec(
        "pm40", 410, "Metro Nest Rentals", "Metro Nest Hospitality LLC",
        ("metronest.ops@example.com", "ap.metronest@example.com"), ("212-555-0140", "(917) 555-0141"),
        ("147 Front St", "Suite 400", "Brooklyn", "11201"),
        "Pays the monthly batch by ACH around the 10th. Turnovers are hard deadlines (4pm check-in). Alicia "
        "prefers texts; escalate damage to her the same day.",
        "Turnovers must be finished by 3:00 pm. Report damage with photos on the job before leaving.",
        kind=CustomerKind.PROPERTY_MANAGER, tags=("Property manager", "Airbnb host", "VIP", "Net 30"),
        contacts=(("Alicia Moreno", ContactRole.APPROVER, "alicia.moreno@example.com", "(917) 555-0141"),
                  ("Ben Schultz", ContactRole.BILLING, "ap.metronest@example.com", "212-555-0142"),
                  ("Keisha Grant", ContactRole.ON_SITE, "keisha.grant@example.com", "(646) 555-0143")),
    ),
    CustomerSpec(
        "reyes", 400, "Jordan Reyes", "Reyes Family Trust",
        ("jordan.reyes@example.com", "reyes.trust@example.com"), ("(917) 555-0148", "718.555.0119"),
        ("c/o Alvarez & Lin CPAs, 26 Court St", "Suite 1200", "Brooklyn", "11242"),
        "Card on file (autopay). Prefers Maria's team — no new staff without a walkthrough. Invoices go to the "
        "trust's accountant, Marisol.",
        "Fragrance-free products please (asthma). Shoes off inside.",
        tags=("Autopay", "VIP"),
        contacts=(("Jordan Reyes", ContactRole.OWNER, "jordan.reyes@example.com", "(917) 555-0148"),
                  ("Marisol Alvarez", ContactRole.BILLING, "reyes.trust@example.com", "(718) 555-0149")),
    ),
    CustomerSpec(
        "park", 380, "Eleanor Park", "Eleanor Park", ("eleanor.park@example.com",), ("718-555-0163",),
        ("58 Remsen St", "Apt 4", "Brooklyn", "11201"),
        "Pays by mailed check; clears about a week later. Hard of hearing: knock loudly, then call.",
        "Please don't move the framed photos on the piano.",
    ),
    CustomerSpec(
        "bell", 370, "Marcus Bell", "Tanya Bell", ("marcus.bell@example.com", "tanya.bell@example.com"),
        ("347 555 0172",), ("23-41 Ditmars Blvd", "Apt 3F", "Astoria", "11105"),
        "Tanya pays by Zelle the same day; sometimes cash on the counter — count it on camera.",
        "Two cats: keep the bedroom door closed.",
        contacts=(("Tanya Bell", ContactRole.BILLING, "tanya.bell@example.com", "347 555 0173"),),
    ),
    CustomerSpec(
        "lyle", 390, "Derek Lyle", None, ("derek.lyle@example.com",), ("(646) 555-0177",),
        ("301 Troutman St", "Loft 2", "Brooklyn", "11237"),
        "Cash only, always late. Works nights: don't call before noon. Collect the overdue balance before the "
        "next clean.",
        "Buzzer is broken — text when you arrive.",
        tags=("Slow payer",),
    ),
    CustomerSpec(
        "marchetti", 400, "Sofia Marchetti", "Sofia Marchetti", ("sofia.marchetti@example.com",),
        ("(646) 555-0181",), ("118 E 7th St", "Apt 5C", "New York", "10009"),
        "Moved to Boston when the lease ended. Move-out invoice re-issued and the card charge refunded.",
        None, archived=True,
    ),
    CustomerSpec(
        "brennan", 395, "Kyle Brennan", "Brennan Holdings LLC", ("kyle.brennan@example.com",), ("917 555 0186",),
        ("245 W 126th St", None, "New York", "10027"),
        "Stopped answering after his last clean; two invoices written off as bad debt. Do not rebook without "
        "prepayment.",
        None, tags=("Do not service", "Slow payer"), archived=True,
    ),
    CustomerSpec(
        "bluestone", 405, "Bluestone Dental Group", "Bluestone Dental Group, PLLC",
        ("frontdesk.bluestone@example.com", "billing.bluestone@example.com"), ("718 555 0190", "+1 (718) 555-0191"),
        ("142 Joralemon St", "Suite 2B", "Brooklyn", "11201"),
        "Pays by ACH. Once overpaid by check — the credit is on account. Alarm code is with Dr. Shah only.",
        "Saturday mornings only — never during patient hours.",
        kind=CustomerKind.BUSINESS, tags=("Commercial", "Net 30"),
        contacts=(("Dr. Anita Shah", ContactRole.OWNER, "anita.shah@example.com", "718 555 0190"),
                  ("Carla Mendes", ContactRole.BILLING, "billing.bluestone@example.com", "718 555 0191"),
                  ("Joe Russo (super)", ContactRole.ON_SITE, None, "(917) 555-0192")),
    ),
    CustomerSpec(
        "raman", 385, "Priya Raman", "Priya & Arjun Raman", ("priya.raman@example.com",), ("(718) 555-0195",),
        ("150-22 12th Ave", None, "Whitestone", "11357"),
        "Gate latch sticks — lift and push. Biscuit (dog) is friendly but escapes.",
        "Pool chemicals are billed separately when used.",
        tags=("Pool",),
        contacts=(("Arjun Raman", ContactRole.OWNER, "arjun.raman@example.com", "(718) 555-0196"),),
    ),
)


@dataclass(frozen=True, slots=True)
class PropertySpec:
    customer: str
    name: str
    address: tuple[str, str | None, str, str]
    """(line 1, line 2, city, ZIP); all in NY, US."""
    access_notes: str | None
    description: str | None
    internal_notes: str | None = None
    type: PropertyType = PropertyType.RESIDENTIAL
    retired: bool = False
    """No longer in use (the client moved away)."""


# The hand-written properties; the two property managers' units are drawn in `demo.plan`.
PROPERTIES: tuple[PropertySpec, ...] = (
    PropertySpec("reyes", "Reyes Brownstone", ("412 Carroll St", None, "Brooklyn", "11215"),
                 "Gate code 2580, then the front door key from the lockbox (code 0917).",
                 "4-storey brownstone, 3 bathrooms, roof deck.",
                 "Son Mateo is home on Tuesdays; the dog is in the yard."),
    PropertySpec("reyes", "Carmen's Apartment", ("725 Underhill Ave", "Apt 4B", "Brooklyn", "11238"),
                 "Carmen (Jordan's mother) lets you in; she likes to chat — budget 10 minutes.",
                 "2BR co-op, elevator building."),
    PropertySpec("park", "Remsen St Apartment", ("58 Remsen St", "Apt 4", "Brooklyn", "11201"),
                 "Knock loudly, then call; she keeps the chain on.", "1BR, piano in the living room."),
    PropertySpec("bell", "Ditmars Blvd Apartment", ("23-41 Ditmars Blvd", "Apt 3F", "Astoria", "11105"),
                 "Lockbox on the fire-escape gate, code {code}.", "2BR with two cats."),
    PropertySpec("lyle", "Troutman St Loft", ("301 Troutman St", "Loft 2", "Brooklyn", "11237"),
                 "Buzzer broken: text Derek when you arrive.", "Open-plan loft, concrete floors.",
                 "Collect cash before starting."),
    PropertySpec("marchetti", "E 7th St Studio", ("118 E 7th St", "Apt 5C", "New York", "10009"),
                 "Doorman building.", "Studio, 5th floor walk-up.", retired=True),
    PropertySpec("brennan", "W 126th St Duplex", ("245 W 126th St", None, "New York", "10027"),
                 "Key under the planter (!).", "Duplex, 2 bathrooms.", retired=True),
    PropertySpec("bluestone", "Bluestone Dental — Joralemon St", ("142 Joralemon St", "Suite 2B", "Brooklyn", "11201"),
                 "Super Joe opens Saturdays at 7:45; alarm disarmed by Dr. Shah.",
                 "4 operatories, waiting room, 2 restrooms, break room.",
                 "Never touch the sterilization room — staff only.", type=PropertyType.BUSINESS),
    PropertySpec("raman", "Raman Backyard Pool", ("150-22 12th Ave", None, "Whitestone", "11357"),
                 "Side gate on the left; latch sticks — lift and push. Close it behind you (dog).",
                 "In-ground 16 by 32 ft vinyl pool, sand filter, salt chlorinator.", type=PropertyType.POOL),
)

# (customer, property index, label, required): checklist items of one property, after the services' items.
PROPERTY_CHECKLISTS: tuple[tuple[str, int, str, bool], ...] = (
    ("reyes", 0, "Water the plants on the fire escape", False),
    ("bluestone", 0, "Lock the supply closet & set the alarm", True),
    ("raman", 0, "Close & latch the side gate (dog)", True),
    ("pm40", 3, "Check the hot tub cover is closed", True),
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
# Harborview's buildings: (neighbourhood, street address, units)
BUILDINGS: tuple[tuple[str, str, int], ...] = (
    ("Greenpoint", "98 Franklin St", 6), ("Greenpoint", "171 Nassau Ave", 3), ("Williamsburg", "312 Berry St", 3),
)
RENTALS = 40
RENTAL_STYLES = ("Loft", "Studio", "Garden Suite", "Brownstone Flat", "Skyline 2BR", "Artist Loft",
                 "Parlor Floor", "Penthouse", "Railroad Flat", "Corner Suite")
BEDROOM_LABEL = {0: "Studio, sleeps 2", 1: "1BR/1BA, sleeps 3", 2: "2BR/1BA, sleeps 5", 3: "3BR/2BA, sleeps 7"}
TURNOVER_PRICE = {0: 11000, 1: 12500, 2: 16500, 3: 21000}
STANDARD_PRICE = {0: 12500, 1: 14500, 2: 17500, 3: 21000}
SUPERS = ("Ramón", "Eddie", "Mrs. Kowalczyk", "Vinny", "Joanne")
APARTMENT_ACCESS = (
    "Key with the super, {super}, apt 1R — call ahead.",
    "Lockbox on the basement door, code {code}.",
    "Building door code {code}#, unit key in the lockbox by the mailboxes.",
)
RENTAL_ACCESS = (
    "Lockbox on the stair railing, code {code}. Put keys back and scramble the dial.",
    "Keypad entry {code}#; unit smart lock code changes per guest — check the job notes.",
    "Doorman building: tell the front desk you're with Sparkle & Shine for {unit}.",
    "Garden entrance under the stoop; lockbox code {code}. Trash out Tue/Fri.",
    "Key with the super, {super}, apt 1A — call 30 minutes ahead.",
)
FIRST_APARTMENT_NOTE = "Owner is slow to pay — call before 10am."
HOT_TUB_NOTE = "Hot tub on the roof deck: cover lock is broken, reported to Alicia."

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

# (customer, property index or None, on today's finished pm40 turnover?, internal?, text, days ago)
NOTES: tuple[tuple[str, int | None, bool, bool, str, int], ...] = (
    ("reyes", None, False, True, "Jordan asked for Maria's team permanently — set as default crew. Mention the "
     "roof-deck drain next visit.", 200),
    ("reyes", None, False, False, "Thanks for the referral, Jordan! $25 off your next deep clean.", 90),
    ("pm40", 3, False, True, "Hot tub cover lock is broken; reported to Alicia, she's ordering a new one.", 60),
    ("pm40", None, True, False, "Found a broken wine glass under the sofa; cleaned up safely. Photo on the job.", 0),
    ("pm40", 3, False, False, "The hot tub cover locks again: the key hangs in the lockbox with the door key.", 10),
    ("lyle", None, False, True, "Promised to pay by Friday (third time). Don't send a crew until we have cash in "
     "hand.", 20),
    ("pm12", None, False, True, "Dennis disputes the carpet charge on 2R — waived once, not again.", 45),
    ("bluestone", None, False, False, "Quarterly window washing is now on the schedule, as agreed with Dr. Shah.",
     150),
    ("raman", None, False, False, "Your pool will be closed for winter in early October; we'll text the day "
     "before.", 30),
)
# (customer, text, due in days from today (negative: past), done a day after it was due?, assigned username,
#  created days ago)
REMINDERS: tuple[tuple[str, str, int, bool, str, int], ...] = (
    ("pm12", "Call Dennis about the overdue statement — before 10am.", 1, False, "office", 3),
    ("bluestone", "Ask for their renewed certificate of insurance.", 10, False, "owner", 12),
    ("reyes", "Send Jordan the link to update the card on file.", -150, True, "office", 152),
)
# (customer, text ({gate_day} filled in), active, days ago)
NOTICES: tuple[tuple[str, str, bool, int], ...] = (
    ("lyle", "Balance overdue — collect payment before the next clean.", True, 20),
    ("reyes", "Gate code changed to 2580 on {gate_day}.", True, 40),
    ("pm40", "Holiday season: turnovers from Dec 20 to Jan 2 need a second crew.", False, 300),
)
