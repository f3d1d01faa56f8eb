"""Bringing a client list in: a CSV file becomes customers, their properties, tags and internal notes.

One set of rules for `dop import customers` and the `customerImport` mutation:

* The file is read whole first (UTF-8, with or without BOM; else Windows-1252/Latin-1), headers are matched to
  our fields (case, spaces and punctuation ignored, common synonyms, or an explicit mapping), and anything
  wrong with the file as a whole (no name column, an unreadable CSV, too many rows) refuses it before anything
  is written.
* Each row is held to customerCreate's rules (`resolvers.customers.validate_new_customer`); a bad row is
  rejected with its line number and reasons and never stops the others.
* Search before create, as customerCreate does, on its strong keys only: a row whose e-mail or phone one
  existing customer has, or else whose name or billing name (however typed) one existing customer has, is
  MATCHED to that customer (a customer merged away: to the one it was merged into) and creates nothing new for
  the client. Keys pointing at two different customers, or at an archived one, reject the row (the office
  decides; we never guess). A similar name alone never
  matches: the row is CREATED and reports the closest earlier customer as a possible duplicate. Rows of the
  same file that are the same client are matched to the customer the first one created.
* A matched row still brings what is new: its property (unless the customer has one of the same name or
  address however typed), its tags (set union) and its note (unless the customer has the same note). The
  customer's own fields are never overwritten. So re-running a file creates nothing twice.
* Rows are written in batches (`run_batch`); each batch is meant to be one transaction, so a crash leaves
  whole rows only: the customer, its property, tags, note and activity together or not at all.

Tags follow `resolvers.tags` (names cleaned, one tag however cased, created on first use; the unique index on
`lower(name)` settles two imports creating the same tag), added in bulk here since `set_customer_tags` replaces one
customer's whole set. Notes are inserted here, internal, as there is no note-writing function yet.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased
from sqlmodel import col

from auth.scope import readable_condition
from auth.viewer import Viewer
from models import Activity, Customer, CustomerTag, Note, Property, Tag, User
from models.customers import NAME_KEY_SQL
from models.enums import CustomerStatus, NoteVisibility, Role
from models.problems import Forbidden, ProblemCode, UserInputError
from resolvers.customers import (
    MAX_NOTES_LENGTH,
    DuplicateReason,
    Identity,
    NewCustomer,
    lock_identities,
    validate_new_customer,
)
from resolvers.normalize import clean_text, name_key
from resolvers.tags import MAX_TAG_LENGTH, MAX_TAGS_PER_CUSTOMER, tag_key
from resolvers.values import Address

MAX_CELL_LENGTH = 10_000
"""Characters in one cell, as in any one string of a GraphQL request."""
MAX_API_ROWS = 1_000
"""Rows one `customerImport` request may hold: its file is imported in one transaction (bigger lists: the CLI)."""
MAX_API_BYTES = 2 * 1024 * 1024
"""Bytes of one `customerImport` file (1,000 rows of a wide client list is well under 1 MiB)."""
BATCH_ROWS = 200
"""Rows per transaction for the command line: a crash loses at most one batch, which a re-run redoes."""
POSSIBLE_DUPLICATE_SIMILARITY = 0.6
"""How alike (pg_trgm similarity of display names) a new customer and an earlier one must be to be reported as a
possible duplicate. customerCreate shows from 0.3; a whole client list at 0.3 would flag most common names."""

FILE = ("input", "file")
MAPPING = ("input", "mapping")


class Field(StrEnum):
    """What a column of the file can be (`--mapping "Header=field"`); `ignore` drops a column."""

    DISPLAY_NAME = "display_name"
    BILLING_NAME = "billing_name"
    EMAILS = "emails"
    PHONES = "phones"
    ADDRESS = "address"
    ADDRESS_LINE2 = "address_line2"
    CITY = "city"
    REGION = "region"
    POSTAL_CODE = "postal_code"
    COUNTRY = "country"
    PROPERTY_NAME = "property_name"
    PROPERTY_ADDRESS = "property_address"
    PROPERTY_ADDRESS_LINE2 = "property_address_line2"
    PROPERTY_CITY = "property_city"
    PROPERTY_REGION = "property_region"
    PROPERTY_POSTAL_CODE = "property_postal_code"
    PROPERTY_COUNTRY = "property_country"
    TAGS = "tags"
    NOTES = "notes"
    IGNORE = "ignore"


MULTI_VALUED = frozenset({Field.EMAILS, Field.PHONES, Field.TAGS, Field.NOTES})
"""Fields several columns may feed (e.g. "Mobile" and "Home phone" both phones); the others take one column."""

_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.DISPLAY_NAME: ("name", "client", "clientname", "customer", "customername", "fullname", "contactname",
                         "company", "companyname", "accountname", "account"),
    Field.BILLING_NAME: ("billto", "billtoname", "invoicename", "legalname", "billingcompany"),
    Field.EMAILS: ("email", "emailaddress", "mail", "primaryemail", "secondaryemail", "email1", "email2",
                   "workemail", "homeemail", "billingemail"),
    Field.PHONES: ("phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "mobilenumber", "cell",
                   "cellphone", "homephone", "workphone", "phone1", "phone2", "billingphone"),
    Field.ADDRESS: ("address1", "addressline1", "street", "streetaddress", "billingaddress", "billingaddress1",
                    "billingaddressline1", "billingstreet", "mailingaddress"),
    Field.ADDRESS_LINE2: ("address2", "billingaddress2", "billingaddressline2", "suite", "apt"),
    Field.CITY: ("town", "billingcity"),
    Field.REGION: ("state", "province", "stateprovince", "billingstate", "billingregion"),
    Field.POSTAL_CODE: ("zip", "zipcode", "postcode", "billingzip", "billingzipcode", "billingpostalcode"),
    Field.COUNTRY: ("billingcountry",),
    Field.PROPERTY_NAME: ("property", "site", "sitename", "location", "locationname", "servicelocation"),
    Field.PROPERTY_ADDRESS: ("propertyaddress1", "propertyaddressline1", "propertystreet", "serviceaddress",
                             "serviceaddress1", "siteaddress", "locationaddress"),
    Field.PROPERTY_ADDRESS_LINE2: ("propertyaddress2", "serviceaddress2", "siteaddress2"),
    Field.PROPERTY_CITY: ("servicecity", "sitecity", "locationcity"),
    Field.PROPERTY_REGION: ("propertystate", "servicestate", "sitestate", "locationstate"),
    Field.PROPERTY_POSTAL_CODE: ("propertyzip", "propertyzipcode", "servicezip", "sitezip", "locationzip"),
    Field.PROPERTY_COUNTRY: ("servicecountry", "sitecountry"),
    Field.TAGS: ("tag", "labels", "label", "groups", "group", "categories", "category"),
    Field.NOTES: ("note", "comments", "comment", "internalnotes", "remarks", "memo"),
}


def header_key(header: str) -> str:
    """How headers are compared: letters and digits only, lower case ("E-mail Address" → "emailaddress")."""
    return name_key(header) or ""


_HEADER_FIELDS: dict[str, Field] = {}
for _field, _names in _SYNONYMS.items():
    for _name in (_field.value, *_names):
        _HEADER_FIELDS[header_key(_name)] = _field
_HEADER_FIELDS["emails"] = Field.EMAILS
_HEADER_FIELDS["phones"] = Field.PHONES


# ------------------------------------------------------------------------------------------------ reading


@dataclass(frozen=True, slots=True)
class Row:
    """One record of the file: where it starts, and its cells by field (several for multi-valued fields)."""

    line: int
    values: dict[Field, list[str]]
    problems: tuple[str, ...] = ()
    """What makes the row unreadable before any rule (a control character, a cell too long, extra cells)."""

    def one(self, name: Field) -> str | None:
        values = self.values.get(name)
        return values[0] if values else None


@dataclass(frozen=True, slots=True)
class ParsedFile:
    encoding: str
    columns: tuple[tuple[str, Field], ...]
    """Each header as written, and what it was read as (`Field.IGNORE` for the columns left out)."""
    rows: tuple[Row, ...]

    @property
    def ignored_columns(self) -> list[str]:
        return [header for header, target in self.columns if target is Field.IGNORE]


def parse_mapping(text: str | None) -> dict[str, str]:
    """`--mapping "Client Name=display_name,Mobile=phones"` as {header: field}; refused when malformed."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        header, sep, target = part.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise UserInputError.one(MAPPING, ProblemCode.INVALID,
                                     f"“{part.strip()}” is not a mapping: write HEADER=field, e.g. "
                                     "\"Client Name=display_name,Mobile=phones\".")
        mapping[header.strip()] = target.strip()
    return mapping


def decode(content: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8 (a BOM is dropped), else Windows-1252 (Excel's
    "CSV" on Windows; Latin-1 for the five bytes it leaves undefined). UTF-16 and binary files (many NUL bytes)
    are refused; a stray NUL is left for the row check to reject."""
    sample = content[:4096]
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or sample.count(0) > max(2, len(sample) // 100):
        raise UserInputError.one(FILE, ProblemCode.INVALID,
                                 "This file is not plain text (it looks like UTF-16 or a binary file). Save it as "
                                 "“CSV UTF-8 (comma delimited)” and import that.")
    try:
        return content.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return content.decode("latin-1"), "latin-1"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cell_problem(value: str) -> str | None:
    if len(value) > MAX_CELL_LENGTH:
        return f"a cell is {len(value):,} characters long; at most {MAX_CELL_LENGTH:,} are allowed"
    if _CONTROL.search(value):
        return "a cell contains a control character (such as NUL), which text may not contain"
    if any(unicodedata.category(char) == "Cs" for char in value):
        return "a cell contains a lone surrogate, which is not valid text"
    return None


def _delimiter(text: str) -> str:
    """The delimiter the header line uses most: comma, semicolon (Excel in many locales) or tab."""
    first = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count)


def _columns(headers: list[str], mapping: Mapping[str, str]) -> tuple[tuple[str, Field], ...]:
    by_key = {header_key(header): header for header in headers}
    explicit: dict[str, Field] = {}
    for source, target in mapping.items():
        if header_key(source) not in by_key:
            raise UserInputError.one(MAPPING, ProblemCode.INVALID,
                                     f"The file has no column “{source}”. Its columns are: {', '.join(headers)}.")
        try:
            explicit[header_key(source)] = Field(target.strip().lower())
        except ValueError:
            raise UserInputError.one(
                MAPPING, ProblemCode.INVALID,
                f"“{target}” is not a field to import into. Use one of: {', '.join(f.value for f in Field)}.",
            ) from None
    columns = []
    for header in headers:
        key = header_key(header)
        target = explicit.get(key) or _HEADER_FIELDS.get(key, Field.IGNORE)
        columns.append((header, target))
    for target in Field:
        if target in MULTI_VALUED or target is Field.IGNORE:
            continue
        sources = [header for header, read_as in columns if read_as is target]
        if len(sources) > 1:
            raise UserInputError.one(
                MAPPING, ProblemCode.CONFLICT,
                f"Several columns would be {target.value}: {', '.join(sources)}. Map all but one to another field "
                f"or to ignore, e.g. --mapping \"{sources[1]}=ignore\".",
            )
    if not any(target is Field.DISPLAY_NAME for _, target in columns):
        raise UserInputError.one(
            MAPPING, ProblemCode.REQUIRED,
            f"No column holds the client's name. The file's columns are: {', '.join(headers)}. Name one “Name” "
            "(or “Client name”, “Customer”…), or map it, e.g. --mapping \"Client=display_name\".",
        )
    return tuple(columns)


def parse_file(content: bytes, mapping: Mapping[str, str] | None = None, *,
               max_rows: int | None = None) -> ParsedFile:
    """Read the whole file: headers matched to fields, every non-blank record as a `Row` (with its problems).

    A file-level problem (not text, not CSV, no name column, over `max_rows`) raises `UserInputError` at
    `["input", "file"]` or `["input", "mapping"]`: then nothing is imported.
    """
    text, encoding = decode(content)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    try:
        headers = [clean_text(header) or "" for header in next(reader, [])]
        if not any(headers):
            raise UserInputError.one(FILE, ProblemCode.REQUIRED,
                                     "The file is empty: its first line should name the columns (Name, Email, "
                                     "Phone, …), then one client per line.")
        columns = _columns(headers, mapping or {})
        rows: list[Row] = []
        line = reader.line_num + 1
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            rows.append(_row(start, record, columns))
            if max_rows is not None and len(rows) > max_rows:
                raise UserInputError.one(FILE, ProblemCode.INVALID,
                                         f"The file has more than {max_rows:,} clients. Split it into files of at "
                                         f"most {max_rows:,} rows, or import it with `dop import customers`.")
    except csv.Error as error:
        raise UserInputError.one(FILE, ProblemCode.INVALID,
                                 f"Line {reader.line_num} can't be read as CSV ({error}); nothing was imported. "
                                 "Check its quotes, then import the file again.") from None
    return ParsedFile(encoding=encoding, columns=columns, rows=tuple(rows))


def _row(line: int, record: list[str], columns: tuple[tuple[str, Field], ...]) -> Row:
    problems: list[str] = []
    if len(record) > len(columns):
        extra = [cell for cell in record[len(columns):] if cell.strip()]
        if extra:
            problems.append(f"the row has {len(record)} cells but the header names {len(columns)} columns "
                            "(an unquoted comma?)")
    values: dict[Field, list[str]] = {}
    for (_header, target), cell in zip(columns, record, strict=False):
        if target is Field.IGNORE:
            continue
        if problem := _cell_problem(cell):
            problems.append(problem)
            continue
        if cell.strip():
            values.setdefault(target, []).append(cell)
    return Row(line=line, values=values, problems=tuple(dict.fromkeys(problems)))


# ------------------------------------------------------------------------------------------------ the report


class Outcome(StrEnum):
    CREATED = "CREATED"
    """A new customer (with its property, tags and note)."""
    MATCHED = "MATCHED"
    """An existing customer (or one an earlier row created) is this client; what was new was added to it."""
    REJECTED = "REJECTED"
    """Nothing was written for the row; `problems` says why."""


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    customer_id: int | None
    """None for a customer created earlier in a dry run (`line` names it)."""
    display_name: str
    score: float
    line: int | None = None


@dataclass(slots=True)
class RowResult:
    line: int
    outcome: Outcome
    display_name: str | None = None
    customer_id: int | None = None
    """The customer created or matched; None when rejected, and for customers a dry run would create."""
    same_as_line: int | None = None
    """For a row matched to a customer this file created: the line that created it."""
    matched_by: tuple[DuplicateReason, ...] = ()
    possible_duplicate: PossibleDuplicate | None = None
    property_created: str | None = None
    """The name of the property the row added, if it added one."""
    tags_added: tuple[str, ...] = ()
    note_added: bool = False
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class ImportReport:
    dry_run: bool
    encoding: str
    columns: tuple[tuple[str, Field], ...]
    rows: list[RowResult] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    @property
    def possible_duplicates(self) -> int:
        return sum(1 for row in self.rows if row.possible_duplicate is not None)

    @property
    def ignored_columns(self) -> list[str]:
        return [header for header, target in self.columns if target is Field.IGNORE]


REPORT_HEADER = ("line", "outcome", "name", "customer_id", "same_as_line", "matched_by", "possible_duplicate",
                 "possible_duplicate_customer_id", "possible_duplicate_line", "similarity", "property_added",
                 "tags_added", "note_added", "problems")


def report_records(report: ImportReport) -> list[list[str]]:
    """The report as CSV records (header first), one per row of the file: what the office fixes rejected rows
    from, and checks possible duplicates against.

    It carries text from the imported file (names, tags, the messages quoting a value) back into a spreadsheet, so
    a cell that would start a formula (=, +, -, @, or a tab or carriage return before one) is prefixed with an
    apostrophe, as OWASP advises against CSV injection.
    """
    records = [list(REPORT_HEADER)]
    for row in report.rows:
        similar = row.possible_duplicate
        records.append([_inert(cell) for cell in (
            str(row.line), row.outcome.value, row.display_name or "", _text_of(row.customer_id),
            _text_of(row.same_as_line), "; ".join(str(reason) for reason in row.matched_by),
            similar.display_name if similar else "", _text_of(similar.customer_id if similar else None),
            _text_of(similar.line if similar else None), f"{similar.score:.2f}" if similar else "",
            row.property_created or "", "; ".join(row.tags_added), "yes" if row.note_added else "",
            "; ".join(row.problems),
        )])
    return records


def _inert(cell: str) -> str:
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def _text_of(value: int | None) -> str:
    return "" if value is None else str(value)


# ------------------------------------------------------------------------------------------------ one row, checked


@dataclass(slots=True)
class _Draft:
    """A valid row: the customer's columns, its identity, and what hangs off it."""

    row: Row
    columns: dict[str, Any]
    identity: Identity
    property: dict[str, Any] | None
    tags: list[str]
    note: str | None
    keys: list[str] = field(default_factory=list)
    """The database's name keys of the row's names (display, billing), filled in per batch."""


_PATHS = {"displayName": "name", "billingName": "billing name", "emails": "e-mail", "phones": "phone",
          "billingAddress": "address", "customerNotes": "notes", "internalNotes": "notes"}
_SPLIT_CONTACTS = re.compile(r"[;,\n]+")
_SPLIT_PHONES = re.compile(r"[;,/\n]+")
_SPLIT_TAGS = re.compile(r"[;,\n]+")


def _draft(row: Row) -> _Draft | list[str]:
    """The row as a customer to create, or the reasons it can't be."""
    problems = list(row.problems)
    emails = [part for cell in row.values.get(Field.EMAILS, []) for part in _SPLIT_CONTACTS.split(cell)
              if part.strip()]
    phones = [part for cell in row.values.get(Field.PHONES, []) for part in _SPLIT_PHONES.split(cell)
              if part.strip()]
    address = Address(line1=row.one(Field.ADDRESS), line2=row.one(Field.ADDRESS_LINE2), city=row.one(Field.CITY),
                      region=row.one(Field.REGION), postal_code=row.one(Field.POSTAL_CODE),
                      country=row.one(Field.COUNTRY))
    try:
        valid = validate_new_customer(NewCustomer(
            display_name=row.one(Field.DISPLAY_NAME), billing_name=row.one(Field.BILLING_NAME), emails=emails,
            phones=phones, billing_address=address if any(_address_given(address)) else None,
        ))
    except UserInputError as error:
        for problem in error.problems:
            what = _PATHS.get(problem.field[1] if problem.field and len(problem.field) > 1 else "", "")
            problems.append(f"{what}: {problem.message}" if what else problem.message)
        valid = None
    tags = _tags(row, problems)
    notes = "\n".join(text for cell in row.values.get(Field.NOTES, []) if (text := cell.strip()))
    if len(notes) > MAX_NOTES_LENGTH:
        problems.append(f"notes: {len(notes):,} characters; at most {MAX_NOTES_LENGTH:,}")
    place = _property(row, valid.columns if valid else {}, problems)
    if problems or valid is None:
        return list(dict.fromkeys(problems))
    return _Draft(row=row, columns=valid.columns, identity=valid.identity, property=place, tags=tags,
                  note=notes or None)


def _address_given(address: Address) -> list[str]:
    return [value for value in (address.line1, address.line2, address.city, address.region, address.postal_code,
                                address.country) if value and value.strip()]


def _tags(row: Row, problems: list[str]) -> list[str]:
    tags: dict[str, str] = {}
    for cell in row.values.get(Field.TAGS, []):
        for part in _SPLIT_TAGS.split(cell):
            tag = clean_text(part)
            if tag is None:
                continue
            if len(tag) > MAX_TAG_LENGTH:
                problems.append(f"tags: “{tag[:20]}…” is {len(tag)} characters long; at most {MAX_TAG_LENGTH}")
                continue
            tags.setdefault(tag_key(tag), tag)
    if len(tags) > MAX_TAGS_PER_CUSTOMER:
        problems.append(f"tags: {len(tags)} tags; at most {MAX_TAGS_PER_CUSTOMER} per client")
    return list(tags.values())


def _property(row: Row, customer: dict[str, Any], problems: list[str]) -> dict[str, Any] | None:
    """The row's property: its own address, else the billing address; named after its street when unnamed."""
    name = clean_text(row.one(Field.PROPERTY_NAME))
    line1 = clean_text(row.one(Field.PROPERTY_ADDRESS))
    if name is None and line1 is None:
        return None
    if line1 is not None:
        city = clean_text(row.one(Field.PROPERTY_CITY))
        place = {"address_line1": line1, "address_line2": clean_text(row.one(Field.PROPERTY_ADDRESS_LINE2)),
                 "city": city, "region": clean_text(row.one(Field.PROPERTY_REGION)),
                 "postal_code": clean_text(row.one(Field.PROPERTY_POSTAL_CODE)),
                 "country": (clean_text(row.one(Field.PROPERTY_COUNTRY)) or "US").upper()}
        if city is None:
            problems.append("property: give the property's city (a “Property city” column)")
    else:
        place = {"address_line1": customer.get("billing_address_line1"),
                 "address_line2": customer.get("billing_address_line2"), "city": customer.get("billing_city"),
                 "region": customer.get("billing_region"), "postal_code": customer.get("billing_postal_code"),
                 "country": customer.get("billing_country") or "US"}
        if customer and (place["address_line1"] is None or place["city"] is None):
            problems.append("property: give its address (“Property address” and “Property city”), or the client's "
                            "address and city for a property at the client's address")
    country = str(place["country"])
    if not (len(country) == 2 and country.isascii() and country.isalpha()):
        problems.append("property: give the country as a two-letter ISO code, e.g. US")
    for key, value in place.items():
        if isinstance(value, str) and len(value) > 200:
            problems.append(f"property: the {key.replace('_', ' ')} is {len(value)} characters long; at most 200")
    return {"name": name or line1, **place}


def _property_keys(place: Mapping[str, Any]) -> set[str]:
    """A property is already there when one of the customer's has the same name or street and city however
    typed."""
    keys = {f"name:{name_key(place['name'])}"}
    if place.get("address_line1") and place.get("city"):
        keys.add(f"address:{name_key(place['address_line1'])}|{name_key(place['city'])}")
    return keys


# ------------------------------------------------------------------------------------------------ the import


@dataclass(slots=True)
class _Known:
    """A customer a row may be: an existing one, or one this import created (`line`)."""

    ref: int
    """The customer id; for customers created in the batch being prepared, a negative placeholder."""
    display_name: str
    status: CustomerStatus
    name_keys: set[str]
    billing_keys: set[str]
    emails: set[str]
    phones: set[str]
    line: int | None = None


def _text_array(values: Sequence[str]) -> Any:
    return sa.cast(sa.literal(list(values), ARRAY(sa.Text)), ARRAY(sa.Text))


class CustomerImport:
    """An import in progress: feed it the file's rows batch by batch (`run_batch`), one transaction each.

    It remembers what earlier batches created, so rows of one file that are the same client match each other
    (in a dry run, where nothing is kept, by their line).
    """

    def __init__(self, viewer: Viewer, parsed: ParsedFile, *, dry_run: bool = False, source: str = "import",
                 filename: str | None = None) -> None:
        if not viewer.is_office:
            raise Forbidden("Only the office (owner or office staff) may import customers.")
        self.viewer = viewer
        self.parsed = parsed
        self.dry_run = dry_run
        self.source = source
        self.filename = filename
        self.report = ImportReport(dry_run=dry_run, encoding=parsed.encoding, columns=parsed.columns)
        self._created: dict[int, _Known] = {}
        """Customers this import created (by id; placeholders are replaced once inserted)."""
        self._property_keys: dict[int, set[str]] = {}
        self._notes: dict[int, set[str]] = {}
        self._tags: dict[int, set[str]] = {}
        """Per customer touched: its properties' keys, its notes, its tags (lower case), as far as known."""

    def batches(self, size: int = BATCH_ROWS) -> Iterable[Sequence[Row]]:
        rows = self.parsed.rows
        for start in range(0, len(rows), size):
            yield rows[start:start + size]

    async def run_batch(self, session: AsyncSession, rows: Sequence[Row]) -> list[RowResult]:
        """Import `rows` in the caller's transaction. The caller adds the results to the report (`keep`) once it
        has committed them, so the report never claims a row a failed batch took back."""
        results: list[RowResult] = []
        drafts: list[tuple[_Draft, RowResult]] = []
        for row in rows:
            draft = _draft(row)
            if isinstance(draft, list):
                results.append(RowResult(line=row.line, outcome=Outcome.REJECTED, display_name=clean_text(
                    row.one(Field.DISPLAY_NAME)), problems=tuple(draft)))
                continue
            result = RowResult(line=row.line, outcome=Outcome.CREATED, display_name=draft.columns["display_name"])
            drafts.append((draft, result))
            results.append(result)
        if drafts:
            await self._write(session, drafts)
        return results

    def keep(self, results: Sequence[RowResult]) -> None:
        """Add a committed batch's results to the report."""
        self.report.rows.extend(results)

    # -------------------------------------------------------------------------------------------- internals

    async def _write(self, session: AsyncSession, drafts: list[tuple[_Draft, RowResult]]) -> None:
        await _clean_pending_lists(session)
        await self._name_keys(session, [draft for draft, _ in drafts])
        await lock_identities(session, [draft.identity for draft, _ in drafts])
        index = _Index((await self._existing(session, [draft for draft, _ in drafts])).values())

        assigned: list[tuple[_Draft, RowResult, _Known]] = []
        new: list[tuple[_Draft, RowResult, _Known]] = []
        for draft, result in drafts:
            target = self._match(draft, result, index)
            if result.outcome is Outcome.REJECTED:
                continue
            if target is None:
                target = _Known(ref=-draft.row.line, display_name=draft.columns["display_name"],
                                status=CustomerStatus.ACTIVE, name_keys={draft.keys[0]} - {""},
                                billing_keys={draft.keys[1]} - {""}, emails=set(draft.identity.emails),
                                phones=set(draft.identity.phones), line=draft.row.line)
                index.add(target)
                new.append((draft, result, target))
            assigned.append((draft, result, target))
        for customer_id, (_, _, target) in zip(await self._insert_customers(session, new), new, strict=True):
            target.ref = customer_id
            self._created[customer_id] = target
            self._property_keys[customer_id], self._notes[customer_id], self._tags[customer_id] = set(), set(), set()
        for _, result, target in assigned:
            result.customer_id = target.ref
        await self._load_attachments(session, {target.ref for _, _, target in assigned
                                               if target.ref not in self._property_keys})
        await self._possible_duplicates(session, new)
        await self._attach(session, [(draft, result) for draft, result, _ in assigned])
        await self._record(session, [result for _, result, _ in assigned])
        if self.dry_run:
            # The ids of customers a dry run creates are rolled back with it: rows name them by line instead.
            for _, result, target in assigned:
                if target.ref in self._created:
                    result.customer_id = None

    async def _name_keys(self, session: AsyncSession, drafts: list[_Draft]) -> None:
        """Each row's name keys as the database computes the generated columns (`models.customers.NAME_KEY_SQL`)."""
        names = [name for draft in drafts
                 for name in (draft.identity.display_name or "", draft.identity.billing_name or "")]
        rows = sa.func.unnest(_text_array(names)).table_valued("n", with_ordinality="ord").render_derived()
        key: Any = sa.literal_column(NAME_KEY_SQL.format(column="n"))
        keys = [value for (value,) in (await session.execute(
            sa.select(key).select_from(rows).order_by(rows.c.ord))).all()]
        for position, draft in enumerate(drafts):
            display, billing = keys[2 * position], keys[2 * position + 1]
            draft.keys = [display or "", billing if draft.identity.billing_name else ""]

    async def _existing(self, session: AsyncSession, drafts: list[_Draft]) -> dict[int, _Known]:
        """The customers (readable) with one of the batch's name keys, e-mails or phones: one statement, one index
        scan per kind of key. A customer merged into another stands for its survivor (the merge left the merged
        row's e-mails and phones on it), so a list imported again after the office merged two of its clients still
        creates nothing."""
        keys = sorted({key for draft in drafts for key in draft.keys if key})
        emails = sorted({email for draft in drafts for email in draft.identity.emails})
        phones = sorted({phone for draft in drafts for phone in draft.identity.phones})
        branches = []
        if keys:
            branches += [sa.select(col(Customer.id)).where(col(Customer.name_key).in_(keys)),
                         sa.select(col(Customer.id)).where(col(Customer.billing_name_key).in_(keys))]
        if emails:
            branches.append(sa.select(col(Customer.id)).where(
                col(Customer.emails).bool_op("&&")(_text_array(emails))))
        if phones:
            branches.append(sa.select(col(Customer.id)).where(
                col(Customer.phones).bool_op("&&")(_text_array(phones))))
        if not branches:
            return {}
        before = await _set_local(session, {"enable_seqscan": "off"})
        found = (await session.execute(self._customers().where(col(Customer.id).in_(sa.union_all(*branches))))).all()
        await _set_local(session, before)
        survivors = {row.id: row for row in found if row.merged_into_id is None}
        merged_into = {row.id: row.merged_into_id for row in found if row.merged_into_id is not None}
        for _ in range(10):  # a merge chain (A into B, later B into C) is short; never loop forever
            wanted = set(merged_into.values()) - survivors.keys() - merged_into.keys()
            if not wanted:
                break
            for row in (await session.execute(self._customers().where(col(Customer.id).in_(wanted)))).all():
                if row.merged_into_id is None:
                    survivors[row.id] = row
                else:
                    merged_into[row.id] = row.merged_into_id
        known: dict[int, _Known] = {}
        for row in found:
            survivor_id, hops = row.id, 0
            while survivor_id in merged_into and hops < 10:
                survivor_id, hops = merged_into[survivor_id], hops + 1
            survivor = survivors.get(survivor_id)
            if survivor is None:
                continue
            known[row.id] = _Known(
                ref=survivor.id, display_name=survivor.display_name, status=CustomerStatus(survivor.status),
                name_keys={row.name_key} if row.name_key else set(),
                billing_keys={row.billing_name_key} if row.billing_name_key else set(),
                emails=set(row.emails), phones=set(row.phones),
                line=self._created[survivor.id].line if survivor.id in self._created else None)
        return known

    def _customers(self) -> Any:
        """The columns matching needs, of the customers the viewer may read."""
        return sa.select(col(Customer.id), col(Customer.display_name), col(Customer.status), col(Customer.name_key),
                         col(Customer.billing_name_key), col(Customer.emails), col(Customer.phones),
                         col(Customer.merged_into_id)).where(readable_condition(self.viewer, Customer))

    def _match(self, draft: _Draft, result: RowResult, index: _Index) -> _Known | None:
        """Search before create, on the strong keys: e-mail or phone first, then the name however typed."""
        contact = index.by_contact(draft.identity)
        named = index.by_name([key for key in draft.keys if key])
        candidates = contact or named
        if not candidates:
            return None
        if len(candidates) > 1:
            how = "e-mail or phone" if contact else "name"
            listed = "; ".join(f"“{known.display_name}”" + (f" (line {known.line})" if known.line else "")
                               for known in sorted(candidates, key=lambda known: known.ref)[:3])
            result.outcome = Outcome.REJECTED
            result.problems = (f"its {how} matches {len(candidates)} different customers ({listed}): merge them or "
                               "fix the row, then import again",)
            return None
        [target] = candidates
        result.matched_by = tuple(reason for reason, hit in (
            (DuplicateReason.NAME, bool(draft.keys[0]) and draft.keys[0] in target.name_keys | target.billing_keys),
            (DuplicateReason.BILLING_NAME, len(draft.keys) > 1 and bool(draft.keys[1])
             and draft.keys[1] in target.name_keys | target.billing_keys),
            (DuplicateReason.EMAIL, bool(target.emails.intersection(draft.identity.emails))),
            (DuplicateReason.PHONE, bool(target.phones.intersection(draft.identity.phones))),
        ) if hit)
        if target.status is CustomerStatus.ARCHIVED:
            result.outcome = Outcome.REJECTED
            result.problems = (f"it is archived customer “{target.display_name}”: restore that customer (status "
                               "ACTIVE), then import again, or remove the row",)
            return None
        result.outcome = Outcome.MATCHED
        result.same_as_line = target.line
        return target

    async def _insert_customers(self, session: AsyncSession,
                                new: list[tuple[_Draft, RowResult, _Known]]) -> list[int]:
        """One multi-row INSERT per thousand customers (Core, not the ORM's bulk mode, which splits the rows into
        groups by which values are None), their ids in the rows' order."""
        if not new:
            return []
        statement = sa.insert(_table(Customer)).returning(_table(Customer).c.id, sort_by_parameter_order=True)
        return list((await session.execute(statement, [draft.columns for draft, _, _ in new])).scalars())

    async def _load_attachments(self, session: AsyncSession, customer_ids: set[int]) -> None:
        """What matched customers already have: property keys, note texts and tags, one statement each."""
        ids = sorted(customer_ids)
        if not ids:
            return
        for customer_id in ids:
            self._property_keys[customer_id] = set()
            self._notes[customer_id] = set()
            self._tags[customer_id] = set()
        places = await session.execute(sa.select(col(Property.customer_id), col(Property.name),
                                                 col(Property.address_line1), col(Property.city))
                                       .where(col(Property.customer_id).in_(ids)))
        for row in places.all():
            self._property_keys[row.customer_id] |= _property_keys(
                {"name": row.name, "address_line1": row.address_line1, "city": row.city})
        notes = await session.execute(sa.select(col(Note.customer_id), col(Note.body))
                                      .where(col(Note.customer_id).in_(ids)))
        for note in notes.all():
            self._notes[note.customer_id].add(note.body.strip())
        tags = await session.execute(sa.select(col(CustomerTag.customer_id), col(Tag.name))
                                     .join(Tag, col(Tag.id) == col(CustomerTag.tag_id))
                                     .where(col(CustomerTag.customer_id).in_(ids)))
        for tag in tags.all():
            self._tags[tag.customer_id].add(tag_key(tag.name))

    async def _possible_duplicates(self, session: AsyncSession, new: list[tuple[_Draft, RowResult, _Known]]) -> None:
        """For each new customer, the most similar earlier one (by display name), when similar enough."""
        if not new:
            return
        settings = {"pg_trgm.similarity_threshold": str(POSSIBLE_DUPLICATE_SIMILARITY), "enable_seqscan": "off"}
        before = await _set_local(session, settings)
        ids = [target.ref for _, _, target in new]
        rows = sa.func.unnest(sa.cast(sa.literal(ids, ARRAY(sa.BigInteger)), ARRAY(sa.BigInteger))).table_valued(
            "new_id").render_derived()
        me = aliased(Customer, name="me")
        score = sa.func.similarity(col(Customer.display_name), col(me.display_name))
        closest = (sa.select(col(Customer.id), col(Customer.display_name), score.label("score"))
                   .where(col(Customer.display_name).op("%")(col(me.display_name)),
                          # Written so that no btree index applies: only the trigram index can narrow the search.
                          col(Customer.id) + 0 < col(me.id), sa.func.coalesce(col(Customer.merged_into_id), 0) == 0,
                          readable_condition(self.viewer, Customer))
                   .order_by(score.desc(), col(Customer.id)).limit(1).lateral("closest"))
        statement = (sa.select(rows.c.new_id, closest.c.id, closest.c.display_name, closest.c.score)
                     .select_from(rows)
                     .join(me, col(me.id) == rows.c.new_id)
                     .join(closest, sa.true()))
        found = {row.new_id: row for row in (await session.execute(statement)).all()}
        await _set_local(session, before)
        for _, result, target in new:
            hit = found.get(target.ref)
            if hit is None:
                continue
            earlier = self._created.get(hit.id)
            result.possible_duplicate = PossibleDuplicate(
                customer_id=None if self.dry_run and earlier is not None else hit.id,
                display_name=hit.display_name, score=round(float(hit.score), 4),
                line=earlier.line if earlier is not None else None)

    async def _attach(self, session: AsyncSession, valid: list[tuple[_Draft, RowResult]]) -> None:
        """Each row's property, tags and note, unless its customer has them already."""
        places: list[tuple[RowResult, dict[str, Any]]] = []
        notes: list[tuple[RowResult, str]] = []
        wanted_tags: list[tuple[RowResult, str]] = []
        for draft, result in valid:
            customer_id = result.customer_id
            assert customer_id is not None
            if draft.property is not None:
                keys = _property_keys(draft.property)
                if not keys & self._property_keys[customer_id]:
                    self._property_keys[customer_id] |= keys
                    places.append((result, {"customer_id": customer_id, **draft.property}))
            if draft.note is not None and draft.note not in self._notes[customer_id]:
                self._notes[customer_id].add(draft.note)
                notes.append((result, draft.note))
            for tag in draft.tags:
                if tag_key(tag) not in self._tags[customer_id]:
                    self._tags[customer_id].add(tag_key(tag))
                    wanted_tags.append((result, tag))
        if places:
            await session.execute(sa.insert(_table(Property)), [values for _, values in places])
            for result, values in places:
                result.property_created = values["name"]
        if notes:
            await session.execute(sa.insert(_table(Note)), [
                {"customer_id": result.customer_id, "body": body, "visibility": NoteVisibility.INTERNAL,
                 "author_user_id": self.viewer.user_id} for result, body in notes])
            for result, _ in notes:
                result.note_added = True
        if wanted_tags:
            await self._add_tags(session, wanted_tags)

    async def _add_tags(self, session: AsyncSession, wanted: list[tuple[RowResult, str]]) -> None:
        """Tags by name however cased (created on first use), then each customer's new ones."""
        names: dict[str, str] = {}
        for _, tag in wanted:
            names.setdefault(tag_key(tag), tag)  # a new tag is spelt as its first row writes it
        find = sa.select(col(Tag.id), col(Tag.name)).where(sa.func.lower(col(Tag.name)).in_(list(names)))
        ids = {tag_key(row.name): row.id for row in (await session.execute(find)).all()}
        missing = [name for key, name in names.items() if key not in ids]
        if missing:
            await session.execute(pg_insert(_table(Tag)).on_conflict_do_nothing(), [{"name": name} for name in missing])
            ids |= {tag_key(row.name): row.id for row in (await session.execute(find)).all()}
        pairs = sorted({(result.customer_id, ids[tag_key(tag)]) for result, tag in wanted})
        pairs_table = _table(CustomerTag)
        statement = pg_insert(pairs_table).on_conflict_do_nothing().returning(
            pairs_table.c.customer_id, pairs_table.c.tag_id)
        added = set()
        for start in range(0, len(pairs), 1000):
            chunk = pairs[start:start + 1000]
            added |= {(row.customer_id, row.tag_id) for row in (await session.execute(
                statement.values([{"customer_id": customer, "tag_id": tag} for customer, tag in chunk]))).all()}
        for result, tag in wanted:
            if (result.customer_id, ids[tag_key(tag)]) in added:
                result.tags_added = (*result.tags_added, tag)

    async def _record(self, session: AsyncSession, results: Iterable[RowResult]) -> None:
        """The activity trail, as `auth.activity.record_activity` writes it: one entry per row that wrote anything
        (customer.created, or customer.import_added on a matched customer), saying what, in one statement."""
        entries = []
        for result in results:
            if result.outcome is Outcome.MATCHED and not (result.property_created or result.tags_added
                                                          or result.note_added):
                continue
            details: dict[str, Any] = {"source": self.source, "line": result.line}
            if self.filename:
                details["file"] = self.filename
            if result.property_created:
                details["property"] = result.property_created
            if result.tags_added:
                details["tags"] = list(result.tags_added)
            if result.note_added:
                details["note"] = True
            if result.outcome is Outcome.MATCHED:
                details["matchedBy"] = [str(reason) for reason in result.matched_by]
            entries.append({
                "actor_user_id": self.viewer.user_id, "customer_id": result.customer_id, "subject_type": "Customer",
                "subject_id": result.customer_id, "details": details,
                "verb": "customer.created" if result.outcome is Outcome.CREATED else "customer.import_added"})
        if entries:
            await session.execute(sa.insert(_table(Activity)), entries)


def _table(model: type[Any]) -> sa.Table:
    table: sa.Table = model.__table__
    return table


GIN_INDEXES = tuple(sorted(
    index.name for index in Customer.__table__.indexes  # type: ignore[attr-defined]
    if index.name and index.dialect_options["postgresql"].get("using") == "gin"))
"""The customer table's GIN indexes (trigram names, e-mails, phones): what every duplicate search reads."""


async def _clean_pending_lists(session: AsyncSession) -> None:
    """Move the GIN indexes' pending entries into the index proper (`gin_clean_pending_list`) before a batch searches.

    Rows inserted since the last VACUUM wait in each GIN index's unsorted "pending list", which every search scans
    whole: during a 10,000-row import the searches of the later batches read thousands of pending entries each (the
    import took 257 s, against 21 s with clean indexes). Cleaning once per batch costs a few milliseconds. Only
    indexes the database user owns are cleaned (the function requires it); others wait for autovacuum.
    """
    await session.execute(sa.text(
        "SELECT gin_clean_pending_list(c.oid) FROM pg_class c "
        "WHERE c.relname = ANY(:names) AND c.relkind = 'i' AND pg_has_role(c.relowner, 'USAGE')"
    ).bindparams(sa.bindparam("names", list(GIN_INDEXES), type_=ARRAY(sa.Text))))


async def _set_local(session: AsyncSession, settings: Mapping[str, str]) -> dict[str, str]:
    """Set settings for the rest of the transaction; returns the values they had (to set them back).

    The duplicate searches run with `enable_seqscan` off: an import grows the customer table faster than
    autovacuum updates its statistics, and the planner, believing the table small, scans it whole and computes
    the array overlap or trigram similarity on every row (measured: 250 ms instead of 10 ms per batch of 200 at
    9,000 customers, growing with the table). The conditions are written so that only the indexes on the keys
    searched for apply.
    """
    before: dict[str, str] = {}
    for name, value in settings.items():
        before[name] = (await session.execute(sa.select(sa.func.current_setting(name)))).scalar_one()
        await session.execute(sa.select(sa.func.set_config(name, value, True)))
    return before


async def office_viewer(session: AsyncSession, username: str | None) -> Viewer:
    """Who a command-line import acts as: the named active OWNER or OFFICE user (the trail's actor), or, with no
    name, the deployment itself (an OWNER viewer without a user: the trail shows no actor)."""
    if username is None:
        return Viewer(role=Role.OWNER)
    user = (await session.execute(sa.select(User).where(col(User.username) == username))).scalar_one_or_none()
    if user is None or not user.active or user.role not in (Role.OWNER, Role.OFFICE):
        raise UserInputError.one(("user",), ProblemCode.NOT_FOUND,
                                 f"No active owner or office user is called “{username}”.")
    return Viewer(user_id=user.id, role=user.role)


async def import_in_batches(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, parsed: ParsedFile, *,
                            dry_run: bool = False, batch_rows: int = BATCH_ROWS, filename: str | None = None,
                            progress: Callable[[int], None] | None = None) -> CustomerImport:
    """The command line's import: one transaction per batch of rows, committed before the next begins.

    A crash (an exception out of here) leaves the batches committed so far, whole, and nothing of the batch it
    was in; the returned or raised-through `CustomerImport.report` lists the committed rows. A dry run works in
    one transaction rolled back at the end, so later rows still match the clients earlier rows would create.
    `progress(rows)` is called after each batch.
    """
    job = CustomerImport(viewer, parsed, dry_run=dry_run, source="dop import", filename=filename)
    if dry_run:
        async with sessions() as session, session.begin() as transaction:
            for rows in job.batches(batch_rows):
                job.keep(await job.run_batch(session, rows))
                if progress:
                    progress(len(rows))
            await transaction.rollback()
        return job
    for rows in job.batches(batch_rows):
        async with sessions() as session:
            async with session.begin():
                results = await job.run_batch(session, rows)
            job.keep(results)
        if progress:
            progress(len(rows))
    return job


async def import_in_one_transaction(session: AsyncSession, viewer: Viewer, content: bytes | None, *,
                                    mapping: Mapping[str, str] | None = None, dry_run: bool = False,
                                    filename: str | None = None, max_rows: int = MAX_API_ROWS,
                                    source: str = "customerImport") -> ImportReport:
    """The API's import: the whole file in the caller's one transaction (a dry run in a savepoint rolled back).
    `content` is None for a file over the size limit (`MAX_API_BYTES`), which is refused like a file over the row
    cap (`max_rows`).

    One batch, so the identity locks are taken in one sorted order (two imports at once cannot deadlock); the
    row cap keeps that many locks and the report reasonable.
    """
    if not viewer.is_office:
        raise Forbidden("Only the office (owner or office staff) may import customers.")
    if content is None or len(content) > MAX_API_BYTES:
        raise UserInputError.one(FILE, ProblemCode.INVALID,
                                 f"The file is larger than {MAX_API_BYTES // (1024 * 1024)} MiB. Split it into smaller "
                                 "files, or import it with `dop import customers`.")
    parsed = parse_file(content, mapping, max_rows=max_rows)
    job = CustomerImport(viewer, parsed, dry_run=dry_run, source=source, filename=filename)
    if not parsed.rows:
        return job.report
    nested = await session.begin_nested()
    try:
        results = await job.run_batch(session, parsed.rows)
    except BaseException:
        await nested.rollback()
        raise
    if dry_run:
        await nested.rollback()
    else:
        await nested.commit()
    job.keep(results)
    return job.report


class _Index:
    """The known customers by e-mail, phone and name key, for matching a batch's rows in memory."""

    def __init__(self, known: Iterable[_Known]) -> None:
        self.emails: dict[str, list[_Known]] = {}
        self.phones: dict[str, list[_Known]] = {}
        self.names: dict[str, list[_Known]] = {}
        for one in known:
            self.add(one)

    def add(self, known: _Known) -> None:
        for email in known.emails:
            self.emails.setdefault(email, []).append(known)
        for phone in known.phones:
            self.phones.setdefault(phone, []).append(known)
        for key in known.name_keys | known.billing_keys:
            self.names.setdefault(key, []).append(known)

    def by_contact(self, identity: Identity) -> list[_Known]:
        found = [known for email in identity.emails for known in self.emails.get(email, [])]
        found += [known for phone in identity.phones for known in self.phones.get(phone, [])]
        return list({known.ref: known for known in found}.values())

    def by_name(self, keys: list[str]) -> list[_Known]:
        return list({known.ref: known for key in keys for known in self.names.get(key, [])}.values())
