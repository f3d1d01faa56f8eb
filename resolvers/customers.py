"""Customers: listing and search, search before create, creating and updating a customer.

Search before create: a new (or changed) name, billing name, e-mail or phone is looked up among the
customers first. Exact matches (the same name however typed, the same e-mail, the same phone) block the
write unless the caller confirms it is a different client (`confirm_new`); similar names (a typo, a
missing word) are only shown, ranked by trigram similarity. One statement answers it all, on indexes:
btree on the name keys, GIN on `emails`/`phones`, GIN trigram on the names.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeAlias

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable, readable_condition
from auth.users import revoke_customer_access
from auth.viewer import Viewer
from models import Customer, Property
from models.base import row_id
from models.enums import CustomerKind, CustomerStatus, PropertyType
from models.problems import Forbidden, Problem, ProblemCode, UserInputError
from resolvers.crm import record_activity
from resolvers.normalize import (
    InvalidValue,
    clean_text,
    name_key,
    normalize_country,
    normalize_email,
    normalize_phone,
)
from resolvers.properties import PropertyDraft, create_property, property_problems
from resolvers.tags import customers_with_all_tags, tag_names
from resolvers.values import KEEP, Address, Keep

CANDIDATE_LIMIT = 10
"""At most this many duplicate candidates are returned (exact matches first)."""
MAX_NAME_LENGTH = 200
MAX_NOTES_LENGTH = 20_000
MAX_ADDRESS_LENGTH = 200
MAX_CONTACT_VALUES = 20
"""At most this many e-mails, and this many phones, on one customer."""

INPUT = "input"
Path: TypeAlias = tuple[str, ...]


# --------------------------------------------------------------------------------------------- search


def _key_sql(value: str) -> Any:
    """The input's name key, computed by the database exactly as the generated columns are."""
    return _name_key_sql(sa.cast(sa.literal(value), sa.Text))


def _name_key_sql(value: Any) -> Any:
    return sa.func.lower(sa.func.regexp_replace(
        value, sa.literal_column("'[^[:alnum:]]+'"), sa.literal_column("''"), sa.literal_column("'g'")))


def _text(value: str) -> Any:
    return sa.cast(sa.literal(value), sa.Text)


def _text_array(values: Sequence[str]) -> Any:
    return sa.cast(sa.literal(list(values), ARRAY(sa.Text)), ARRAY(sa.Text))


MIN_CONTAINED = 3
"""A search term finds addresses, e-mails and phones containing it from this many characters (digits for a phone):
shorter ones would match most customers, and a trigram index cannot narrow them."""
_PHONE_LIKE = re.compile(r"[\d\s().+\-/]+")


def _like(fragment: str) -> str:
    """`%fragment%` for LIKE, its own % _ and \\ taken literally."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True, slots=True)
class SearchTerm:
    """A search term as `customers(search:)` uses it: the cleaned text, and what it can be looked up as.

    What the term can be (`shape`: a name with a key, a phone number, a fragment long enough to look for within
    addresses, e-mails and phones) decides which conditions the statement has; the values it brings are bound
    parameters with fixed names (`values`). So two terms of one shape give the same SQL text with other values:
    the compiled read path keeps the text per shape (`app.compiled.compiler`) and binds a new term's values
    without building the statement again.
    """

    text: str
    keyed: bool
    """It has a name key (letters or digits): compared with the customers' name keys."""
    phone: str | None
    """Its E.164 form, when it reads as a phone number."""
    pattern: str | None
    """`%fragment%` (LIKE, escaped) looked for within addresses, e-mails and phones: the term in lower case, or the
    digits of a term of phone characters; None when that is shorter than `MIN_CONTAINED`."""

    @classmethod
    def of(cls, search: str | None) -> SearchTerm | None:
        """The term of a `search` argument; None when it is blank (no search: customers by name)."""
        term = clean_text(search)
        if term is None:
            return None
        phone = None
        with contextlib.suppress(InvalidValue):
            phone = normalize_phone(term)
        fragment = term.lower()
        if _PHONE_LIKE.fullmatch(term):
            digits = "".join(ch for ch in term if ch.isdigit())
            fragment = digits if len(digits) >= MIN_CONTAINED else ""
        pattern = _like(fragment) if len(fragment) >= MIN_CONTAINED else None
        return cls(term, bool(name_key(term)), phone, pattern)

    @property
    def shape(self) -> tuple[bool, bool, bool]:
        """Which conditions the term's statement has (key, phone, containing); its values aside."""
        return self.keyed, self.phone is not None, self.pattern is not None

    def values(self) -> dict[str, Any]:
        """The bound parameters the statement takes from the term, by name (what the driver receives)."""
        values: dict[str, Any] = {"search_term": self.text, "search_email": self.text.lower()}
        if self.phone is not None:
            values["search_phone"] = self.phone
        if self.pattern is not None:
            values["search_pattern"] = self.pattern
        return values

    def bound(self, name: str) -> Any:
        """The named parameter `name` of `values`, as text."""
        return sa.cast(sa.bindparam(name, self.values()[name], type_=sa.Text), sa.Text)


def customers_statement(viewer: Viewer, *, search: str | None = None, status: CustomerStatus | None = None,
                        tags: Sequence[str] | None = None, kind: CustomerKind | None = None) -> sa.Select[Any]:
    """The customers a viewer may read, best matches first when searching, else by name.

    A search term finds a customer by name or billing name (similar words, or the same name however
    typed), by e-mail (any case, or a part of it), by phone (any format, or a part of its digits) and by
    address (a street, a city or a postal code of its billing address or of any of its properties); exact
    matches come first, then names by similarity. `tags` keeps the customers carrying all of them (names
    however cased; tags are office-only, so for anyone else none); `kind` only that kind of customer.
    """
    statement = readable(viewer, Customer).where(col(Customer.merged_into_id).is_(None))  # merged: gone from lists
    if status is not None:
        statement = statement.where(col(Customer.status) == status)
    if kind is not None:
        statement = statement.where(col(Customer.kind) == kind)
    if keys := tag_names(tags):
        statement = statement.where(col(Customer.id).in_(customers_with_all_tags(viewer, keys)))
    found = SearchTerm.of(search)
    if found is None:
        return statement.order_by(col(Customer.display_name), col(Customer.id))
    term = found.bound("search_term")
    exact: list[Any] = [col(Customer.emails).contains(postgresql.array([found.bound("search_email")]))]
    if found.keyed:
        key = _name_key_sql(term)
        exact += [col(Customer.name_key) == key, col(Customer.billing_name_key) == key]
    if found.phone is not None:
        exact.append(col(Customer.phones).contains(postgresql.array([found.bound("search_phone")])))
    # Similar: the words typed within a name (`<%`, "brightside" in "Brightside Homes"), or the whole name
    # misspelt (`%`, "Brigthside Homes": a transposition leaves too few trigrams for the first).
    similar = [term.op("<%")(col(Customer.display_name)),
               term.op("<%")(col(Customer.billing_name)),
               col(Customer.display_name).op("%")(term),
               col(Customer.billing_name).op("%")(term)]
    score = sa.func.greatest(
        sa.func.word_similarity(term, col(Customer.display_name)),
        sa.func.word_similarity(term, col(Customer.billing_name)),
        sa.func.similarity(col(Customer.display_name), term),
        sa.func.similarity(col(Customer.billing_name), term),
    )
    matching = _ids_matching(exact + similar, _containing(viewer, found))
    return statement.where(col(Customer.id) == sa.any_(sa.func.array(matching.scalar_subquery()))).order_by(
        sa.case((sa.or_(*exact), 0), else_=1), score.desc().nulls_last(), col(Customer.id))


def _containing(viewer: Viewer, term: SearchTerm) -> list[Any]:
    """Ids of the customers whose address, e-mails or phones contain the term, or whose property's address does.

    A term of phone characters only ("(555) 010-20") is looked for as its digits, so any format finds the stored
    E.164 number; anything else as typed, lower case (`SearchTerm.pattern`). Each runs on a trigram index
    (`search_text`); only the properties `viewer` may read count.
    """
    if term.pattern is None:
        return []
    pattern = term.bound("search_pattern")
    return [
        sa.select(col(Customer.id)).where(col(Customer.search_text).like(pattern)),
        sa.select(col(Property.customer_id)).where(col(Property.search_text).like(pattern),
                                                   readable_condition(viewer, Property)),
    ]


def _ids_matching(conditions: Sequence[Any], selects: Sequence[Any] = ()) -> Any:
    """Ids of the customers meeting any of `conditions`, one index scan per condition (UNION ALL).

    The search reads its customers as `id = ANY(ARRAY(these ids))`, not `id IN (these ids)`: the compiled read
    path runs it with a generic plan, and for `IN` that was a hash join over a sequential scan of every customer
    (the planner cannot tell how many ids a term finds: 2.5–3.7 ms at 5,000 customers); an array is read once,
    then its rows by primary key (~1 ms). The same rows: ids repeat in the union, and each row is read once.

    As one big OR the planner prices the trigram operators as cheap and prefers a sequential scan that
    computes every similarity on every row, or rechecks every condition on every hit: measured with
    the duplicate search below, 114 ms against 21 ms at 5,000 customers and 615 ms against 160 ms at
    100,000. Apart, each condition is planned on its own index (btree keys, GIN arrays, GIN trigrams).
    """
    return sa.union_all(*(sa.select(col(Customer.id)).where(condition) for condition in conditions), *selects)


class DuplicateReason(StrEnum):
    """Why an existing customer may be the client being entered (the strongest reason first)."""

    NAME = "NAME"
    """Its display name is the same name, however typed."""
    BILLING_NAME = "BILLING_NAME"
    """Its billing name is the same name, however typed."""
    EMAIL = "EMAIL"
    """It has one of the e-mail addresses."""
    PHONE = "PHONE"
    """It has one of the phone numbers."""
    SIMILAR_NAME = "SIMILAR_NAME"
    """A name is similar (a typo, a word more or less); shown, never blocking."""


EXACT_REASONS = frozenset({DuplicateReason.NAME, DuplicateReason.BILLING_NAME, DuplicateReason.EMAIL,
                           DuplicateReason.PHONE})


@dataclass(frozen=True, slots=True)
class Identity:
    """What identifies a client, normalised: names as typed (cleaned), e-mails lower case, phones E.164."""

    display_name: str | None = None
    billing_name: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The names that have a key (a name of punctuation only matches nothing)."""
        return tuple(name for name in (self.display_name, self.billing_name) if name and name_key(name))

    def __bool__(self) -> bool:
        return bool(self.names or self.emails or self.phones)


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """An existing customer that may be the same client, and why."""

    customer: Customer
    reasons: tuple[DuplicateReason, ...]
    score: float
    """1.0 for an exact match; otherwise the trigram similarity (0 to 1) of the closest pair of names."""
    matched_emails: tuple[str, ...] = ()
    matched_phones: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        """An exact match: blocks creating (or saving) without `confirm_new`."""
        return any(reason in EXACT_REASONS for reason in self.reasons)

    @property
    def archived(self) -> bool:
        return self.customer.status == CustomerStatus.ARCHIVED


def duplicate_statement(viewer: Viewer, identity: Identity, *, exclude_id: int | None = None,
                        limit: int = CANDIDATE_LIMIT) -> sa.Select[Any]:
    """The duplicate search: each customer with which exact conditions it meets and its best similarity.

    Exact: the same name key (`name_key`/`billing_name_key` against the input's names' keys, computed
    by the database exactly as the generated columns are), a shared e-mail or phone. Similar: a name
    `%` (trigram similarity over `pg_trgm.similarity_threshold`, 0.3 by default) or `<%` (the input's
    words within a longer name, over `pg_trgm.word_similarity_threshold`, 0.6) either name. Only
    customers `viewer` may read; merged ones never.
    """
    false: Any = sa.false()
    name_hit, billing_hit, email_hit, phone_hit = false, false, false, false
    exact: list[Any] = []
    similar: list[Any] = []
    scores: list[Any] = []
    if names := identity.names:
        keys = [_key_sql(name) for name in names]
        name_hit = col(Customer.name_key).in_(keys)
        billing_hit = col(Customer.billing_name_key).in_(keys)
        exact += [name_hit, billing_hit]
        for name in names:
            for column in (col(Customer.display_name), col(Customer.billing_name)):
                similar += [column.op("%")(_text(name)), _text(name).op("<%")(column)]
                scores += [sa.func.similarity(column, _text(name)),
                           sa.func.word_similarity(_text(name), column)]
    if identity.emails:
        email_hit = col(Customer.emails).bool_op("&&")(_text_array(identity.emails))
        exact.append(email_hit)
    if identity.phones:
        phone_hit = col(Customer.phones).bool_op("&&")(_text_array(identity.phones))
        exact.append(phone_hit)
    similarity = sa.func.coalesce(sa.func.greatest(*scores), 0.0) if scores else sa.literal(0.0)
    statement = (
        readable(viewer, Customer)
        .add_columns(name_hit.label("name_hit"), billing_hit.label("billing_hit"),
                     email_hit.label("email_hit"), phone_hit.label("phone_hit"),
                     similarity.label("similarity"))
        .where(col(Customer.id).in_(_ids_matching(exact + similar)), col(Customer.merged_into_id).is_(None))
        .order_by(sa.case((sa.or_(*exact), 0), else_=1), similarity.desc(), col(Customer.id))
        .limit(limit)
    )
    if exclude_id is not None:
        statement = statement.where(col(Customer.id) != exclude_id)
    return statement


async def find_duplicate_candidates(session: AsyncSession, viewer: Viewer, identity: Identity, *,
                                    exclude_id: int | None = None, limit: int = CANDIDATE_LIMIT,
                                    ) -> list[DuplicateCandidate]:
    """Customers that may be the client `identity` describes: exact matches first, then similar names.

    Merged customers are never candidates (their survivor is); archived ones are, and say so. The rows
    are detached from the session so a caller may still show them after rolling back.
    """
    if not identity:
        return []
    statement = duplicate_statement(viewer, identity, exclude_id=exclude_id, limit=limit)
    candidates = []
    for row in (await session.execute(statement)).all():
        customer: Customer = row[0]
        reasons = [reason for reason, hit in ((DuplicateReason.NAME, row.name_hit),
                                              (DuplicateReason.BILLING_NAME, row.billing_hit),
                                              (DuplicateReason.EMAIL, row.email_hit),
                                              (DuplicateReason.PHONE, row.phone_hit)) if hit]
        if not reasons:
            reasons = [DuplicateReason.SIMILAR_NAME]
        candidates.append(DuplicateCandidate(
            customer=customer, reasons=tuple(reasons),
            score=1.0 if reasons[0] in EXACT_REASONS else round(float(row.similarity), 4),
            matched_emails=tuple(email for email in identity.emails if email in customer.emails),
            matched_phones=tuple(phone for phone in identity.phones if phone in customer.phones),
        ))
        session.expunge(customer)
    return candidates


async def duplicate_candidates(session: AsyncSession, viewer: Viewer, *, name: str | None = None,
                               billing_name: str | None = None, email: str | None = None,
                               phone: str | None = None) -> list[DuplicateCandidate]:
    """The `duplicateCandidates` query: what the office is typing, looked up before it creates anything.

    Lenient, since it runs while the form is being filled: a half-typed phone is ignored, not refused.
    """
    _require_office(viewer)
    emails: tuple[str, ...] = ()
    if text := clean_text(email):
        try:
            emails = (normalize_email(text),)
        except InvalidValue:
            emails = (text.lower(),)
    phones: tuple[str, ...] = ()
    if text := clean_text(phone):
        try:
            phones = (normalize_phone(text),)
        except InvalidValue:
            phones = ()
    identity = Identity(display_name=clean_text(name), billing_name=clean_text(billing_name), emails=emails,
                        phones=phones)
    return await find_duplicate_candidates(session, viewer, identity)


# ----------------------------------------------------------------------------------- create and update


@dataclass(frozen=True, slots=True)
class NewCustomer:
    """`customerCreate`'s input, as typed."""

    display_name: str | None
    billing_name: str | None = None
    emails: Sequence[str] = ()
    phones: Sequence[str] = ()
    billing_address: Address | None = None
    kind: CustomerKind = CustomerKind.RESIDENTIAL
    customer_notes: str | None = None
    internal_notes: str | None = None
    portal_access: bool = True
    confirm_new: bool = False
    first_property: NewProperty | None = None


@dataclass(frozen=True, slots=True)
class NewProperty:
    """The first property created with a customer (`customerCreate`'s `firstProperty`)."""

    name: str
    address: Address
    type: PropertyType = PropertyType.RESIDENTIAL
    access_notes: str | None = None
    description: str | None = None
    internal_notes: str | None = None

    def draft(self, customer_id: int) -> PropertyDraft:
        return PropertyDraft(customer_id=customer_id, name=self.name, address=self.address, type=self.type,
                             access_notes=self.access_notes, description=self.description,
                             internal_notes=self.internal_notes)


@dataclass(frozen=True, slots=True)
class CustomerChanges:
    """`customerUpdate`'s input: `KEEP` for every field not given; None clears where clearing makes sense."""

    display_name: str | Keep | None = KEEP
    billing_name: str | Keep | None = KEEP
    emails: Sequence[str] | Keep | None = KEEP
    phones: Sequence[str] | Keep | None = KEEP
    billing_address: Address | Keep | None = KEEP
    kind: CustomerKind | Keep | None = KEEP
    customer_notes: str | Keep | None = KEEP
    internal_notes: str | Keep | None = KEEP
    status: CustomerStatus | Keep | None = KEEP
    portal_access: bool | Keep | None = KEEP
    confirm_new: bool = False


@dataclass(frozen=True, slots=True)
class CustomerSaved:
    """A created or updated customer, and the customers it may duplicate (shown, not blocking)."""

    customer: Customer
    duplicate_candidates: list[DuplicateCandidate] = field(default_factory=list)
    property: Property | None = None
    """The first property created with it, when one was given."""


# The model's columns, each with its input field name (for userErrors and the activity trail).
_ADDRESS_COLUMNS = {
    "line1": "billing_address_line1", "line2": "billing_address_line2", "city": "billing_city",
    "region": "billing_region", "postalCode": "billing_postal_code", "country": "billing_country",
}
_FIELD_NAMES = {
    "display_name": "displayName", "billing_name": "billingName", "emails": "emails", "phones": "phones",
    "kind": "kind", "customer_notes": "customerNotes", "internal_notes": "internalNotes", "status": "status",
    "portal_access": "portalAccess",
    **{column: "billingAddress" for column in _ADDRESS_COLUMNS.values()},
}


class _Validator:
    """Collects every problem with an input, so the user fixes them all in one go."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.positions: dict[str, dict[str, int]] = {"emails": {}, "phones": {}}
        """Where each normalised e-mail and phone was first typed (its index in the input list)."""

    def problem(self, path: Path, code: ProblemCode, message: str) -> None:
        self.problems.append(Problem(field=(INPUT, *path), code=code, message=message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise UserInputError(list(self.problems))

    def display_name(self, value: str | None) -> str:
        name = clean_text(value)
        if name is None:
            self.problem(("displayName",), ProblemCode.REQUIRED, "Type the customer's name: it cannot be blank.")
            return ""
        return self._length(("displayName",), name, MAX_NAME_LENGTH, "The name")

    def billing_name(self, value: str | None) -> str | None:
        name = clean_text(value)
        if name is None:
            return None
        return self._length(("billingName",), name, MAX_NAME_LENGTH, "The billing name")

    def notes(self, path: str, value: str | None) -> str | None:
        text = value.strip() if value is not None else None
        return self._length((path,), text, MAX_NOTES_LENGTH, "The notes") if text else None

    def emails(self, values: Sequence[str] | None) -> list[str]:
        return self._list("emails", values, normalize_email, "e-mail addresses")

    def phones(self, values: Sequence[str] | None) -> list[str]:
        return self._list("phones", values, normalize_phone, "phone numbers")

    def address(self, value: Address | None) -> dict[str, str | None]:
        if value is None:
            return dict.fromkeys(_ADDRESS_COLUMNS.values())
        columns: dict[str, str | None] = {}
        for name, column in _ADDRESS_COLUMNS.items():
            raw = getattr(value, "postal_code" if name == "postalCode" else name)
            if name == "country":
                try:
                    columns[column] = normalize_country(raw)
                except InvalidValue as error:
                    self.problem(("billingAddress", name), ProblemCode.INVALID, str(error))
                continue
            text = clean_text(raw)
            columns[column] = None if text is None else self._length(
                ("billingAddress", name), text, MAX_ADDRESS_LENGTH, "This address line")
        return columns

    def _list(self, name: str, values: Sequence[str] | None, normalize: Any, what: str) -> list[str]:
        values = list(values or [])
        if len(values) > MAX_CONTACT_VALUES:
            self.problem((name,), ProblemCode.INVALID, f"A customer can have at most {MAX_CONTACT_VALUES} {what}; "
                                             f"you gave {len(values)}. Remove some.")
            return []
        normalized: list[str] = []
        for index, value in enumerate(values):
            try:
                value = normalize(value)
            except InvalidValue as error:
                self.problem((name, str(index)), ProblemCode.INVALID, str(error))
                continue
            if value not in normalized:
                normalized.append(value)
                self.positions[name][value] = index
        return normalized

    def _length(self, path: Path, text: str, limit: int, what: str) -> str:
        if len(text) > limit:
            self.problem(path, ProblemCode.INVALID,
                         f"{what} is {len(text)} characters long; shorten it to {limit} at most.")
        return text


def _require_office(viewer: Viewer) -> None:
    if not viewer.is_office:
        raise Forbidden("Only the office (owner or office staff) may do this.")


async def _lock_identity(session: AsyncSession, identity: Identity) -> None:
    """Serialise concurrent writes of the same name, e-mail or phone until this transaction ends.

    Two clicks on "Create" (or two people entering the same client) would otherwise both search, both
    find nothing and both insert; with the lock the second one waits, then finds the first.
    """
    await lock_identities(session, [identity])


async def lock_identities(session: AsyncSession, identities: Sequence[Identity]) -> None:
    """`_lock_identity` for many clients at once (an import's batch): one statement, keys in one sorted order
    so two writers locking overlapping sets wait for each other instead of deadlocking."""
    keys = sorted({f"name:{name_key(name)}" for identity in identities for name in identity.names}
                  | {f"email:{email}" for identity in identities for email in identity.emails}
                  | {f"phone:{phone}" for identity in identities for phone in identity.phones})
    if keys:
        rows = sa.func.unnest(_text_array(keys)).table_valued("key").render_derived()
        lock = sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(rows.c.key, 0))
        await session.execute(sa.select(lock).select_from(rows))


def _refuse_duplicates(candidates: list[DuplicateCandidate], identity: Identity, positions: dict[str, dict[str, int]],
                       *, creating: bool) -> None:
    """Raise DUPLICATE_CANDIDATES (carrying every candidate) when any of them is an exact match."""
    exact = [candidate for candidate in candidates if candidate.exact]
    if not exact:
        return
    described = [_describe(candidate) for candidate in exact[:3]]
    if len(exact) > 3:
        described.append(f"and {len(exact) - 3} more")
    doing = "create a new customer" if creating else "save these details"
    message = (f"This may be a client you already have: {'; '.join(described)}. Open the existing customer "
               f"instead, or pass confirmNew: true to {doing} anyway.")
    raise UserInputError([Problem(field=_field_of(exact[0], identity, positions), code=ProblemCode.DUPLICATE_CANDIDATES,
                                  message=message, data=candidates)])


def _describe(candidate: DuplicateCandidate) -> str:
    why = []
    for reason in candidate.reasons:
        if reason is DuplicateReason.NAME:
            why.append("same name")
        elif reason is DuplicateReason.BILLING_NAME:
            why.append("same billing name")
        elif reason is DuplicateReason.EMAIL:
            why.append("same e-mail " + ", ".join(candidate.matched_emails))
        elif reason is DuplicateReason.PHONE:
            why.append("same phone " + ", ".join(candidate.matched_phones))
    archived = "archived, " if candidate.archived else ""
    return f"“{candidate.customer.display_name}” ({archived}{', '.join(why)})"


def _field_of(candidate: DuplicateCandidate, identity: Identity,
              positions: dict[str, dict[str, int]]) -> tuple[str, ...]:
    """The input field behind a candidate's strongest reason, for the UI to point at."""
    reason = candidate.reasons[0]
    if reason is DuplicateReason.EMAIL and candidate.matched_emails:
        return (INPUT, "emails", str(positions["emails"].get(candidate.matched_emails[0], 0)))
    if reason is DuplicateReason.PHONE and candidate.matched_phones:
        return (INPUT, "phones", str(positions["phones"].get(candidate.matched_phones[0], 0)))
    keys = {candidate.customer.name_key, candidate.customer.billing_name_key} - {None}
    display_matched = identity.display_name is not None and name_key(identity.display_name) in keys
    if identity.billing_name and not display_matched:
        return (INPUT, "billingName")
    return (INPUT, "displayName")


@dataclass(frozen=True, slots=True)
class ValidCustomer:
    """A new customer's input, checked and normalised: its columns, and what identifies it."""

    columns: dict[str, Any]
    """Customer column → value, ready for `Customer(**columns)` or an INSERT."""
    identity: Identity
    positions: dict[str, dict[str, int]]
    """Where each normalised e-mail and phone was first typed (its index in the input list)."""


def validate_new_customer(new: NewCustomer) -> ValidCustomer:
    """customerCreate's checks without the database: every problem at once (`UserInputError`), or the columns.

    Shared with the import (resolvers/customer_import.py), so a row of a file is held to the same rules.
    """
    check = _Validator()
    display_name = check.display_name(new.display_name)
    billing_name = check.billing_name(new.billing_name)
    emails = check.emails(new.emails)
    phones = check.phones(new.phones)
    address = check.address(new.billing_address)
    customer_notes = check.notes("customerNotes", new.customer_notes)
    internal_notes = check.notes("internalNotes", new.internal_notes)
    check.raise_if_any()
    columns: dict[str, Any] = {
        "display_name": display_name, "billing_name": billing_name, "emails": emails, "phones": phones,
        "kind": new.kind, "customer_notes": customer_notes, "internal_notes": internal_notes,
        "portal_access": new.portal_access, "status": CustomerStatus.ACTIVE, **address,
    }
    identity = Identity(display_name=display_name, billing_name=billing_name, emails=tuple(emails),
                        phones=tuple(phones))
    return ValidCustomer(columns=columns, identity=identity, positions=check.positions)


async def create_customer(session: AsyncSession, viewer: Viewer, new: NewCustomer) -> CustomerSaved:
    """Create a customer after searching for it: an exact match refuses unless `confirm_new`.

    Similar names never refuse; they come back with the new customer so the office can still merge. With
    `first_property`, the property is created with it (the caller's one transaction): a problem with either is
    reported together with the other's, and then neither is created.
    """
    _require_office(viewer)
    place_problems = ([] if new.first_property is None
                      else property_problems(new.first_property.draft(0), (INPUT, "firstProperty")))
    try:
        valid = validate_new_customer(new)
    except UserInputError as error:
        raise UserInputError([*error.problems, *place_problems]) from None
    if place_problems:
        raise UserInputError(place_problems)
    identity = valid.identity
    await _lock_identity(session, identity)
    candidates = await find_duplicate_candidates(session, viewer, identity)
    if not new.confirm_new:
        _refuse_duplicates(candidates, identity, valid.positions, creating=True)

    customer = Customer(**valid.columns)
    session.add(customer)
    await session.flush()
    details: dict[str, Any] = {}
    if confirmed := [candidate.customer.id for candidate in candidates if candidate.exact]:
        details["confirmed_despite"] = confirmed
    record_activity(session, viewer, subject=customer, verb="customer.created", customer_id=customer.id,
                    **details)
    await session.flush()
    place = None
    if new.first_property is not None:
        place = await create_property(session, viewer, new.first_property.draft(row_id(customer)))
    return CustomerSaved(customer=customer, duplicate_candidates=candidates, property=place)


async def update_customer(session: AsyncSession, viewer: Viewer, customer_id: int,
                          changes: CustomerChanges) -> CustomerSaved:
    """Change only the fields given. A name, e-mail or phone another customer has refuses unless
    `confirm_new`. A merged customer cannot change (its survivor is the one to edit)."""
    _require_office(viewer)
    statement = (sa.select(Customer)
                 .where(readable_condition(viewer, Customer), col(Customer.id) == customer_id)
                 .with_for_update().execution_options(populate_existing=True))
    customer = (await session.scalars(statement)).one_or_none()
    if customer is None:
        raise UserInputError.one((INPUT, "id"), ProblemCode.NOT_FOUND,
                                 "No customer with this id. Check the id and try again.")
    if customer.merged_into_id is not None:
        raise UserInputError.one((INPUT, "id"), ProblemCode.CONFLICT,
                                 "This customer was merged into another one and can no longer change. "
                                 "Edit the customer it was merged into instead.")

    check = _Validator()
    values: dict[str, Any] = {}
    if changes.display_name is not KEEP:
        values["display_name"] = check.display_name(changes.display_name)
    if changes.billing_name is not KEEP:
        values["billing_name"] = check.billing_name(changes.billing_name)
    if changes.emails is not KEEP:
        values["emails"] = check.emails(changes.emails)
    if changes.phones is not KEEP:
        values["phones"] = check.phones(changes.phones)
    if changes.billing_address is not KEEP:
        values |= check.address(changes.billing_address)
    for name in ("customer_notes", "internal_notes"):
        given = getattr(changes, name)
        if given is not KEEP:
            values[name] = check.notes(_FIELD_NAMES[name], given)
    for name, what in (("kind", "a kind"), ("status", "a status"), ("portal_access", "true or false")):
        given = getattr(changes, name)
        if given is None:
            check.problem((_FIELD_NAMES[name],), ProblemCode.REQUIRED,
                          f"{_FIELD_NAMES[name]} cannot be cleared: give {what}, or leave the field out.")
        elif given is not KEEP:
            values[name] = given
    check.raise_if_any()

    changed = {name: value for name, value in values.items() if getattr(customer, name) != value}
    identity = _new_identity(customer, changed)
    candidates: list[DuplicateCandidate] = []
    if identity:
        await _lock_identity(session, identity)
        candidates = await find_duplicate_candidates(session, viewer, identity, exclude_id=customer.id)
        if not changes.confirm_new:
            _refuse_duplicates(candidates, identity, check.positions, creating=False)
    if not changed:
        return CustomerSaved(customer=customer, duplicate_candidates=candidates)

    for name, value in changed.items():
        setattr(customer, name, value)
    fields = list(dict.fromkeys(_FIELD_NAMES[name] for name in changed))
    details: dict[str, Any] = {"fields": fields}
    if "status" in changed:
        details["status"] = str(changed["status"])
    if confirmed := [candidate.customer.id for candidate in candidates if candidate.exact]:
        details["confirmed_despite"] = confirmed
    record_activity(session, viewer, subject=customer, verb="customer.updated", customer_id=customer.id,
                    **details)
    await session.flush()
    if changed.get("portal_access") is False:
        # Removing portal access ends the customer's users' sessions and pending codes at once.
        await revoke_customer_access(session, customer.id)  # type: ignore[arg-type]
    return CustomerSaved(customer=customer, duplicate_candidates=candidates)


def _new_identity(customer: Customer, changed: dict[str, Any]) -> Identity:
    """What an update adds to the customer's identity: renamed names, added e-mails and phones."""
    renamed = {
        name: changed[name] for name in ("display_name", "billing_name")
        if changed.get(name) and name_key(changed[name]) != name_key(getattr(customer, name))
    }
    return Identity(
        display_name=renamed.get("display_name"), billing_name=renamed.get("billing_name"),
        emails=tuple(email for email in changed.get("emails", []) if email not in customer.emails),
        phones=tuple(phone for phone in changed.get("phones", []) if phone not in customer.phones),
    )
