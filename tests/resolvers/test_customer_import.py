"""Importing a client list: rows become customers with their property, tags and note; the same client (in the
database or earlier in the file) is matched, not created twice; bad rows are rejected by line; batches commit
whole, so a crash halfway leaves only whole rows and a re-run finishes the job; a dry run writes nothing."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Sequence
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from auth.viewer import Viewer
from models import Activity, Customer, CustomerTag, Note, Property, Tag
from models.enums import CustomerStatus, Role
from models.problems import Forbidden, UserInputError
from resolvers import customer_import
from resolvers.customer_import import Field, Outcome
from tests import factories

Sessions = async_sessionmaker[AsyncSession]
TABLES = (Customer, Property, Tag, CustomerTag, Note, Activity)


def csv_file(*records: Sequence[str], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(records)
    return buffer.getvalue().encode(encoding)


HEADER = ("Client Name", "Billing Name", "E-mail", "Mobile", "Address", "City", "State", "Zip", "Property",
          "Property Address", "Property City", "Tags", "Notes")


def client(name: str, *, billing: str = "", email: str = "", phone: str = "", address: str = "",
           city: str = "", place: str = "", place_address: str = "", place_city: str = "", tags: str = "",
           notes: str = "") -> tuple[str, ...]:
    return (name, billing, email, phone, address, city, "", "", place, place_address, place_city, tags, notes)


async def run(sessions: Sessions, content: bytes, *, viewer: Viewer | None = None, dry_run: bool = False,
              batch_rows: int = 200, mapping: dict[str, str] | None = None) -> customer_import.ImportReport:
    parsed = customer_import.parse_file(content, mapping)
    job = await customer_import.import_in_batches(sessions, viewer or factories.office(), parsed, dry_run=dry_run,
                                                  batch_rows=batch_rows, filename="clients.csv")
    return job.report


async def table_rows(sessions: Sessions) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import writes: equal before and after means untouched."""
    state = {}
    async with sessions() as session:
        for model in TABLES:
            table = model.__table__  # type: ignore[union-attr]
            state[table.name] = [tuple(row) for row in (await session.execute(
                sa.select(table).order_by(*table.primary_key.columns))).all()]
    return state


async def count(sessions: Sessions, model: type[Any]) -> int:
    async with sessions() as session:
        return int((await session.execute(sa.select(sa.func.count()).select_from(model))).scalar_one())


def outcomes(report: customer_import.ImportReport) -> list[tuple[int, str]]:
    return [(row.line, row.outcome.value) for row in report.rows]


async def test_a_client_list_becomes_customers_with_their_property_tags_and_note(sessions: Sessions) -> None:
    # given a list with a household (property at its address) and a business with a named site
    content = csv_file(HEADER, client(
        "Ada Park", email="Ada.Park@Example.com", phone="(555) 010-2030", address="12 Elm St", city="Springfield",
        place="Home", tags="Weekly; VIP", notes="Dog friendly."), client(
        "Maple Dental", billing="Maple Dental, PLLC", email="desk@maple.example.com", phone="555.010.9999",
        place="Clinic", place_address="9 Oak Ave", place_city="Shelbyville", tags="vip"))

    # when the office imports it
    report = await run(sessions, content)

    # then two customers are created, normalised as customerCreate does, each with its property
    assert outcomes(report) == [(2, "CREATED"), (3, "CREATED")]
    async with sessions() as session:
        ada, maple = (await session.execute(sa.select(Customer).order_by(col(Customer.id)))).scalars().all()
        places = (await session.execute(sa.select(Property).order_by(col(Property.id)))).scalars().all()
        tags = (await session.execute(sa.select(col(Tag.name)).order_by(col(Tag.name)))).scalars().all()
        notes = (await session.execute(sa.select(Note))).scalars().all()
        trail = (await session.execute(sa.select(Activity).order_by(col(Activity.id)))).scalars().all()
    assert (ada.display_name, ada.emails, ada.phones, ada.billing_city) == (
        "Ada Park", ["ada.park@example.com"], ["+15550102030"], "Springfield")
    assert (maple.billing_name, maple.phones) == ("Maple Dental, PLLC", ["+15550109999"])
    assert [(p.customer_id, p.name, p.address_line1, p.city) for p in places] == [
        (ada.id, "Home", "12 Elm St", "Springfield"), (maple.id, "Clinic", "9 Oak Ave", "Shelbyville")]
    # and tags are shared however cased, and the note is internal
    assert tags == ["VIP", "Weekly"]
    assert [(n.customer_id, n.body, n.visibility.value) for n in notes] == [(ada.id, "Dog friendly.", "INTERNAL")]
    assert report.rows[0].tags_added == ("Weekly", "VIP") and report.rows[1].tags_added == ("vip",)
    # and each customer's creation is on its trail, saying where it came from
    assert [(a.verb, a.customer_id, a.details["line"], a.details["source"], a.details["file"]) for a in trail] == [
        ("customer.created", ada.id, 2, "dop import", "clients.csv"),
        ("customer.created", maple.id, 3, "dop import", "clients.csv")]


async def test_the_same_client_typed_differently_is_matched_not_created_again(
        sessions: Sessions, session: AsyncSession) -> None:
    # given existing customers found by e-mail, by phone and by name
    by_email = await factories.customer(session, display_name="Ada Park", emails=["ada@example.com"])
    by_phone = await factories.customer(session, display_name="Bo Chen", phones=["+15550102030"])
    by_name = await factories.customer(session, display_name="O'Brien Cleaning")
    await session.commit()

    # when a list names them typed differently, and one new client twice
    report = await run(sessions, csv_file(
        HEADER,
        client("A. Park", email=" ADA@example.COM "),
        client("Bo", phone="555.010.2030", place="Home", place_address="1 Bay Rd", place_city="Avalon"),
        client("obrien   cleaning"),
        client("Cy Diaz", email="cy@example.com", tags="New"),
        client("cy diaz", phone="555 010 7777", tags="new; Pets"),
    ))

    # then the first three are matched to the existing customers, for their strong key
    assert outcomes(report) == [(2, "MATCHED"), (3, "MATCHED"), (4, "MATCHED"), (5, "CREATED"), (6, "MATCHED")]
    assert [(row.customer_id, [str(reason) for reason in row.matched_by]) for row in report.rows[:3]] == [
        (by_email.id, ["EMAIL"]), (by_phone.id, ["PHONE"]), (by_name.id, ["NAME"])]
    # and the repeated new client is matched to the customer its first row created, adding only its new tag
    created, again = report.rows[3], report.rows[4]
    assert (again.customer_id, again.same_as_line, again.tags_added) == (created.customer_id, 5, ("Pets",))
    assert await count(sessions, Customer) == 4
    # and a matched row still brings its property; the customer's own fields stay as they were
    assert report.rows[1].property_created == "Home"
    async with sessions() as check:
        bo = await check.get(Customer, by_phone.id)
    assert bo is not None and bo.display_name == "Bo Chen"


async def test_running_the_same_file_again_creates_nothing(sessions: Sessions) -> None:
    # given a list imported once, rows repeating each other included
    content = csv_file(HEADER, client("Ada Park", email="ada@example.com", place="Home", place_address="1 Elm St",
                                      place_city="Avalon", tags="VIP", notes="Gate code 12."),
                       client("Bo Chen", phone="555 010 2030", notes="Cash only."),
                       client("ada park", place="Cabin", place_address="2 Lake Rd", place_city="Avalon"))
    first = await run(sessions, content)
    before = await table_rows(sessions)

    # when it is imported again
    second = await run(sessions, content)

    # then every row is matched, and nothing was written
    assert outcomes(first) == [(2, "CREATED"), (3, "CREATED"), (4, "MATCHED")]
    assert outcomes(second) == [(2, "MATCHED"), (3, "MATCHED"), (4, "MATCHED")]
    assert [(row.property_created, row.tags_added, row.note_added) for row in second.rows] == [(None, (), False)] * 3
    assert await table_rows(sessions) == before


async def test_bad_rows_are_rejected_with_their_line_and_the_good_ones_imported(sessions: Sessions) -> None:
    # given a list with a multi-line note and one bad row of each kind
    content = csv_file(
        HEADER,
        client("Ada Park", notes="Line one\nline two"),
        client("   ", email="nobody@example.com"),
        client("Bo Chen", email="bo at example.com", phone="12"),
        client("Cy Diaz", notes="bad\x00note"),
        client("Di Evans", place="Warehouse", place_address="1 Dock Rd"),
        (*client("Ed Fox"), "stray"),
        client("Flo Gray", tags="x" * 51),
        client("Gus Hall"),
    )

    # when it is imported
    report = await run(sessions, content)

    # then each bad row is rejected at the line it is on (the note took two lines), saying why
    assert outcomes(report) == [(2, "CREATED"), (4, "REJECTED"), (5, "REJECTED"), (6, "REJECTED"), (7, "REJECTED"),
                                (8, "REJECTED"), (9, "REJECTED"), (10, "CREATED")]
    problems = {row.line: " | ".join(row.problems) for row in report.rows if row.outcome is Outcome.REJECTED}
    assert "name: Type the customer's name" in problems[4]
    assert "e-mail: “bo at example.com” is not a valid e-mail address" in problems[5]
    assert "phone: “12” does not have the right number of digits" in problems[5]
    assert "control character" in problems[6]
    assert "property's city" in problems[7]
    assert "13 columns" in problems[8]
    assert "at most 50" in problems[9]
    # and nothing of them was written, while the good rows were
    async with sessions() as session:
        names = (await session.execute(sa.select(Customer.display_name).order_by(  # type: ignore[call-overload]
            Customer.id))).scalars().all()
    assert names == ["Ada Park", "Gus Hall"]


async def test_a_similar_name_is_created_and_reported_as_a_possible_duplicate(
        sessions: Sessions, session: AsyncSession) -> None:
    # given "Katherine Johnson"
    existing = await factories.customer(session, display_name="Katherine Johnson")
    await session.commit()

    # when a list holds "Katherine Jonhson" (a typo, other contact details) and, later, "Mary Smith" and "Mary Smyth"
    report = await run(sessions, csv_file(HEADER, client("Katherine Jonhson", email="kj@example.com"),
                                          client("Mary Smith"), client("Marie Smith")))

    # then they are created (a similar name alone is not the same client), each naming the closest earlier one
    assert outcomes(report) == [(2, "CREATED"), (3, "CREATED"), (4, "CREATED")]
    typo, _, later = report.rows
    assert typo.possible_duplicate is not None and later.possible_duplicate is not None
    assert (typo.possible_duplicate.customer_id, typo.possible_duplicate.display_name) == (
        existing.id, "Katherine Johnson")
    assert (later.possible_duplicate.display_name, later.possible_duplicate.line) == ("Mary Smith", 3)
    assert report.rows[1].possible_duplicate is None and report.possible_duplicates == 2


async def test_a_row_that_is_two_customers_or_an_archived_one_is_rejected(
        sessions: Sessions, session: AsyncSession) -> None:
    # given two customers, and an archived one
    await factories.customer(session, display_name="Ada Park", emails=["ada@example.com"])
    await factories.customer(session, display_name="Bo Chen", phones=["+15550102030"])
    await factories.customer(session, display_name="Old Client", status=CustomerStatus.ARCHIVED)
    await session.commit()

    # when a row has Ada's e-mail and Bo's phone, and another is the archived client
    report = await run(sessions, csv_file(HEADER, client("Ada Chen", email="ada@example.com", phone="5550102030"),
                                          client("old client")))

    # then both are rejected: the office decides (merge, restore), the import never guesses
    assert outcomes(report) == [(2, "REJECTED"), (3, "REJECTED")]
    assert "matches 2 different customers" in report.rows[0].problems[0]
    assert "archived customer “Old Client”" in report.rows[1].problems[0]
    assert await count(sessions, Customer) == 3


async def test_a_crash_halfway_leaves_the_batches_committed_before_it(
        sessions: Sessions, monkeypatch: pytest.MonkeyPatch) -> None:
    # given ten clients, imported two per transaction, and a crash while the third batch writes
    content = csv_file(HEADER, *[client(f"Client {n:02d}", email=f"c{n}@example.com", tags="T",
                                        place="Home", place_address=f"{n} Elm St", place_city="Avalon")
                                 for n in range(10)])
    attach = customer_import.CustomerImport._attach
    calls = 0

    async def crashing(self: customer_import.CustomerImport, session: AsyncSession, valid: Any) -> None:
        nonlocal calls
        calls += 1
        await attach(self, session, valid)
        if calls == 3:
            raise RuntimeError("the machine went down")

    monkeypatch.setattr(customer_import.CustomerImport, "_attach", crashing)
    with pytest.raises(RuntimeError):
        await run(sessions, content, batch_rows=2)

    # then the first two batches are there whole (customer, property, tag, trail), and nothing of the third
    async with sessions() as session:
        names = (await session.execute(sa.select(Customer.display_name).order_by(  # type: ignore[call-overload]
            Customer.id))).scalars().all()
    assert names == ["Client 00", "Client 01", "Client 02", "Client 03"]
    assert [await count(sessions, model) for model in (Property, CustomerTag, Activity)] == [4, 4, 4]

    # when the file is imported again without a crash
    monkeypatch.setattr(customer_import.CustomerImport, "_attach", attach)
    report = await run(sessions, content, batch_rows=2)

    # then the rest is created and nothing twice
    assert [row.outcome for row in report.rows] == [Outcome.MATCHED] * 4 + [Outcome.CREATED] * 6
    assert [await count(sessions, model) for model in (Customer, Property, CustomerTag)] == [10, 10, 10]


async def test_a_dry_run_reports_everything_and_writes_nothing(sessions: Sessions, session: AsyncSession) -> None:
    # given an existing client
    existing = await factories.customer(session, display_name="Ada Park", emails=["ada@example.com"])
    await session.commit()
    before = await table_rows(sessions)

    # when a list is checked with a dry run, in several batches
    report = await run(sessions, csv_file(HEADER, client("Ada P.", email="ada@example.com", tags="VIP"),
                                          client("Bo Chen", phone="555 010 2030"), client("bo chen", tags="New"),
                                          client("", email="cy@example.com")), dry_run=True, batch_rows=1)

    # then the report is what the import would do, ids only for customers that exist
    assert report.dry_run and outcomes(report) == [(2, "MATCHED"), (3, "CREATED"), (4, "MATCHED"), (5, "REJECTED")]
    assert [(row.customer_id, row.same_as_line, row.tags_added) for row in report.rows[:3]] == [
        (existing.id, None, ("VIP",)), (None, None, ()), (None, 3, ("New",))]
    # and nothing was written
    assert await table_rows(sessions) == before


def test_headers_are_matched_however_written_and_with_synonyms() -> None:
    # given a file whose headers use another system's words, in a semicolon-separated Latin-1 file
    content = "NAME;e-mail address;Cell Phone;Home phone;Zip Code;Service Address;Favourite colour\n" \
              "José Núñez;jose@example.com;555 010 2030;555 010 2031;12345;1 Elm;blue\n".encode("latin-1")

    # when it is read
    parsed = customer_import.parse_file(content)

    # then each header has its field, the unknown one is ignored, and the accents survived
    assert [target for _, target in parsed.columns] == [
        Field.DISPLAY_NAME, Field.EMAILS, Field.PHONES, Field.PHONES, Field.POSTAL_CODE, Field.PROPERTY_ADDRESS,
        Field.IGNORE]
    assert parsed.encoding == "windows-1252" and parsed.ignored_columns == ["Favourite colour"]
    assert parsed.rows[0].values[Field.DISPLAY_NAME] == ["José Núñez"]
    assert parsed.rows[0].values[Field.PHONES] == ["555 010 2030", "555 010 2031"]


def test_a_mapping_names_the_columns_the_headers_do_not() -> None:
    # given a file whose name column is called "Who" and whose "Phone" is not a phone
    content = b"\xef\xbb\xbfWho,Phone,Mobile\nAda Park,ext 12,555 010 2030\n"

    # when it is read with a mapping (header case ignored)
    parsed = customer_import.parse_file(content, customer_import.parse_mapping("who=display_name, PHONE=ignore"))

    # then the mapping wins, and the UTF-8 BOM is not part of the first header
    assert parsed.columns == (("Who", Field.DISPLAY_NAME), ("Phone", Field.IGNORE), ("Mobile", Field.PHONES))
    assert parsed.encoding == "utf-8"


@pytest.mark.parametrize(("content", "mapping", "field", "message"), [
    (b"", None, "file", "The file is empty"),
    (b"Email,Phone\nada@example.com,1\n", None, "mapping", "No column holds the client's name"),
    (b"Name,Client\nA,B\n", None, "mapping", "Several columns would be display_name: Name, Client"),
    (b"Name\nA\n", "Nope=display_name", "mapping", "The file has no column “Nope”"),
    (b"Name\nA\n", "Name=nickname", "mapping", "“nickname” is not a field to import into"),
    (b"Name\nA\n", "Name", "mapping", "write HEADER=field"),
    ("Name\nA\n".encode("utf-16"), None, "file", "not plain text"),
    (b'Name\n"unclosed\n', None, "file", "can't be read as CSV"),
    (b"Name\n" + b"A\n" * 4, None, "file", "more than 3 clients"),
])
def test_a_file_that_cannot_be_imported_is_refused_whole(content: bytes, mapping: str | None, field: str,
                                                          message: str) -> None:
    # given a file (and mapping) wrong as a whole
    # when it is read
    with pytest.raises(UserInputError) as refused:
        customer_import.parse_file(content, customer_import.parse_mapping(mapping), max_rows=3)

    # then it is refused before anything is imported, pointing at the file or the mapping
    [problem] = refused.value.problems
    assert problem.field == ("input", field) and message in problem.message


@pytest.mark.parametrize("role", [Role.EMPLOYEE, Role.CUSTOMER, None])
def test_only_the_office_may_import(role: Role | None) -> None:
    # given someone who is not office staff
    viewer = Viewer(user_id=1, role=role, customer_id=1 if role is Role.CUSTOMER else None)

    # when they start an import, then it is refused
    with pytest.raises(Forbidden):
        customer_import.CustomerImport(viewer, customer_import.parse_file(b"Name\nAda\n"))



async def test_the_report_file_never_hands_a_spreadsheet_a_formula(sessions: Sessions) -> None:
    # given a list whose names and tags look like spreadsheet formulas
    report = await run(sessions, csv_file(HEADER, client("=HYPERLINK(\"http://x\")", tags="@SUM(A1)"),
                                          client("-2+3", email="bad")))

    # when the report is written as CSV records
    records = customer_import.report_records(report)

    # then every such cell starts with an apostrophe, so it is shown as text
    assert records[1][2] == "'=HYPERLINK(\"http://x\")" and records[1][11] == "'@SUM(A1)"
    assert records[2][2] == "'-2+3" and records[2][1] == "REJECTED"


@pytest.mark.committed
async def test_two_imports_of_the_same_list_at_once_create_each_client_once(sessions: Sessions) -> None:
    # given one list, sent twice at the same moment (two office screens, two requests, two transactions)
    content = csv_file(HEADER, *[client(f"Client {n}", email=f"c{n}@example.com") for n in range(20)])

    async def once() -> customer_import.ImportReport:
        async with sessions() as session, session.begin():
            return await customer_import.import_in_one_transaction(session, factories.office(), content)

    # when both run
    first, second = await asyncio.gather(once(), once())

    # then the identity locks made one wait for the other, which found every client and created nothing
    assert sorted([first.count(Outcome.CREATED), second.count(Outcome.CREATED)]) == [0, 20]
    assert await count(sessions, Customer) == 20


async def test_a_client_merged_away_is_matched_as_the_customer_it_was_merged_into(
        sessions: Sessions, session: AsyncSession) -> None:
    # given a list imported once, whose two rows the office then found to be one client and merged
    content = csv_file(HEADER, client("Ada Park", email="ada@example.com"), client("A. Park-Lee", email="ada@work.com"))
    await run(sessions, content)
    survivor, merged = (await session.execute(sa.select(Customer).order_by(col(Customer.id)))).scalars().all()
    merged.merged_into_id = survivor.id
    await session.commit()

    # when the list is imported again
    report = await run(sessions, content)

    # then the merged row's client is matched as the survivor, and nothing is created
    assert [(row.outcome, row.customer_id) for row in report.rows] == [(Outcome.MATCHED, survivor.id)] * 2
    assert await count(sessions, Customer) == 2
