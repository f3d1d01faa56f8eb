"""Properties: creating and editing a customer's service locations (office only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col

from auth.scope import readable_condition
from auth.viewer import Viewer
from models import Customer, Invoice, Job, Property
from models.base import row_id
from models.enums import CustomerStatus, PropertyType
from models.problems import Problem, ProblemCode, UserInputError
from resolvers.crm import record_activity
from resolvers.values import KEEP, Address, Keep

M = TypeVar("M", bound=SQLModel)


def scoped(viewer: Viewer, model: type[M]) -> sa.Select[M]:
    """`auth.scope.readable`, typed for `.scalars()`: what the viewer may read of `model`."""
    return sa.select(model).where(readable_condition(viewer, model))


def clean_text(value: str | None) -> str | None:
    """Trimmed text; blank means nothing."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise UserInputError(problems)


NOT_FOUND = "No {what} with this id. Check the id and try again."


def missing(field: tuple[str, ...], what: str) -> UserInputError:
    """`models.problems.not_found` at an input path: "does not exist" and "not yours" look the same."""
    return UserInputError.one(field, ProblemCode.NOT_FOUND, NOT_FOUND.format(what=what))


async def customer_for_new_work(session: AsyncSession, viewer: Viewer, customer_id: int,
                                field: tuple[str, ...], what: str) -> Customer:
    """The customer new properties or jobs go to: readable, neither archived nor merged.

    The row is locked FOR SHARE so a concurrent merge or archive waits for this transaction (and this
    transaction for it), and nothing is added to a customer while it is being merged away.
    """
    statement = (scoped(viewer, Customer).where(col(Customer.id) == customer_id)
                 .with_for_update(read=True).execution_options(populate_existing=True))
    customer = (await session.execute(statement)).scalar_one_or_none()
    if customer is None:
        raise missing(field, "customer")
    if customer.merged_into_id is not None:
        raise UserInputError.one(
            field, ProblemCode.CONFLICT,
            f"{customer.display_name} was merged into another customer; add {what} to that customer instead.",
        )
    if customer.status is CustomerStatus.ARCHIVED:
        raise UserInputError.one(
            field, ProblemCode.CONFLICT,
            f"{customer.display_name} is archived; restore the customer before adding {what}.",
        )
    return customer


@dataclass(frozen=True, slots=True)
class PropertyDraft:
    customer_id: int
    name: str
    address: Address
    type: PropertyType = PropertyType.RESIDENTIAL
    access_notes: str | None = None
    description: str | None = None
    internal_notes: str | None = None


@dataclass(frozen=True, slots=True)
class PropertyChanges:
    """What `propertyUpdate` changes; KEEP leaves a field alone. An address replaces the whole address."""

    customer_id: int | Keep = KEEP
    name: str | Keep | None = KEEP
    type: PropertyType | Keep | None = KEEP
    address: Address | Keep | None = KEEP
    access_notes: str | Keep | None = KEEP
    description: str | Keep | None = KEEP
    internal_notes: str | Keep | None = KEEP


def _address_columns(address: Address, path: tuple[str, ...], problems: list[Problem]) -> dict[str, Any]:
    line1, city = clean_text(address.line1), clean_text(address.city)
    if line1 is None:
        problems.append(Problem((*path, "line1"), ProblemCode.REQUIRED,
                                "Give the street and number (address line 1)."))
    if city is None:
        problems.append(Problem((*path, "city"), ProblemCode.REQUIRED, "Give the city."))
    country = (clean_text(address.country) or "US").upper()
    if len(country) != 2 or not country.isalpha():
        problems.append(Problem((*path, "country"), ProblemCode.INVALID,
                                "Give the country as a two-letter ISO code, e.g. US."))
    return {
        "address_line1": line1, "address_line2": clean_text(address.line2), "city": city,
        "region": clean_text(address.region), "postal_code": clean_text(address.postal_code),
        "country": country,
    }


def _name(value: str | None, problems: list[Problem], path: tuple[str, ...] = ("input",)) -> str | None:
    name = clean_text(value)
    if name is None:
        problems.append(Problem((*path, "name"), ProblemCode.REQUIRED,
                                "Give the property a name, e.g. “Main house”."))
    return name


def property_problems(draft: PropertyDraft, path: tuple[str, ...] = ("input",)) -> list[Problem]:
    """What is wrong with a new property's own fields (its name, its address), each at `path` + the field."""
    problems: list[Problem] = []
    _name(draft.name, problems, path)
    _address_columns(draft.address, (*path, "address"), problems)
    return problems


async def create_property(session: AsyncSession, viewer: Viewer, draft: PropertyDraft) -> Property:
    """A new property of a customer that is in use (not archived, not merged away)."""
    problems: list[Problem] = []
    name = _name(draft.name, problems)
    address = _address_columns(draft.address, ("input", "address"), problems)
    raise_if(problems)
    customer = await customer_for_new_work(session, viewer, draft.customer_id, ("input", "customerId"),
                                           "properties")
    assert name is not None
    place = Property(
        customer_id=row_id(customer), name=name, type=draft.type, access_notes=clean_text(draft.access_notes),
        description=clean_text(draft.description), internal_notes=clean_text(draft.internal_notes), **address,
    )
    session.add(place)
    await session.flush()
    record_activity(session, viewer, subject=place, verb="property.created", customer_id=customer.id,
                    name=place.name)
    await session.flush()
    return place


async def _has_history(session: AsyncSession, property_id: int) -> bool:
    """Whether jobs or invoices hang off the property (then it stays with its customer)."""
    jobs = sa.exists().where(col(Job.property_id) == property_id)
    invoices = sa.exists().where(col(Invoice.property_id) == property_id)
    return bool((await session.execute(sa.select(sa.or_(jobs, invoices)))).scalar())


async def update_property(session: AsyncSession, viewer: Viewer, property_id: int,
                          changes: PropertyChanges) -> Property:
    """Change what is given; moving to another customer only while nothing hangs off the property."""
    statement = (scoped(viewer, Property).where(col(Property.id) == property_id)
                 .with_for_update().execution_options(populate_existing=True))
    place = (await session.execute(statement)).scalar_one_or_none()
    if place is None:
        raise missing(("input", "id"), "property")

    problems: list[Problem] = []
    values: dict[str, Any] = {}
    if not isinstance(changes.name, Keep):
        values["name"] = _name(changes.name, problems)
    if not isinstance(changes.type, Keep):
        if changes.type is None:
            problems.append(Problem(("input", "type"), ProblemCode.REQUIRED,
                                    "Give the property type, or leave it out."))
        values["type"] = changes.type
    if not isinstance(changes.address, Keep):
        if changes.address is None:
            problems.append(Problem(("input", "address"), ProblemCode.REQUIRED,
                                    "A property needs an address; leave it out to keep the current one."))
        else:
            values |= _address_columns(changes.address, ("input", "address"), problems)
    for text_field in ("access_notes", "description", "internal_notes"):
        value = getattr(changes, text_field)
        if not isinstance(value, Keep):
            values[text_field] = clean_text(value)
    raise_if(problems)

    moved_from: int | None = None
    if not isinstance(changes.customer_id, Keep) and changes.customer_id != place.customer_id:
        target = await customer_for_new_work(session, viewer, changes.customer_id, ("input", "customerId"),
                                             "properties")
        if await _has_history(session, property_id):
            raise UserInputError.one(
                ("input", "customerId"), ProblemCode.CONFLICT,
                "This property already has jobs or invoices, so it stays with its customer. "
                "Create a new property for the other customer instead.",
            )
        moved_from = place.customer_id
        values["customer_id"] = target.id

    changed = sorted(name for name, value in values.items() if getattr(place, name) != value)
    if not changed:
        return place
    for name in changed:
        setattr(place, name, values[name])
    await session.flush()
    if moved_from is not None:
        record_activity(session, viewer, subject=place, verb="property.moved", customer_id=moved_from,
                        to_customer_id=place.customer_id)
    record_activity(session, viewer, subject=place, verb="property.updated", customer_id=place.customer_id,
                    fields=changed)
    await session.flush()
    return place

