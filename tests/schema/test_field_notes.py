"""Internal notes stay with the office; the field reads what it needs under its own fields (issue 10, item 7).

A field employee assigned to a job reads the property's access notes and the job's notes for staff, but the
customer's and the property's internal notes ("Cash only, always late") are null for them, as for clients.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Customer
from tests import factories
from tests.graphql import execute, gid

FIELD_JOB = """query FieldJob($id: ID!) { node(id: $id) { ... on Job {
  internalNotes clientNotes
  customer { displayName internalNotes }
  property { accessNotes internalNotes }
} } }"""
CUSTOMER_NOTE = "Cash only, always late. Works nights."
PROPERTY_NOTE = "Owner is slow to pay, chase after 10 days."
ACCESS_NOTE = "Lockbox 4321 by the side door."
JOB_NOTE = "Collect the keys from the neighbour."


async def scene(session: AsyncSession) -> tuple[Any, Any]:
    owner = await factories.customer(session, internal_notes=CUSTOMER_NOTE)
    place = await factories.property_(session, owner, access_notes=ACCESS_NOTE, internal_notes=PROPERTY_NOTE)
    worker = await factories.employee(session)
    job = await factories.job(session, place, employees=[worker], internal_notes=JOB_NOTE, client_notes="Ring")
    await session.commit()
    return job, worker


async def read_job(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, job: Any) -> dict[str, Any]:
    data = await execute(sessions, viewer, FIELD_JOB, {"id": gid("Job", job)})
    node: dict[str, Any] = data["node"]
    return node


async def test_a_field_employee_reads_access_and_job_notes_but_no_internal_notes_of_the_client(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    job, worker = await scene(session)

    seen = await read_job(sessions, factories.field_worker(worker), job)

    assert seen["customer"]["internalNotes"] is None
    assert seen["property"]["internalNotes"] is None
    assert seen["property"]["accessNotes"] == ACCESS_NOTE
    assert (seen["internalNotes"], seen["clientNotes"]) == (JOB_NOTE, "Ring")
    assert CUSTOMER_NOTE not in str(seen) and PROPERTY_NOTE not in str(seen)


async def test_the_office_reads_every_note(sessions: async_sessionmaker[AsyncSession],
                                           session: AsyncSession) -> None:
    job, _worker = await scene(session)

    seen = await read_job(sessions, factories.office(), job)

    assert (seen["customer"]["internalNotes"], seen["property"]["internalNotes"]) == (CUSTOMER_NOTE, PROPERTY_NOTE)
    assert (seen["property"]["accessNotes"], seen["internalNotes"]) == (ACCESS_NOTE, JOB_NOTE)


async def test_a_client_reads_access_notes_and_no_internal_note(sessions: async_sessionmaker[AsyncSession],
                                                                session: AsyncSession) -> None:
    job, _worker = await scene(session)
    owner = await session.get(Customer, job.customer_id)
    assert owner is not None

    seen = await read_job(sessions, factories.client_of(owner), job)

    assert seen["property"]["accessNotes"] == ACCESS_NOTE
    assert (seen["internalNotes"], seen["customer"]["internalNotes"], seen["property"]["internalNotes"]) == (
        None, None, None)
