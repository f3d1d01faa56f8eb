"""Notices and notes: the office's banners on a customer, and notes that are internal unless made visible.

* A notice is a banner the office sees whenever it opens the customer; removing it keeps the row (inactive),
  so the trail can still name it. The same text twice on one customer is one notice.
* A note is internal by default. Made visible to the customer it is shown to the customer's users and
  tokens in the portal: all of them for a note on the whole account, and for a note about a property or a
  job only those who may see that property or job (`auth.scope`). A note about a job is about the job's
  property too. A retried create (the same author, target and text as the customer's latest note) returns
  that note instead of writing it twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable_condition
from auth.viewer import Viewer
from models import Job, Note, Notice, Property
from models.enums import NoteVisibility
from models.problems import Problem, ProblemCode, UserInputError, not_found
from resolvers.crm import customer_for_records, lock_key, record_activity, require_office
from resolvers.values import KEEP, Keep

MAX_NOTICE_LENGTH = 500
MAX_NOTE_LENGTH = 5_000
"""A page of text; longer belongs in a document. (Requests cap any string at 10,000 characters anyway.)"""
INPUT = "input"


def _text(value: str | None, field: str, limit: int, what: str, problems: list[Problem]) -> str:
    text = (value or "").strip()
    if not text:
        problems.append(Problem((INPUT, field), ProblemCode.REQUIRED, f"Type the {what}: it cannot be blank."))
    elif len(text) > limit:
        problems.append(Problem((INPUT, field), ProblemCode.INVALID,
                                f"The {what} is {len(text)} characters long; shorten it to {limit} at most."))
    return text


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise UserInputError(problems)


# ------------------------------------------------------------------------------------------------ notices


async def create_notice(session: AsyncSession, viewer: Viewer, customer_id: int, text: str | None) -> Notice:
    """Put a banner on the customer; an active notice with the same text is returned instead of a twin."""
    require_office(viewer)
    problems: list[Problem] = []
    body = _text(text, "text", MAX_NOTICE_LENGTH, "notice", problems)
    _raise(problems)
    customer = await customer_for_records(session, viewer, customer_id, (INPUT, "customerId"))
    await lock_key(session, f"notices:{customer.id}")
    same = (await session.execute(sa.select(Notice).where(
        col(Notice.customer_id) == customer.id, col(Notice.active).is_(True), col(Notice.text) == body,
    ).limit(1))).scalar_one_or_none()
    if same is not None:
        return same
    notice = Notice(customer_id=customer.id, text=body, active=True)  # type: ignore[arg-type]
    session.add(notice)
    await session.flush()
    record_activity(session, viewer, subject=notice, verb="notice.created", customer_id=customer.id, text=body)
    await session.flush()
    return notice


async def remove_notice(session: AsyncSession, viewer: Viewer, notice_id: int) -> Notice:
    """Take a banner down (the row stays, inactive); removing it again changes nothing."""
    require_office(viewer)
    notice = (await session.execute(
        sa.select(Notice).where(readable_condition(viewer, Notice), col(Notice.id) == notice_id)
        .with_for_update().execution_options(populate_existing=True))).scalar_one_or_none()
    if notice is None:
        raise not_found((INPUT, "noticeId"), "notice")
    if not notice.active:
        return notice
    await customer_for_records(session, viewer, notice.customer_id, (INPUT, "noticeId"))
    notice.active = False
    record_activity(session, viewer, subject=notice, verb="notice.removed", customer_id=notice.customer_id,
                    text=notice.text)
    await session.flush()
    return notice


# -------------------------------------------------------------------------------------------------- notes


@dataclass(frozen=True, slots=True)
class NewNote:
    """`noteCreate`'s input, as typed."""

    customer_id: int
    text: str | None
    visible_to_customer: bool = False
    property_id: int | None = None
    job_id: int | None = None


@dataclass(frozen=True, slots=True)
class NoteChanges:
    """`noteUpdate`'s input: KEEP for a field not given."""

    text: str | Keep | None = KEEP
    visible_to_customer: bool | Keep | None = KEEP


def _visibility(visible: bool) -> NoteVisibility:
    return NoteVisibility.CUSTOMER if visible else NoteVisibility.INTERNAL


async def _target(session: AsyncSession, viewer: Viewer, customer_id: int, property_id: int | None,
                  job_id: int | None) -> tuple[int | None, int | None]:
    """The (property, job) a note is about: each the customer's own; a job's property is the note's too."""
    problems: list[Problem] = []
    if property_id is not None:
        place = (await session.execute(sa.select(Property).where(
            readable_condition(viewer, Property), col(Property.id) == property_id))).scalar_one_or_none()
        if place is None:
            raise not_found((INPUT, "propertyId"), "property")
        if place.customer_id != customer_id:
            problems.append(Problem((INPUT, "propertyId"), ProblemCode.INVALID,
                                    f"{place.name} belongs to another customer: pick one of this customer's "
                                    "properties, or leave it out."))
    if job_id is not None:
        job = (await session.execute(sa.select(Job).where(
            readable_condition(viewer, Job), col(Job.id) == job_id))).scalar_one_or_none()
        if job is None:
            raise not_found((INPUT, "jobId"), "job")
        if job.customer_id != customer_id:
            problems.append(Problem((INPUT, "jobId"), ProblemCode.INVALID,
                                    "This job is another customer's: pick one of this customer's jobs, or leave "
                                    "it out."))
        elif property_id is not None and job.property_id != property_id:
            problems.append(Problem((INPUT, "jobId"), ProblemCode.INVALID,
                                    "This job is at another property than the one given: give the job alone "
                                    "(the note is then about its property too)."))
        property_id = job.property_id
    _raise(problems)
    return property_id, job_id


async def create_note(session: AsyncSession, viewer: Viewer, new: NewNote) -> Note:
    """Write a note on a customer (optionally about one property or job); internal unless made visible."""
    require_office(viewer)
    problems: list[Problem] = []
    body = _text(new.text, "text", MAX_NOTE_LENGTH, "note", problems)
    _raise(problems)
    customer = await customer_for_records(session, viewer, new.customer_id, (INPUT, "customerId"))
    property_id, job_id = await _target(session, viewer, customer.id, new.property_id, new.job_id)  # type: ignore[arg-type]
    visibility = _visibility(new.visible_to_customer)

    await lock_key(session, f"notes:{customer.id}")
    latest = (await session.execute(sa.select(Note).where(col(Note.customer_id) == customer.id)
                                    .order_by(col(Note.id).desc()).limit(1))).scalar_one_or_none()
    if latest is not None and (latest.author_user_id, latest.property_id, latest.job_id, latest.visibility,
                               latest.body) == (viewer.user_id, property_id, job_id, visibility, body):
        return latest
    note = Note(customer_id=customer.id, property_id=property_id, job_id=job_id, visibility=visibility,  # type: ignore[arg-type]
                body=body, author_user_id=viewer.user_id)
    session.add(note)
    await session.flush()
    record_activity(session, viewer, subject=note, verb="note.created", customer_id=customer.id,
                    visible_to_customer=new.visible_to_customer, property_id=property_id, job_id=job_id)
    await session.flush()
    return note


async def _note_for_write(session: AsyncSession, viewer: Viewer, note_id: int) -> Note:
    note = (await session.execute(
        sa.select(Note).where(readable_condition(viewer, Note), col(Note.id) == note_id)
        .with_for_update().execution_options(populate_existing=True))).scalar_one_or_none()
    if note is None:
        raise not_found((INPUT, "noteId"), "note")
    await customer_for_records(session, viewer, note.customer_id, (INPUT, "noteId"))
    return note


async def update_note(session: AsyncSession, viewer: Viewer, note_id: int, changes: NoteChanges) -> Note:
    """Change a note's text or who sees it; the trail records a change of visibility explicitly."""
    require_office(viewer)
    note = await _note_for_write(session, viewer, note_id)
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    if changes.text is not KEEP:
        values["body"] = _text(changes.text, "text", MAX_NOTE_LENGTH, "note", problems)
    if changes.visible_to_customer is None:
        problems.append(Problem((INPUT, "visibleToCustomer"), ProblemCode.REQUIRED,
                                "Give true or false, or leave the field out."))
    elif changes.visible_to_customer is not KEEP:
        values["visibility"] = _visibility(changes.visible_to_customer)
    _raise(problems)
    changed = {name: value for name, value in values.items() if getattr(note, name) != value}
    if not changed:
        return note
    details: dict[str, Any] = {"fields": [{"body": "text", "visibility": "visibleToCustomer"}[name]
                                          for name in changed]}
    if "visibility" in changed:
        details["visible_to_customer"] = changed["visibility"] is NoteVisibility.CUSTOMER
    for name, value in changed.items():
        setattr(note, name, value)
    record_activity(session, viewer, subject=note, verb="note.updated", customer_id=note.customer_id, **details)
    await session.flush()
    return note


async def delete_note(session: AsyncSession, viewer: Viewer, note_id: int) -> Note:
    """Delete a note (the trail keeps that there was one, and whether the customer saw it)."""
    require_office(viewer)
    note = await _note_for_write(session, viewer, note_id)
    record_activity(session, viewer, subject=note, verb="note.deleted", customer_id=note.customer_id,
                    visible_to_customer=note.visibility is NoteVisibility.CUSTOMER, property_id=note.property_id,
                    job_id=note.job_id)
    await session.delete(note)
    await session.flush()
    return note
