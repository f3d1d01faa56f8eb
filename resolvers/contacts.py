"""Contacts: the people on a customer's account and their roles (office writes; see `auth.scope` for reads).

E-mail and phone are normalised exactly like a customer's (`resolvers.normalize`). One contact per
customer may be its default billing contact, and it must have the BILLING role: making another one the
default moves the mark (a partial unique index is the backstop). A retried create finds the contact it
made the first time (same customer, name however cased, role, e-mail and phone) instead of adding a twin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable_condition
from auth.viewer import Viewer
from models import Contact, Customer
from models.enums import ContactRole
from models.problems import Problem, ProblemCode, UserInputError, not_found
from resolvers.crm import customer_for_records, lock_key, record_activity, require_office
from resolvers.normalize import InvalidValue, clean_text, normalize_email, normalize_phone
from resolvers.values import KEEP, Keep

MAX_NAME_LENGTH = 200
INPUT = "input"


@dataclass(frozen=True, slots=True)
class NewContact:
    """`contactCreate`'s input, as typed."""

    customer_id: int
    name: str | None
    role: ContactRole = ContactRole.OWNER
    email: str | None = None
    phone: str | None = None
    default_billing: bool = False


@dataclass(frozen=True, slots=True)
class ContactChanges:
    """`contactUpdate`'s input: KEEP for a field not given; None clears e-mail or phone."""

    name: str | Keep | None = KEEP
    role: ContactRole | Keep | None = KEEP
    email: str | Keep | None = KEEP
    phone: str | Keep | None = KEEP
    default_billing: bool | Keep | None = KEEP


class _Check:
    """Collects every problem, so the office fixes them all at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def name(self, value: str | None) -> str:
        name = clean_text(value)
        if name is None:
            self.problems.append(Problem((INPUT, "name"), ProblemCode.REQUIRED,
                                         "Type the contact's name: it cannot be blank."))
            return ""
        if len(name) > MAX_NAME_LENGTH:
            self.problems.append(Problem((INPUT, "name"), ProblemCode.INVALID,
                                         f"The name is {len(name)} characters long; shorten it to "
                                         f"{MAX_NAME_LENGTH} at most."))
        return name

    def email(self, value: str | None) -> str | None:
        if clean_text(value) is None:
            return None
        try:
            return normalize_email(value or "")
        except InvalidValue as error:
            self.problems.append(Problem((INPUT, "email"), ProblemCode.INVALID, str(error)))
            return None

    def phone(self, value: str | None) -> str | None:
        if clean_text(value) is None:
            return None
        try:
            return normalize_phone(value or "")
        except InvalidValue as error:
            self.problems.append(Problem((INPUT, "phone"), ProblemCode.INVALID, str(error)))
            return None

    def default_billing(self, default: bool, role: ContactRole, *, role_given: bool) -> None:
        if default and role is not ContactRole.BILLING:
            field = "role" if role_given else "defaultBilling"
            self.problems.append(Problem(
                (INPUT, field), ProblemCode.INVALID,
                "Only a contact with the BILLING role can be the default billing contact: give role BILLING, or "
                "defaultBilling: false."))

    def raise_if_any(self) -> None:
        if self.problems:
            raise UserInputError(list(self.problems))


async def _take_default(session: AsyncSession, customer_id: int, keep_id: int | None) -> int | None:
    """Unmark the customer's current default billing contact (other than `keep_id`); its id, if any."""
    result = await session.execute(
        sa.update(Contact)
        .where(col(Contact.customer_id) == customer_id, col(Contact.is_default_billing).is_(True),
               col(Contact.id) != (keep_id or 0))
        .values(is_default_billing=False)
        .returning(col(Contact.id))
        .execution_options(synchronize_session="fetch")
    )
    return result.scalar_one_or_none()


async def create_contact(session: AsyncSession, viewer: Viewer, new: NewContact) -> Contact:
    """Add a person to a customer's account; the same person typed again (a retry) is the same contact."""
    require_office(viewer)
    check = _Check()
    name = check.name(new.name)
    email = check.email(new.email)
    phone = check.phone(new.phone)
    check.default_billing(new.default_billing, new.role, role_given=False)
    check.raise_if_any()
    customer: Customer = await customer_for_records(session, viewer, new.customer_id, (INPUT, "customerId"))
    await lock_key(session, f"contacts:{customer.id}")

    same = (await session.execute(
        sa.select(Contact).where(
            col(Contact.customer_id) == customer.id, sa.func.lower(col(Contact.name)) == name.lower(),
            col(Contact.role) == new.role, col(Contact.email).is_not_distinct_from(email),
            col(Contact.phone).is_not_distinct_from(phone),
            col(Contact.is_default_billing).is_(new.default_billing),
        ).order_by(col(Contact.id)).limit(1))).scalar_one_or_none()
    if same is not None:
        return same

    previous = await _take_default(session, customer.id, None) if new.default_billing else None  # type: ignore[arg-type]
    contact = Contact(customer_id=customer.id, name=name, role=new.role, email=email, phone=phone,  # type: ignore[arg-type]
                      is_default_billing=new.default_billing)
    session.add(contact)
    await session.flush()
    details: dict[str, Any] = {"name": name, "role": str(new.role)}
    if new.default_billing:
        details["default_billing"] = True
        if previous is not None:
            details["default_billing_from"] = previous
    record_activity(session, viewer, subject=contact, verb="contact.created", customer_id=customer.id, **details)
    await session.flush()
    return contact


async def _contact_for_write(session: AsyncSession, viewer: Viewer, contact_id: int, field: str) -> Contact:
    statement = (sa.select(Contact)
                 .where(readable_condition(viewer, Contact), col(Contact.id) == contact_id)
                 .with_for_update().execution_options(populate_existing=True))
    contact = (await session.execute(statement)).scalar_one_or_none()
    if contact is None:
        raise not_found((INPUT, field), "contact")
    await customer_for_records(session, viewer, contact.customer_id, (INPUT, field))
    return contact


_FIELDS = {"name": "name", "role": "role", "email": "email", "phone": "phone",
           "is_default_billing": "defaultBilling"}


async def update_contact(session: AsyncSession, viewer: Viewer, contact_id: int, changes: ContactChanges) -> Contact:
    """Change only the fields given; making a contact the default billing one unmarks the previous one."""
    require_office(viewer)
    contact = await _contact_for_write(session, viewer, contact_id, "contactId")
    check = _Check()
    values: dict[str, Any] = {}
    if changes.name is not KEEP:
        values["name"] = check.name(changes.name)
    if changes.email is not KEEP:
        values["email"] = check.email(changes.email)
    if changes.phone is not KEEP:
        values["phone"] = check.phone(changes.phone)
    for name, what in (("role", "a role"), ("default_billing", "true or false")):
        given = getattr(changes, name)
        if given is None:
            check.problems.append(Problem((INPUT, _FIELDS.get(name, "defaultBilling")), ProblemCode.REQUIRED,
                                          f"This cannot be cleared: give {what}, or leave the field out."))
        elif given is not KEEP:
            values["is_default_billing" if name == "default_billing" else name] = given
    role: ContactRole = values.get("role", contact.role)
    default: bool = values.get("is_default_billing", contact.is_default_billing)
    check.default_billing(default, role, role_given="role" in values)
    check.raise_if_any()

    changed = {name: value for name, value in values.items() if getattr(contact, name) != value}
    if not changed:
        return contact
    details: dict[str, Any] = {"fields": [_FIELDS[name] for name in changed]}
    if changed.get("is_default_billing"):
        await lock_key(session, f"contacts:{contact.customer_id}")
        if (previous := await _take_default(session, contact.customer_id, contact.id)) is not None:
            details["default_billing_from"] = previous
    for name, value in changed.items():
        setattr(contact, name, value)
    record_activity(session, viewer, subject=contact, verb="contact.updated", customer_id=contact.customer_id,
                    **details)
    await session.flush()
    return contact


async def delete_contact(session: AsyncSession, viewer: Viewer, contact_id: int) -> Contact:
    """Remove a person from the account (the trail keeps their name and role)."""
    require_office(viewer)
    contact = await _contact_for_write(session, viewer, contact_id, "contactId")
    record_activity(session, viewer, subject=contact, verb="contact.deleted", customer_id=contact.customer_id,
                    name=contact.name, role=str(contact.role), default_billing=contact.is_default_billing)
    await session.delete(contact)
    await session.flush()
    return contact
