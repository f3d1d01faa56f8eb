"""Helpers for the office-records tests (contacts, tags, notices, notes): scenes, who may not write, snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from auth.viewer import Viewer
from models import Contact, Customer, CustomerTag, Employee, Job, Note, Property, Tag
from models.enums import ContactRole, NoteVisibility, Role
from tests import factories
from tests.factories_jobs import database_state, mutate_raw, office_user

Sessions = async_sessionmaker[AsyncSession]

CRM_TABLES = ("customer", "contact", "tag", "customer_tag", "notice", "note", "activity")
"""Every table an office-records write may touch: "nothing changed" compares all their rows."""


@dataclass
class Scene:
    """Ada (two properties, a job at the first), Grace (another customer), an office user, a field employee."""

    ada: Customer
    grace: Customer
    home: Property
    cabin: Property
    job: Job
    worker: Employee
    office: Viewer


async def scene(session: AsyncSession) -> Scene:
    ada = await factories.customer(session, display_name="Ada Lovelace")
    grace = await factories.customer(session, display_name="Grace Hopper")
    home = await factories.property_(session, ada, name="Home")
    cabin = await factories.property_(session, ada, name="Cabin")
    worker = await factories.employee(session)
    job = await factories.job(session, home, employees=[worker])
    office = await office_user(session)
    await session.commit()
    return Scene(ada=ada, grace=grace, home=home, cabin=cabin, job=job, worker=worker, office=office)


def outsiders(s: Scene) -> dict[str, Viewer]:
    """Every viewer but the office, each close to Ada's account: none of them may write its records."""
    return {
        "field employee on Ada's job": factories.field_worker(s.worker),
        "Ada's client user": factories.client_of(s.ada),
        "Ada's property-scoped client": factories.client_of(s.ada, property_ids=frozenset({s.home.id})),  # type: ignore[arg-type]
        "Ada's client without finances": factories.client_of(s.ada, finances=False),
        "Ada's integration token": Viewer(role=Role.CUSTOMER, customer_id=s.ada.id, api_token_id=1),
        "nobody signed in": Viewer(),
    }


async def assert_refused_to_outsiders(sessions: Sessions, s: Scene, name: str, input_type: str,
                                      variables: dict[str, Any], selection: str) -> None:
    """Each outsider gets the one FORBIDDEN error (UNAUTHENTICATED when signed out) and nothing changes."""
    for who, viewer in outsiders(s).items():
        before = await database_state(sessions, CRM_TABLES)
        result = await mutate_raw(sessions, viewer, name, input_type, variables, selection)
        assert result.data is None, who
        codes = [error.extensions["code"] for error in result.errors]
        assert codes in (["FORBIDDEN"], ["UNAUTHENTICATED"]), (who, codes)
        assert await database_state(sessions, CRM_TABLES) == before, who


def db_id(global_id: str) -> int:
    """The database id inside a global id from a response."""
    return int(GlobalID.from_id(global_id).node_id)


async def rows(sessions: Sessions, sql: str) -> list[tuple[Any, ...]]:
    """The rows of a plain SQL query, to check what was stored."""
    async with sessions() as session:
        return [tuple(row) for row in await session.execute(sa.text(sql))]


async def contact(session: AsyncSession, owner: Customer, **fields: Any) -> Contact:
    """A billing contact on `owner`'s account (committed)."""
    defaults: dict[str, Any] = {"name": "Charles Babbage", "role": ContactRole.BILLING,
                                "email": "charles@example.com", "phone": "+15550102030"}
    row = Contact(customer_id=owner.id, **(defaults | fields))  # type: ignore[arg-type]
    session.add(row)
    await session.commit()
    return row


async def tag(session: AsyncSession, name: str, *customers: Customer, color: str | None = None) -> Tag:
    """A tag carried by `customers` (committed)."""
    row = Tag(name=name, color=color)
    session.add(row)
    await session.flush()
    session.add_all([CustomerTag(customer_id=customer.id, tag_id=row.id)  # type: ignore[arg-type]
                     for customer in customers])
    await session.commit()
    return row


async def note(session: AsyncSession, owner: Customer, body: str, *, visible: bool = False,
               place: Property | None = None, job: Job | None = None) -> Note:
    """A note on `owner` (committed), internal unless `visible`."""
    row = Note(customer_id=owner.id, body=body,  # type: ignore[arg-type]
               visibility=NoteVisibility.CUSTOMER if visible else NoteVisibility.INTERNAL,
               property_id=place.id if place else (job.property_id if job else None), job_id=job.id if job else None)
    session.add(row)
    await session.commit()
    return row
