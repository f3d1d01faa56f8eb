"""A client list to import, with the mess real ones have, and the import timed over it (`bench/RESULTS.md`).

    uv run python -m bench.customer_import --rows 10000 --out var/clients.csv
    uv run python -m bench.customer_import --rows 10000 --out var/clients.csv --database-url URL [--runs 2]

The file mixes, deterministically for a `--seed`:

* clients (people, and businesses billed under a legal name), each with an e-mail, one or two phones, an
  address, a property (their home, or a named site) and sometimes tags and a note;
* the same client again, typed differently (e-mail in capitals, name in lower case with extra spaces, phone in
  another format): the import must match these, not create them twice;
* a client's second property on a row of its own (same name and e-mail): matched, and the property added;
* near-duplicates (a letter swapped in the name, other contact details): created, reported as possible
  duplicates;
* bad rows (no name, a broken e-mail or phone, a NUL character, a property without a city, an extra cell):
  rejected with their line, while every other row goes in.

With `--database-url` it migrates that database, imports the file `--runs` times as `dop import customers` does
(batches of `--batch-rows`, one transaction each) and prints the outcome and the time of each run: the second run
must create nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.names import (
    BUSINESS_STEMS,
    BUSINESS_TRADES,
    CITIES,
    CUSTOMER_NOTES,
    EMAIL_DOMAINS,
    FIRST_NAMES,
    LAST_NAMES,
    LEGAL_SUFFIXES,
    STREET_NAMES,
    STREET_SUFFIXES,
)

HEADER = ("Client Name", "Billing Name", "E-mail", "Mobile", "Home Phone", "Address", "City", "State", "Zip",
          "Property", "Property Address", "Property City", "Property State", "Tags", "Notes")
TAGS = ("VIP", "Weekly", "Biweekly", "Monthly", "Pets", "Commercial", "Referral", "Late payer", "Key holder")

DUPLICATE_SHARE = 0.05
SECOND_PROPERTY_SHARE = 0.03
NEAR_DUPLICATE_SHARE = 0.02
BAD_SHARE = 0.02


@dataclass(frozen=True, slots=True)
class Expected:
    """What importing the generated file into an empty database must report."""

    created: int
    matched: int
    rejected: int
    kinds: dict[str, int]
    """Rows of each kind: clients, repeats, second properties, near duplicates, bad rows."""


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _swap_letter(rng: random.Random, name: str) -> str:
    """The name with two different neighbouring letters swapped (a typo)."""
    letters = [index for index in range(1, len(name) - 1)
               if name[index].isalpha() and name[index + 1].isalpha() and name[index] != name[index + 1]]
    index = rng.choice(letters)
    return name[:index] + name[index + 1] + name[index] + name[index + 2:]


def generate_rows(rows: int, seed: int = 1) -> tuple[list[list[str]], Expected]:
    """The file's records (header first) and what an import into an empty database must report."""
    rng = random.Random(seed)
    people = [(first, last) for first in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(people)
    businesses = [(stem, trade) for stem in BUSINESS_STEMS for trade in BUSINESS_TRADES]
    rng.shuffle(businesses)
    records: list[list[str]] = [list(HEADER)]
    clients: list[list[str]] = []
    created = matched = rejected = 0
    counter = 0
    kinds: Counter[str] = Counter()

    def client() -> list[str]:
        nonlocal counter
        counter += 1
        city, region, zip_prefix, area_codes = rng.choice(CITIES)
        street = f"{rng.randint(1, 9999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIXES)}"
        phone = f"({rng.choice(area_codes)}) {200 + counter // 10_000:03d}-{counter % 10_000:04d}"
        if rng.random() < 0.2 and businesses:
            stem, trade = businesses.pop()
            name, billing = f"{stem} {trade}", f"{stem} {trade} {rng.choice(LEGAL_SUFFIXES)}"
            email = f"office{counter}@{stem.lower().replace(' ', '')}.example.com"
            place_name, place_street = f"{stem} {trade} office", street
        else:
            first, last = people.pop()
            name, billing = f"{first} {last}", ""
            local = "".join(ch for ch in f"{first}.{last}".lower() if ch.isalnum() or ch == ".")
            email = f"{local}{counter}@{rng.choice(EMAIL_DOMAINS)}"
            place_name, place_street = "Home", ""
        home = f"{rng.choice(area_codes)}-{300 + counter // 10_000:03d}-{counter % 10_000:04d}" \
            if rng.random() < 0.3 else ""
        tags = "; ".join(rng.sample(TAGS, rng.randint(0, 2)))
        note = rng.choice(CUSTOMER_NOTES) if rng.random() < 0.3 else ""
        return [name, billing, email, phone, home, street, city, region, f"{zip_prefix}{rng.randint(0, 99):02d}",
                place_name, place_street, city if place_street else "", region if place_street else "", tags, note]

    while len(records) - 1 < rows:
        roll = rng.random()
        if clients and roll < DUPLICATE_SHARE:
            again = list(rng.choice(clients))
            again[0] = "  " + again[0].lower().replace(" ", "   ") + " "
            again[2] = again[2].upper()
            digits = "".join(ch for ch in again[3] if ch.isdigit())
            again[3] = f"+1 {digits[:3]}.{digits[3:6]}.{digits[6:]}"
            if rng.random() < 0.5:
                again[2] = ""  # matched by phone alone
            records.append(again)
            matched += 1
            kinds["repeats"] += 1
        elif clients and roll < DUPLICATE_SHARE + SECOND_PROPERTY_SHARE:
            owner = list(rng.choice(clients))
            city, region, _, _ = rng.choice(CITIES)
            owner[9] = f"Site {rng.randint(100, 999)}"
            owner[10] = f"{rng.randint(1, 9999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIXES)}"
            owner[11], owner[12] = city, region
            owner[13], owner[14] = "", ""
            records.append(owner)
            matched += 1
            kinds["second properties"] += 1
        elif clients and roll < DUPLICATE_SHARE + SECOND_PROPERTY_SHARE + NEAR_DUPLICATE_SHARE:
            near = client()
            near[0] = _swap_letter(rng, rng.choice(clients)[0])
            if _key(near[0]) in {_key(known[0]) for known in clients} | {_key(known[1]) for known in clients}:
                continue  # the typo made another client's name: not a near-duplicate
            records.append(near)
            clients.append(near)
            created += 1
            kinds["near duplicates"] += 1
        elif roll < DUPLICATE_SHARE + SECOND_PROPERTY_SHARE + NEAR_DUPLICATE_SHARE + BAD_SHARE:
            bad = client()
            flaw = rng.randrange(6)
            if flaw == 0:
                bad[0] = " "
            elif flaw == 1:
                bad[2] = bad[2].replace("@", " at ")
            elif flaw == 2:
                bad[3] = "12"
            elif flaw == 3:
                bad[14] = "broken\x00note"
            elif flaw == 4:
                bad[9], bad[10], bad[11] = "Warehouse", "1 Dock Rd", ""
            else:
                bad.append("stray cell")
            records.append(bad)
            rejected += 1
            kinds["bad rows"] += 1
        else:
            fresh = client()
            records.append(fresh)
            clients.append(fresh)
            created += 1
            kinds["clients"] += 1
    return records, Expected(created=created, matched=matched, rejected=rejected, kinds=dict(kinds))


def to_csv(records: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(records)
    return buffer.getvalue().encode("utf-8-sig")


async def run_import(url: str, content: bytes, *, batch_rows: int) -> tuple[Counter[str], int, float]:
    """Import as `dop import customers` does; (outcomes, possible duplicates, seconds)."""
    from app.database import create_engine, create_session_factory
    from auth.viewer import Viewer
    from models.enums import Role
    from resolvers import customer_import

    engine = create_engine(url)
    try:
        started = time.perf_counter()
        parsed = customer_import.parse_file(content)
        job = await customer_import.import_in_batches(create_session_factory(engine), Viewer(role=Role.OWNER),
                                                      parsed, batch_rows=batch_rows, filename="bench.csv")
        elapsed = time.perf_counter() - started
    finally:
        await engine.dispose()
    outcomes = Counter(row.outcome.value for row in job.report.rows)
    return outcomes, job.report.possible_duplicates, elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("var/clients.csv"))
    parser.add_argument("--database-url", help="Import the file into this (migrated) database and time it.")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--batch-rows", type=int, default=200)
    args = parser.parse_args(argv)

    records, expected = generate_rows(args.rows, args.seed)
    content = to_csv(records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(content)
    print(f"{args.out}: {len(records) - 1} rows, {len(content):,} bytes; into an empty database expect "
          f"{expected.created} created, {expected.matched} matched, {expected.rejected} rejected ({expected.kinds})")
    if not args.database_url:
        return 0
    from app.migrations import upgrade

    upgrade(args.database_url)
    for run in range(1, args.runs + 1):
        outcomes, possible, seconds = asyncio.run(run_import(args.database_url, content, batch_rows=args.batch_rows))
        print(f"run {run}: {seconds:.1f} s, {dict(sorted(outcomes.items()))}, {possible} possible duplicates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
