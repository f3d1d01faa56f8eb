"""Search before create, as plain rules: who is a duplicate candidate, in which order, and how fast."""

from __future__ import annotations

import asyncio
import random

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from models import Customer
from models.enums import CustomerKind, CustomerStatus
from models.problems import Forbidden, UserInputError
from resolvers.customers import (
    CANDIDATE_LIMIT,
    CustomerChanges,
    CustomerSaved,
    DuplicateReason,
    Identity,
    NewCustomer,
    create_customer,
    customers_statement,
    duplicate_candidates,
    duplicate_statement,
    find_duplicate_candidates,
    update_customer,
)
from resolvers.transactions import run_in_transaction
from tests import factories

OFFICE = factories.office()


async def _candidates(session: AsyncSession, **typed: str) -> list[tuple[str, tuple[DuplicateReason, ...]]]:
    found = await duplicate_candidates(session, OFFICE, **typed)
    return [(candidate.customer.display_name, candidate.reasons) for candidate in found]


async def test_the_same_name_typed_differently_is_an_exact_match(session: AsyncSession) -> None:
    # given "OBrien Cleaning"
    await factories.customer(session, display_name="OBrien Cleaning")

    # when the office types "  o'brien  cleaning "
    found = await duplicate_candidates(session, OFFICE, name="  o'brien  cleaning ")

    # then it is found by name, as an exact match scoring 1
    assert [(c.customer.display_name, c.reasons, c.score, c.exact) for c in found] == [
        ("OBrien Cleaning", (DuplicateReason.NAME,), 1.0, True)]


async def test_either_input_name_matches_either_stored_name(session: AsyncSession) -> None:
    # given a customer whose billing name is "ACME, Inc."
    await factories.customer(session, display_name="Road Runner Depot", billing_name="ACME, Inc.")

    # when the office types it as the display name, or as the billing name
    as_name = await _candidates(session, name="acme inc")
    as_billing = await _candidates(session, name="Wile E.", billing_name="Acme Inc")

    # then the stored billing name matches both ways
    assert as_name[0] == ("Road Runner Depot", (DuplicateReason.BILLING_NAME,))
    assert as_billing[0] == ("Road Runner Depot", (DuplicateReason.BILLING_NAME,))


async def test_an_email_in_another_case_and_a_phone_in_another_format_match(session: AsyncSession) -> None:
    # given customers with a stored e-mail and a stored phone
    await factories.customer(session, display_name="Ana Lima", emails=["ana.lima@example.com"])
    await factories.customer(session, display_name="Bo Chen", emails=[], phones=["+15550102030"])

    # when the office types them differently
    by_email = await duplicate_candidates(session, OFFICE, email="Ana.Lima@EXAMPLE.com")
    by_phone = await duplicate_candidates(session, OFFICE, phone="(555) 010-2030")

    # then each is found, saying what matched
    assert [(c.customer.display_name, c.reasons, c.matched_emails) for c in by_email] == [
        ("Ana Lima", (DuplicateReason.EMAIL,), ("ana.lima@example.com",))]
    assert [(c.customer.display_name, c.reasons, c.matched_phones) for c in by_phone] == [
        ("Bo Chen", (DuplicateReason.PHONE,), ("+15550102030",))]


async def test_every_reason_is_listed_strongest_first(session: AsyncSession) -> None:
    # given a customer matching by name, e-mail and phone at once
    await factories.customer(session, display_name="Sparkle Pools", emails=["hi@sparkle.example.com"],
                             phones=["+15550102030"])

    # when all three are typed
    found = await _candidates(session, name="SPARKLE POOLS", email="HI@sparkle.example.com", phone="555.010.2030")

    # then one candidate with every reason
    assert found == [("Sparkle Pools", (DuplicateReason.NAME, DuplicateReason.EMAIL, DuplicateReason.PHONE))]


async def test_exact_matches_come_first_then_similar_names_best_first(session: AsyncSession) -> None:
    # given a typo'd near match, a weaker near match, and an exact match by e-mail
    await factories.customer(session, display_name="Bright Cleaning Crew")
    await factories.customer(session, display_name="Sparkle Cleaning Co")
    await factories.customer(session, display_name="Zed Holdings", emails=["owner@sparkel.example.com"])

    # when the office types "Sparkel Cleaning Co" with that e-mail
    found = await duplicate_candidates(session, OFFICE, name="Sparkel Cleaning Co", email="owner@sparkel.example.com")

    # then the exact match first, then the typo, then the weaker similar name
    assert [(c.customer.display_name, c.reasons[0]) for c in found] == [
        ("Zed Holdings", DuplicateReason.EMAIL),
        ("Sparkle Cleaning Co", DuplicateReason.SIMILAR_NAME),
        ("Bright Cleaning Crew", DuplicateReason.SIMILAR_NAME),
    ]
    assert 1.0 > found[1].score > found[2].score > 0
    assert not found[1].exact


async def test_a_name_missing_a_word_is_a_similar_name(session: AsyncSession) -> None:
    # given "Greenfield Property Management LLC"
    await factories.customer(session, display_name="Greenfield Property Management LLC")

    # when the office types the name without its last words, or with a typo and an abbreviation
    short = await duplicate_candidates(session, OFFICE, name="Greenfield Property")
    typo = await duplicate_candidates(session, OFFICE, name="Greenfeld Property Mgmt")

    # then both find it as a similar (not exact) name
    assert [(c.customer.display_name, c.reasons) for c in short + typo] == [
        ("Greenfield Property Management LLC", (DuplicateReason.SIMILAR_NAME,))] * 2


async def test_merged_customers_are_never_candidates_and_archived_ones_are_marked(session: AsyncSession) -> None:
    # given a survivor, a customer merged into it, and an archived customer, all named alike
    survivor = await factories.customer(session, display_name="Kim's Cleaning")
    await factories.customer(session, display_name="Kims Cleaning", merged_into_id=survivor.id)
    await factories.customer(session, display_name="KIMS CLEANING", status=CustomerStatus.ARCHIVED)

    # when the office types the name
    found = await duplicate_candidates(session, OFFICE, name="kims cleaning")

    # then the survivor and the archived one, the archived one marked
    assert sorted((c.customer.display_name, c.archived) for c in found) == [
        ("KIMS CLEANING", True), ("Kim's Cleaning", False)]


async def test_the_customer_being_edited_is_not_its_own_duplicate(session: AsyncSession) -> None:
    # given one customer
    one = await factories.customer(session, display_name="Solo Homes", emails=["solo@example.com"])

    # when searching for its own details, leaving it out
    found = await find_duplicate_candidates(session, OFFICE, Identity(display_name="Solo Homes",
                                                                      emails=("solo@example.com",)),
                                            exclude_id=one.id)

    # then nothing
    assert found == []


async def test_at_most_ten_candidates(session: AsyncSession) -> None:
    # given twelve customers sharing a phone
    for n in range(12):
        await factories.customer(session, display_name=f"Household {n}", phones=["+15550109999"])

    # when searching by that phone
    found = await duplicate_candidates(session, OFFICE, phone="555 010 9999")

    # then ten, in id order among equals
    assert len(found) == CANDIDATE_LIMIT
    assert [c.customer.display_name for c in found] == [f"Household {n}" for n in range(10)]


async def test_nothing_to_search_finds_nothing(session: AsyncSession) -> None:
    # given a customer named with punctuation only
    await factories.customer(session, display_name="!!!")

    # when the office has typed only punctuation, blanks, or a half phone
    found = await duplicate_candidates(session, OFFICE, name="???", billing_name="  ", phone="555-01")

    # then nothing is searched and nothing found
    assert found == []


async def test_only_the_office_may_search_for_duplicates(session: AsyncSession) -> None:
    # given a customer
    own = await factories.customer(session, display_name="Private Person")

    # when its own portal user asks
    # then access is denied (a GraphQL error, not a userError)
    with pytest.raises(Forbidden):
        await duplicate_candidates(session, factories.client_of(own), name="Private Person")


@pytest.mark.committed
async def test_two_identical_creates_at_once_make_one_customer(sessions: async_sessionmaker[AsyncSession]) -> None:
    # given nothing, and two clicks on "Create" for the same client
    async def create() -> CustomerSaved:
        return await run_in_transaction(sessions, OFFICE, lambda session, viewer: create_customer(
            session, viewer, NewCustomer(display_name="Twin Peaks Cleaning", emails=["twin@example.com"])))

    # when both run at the same time
    results = await asyncio.gather(create(), create(), return_exceptions=True)

    # then one customer is created and the other click is told about it
    created = [result for result in results if isinstance(result, CustomerSaved)]
    refused = [result for result in results if isinstance(result, UserInputError)]
    assert len(created) == 1 and len(refused) == 1, results
    assert refused[0].problems[0].code == "DUPLICATE_CANDIDATES"
    async with sessions() as session:
        assert (await session.execute(sa.select(sa.func.count()).select_from(Customer))).scalar() == 1


async def test_an_update_checks_only_what_it_adds(session: AsyncSession) -> None:
    # given two customers sharing an e-mail already (confirmed long ago)
    first = await factories.customer(session, display_name="Lee Family", emails=["lee@example.com"])
    await factories.customer(session, display_name="Lee Rentals", emails=["lee@example.com"])

    # when the first gets a new phone but keeps the shared e-mail
    assert first.id is not None
    saved = await update_customer(session, OFFICE, first.id, CustomerChanges(
        emails=["LEE@example.com"], phones=["555 010 4444"]))

    # then the old overlap does not block the change
    assert saved.customer.phones == ["+15550104444"]
    assert saved.duplicate_candidates == []


# --- search (the root `customers(search:)` field) ---------------------------------------------------


async def _search(session: AsyncSession, term: str) -> list[str]:
    rows = (await session.execute(customers_statement(OFFICE, search=term))).scalars()
    return [row.display_name for row in rows]


async def test_search_finds_a_customer_by_name_email_or_phone_however_typed(session: AsyncSession) -> None:
    # given customers
    await factories.customer(session, display_name="O'Brien Cleaning", emails=["pat@obrien.example.com"],
                             phones=["+15550102030"])
    await factories.customer(session, display_name="Brightside Homes")

    # when searching in other spellings, cases and formats
    # then the customer is found each time
    assert await _search(session, "obrien cleaning") == ["O'Brien Cleaning"]
    assert await _search(session, "PAT@OBRIEN.EXAMPLE.COM") == ["O'Brien Cleaning"]
    assert await _search(session, "(555) 010-2030") == ["O'Brien Cleaning"]
    assert await _search(session, "brightside") == ["Brightside Homes"]


async def test_search_finds_a_customer_by_part_of_a_phone_in_any_format(session: AsyncSession) -> None:
    # given a customer with a phone, and one without
    await factories.customer(session, display_name="Ada Park", phones=["+15550102030"])
    await factories.customer(session, display_name="Brightside Homes", phones=["+15559990000"])

    # when the office types part of the number, in any format
    # then the customer is found each time
    for typed in ("010-2030", "555 0102", "(555) 010", "+1 555 010 2030", "0102030"):
        assert await _search(session, typed) == ["Ada Park"], typed


async def test_search_finds_a_customer_by_its_billing_address_or_a_propertys(session: AsyncSession) -> None:
    # given a customer billed in Springfield 62701, one with a property on Shore Rd in Lakeside, one elsewhere
    await factories.customer(session, display_name="Ada Park", billing_address_line1="12 Maple St",
                             billing_city="Springfield", billing_postal_code="62701")
    owner = await factories.customer(session, display_name="Nora Quinn")
    await factories.property_(session, owner, address_line1="8 Shore Rd", city="Lakeside", postal_code="49503")
    await factories.customer(session, display_name="Brightside Homes", billing_city="Shelbyville")

    # when the office types a city, a street or a postal code, in any case
    # then the customers with that address are found
    assert await _search(session, "springfield") == ["Ada Park"]
    assert await _search(session, "Maple St") == ["Ada Park"]
    assert await _search(session, "62701") == ["Ada Park"]
    assert await _search(session, "LAKESIDE") == ["Nora Quinn"]
    assert await _search(session, "shore rd") == ["Nora Quinn"]
    assert await _search(session, "49503") == ["Nora Quinn"]


async def test_search_finds_a_customer_by_part_of_an_email(session: AsyncSession) -> None:
    # given a customer with an e-mail
    await factories.customer(session, display_name="Ada Park", emails=["ada.park@example.com"])
    await factories.customer(session, display_name="Brightside Homes", emails=["office@brightside.example.com"])

    # when the office types the start of it
    # then that customer is found
    assert await _search(session, "ada.pa") == ["Ada Park"]


async def test_search_takes_like_wildcards_literally(session: AsyncSession) -> None:
    # given customers in towns
    await factories.customer(session, display_name="Ada Park", billing_city="Springfield")

    # when the office types what LIKE would read as wildcards
    # then nothing matches by accident
    assert await _search(session, "%%%") == []
    assert await _search(session, "s_r") == []


async def test_a_misspelt_name_still_finds_the_customer(session: AsyncSession) -> None:
    # given a customer
    await factories.customer(session, display_name="Brightside Homes")

    # when the office misspells it
    # then it is found
    assert await _search(session, "Brigthside") == ["Brightside Homes"]


async def test_the_list_keeps_one_kind_of_customer(session: AsyncSession) -> None:
    # given a residential customer and a property manager
    await factories.customer(session, display_name="Ada Park", kind=CustomerKind.RESIDENTIAL)
    await factories.customer(session, display_name="Harbor Management", kind=CustomerKind.PROPERTY_MANAGER)

    # when the office lists only property managers
    rows = (await session.execute(customers_statement(OFFICE, kind=CustomerKind.PROPERTY_MANAGER))).scalars()

    # then only the property manager
    assert [row.display_name for row in rows] == ["Harbor Management"]


async def test_search_stays_within_the_viewers_scope(session: AsyncSession) -> None:
    # given two customers with similar names
    own = await factories.customer(session, display_name="Harbor View A")
    await factories.customer(session, display_name="Harbor View B")

    # when the first's portal user searches
    rows = (await session.execute(customers_statement(factories.client_of(own), search="Harbor View"))).scalars()

    # then only its own customer
    assert [row.display_name for row in rows] == ["Harbor View A"]


# --- the plan: indexes, not a scan of every customer ------------------------------------------------

SYLLABLES = ["an", "bel", "cor", "dan", "el", "fer", "gor", "hal", "is", "jun", "kel", "lor", "mar", "nor", "ol",
             "pen", "quin", "ros", "sal", "tor", "ul", "ven", "wil", "xan", "yor", "zel", "bri", "cla", "dru",
             "fra", "gle", "hol", "ka", "mi", "ro", "su", "te", "va", "wy", "zo"]
WORDS = ["Cleaning", "Homes", "Properties", "Realty", "Pools", "Services", "Group", "LLC", "Family", "Rentals"]


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}" if rng.random() < 0.6 else f"{word()} {rng.choice(WORDS)}"


@pytest.mark.committed
async def test_the_duplicate_search_uses_the_indexes(engine: AsyncEngine,
                                                     sessions: async_sessionmaker[AsyncSession]) -> None:
    # given 6,000 customers, vacuumed and analysed as autovacuum would leave them
    rng = random.Random(20261123)
    rows = [{"display_name": _name(rng), "billing_name": _name(rng) if n % 2 else None,
             "emails": [f"c{n}@example.com"], "phones": [f"+1555{n:07d}"], "kind": "RESIDENTIAL",
             "status": "ACTIVE", "portal_access": True} for n in range(6000)]
    async with engine.begin() as connection:
        await connection.execute(sa.insert(Customer.__table__), rows)  # type: ignore[attr-defined]
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.exec_driver_sql("VACUUM ANALYZE customer")

    # when the search for a typed name, billing name, e-mail and phone is explained, as the planner
    # chooses and with sequential scans disabled (which only a condition no index can answer ignores)
    statement = duplicate_statement(OFFICE, Identity(display_name="Kelmar Torven", billing_name="Quinzo Wyven",
                                                     emails=("c17@example.com",), phones=("+15550000042",)))
    compiled = statement.compile(dialect=engine.dialect)
    plans = []
    for setting in ("on", "off"):
        async with engine.connect() as connection:
            await connection.exec_driver_sql(f"SET LOCAL enable_seqscan = {setting}")
            plans.append("\n".join(row[0] for row in await connection.exec_driver_sql(
                "EXPLAIN " + compiled.string, compiled.params)))

    # then every condition (one branch of the UNION ALL each) is answered by its index: the twelve
    # branches are bitmap scans of the six indexes, none reads the whole table (the outer join back to
    # the matched ids may, at this size, hash the table rather than probe the primary key)
    for plan in plans:
        branches = [line for line in plan.splitlines() if "on customer customer_" in line]
        assert len(branches) == 12, plan
        assert all("Bitmap Heap Scan" in line for line in branches), plan
        for index, times in (("ix_customer_name_key", 1), ("ix_customer_billing_name_key", 1),
                             ("ix_customer_emails", 1), ("ix_customer_phones", 1),
                             ("ix_customer_display_name_trgm", 4), ("ix_customer_billing_name_trgm", 4)):
            assert plan.count(f"Index Scan on {index} ") == times, plan
